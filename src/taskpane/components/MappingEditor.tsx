import { Button, MessageBar, MessageBarBody, SearchBox, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { LedgerMapEntry, LedgerMapKind } from "../../core/records/types";
import type { Connection } from "../hooks/useConnection";
import { useMappingDrafts } from "../hooks/useMappingDrafts";
import type { TallyListsState } from "../hooks/useTallyLists";
import type { Validation } from "../hooks/useValidation";
import { draftsWithUnmapped, entriesToSave, newDraft } from "../mapping-drafts";
import { acceptSuggestions, arrangeMappings, isBlank } from "../mapping-list";
import { problemOf, type Problem } from "../problem";
import { suggestLedgers } from "../suggest-ledger";
import { namesForKind, unmappedValues } from "../unmapped";
import { counted } from "../wording";
import type { WorkbookPort } from "../../engine/ports";
import { AddMapping } from "./AddMapping";
import { MappingList } from "./MappingList";
import { NeedsValidation } from "./NeedsValidation";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  search: { width: "100%", maxWidth: "none" },
  // A native checkbox in Fluent's colours: Fluent's Checkbox costs as much to draw as a fifth of the list.
  toggle: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS, cursor: "pointer" },
  box: {
    width: "16px",
    height: "16px",
    margin: 0,
    accentColor: tokens.colorCompoundBrandBackground,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

const NO_ENTRIES: readonly LedgerMapEntry[] = [];
const n = (x: number) => x.toLocaleString("en-IN");

export interface MappingEditorProps {
  validation: Validation;
  port: WorkbookPort;
  connection: Connection;
  tallyLists: TallyListsState;
}

/** Mappings: LedgerMap (workbook word -> Tally name) as one searchable list by kind, words with no Tally name among them. */
export function MappingEditor({ validation, port, connection, tallyLists }: MappingEditorProps) {
  const styles = useStyles();
  const result = validation.result;
  const saved = result?.handoff.books.ledgerMap ?? NO_ENTRIES;
  const findings = result?.handoff.findings;
  const fresh = useCallback(() => draftsWithUnmapped(saved, unmappedValues(findings ?? [])), [saved, findings]);
  const rows = useMappingDrafts(fresh);
  const [source, setSource] = useState(result);
  const [query, setQuery] = useState("");
  const [unmappedFirst, setUnmappedFirst] = useState(true);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [note, setNote] = useState<string>();
  // A fresh read of the workbook replaces the rows, unless the person has edits not yet saved.
  if (result !== source && !rows.dirty) {
    setSource(result);
    rows.reset(fresh());
  }
  const { drafts, edit } = rows;

  const lists = tallyLists.lists;
  const suggestions = useMemo(() => {
    const out = new Map<number, string>();
    if (lists)
      for (const d of drafts)
        if (isBlank(d) && d.workbookValue !== "") {
          const [best] = suggestLedgers(d.workbookValue, namesForKind(d.kind, lists), 1);
          if (best) out.set(d.id, best);
        }
    return out;
  }, [drafts, lists]);
  const arranged = useMemo(
    () => arrangeMappings(drafts, { query, unmappedFirst, suggestions }),
    [drafts, query, unmappedFirst, suggestions],
  );
  const canAccept = arranged.entries.filter((e) => e.type === "row" && e.suggestion && isBlank(e.draft)).length;

  const onName = useCallback(
    (id: number, tallyName: string) => edit((ds) => ds.map((d) => (d.id === id ? { ...d, tallyName } : d)), "the Tally name you typed", id),
    [edit],
  );
  const onRemove = useCallback((id: number) => edit((ds) => ds.filter((d) => d.id !== id), "the removed mapping"), [edit]);

  const add = useCallback(
    (kind: LedgerMapKind, value: string, name: string) => edit((ds) => [...ds, newDraft(kind, value, name)], "the added mapping"),
    [edit],
  );

  if (!result) return <NeedsValidation what="the mappings" running={validation.running} onValidate={() => void validation.validate()} />;

  const accept = () =>
    edit(
      (ds) => acceptSuggestions(ds, arrangeMappings(ds, { query, unmappedFirst, suggestions })).drafts,
      `${counted(canAccept, "suggestion")} accepted`,
    );
  const save = async () => {
    const checked = entriesToSave(drafts);
    if (!checked.ok) return setProblem({ message: checked.message, suggestion: "Fill it in or remove the row, then save." });
    setProblem(undefined);
    setSaving(true);
    try {
      await port.writeLedgerMap(checked.entries);
      rows.reset(drafts);
      setNote(`Saved ${counted(checked.entries.length, "mapping")}.`);
      await validation.validate();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };

  const company = result.handoff.books.settings.company;
  const blank = drafts.filter(isBlank).length;
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        Mappings
      </Subtitle2>
      <Text>{blank === 0 ? "Every word has a Tally name." : `${counted(blank, "word")} with no Tally name yet.`}</Text>
      <SearchBox
        className={styles.search}
        aria-label="Search mappings"
        placeholder="Search"
        value={query}
        onChange={(_, d) => setQuery(d.value)}
      />
      <div className={styles.actions}>
        <label className={styles.toggle}>
          <input type="checkbox" className={styles.box} checked={unmappedFirst} onChange={(e) => setUnmappedFirst(e.target.checked)} />
          <Text>Unmapped first</Text>
        </label>
        <Text aria-live="polite">{`Showing ${n(arranged.shown)} of ${n(arranged.total)}`}</Text>
      </div>
      <div className={styles.actions}>
        {blank > 0 && (
          <Button
            size="small"
            onClick={() => void tallyLists.load(connection.client(), company)}
            disabled={!connection.paired || company === "" || tallyLists.loading}
          >
            {tallyLists.loading ? "Reading Tally's names…" : "Suggest names from Tally"}
          </Button>
        )}
        {canAccept > 0 && (
          <Button size="small" onClick={accept}>
            {`Accept ${counted(canAccept, "suggestion")}`}
          </Button>
        )}
      </div>
      {tallyLists.problem && <ProblemBar problem={tallyLists.problem} />}
      <MappingList
        entries={arranged.entries}
        label={`LedgerMap, ${counted(arranged.shown, "mapping")}`}
        onName={onName}
        onRemove={onRemove}
      />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void save()} disabled={saving || !rows.dirty}>
          {saving ? "Saving…" : "Save mappings"}
        </Button>
        <Button onClick={rows.undo} disabled={!rows.undoLabel} aria-label={rows.undoLabel ? `Undo ${rows.undoLabel}` : "Undo"}>
          Undo
        </Button>
      </div>
      {problem && <ProblemBar problem={problem} />}
      {note && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
      <AddMapping onAdd={add} />
    </div>
  );
}
