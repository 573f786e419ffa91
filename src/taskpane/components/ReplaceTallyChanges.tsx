import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Voucher } from "../../core/vouchers/model";
import type { VoucherResult } from "../../engine/ports";
import { useClosingDialog } from "../hooks/useClosingDialog";
import { changedInTallyBody, changedInTallyTitle, replaceLabel, replaceQuestion } from "../send-words";
import { voucherNamed } from "../wording";
import { FixDialog } from "./FixDialog";

export interface ReplaceTallyChangesProps {
  /** The last push's results: those held back as changed in Tally are offered for replacing. */
  results: readonly VoucherResult[];
  disabled: boolean;
  /** Called only after the person confirms, with exactly the vouchers the dialog named. */
  onReplace(vouchers: readonly Voucher[]): void;
}

/** Says which vouchers the push left as Tally has them, and sends the workbook's version over them only on confirmation. */
export function ReplaceTallyChanges({ results, disabled, onReplace }: ReplaceTallyChangesProps) {
  const dialog = useClosingDialog<readonly Voucher[]>();
  const held = results.flatMap((r) => (r.held === "changed-in-tally" ? [r.voucher] : []));
  if (held.length === 0 && !dialog.asking) return null;
  const asked = dialog.asking ?? [];
  return (
    <>
      {held.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{changedInTallyTitle(held.length)}</MessageBarTitle>
            {changedInTallyBody(held.length)}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={disabled} onClick={() => dialog.ask(held)}>
              {replaceLabel(held.length)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {dialog.asking && (
        <FixDialog
          open={dialog.open}
          title={`${replaceLabel(asked.length)}?`}
          question={replaceQuestion(asked.length)}
          vouchers={asked.map((v) => ({ key: v.remoteId, text: voucherNamed(v) }))}
          confirm={replaceLabel(asked.length)}
          onClose={dialog.close}
          onConfirm={() => {
            dialog.close();
            onReplace(asked);
          }}
        />
      )}
    </>
  );
}
