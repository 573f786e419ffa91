import { acceptSuggestions, arrangeMappings, matches } from "./mapping-list";
import type { MappingDraft } from "./mapping-drafts";

const draft = (id: number, kind: MappingDraft["kind"], workbookValue: string, tallyName: string): MappingDraft => ({
  id,
  kind,
  workbookValue,
  tallyName,
});

const drafts: MappingDraft[] = [
  draft(1, "Party", "Sharma", "Sharma Traders (Pune)"),
  draft(2, "Account", "Cash", ""),
  draft(3, "Party", "Mehta", ""),
  draft(4, "Item", "Bolt M8", "Bolt M8 Zinc"),
  draft(5, "Party", "Gupta", "Gupta & Sons"),
];

const shown = (list: ReturnType<typeof arrangeMappings>) =>
  list.entries.map((e) => (e.type === "group" ? `[${e.kind} ${e.count}]` : e.draft.workbookValue));

describe("the mappings list", () => {
  it("finds a row when every word of the search is in its kind, word or Tally name, in any case", () => {
    expect(matches(drafts[0], "sharma PUNE")).toBe(true);
    expect(matches(drafts[0], "party traders")).toBe(true);
    expect(matches(drafts[0], "sharma mumbai")).toBe(false);
    expect(matches(drafts[0], "   ")).toBe(true);
  });

  it("searches the Tally name a row has now, not the one it had before an edit", () => {
    const before = draft(9, "Party", "Rao", "Rao Stores");
    expect(matches(before, "stores")).toBe(true);
    const after = { ...before, tallyName: "Rao Agencies" };
    expect(matches(after, "stores")).toBe(false);
    expect(matches(after, "agencies")).toBe(true);
  });

  it("puts the kinds with a word to name first, those words first in them, else keeps LedgerMap's order", () => {
    expect(shown(arrangeMappings(drafts, { query: "", unmappedFirst: true }))).toEqual([
      "[Party 3]",
      "Mehta",
      "Sharma",
      "Gupta",
      "[Account 1]",
      "Cash",
      "[Item 1]",
      "Bolt M8",
    ]);
    expect(shown(arrangeMappings(drafts, { query: "", unmappedFirst: false }))).toEqual([
      "[Party 3]",
      "Sharma",
      "Mehta",
      "Gupta",
      "[Account 1]",
      "Cash",
      "[Item 1]",
      "Bolt M8",
    ]);
    const searched = arrangeMappings(drafts, { query: "party", unmappedFirst: true });
    expect([searched.shown, searched.total]).toEqual([3, 5]);
  });

  it("accepts only the suggestions of shown rows that still have no Tally name", () => {
    const suggestions = new Map([
      [2, "Cash in Hand"],
      [3, "Mehta Brothers"],
      [1, "Sharma Wholesale"],
    ]);
    const arranged = arrangeMappings(drafts, { query: "party", unmappedFirst: true, suggestions });
    const { drafts: after, accepted } = acceptSuggestions(drafts, arranged);
    expect(accepted).toBe(1);
    expect(after.map((d) => d.tallyName)).toEqual(["Sharma Traders (Pune)", "", "Mehta Brothers", "Bolt M8 Zinc", "Gupta & Sons"]);
  });
});
