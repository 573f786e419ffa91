import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useClosingDialog } from "../hooks/useClosingDialog";
import type { NumberingProblem } from "../../core/push/numbering";
import { counted } from "../wording";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface NumberingCheckProps {
  company: string;
  problems: readonly NumberingProblem[];
  preparing: boolean;
  /** Called only after the person confirms the change in the dialog. */
  onPrepare(): void;
}

/**
 * Voucher types whose numbering would replace the workbook's numbers (PROTOCOL.md 7, 11.1), and
 * Prepare Tally: the change is named in a dialog and made only after the person confirms it.
 */
export function NumberingCheck({ company, problems, preparing, onPrepare }: NumberingCheckProps) {
  const styles = useStyles();
  const dialog = useClosingDialog<true>();
  if (problems.length === 0 && !dialog.asking) return null;
  const names = problems.map((p) => p.voucherType).join(", ");
  return (
    <>
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Tally would replace these numbers</MessageBarTitle>
            <ul className={styles.list}>
              {problems.map((p) => (
                <li key={p.voucherType}>
                  {`${p.voucherType}: numbered by Tally (${p.method}), so ${counted(p.vouchers, "voucher")} would get Tally's numbers instead of the workbook's. They are not sent until this changes.`}
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={preparing} onClick={() => dialog.ask(true)}>
              {preparing ? "Preparing Tally…" : "Prepare Tally"}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {dialog.asking && (
        <Dialog open={dialog.open} onOpenChange={(_, data) => !data.open && dialog.close()}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>Change voucher types in Tally?</DialogTitle>
              <DialogContent>
                {`In ${company}, Tally Handoff will alter ${names}: Method of Voucher Numbering Manual, Prevent Duplicates Yes. Tally then keeps the workbook's numbers and refuses a number twice. Nothing else is changed, and no voucher is sent now.`}
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={dialog.close}>
                  Cancel
                </Button>
                <Button
                  appearance="primary"
                  onClick={() => {
                    dialog.close();
                    onPrepare();
                  }}
                >
                  {`Change ${counted(problems.length, "voucher type")}`}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}
