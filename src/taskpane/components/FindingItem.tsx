import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
  location: { display: "block", marginTop: tokens.spacingVerticalXXS },
});

export interface FindingItemProps {
  finding: Finding;
  /** Where it sits, e.g. "Sales!D6". */
  location: string;
  onSelect(finding: Finding): void;
}

/** One finding: severity, the plain message, and its cell as a link that selects it in Excel. */
export function FindingItem({ finding, location, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const selectable = finding.row > 0;
  return (
    <MessageBar intent={finding.severity} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{finding.severity === "error" ? "Error" : "Warning"}</MessageBarTitle>
        {finding.message}
        {selectable ? (
          <Link as="button" className={styles.location} onClick={() => onSelect(finding)} aria-label={`Go to ${location}`}>
            {location}
          </Link>
        ) : (
          <span className={styles.location}>{location}</span>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
