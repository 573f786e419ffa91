import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useEffect, useId, useRef, useState } from "react";
import { LEDGER_MAP_KINDS, type LedgerMapKind } from "../../core/records/types";

const useStyles = makeStyles({
  // One field under another: three fields side by side do not fit a 320 px pane.
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingHorizontalS,
    borderTopStyle: "none",
    borderRightStyle: "none",
    borderBottomStyle: "none",
    borderLeftStyle: "none",
    margin: "0",
    padding: "0",
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: "0", marginBottom: tokens.spacingVerticalXS },
  field: { minWidth: 0 },
  add: { alignSelf: "flex-start" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface AddMappingProps {
  onAdd(kind: LedgerMapKind, workbookValue: string, tallyName: string): void;
}

/**
 * A new LedgerMap row: its kind, the workbook's word and the Tally name, then Add. The form opens
 * from a button: most visits name words already listed, and its fields would double the view's first draw.
 */
export const AddMapping = memo(function AddMapping({ onAdd }: AddMappingProps) {
  const styles = useStyles();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const kindBox = useRef<HTMLSelectElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // For keyboard users: opening puts the cursor in the form's first field, closing gives it back to the button.
  useEffect(() => {
    if (open) kindBox.current?.focus();
    else if (opened.current) opener.current?.focus();
    opened.current ||= open;
  }, [open]);
  const [kind, setKind] = useState<LedgerMapKind>("Party");
  const [value, setValue] = useState("");
  const [name, setName] = useState("");
  const add = () => {
    onAdd(kind, value.trim(), name.trim());
    setValue("");
    setName("");
  };
  if (!open)
    return (
      <Button ref={opener} size="small" className={styles.add} aria-expanded={false} aria-controls={formId} onClick={() => setOpen(true)}>
        New mapping…
      </Button>
    );
  return (
    <fieldset id={formId} className={styles.root}>
      <legend className={styles.legend}>Add a mapping</legend>
      <Field label="Kind" size="small" className={styles.field}>
        <Select ref={kindBox} size="small" value={kind} onChange={(_, d) => setKind(d.value as LedgerMapKind)}>
          {LEDGER_MAP_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Workbook Value" size="small" className={styles.field}>
        <Input size="small" value={value} onChange={(_, d) => setValue(d.value)} />
      </Field>
      <Field label="Tally Name" size="small" className={styles.field}>
        <Input size="small" value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button size="small" onClick={add} disabled={name.trim() === ""}>
          Add mapping
        </Button>
        <Button size="small" appearance="subtle" onClick={() => setOpen(false)}>
          Close
        </Button>
      </div>
    </fieldset>
  );
});
