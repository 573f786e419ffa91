import { Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { LedgerMapEntry } from "../../core/records/types";
import type { Connection } from "../hooks/useConnection";
import type { TallyListsState } from "../hooks/useTallyLists";
import type { Validation } from "../hooks/useValidation";
import { draftsOf, entriesToSave, isDrafted, newDraft, type MappingDraft } from "../mapping-drafts";
import { problemOf, type Problem } from "../problem";
import { suggestLedgers } from "../suggest-ledger";
import { namesForKind, unmappedValues, type UnmappedValue } from "../unmapped";
import { counted } from "../wording";
import type { WorkbookPort } from "../../engine/ports";
import { MappingRow } from "./MappingRow";
import { NeedsValidation } from "./NeedsValidation";
import { ProblemBar } from "./ProblemBar";
import { UnmappedList, type UnmappedItem } from "./UnmappedList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  suggest: { alignSelf: "flex-start" },
});

const NO_ENTRIES: readonly LedgerMapEntry[] = [];

export interface MappingEditorProps {
  validation: Validation;
  port: WorkbookPort;
  connection: Connection;
  tallyLists: TallyListsState;
}

/** Mappings: edit LedgerMap (workbook word -> Tally name) and fill in the words validation found unmapped. */
export function MappingEditor({ validation, port, connection, tallyLists }: MappingEditorProps) {
  const styles = useStyles();
  const result = validation.result;
  const saved = result?.handoff.books.ledgerMap ?? NO_ENTRIES;
  const [source, setSource] = useState(saved);
  const [drafts, setDrafts] = useState<MappingDraft[]>(() => draftsOf(saved));
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [note, setNote] = useState<string>();
  // A fresh read of the workbook replaces the rows, unless the person has edits not yet saved.
  if (saved !== source && !dirty) {
    setSource(saved);
    setDrafts(draftsOf(saved));
  }

  const unmapped = useMemo((): UnmappedItem[] => {
    const values = unmappedValues(result?.handoff.findings ?? []).filter((u) => !isDrafted(drafts, u.kind, u.value));
    const lists = tallyLists.lists;
    return values.map((u) => ({ ...u, suggestions: lists ? suggestLedgers(u.value, namesForKind(u.kind, lists)) : [] }));
  }, [result, drafts, tallyLists.lists]);

  if (!result) return <NeedsValidation what="the mappings" running={validation.running} onValidate={() => void validation.validate()} />;

  const edit = (next: MappingDraft[]) => {
    setDrafts(next);
    setDirty(true);
    setNote(undefined);
  };
  const add = (u: UnmappedValue, tallyName: string) => edit([...drafts, newDraft(u.kind, u.value, tallyName)]);

  const save = async () => {
    const checked = entriesToSave(drafts);
    if (!checked.ok) return setProblem({ message: checked.message, suggestion: "Fill it in or remove the row, then save." });
    setProblem(undefined);
    setSaving(true);
    try {
      await port.writeLedgerMap(checked.entries);
      setDirty(false);
      setNote(`Saved ${counted(checked.entries.length, "mapping")}.`);
      await validation.validate();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };

  const company = result.handoff.books.settings.company;
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Words with no Tally name</Subtitle2>
      {unmapped.length === 0 ? <Text>Every word the tables use has a Tally name.</Text> : <UnmappedList items={unmapped} onAdd={add} />}
      {unmapped.length > 0 && (
        <Button
          className={styles.suggest}
          onClick={() => void tallyLists.load(connection.client(), company)}
          disabled={!connection.paired || company === "" || tallyLists.loading}
        >
          {tallyLists.loading ? "Reading Tally's names…" : "Suggest names from Tally"}
        </Button>
      )}
      {tallyLists.problem && <ProblemBar problem={tallyLists.problem} />}
      <Subtitle2 as="h2">LedgerMap</Subtitle2>
      <div>
        {drafts.map((d, i) => (
          <MappingRow
            key={d.id}
            draft={d}
            index={i}
            onChange={(next) => edit(drafts.map((x) => (x.id === d.id ? next : x)))}
            onRemove={() => edit(drafts.filter((x) => x.id !== d.id))}
          />
        ))}
      </div>
      <div className={styles.actions}>
        <Button onClick={() => edit([...drafts, newDraft("Ledger")])}>Add mapping</Button>
        <Button appearance="primary" onClick={() => void save()} disabled={saving || !dirty}>
          {saving ? "Saving…" : "Save mappings"}
        </Button>
      </div>
      {problem && <ProblemBar problem={problem} />}
      {note && (
        <MessageBar intent="success">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
