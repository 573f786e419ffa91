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

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto", overflowWrap: "anywhere" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface FixDialogProps {
  open: boolean;
  title: string;
  question: string;
  /** Every voucher it will act on, each named in the dialog (type, number, date). */
  vouchers: readonly { key: string; text: string }[];
  confirm: string;
  onConfirm(): void;
  onClose(): void;
}

/** Names each voucher an action will change in Tally; nothing is sent unless the person confirms. */
export function FixDialog({ open, title, question, vouchers, confirm, onConfirm, onClose }: FixDialogProps) {
  const styles = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{question}</Text>
            <ul className={styles.list} aria-label="Vouchers it will change" tabIndex={0}>
              {vouchers.map((v) => (
                <li key={v.key}>{v.text}</li>
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
