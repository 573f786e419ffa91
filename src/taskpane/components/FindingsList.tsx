import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Finding } from "../../core/findings";
import type { WorkbookInput } from "../../core/records/types";
import { groupFindings } from "../finding-groups";
import { FindingGroup } from "./FindingGroup";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

export interface FindingsListProps {
  findings: readonly Finding[];
  /** The workbook as read, for cell addresses (sheet names and column letters). */
  input?: WorkbookInput;
  onSelect(finding: Finding): void;
}

/** Findings grouped by table (Settings and LedgerMap first), errors before warnings in each. */
export function FindingsList({ findings, input, onSelect }: FindingsListProps) {
  const styles = useStyles();
  const groups = useMemo(() => groupFindings(findings), [findings]);
  return (
    <div className={styles.root}>
      {groups.map((g) => (
        <FindingGroup key={g.table} group={g} input={input} onSelect={onSelect} />
      ))}
    </div>
  );
}
