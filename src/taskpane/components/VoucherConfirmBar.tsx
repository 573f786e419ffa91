import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Voucher } from "../../core/vouchers/model";
import { useClosingDialog } from "../hooks/useClosingDialog";
import type { ConfirmWords } from "../send-words";
import { voucherNamed } from "../wording";
import { FixDialog } from "./FixDialog";

export interface VoucherConfirmBarProps {
  /** The vouchers the bar is about; none, and it shows nothing (but a dialog still closing). */
  vouchers: readonly Voucher[];
  words: ConfirmWords;
  intent: "info" | "warning";
  disabled: boolean;
  /** Called only after the person confirms, with exactly the vouchers the dialog named. */
  onConfirm(vouchers: readonly Voucher[]): void;
}

/**
 * A bar naming vouchers Send left alone, with one action on them behind a dialog that names each.
 * The dialog keeps the vouchers it was opened with, so its words stay true while it closes and the
 * push it started changes the list.
 */
export function VoucherConfirmBar({ vouchers, words, intent, disabled, onConfirm }: VoucherConfirmBarProps) {
  const dialog = useClosingDialog<readonly Voucher[]>();
  if (vouchers.length === 0 && !dialog.asking) return null;
  const asked = dialog.asking ?? [];
  return (
    <>
      {vouchers.length > 0 && (
        <MessageBar intent={intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{words.title(vouchers.length)}</MessageBarTitle>
            {words.body(vouchers.length)}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={disabled} onClick={() => dialog.ask(vouchers)}>
              {words.action(vouchers.length)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {dialog.asking && (
        <FixDialog
          open={dialog.open}
          title={`${words.action(asked.length)}?`}
          question={words.question(asked.length)}
          vouchers={asked.map((v) => ({ key: v.remoteId, text: voucherNamed(v) }))}
          confirm={words.action(asked.length)}
          onClose={dialog.close}
          onConfirm={() => {
            dialog.close();
            onConfirm(asked);
          }}
        />
      )}
    </>
  );
}
