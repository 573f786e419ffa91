import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { LEDGER_MAP_KINDS, type LedgerMapKind } from "../../core/records/types";
import type { MappingDraft } from "../mapping-drafts";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  field: { flexGrow: 1, flexBasis: "9rem", minWidth: 0 },
});

export interface MappingRowProps {
  draft: MappingDraft;
  index: number;
  onChange(draft: MappingDraft): void;
  onRemove(): void;
}

/** One LedgerMap row: Kind, Workbook Value, Tally Name; fields wrap under each other in a narrow pane. */
export function MappingRow({ draft, index, onChange, onRemove }: MappingRowProps) {
  const styles = useStyles();
  const n = index + 1;
  return (
    <div className={styles.root} role="group" aria-label={`Mapping ${n}`}>
      <Field label="Kind" size="small" className={styles.field}>
        <Select value={draft.kind} onChange={(_, d) => onChange({ ...draft, kind: d.value as LedgerMapKind })}>
          {LEDGER_MAP_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Workbook Value" size="small" className={styles.field}>
        <Input value={draft.workbookValue} onChange={(_, d) => onChange({ ...draft, workbookValue: d.value })} />
      </Field>
      <Field label="Tally Name" size="small" className={styles.field}>
        <Input value={draft.tallyName} onChange={(_, d) => onChange({ ...draft, tallyName: d.value })} />
      </Field>
      <Button size="small" onClick={onRemove} aria-label={`Remove mapping ${n}`}>
        Remove
      </Button>
    </div>
  );
}
