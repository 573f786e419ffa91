import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FixTarget } from "../../engine/reconcile-fixes";
import { targetLine } from "../reconcile-words";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto", overflowWrap: "anywhere" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface FixDialogProps {
  open: boolean;
  title: string;
  question: string;
  /** Every voucher the fix will act on, each named in the dialog. */
  targets: readonly FixTarget[];
  confirm: string;
  onConfirm(): void;
  onClose(): void;
}

/** Names each voucher a fix will change in Tally; nothing is sent unless the person confirms. */
export function FixDialog({ open, title, question, targets, confirm, onConfirm, onClose }: FixDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{question}</Text>
            <ul className={styles.list} aria-label="Vouchers it will change" tabIndex={0}>
              {targets.map((t, i) => (
                <li key={`${i}-${t.remoteId}`}>{`${targetLine(t)} (${t.table})`}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button appearance="primary" onClick={onConfirm}>
              {confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
