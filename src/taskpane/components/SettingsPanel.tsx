import { Button, Field, Input, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Validation, ValidationResult } from "../hooks/useValidation";
import { problemOf, type Problem } from "../problem";
import { COMPANY_FIELDS, VOUCHER_TYPE_FIELDS, changedSettings, initialSettingValues, type SettingField } from "../settings-form";
import { counted } from "../wording";
import type { WorkbookPort } from "../../engine/ports";
import { NeedsValidation } from "./NeedsValidation";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const valuesOf = (result: ValidationResult | undefined): Record<string, string> =>
  result ? initialSettingValues(result.input, result.handoff.books.settings) : {};

export interface SettingsPanelProps {
  validation: Validation;
  port: WorkbookPort;
}

/** The workbook's HandoffSettings: company, state, GSTIN, years, round-off, voucher type names. */
export function SettingsPanel({ validation, port }: SettingsPanelProps) {
  const styles = useStyles();
  const result = validation.result;
  const [source, setSource] = useState(result);
  const [base, setBase] = useState(() => valuesOf(result));
  const [draft, setDraft] = useState(base);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [note, setNote] = useState<string>();
  const changes = changedSettings(base, draft);
  // A fresh read of the workbook refreshes the fields, unless the person has edits not yet saved.
  if (result !== source && changes.length === 0) {
    const next = valuesOf(result);
    setSource(result);
    setBase(next);
    setDraft(next);
  }
  if (!result)
    return <NeedsValidation what="the workbook's settings" running={validation.running} onValidate={() => void validation.validate()} />;

  const save = async () => {
    setSaving(true);
    setProblem(undefined);
    try {
      for (const [key, value] of changes) await port.writeSetting(key, value);
      setBase(draft);
      setNote(`Saved ${counted(changes.length, "setting")}.`);
      await validation.validate();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };

  const field = (f: SettingField) => (
    <Field key={f.key} label={f.key} hint={f.hint}>
      <Input value={draft[f.key] ?? ""} onChange={(_, d) => setDraft({ ...draft, [f.key]: d.value })} />
    </Field>
  );
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">This workbook</Subtitle2>
      {COMPANY_FIELDS.map(field)}
      <Subtitle2 as="h3">Voucher type names in Tally</Subtitle2>
      {VOUCHER_TYPE_FIELDS.map(field)}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void save()} disabled={saving || changes.length === 0}>
          {saving ? "Saving…" : "Save settings"}
        </Button>
      </div>
      {problem && <ProblemBar problem={problem} />}
      {note && changes.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
