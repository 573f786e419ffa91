import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { MastersCheck as Check } from "../../core/push/masters-needed";
import type { Problem } from "../problem";
import { counted } from "../wording";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

const SHOWN = 20;

export interface MastersCheckProps {
  /** Undefined until Tally's lists are read. */
  check?: Check;
  createMissing: boolean;
  canCheck: boolean;
  loading: boolean;
  problem?: Problem;
  onCheck(): void;
}

/** Which ledgers, items, units, godowns and voucher types Tally lacks, and whether they will be created. */
export function MastersCheck({ check, createMissing, canCheck, loading, problem, onCheck }: MastersCheckProps) {
  const styles = useStyles();
  const created = check?.missing.filter((m) => m.creatable && createMissing) ?? [];
  const blocking = check?.missing.filter((m) => !(m.creatable && createMissing)) ?? [];
  return (
    <div className={styles.root}>
      <Button onClick={onCheck} disabled={!canCheck || loading}>
        {loading ? "Reading Tally's masters…" : "Check masters in Tally"}
      </Button>
      {problem && <ProblemBar problem={problem} />}
      {check && check.missing.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>Tally has every ledger, item, unit, godown and voucher type these vouchers name.</MessageBarBody>
        </MessageBar>
      )}
      {created.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{counted(created.length, "master")} will be created in Tally</MessageBarTitle>
            <ul className={styles.list}>
              {created.slice(0, SHOWN).map((m) => (
                <li key={`${m.kind}|${m.name}`}>{`${m.kind}: ${m.name}`}</li>
              ))}
            </ul>
            {created.length > SHOWN && <div>and {created.length - SHOWN} more.</div>}
          </MessageBarBody>
        </MessageBar>
      )}
      {blocking.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{counted(blocking.length, "master")} missing in Tally</MessageBarTitle>
            Vouchers that name them will not be sent: map them in Mappings, turn on Create Missing Masters, or create them in Tally.
            <ul className={styles.list}>
              {blocking.slice(0, SHOWN).map((m) => (
                <li key={`${m.kind}|${m.name}`}>{`${m.kind}: ${m.name}`}</li>
              ))}
            </ul>
            {blocking.length > SHOWN && <div>and {blocking.length - SHOWN} more.</div>}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
