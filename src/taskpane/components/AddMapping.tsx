import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useState } from "react";
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
});

export interface AddMappingProps {
  onAdd(kind: LedgerMapKind, workbookValue: string, tallyName: string): void;
}

/** A new LedgerMap row: its kind, the workbook's word and the Tally name, then Add. */
export const AddMapping = memo(function AddMapping({ onAdd }: AddMappingProps) {
  const styles = useStyles();
  const [kind, setKind] = useState<LedgerMapKind>("Party");
  const [value, setValue] = useState("");
  const [name, setName] = useState("");
  const add = () => {
    onAdd(kind, value.trim(), name.trim());
    setValue("");
    setName("");
  };
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>Add a mapping</legend>
      <Field label="Kind" size="small" className={styles.field}>
        <Select size="small" value={kind} onChange={(_, d) => setKind(d.value as LedgerMapKind)}>
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
      <Button size="small" className={styles.add} onClick={add} disabled={name.trim() === ""}>
        Add mapping
      </Button>
    </fieldset>
  );
});
