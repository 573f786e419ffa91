import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

export interface NeedsValidationProps {
  /** What the view will show once the workbook is read, e.g. "the vouchers to send". */
  what: string;
  running: boolean;
  onValidate(): void;
}

/** The empty state of a view that needs the workbook read first. */
export function NeedsValidation({ what, running, onValidate }: NeedsValidationProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text>Check the workbook first to see {what}.</Text>
      <Button appearance="primary" onClick={onValidate} disabled={running}>
        {running ? "Checking the workbook…" : "Check the workbook"}
      </Button>
    </div>
  );
}
