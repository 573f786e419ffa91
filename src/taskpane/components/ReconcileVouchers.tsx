import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { StateName, VoucherState } from "../../core/reconcile/classify";
import type { Reconciliation } from "../../core/reconcile/report";
import { STATE_ORDER, differenceCells, stateName, voucherLine } from "../reconcile-words";
import { counted } from "../wording";
import { FigureTable } from "./FigureTable";

/** Vouchers listed per state; the Reconciliation sheet has them all. */
const SHOWN = 50;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { overflowWrap: "anywhere" },
  heading: { margin: 0 },
});

const keyOf = (s: VoucherState, i: number): string =>
  `${i}-${"voucher" in s ? s.voucher.remoteId : s.state === "orphan" ? s.sent.remoteId : s.tally.voucherNumber}`;

function StateList({ state, states }: { state: StateName; states: readonly VoucherState[] }) {
  const styles = useStyles();
  const id = `reconcile-state-${state}`;
  return (
    <section aria-labelledby={id}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {`${stateName(state)}: ${states.length}`}
      </Subtitle2>
      <ul className={styles.list}>
        {states.slice(0, SHOWN).map((s, i) => {
          const v = voucherLine(s);
          return (
            <li key={keyOf(s, i)} className={styles.item}>
              <Text>{`${v.date} · ${v.voucherType} ${v.number}`}</Text>
              {s.state === "orphan" && s.tally.isCancelled && <Text>{" (cancelled in Tally)"}</Text>}
              {s.state === "twice" && <Text>{` (${counted(s.copies.length, "copy", "copies")} in Tally)`}</Text>}
              {s.state === "differs" && (
                <FigureTable
                  caption={`What differs in ${v.voucherType} ${v.number}`}
                  columns={["What", "Workbook", "Tally"]}
                  rows={s.differences.map((d, j) => {
                    const [what, workbook, tally] = differenceCells(d);
                    return { key: `${j}`, name: what, figures: [workbook, tally], alert: [false, true] };
                  })}
                />
              )}
            </li>
          );
        })}
      </ul>
      {states.length > SHOWN && <Text>{`And ${states.length - SHOWN} more: see the Reconciliation sheet.`}</Text>}
    </section>
  );
}

/** Every voucher that is not in step, problems first, each with its date, type and number. */
export function ReconcileVouchers({ reconciliation }: { reconciliation: Reconciliation }) {
  const listed = STATE_ORDER.filter((s) => s !== "in-step" && reconciliation.counts[s] > 0);
  return (
    <>
      {listed.map((state) => (
        <StateList key={state} state={state} states={reconciliation.states.filter((s) => s.state === state)} />
      ))}
    </>
  );
}
