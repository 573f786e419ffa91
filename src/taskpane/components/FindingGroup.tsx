import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/findings";
import type { WorkbookInput } from "../../core/records/types";
import { findingLocation, tableTitle, type FindingGroup as Group } from "../finding-groups";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  more: { alignSelf: "flex-start" },
});

/** Rendering thousands of findings at once would freeze the pane; 200 a table is plenty to start on. */
export const FINDINGS_PAGE = 200;

export interface FindingGroupProps {
  group: Group;
  input?: WorkbookInput;
  onSelect(finding: Finding): void;
}

/** One table's findings, errors first, the first 200 with "Show more". */
export function FindingGroup({ group, input, onSelect }: FindingGroupProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(FINDINGS_PAGE);
  const title = tableTitle(group.table);
  const rest = group.findings.length - shown;
  return (
    <section className={styles.root} aria-label={`${title} findings`}>
      <h3 className={styles.heading}>
        {title}
        {group.errors > 0 && (
          <Badge color="danger" appearance="filled">
            {group.errors === 1 ? "1 error" : `${group.errors} errors`}
          </Badge>
        )}
        {group.warnings > 0 && (
          <Badge color="warning" appearance="filled">
            {group.warnings === 1 ? "1 warning" : `${group.warnings} warnings`}
          </Badge>
        )}
      </h3>
      {group.findings.slice(0, shown).map((f, i) => (
        <FindingItem key={`${f.code}|${f.row}|${f.column}|${i}`} finding={f} location={findingLocation(f, input)} onSelect={onSelect} />
      ))}
      {rest > 0 && (
        <Button className={styles.more} onClick={() => setShown(shown + FINDINGS_PAGE)}>
          Show {Math.min(rest, FINDINGS_PAGE)} more of {rest} in {title}
        </Button>
      )}
    </section>
  );
}
