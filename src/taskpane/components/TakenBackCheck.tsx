import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Voucher } from "../../core/vouchers/model";
import { useClosingDialog } from "../hooks/useClosingDialog";
import { counted, voucherNamed } from "../wording";
import { FixDialog } from "./FixDialog";

export interface TakenBackCheckProps {
  /** Vouchers a Take back deleted from Tally: the push holds them back (planPush "taken-back"). */
  vouchers: readonly Voucher[];
  disabled: boolean;
  /** Called only after the person confirms, in the dialog that names each voucher. */
  onRecreate(): void;
}

export const recreateLabel = (n: number) => `Re-create ${counted(n, "taken-back voucher")}`;

/** Says which vouchers Send leaves out because their push was taken back, and re-creates them only on confirmation. */
export function TakenBackCheck({ vouchers, disabled, onRecreate }: TakenBackCheckProps) {
  const dialog = useClosingDialog<true>();
  if (vouchers.length === 0 && !dialog.asking) return null;
  const named = vouchers.map((v) => ({ key: v.remoteId, text: voucherNamed(v) }));
  return (
    <>
      {vouchers.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`${counted(vouchers.length, "voucher")} taken back`}</MessageBarTitle>
            {`A Take back deleted ${vouchers.length === 1 ? "it" : "them"} from Tally, so Send leaves ${vouchers.length === 1 ? "it" : "them"} out. Sending again creates ${vouchers.length === 1 ? "it" : "each"} anew in Tally.`}
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={disabled} onClick={() => dialog.ask(true)}>
              {recreateLabel(vouchers.length)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {dialog.asking && (
        <FixDialog
          open={dialog.open}
          title={`${recreateLabel(named.length)}?`}
          question={`Send these ${counted(named.length, "voucher")} to Tally again? Each is created anew in Tally; the rest of the push goes as usual.`}
          vouchers={named}
          confirm={recreateLabel(named.length)}
          onClose={dialog.close}
          onConfirm={() => {
            dialog.close();
            onRecreate();
          }}
        />
      )}
    </>
  );
}
