import { mismatches, PUSH_NOTE, sourcesIn, SRC } from "../../../test/support/message-sources";
import { PUSH_NOTE_AREAS, PUSH_NOTES, pushNote, type PushNote, type PushNoteParams } from "./index";

const APRIL_15 = { y: 2026, m: 4, d: 15 };

/** One set of parameters per note; the compiler asks for one when a note is added. */
const EXAMPLES: { [N in PushNote]: PushNoteParams<N> } = {
  "refused.ledger-missing": { name: "Sales @18%" },
  "refused.stock-item-missing": { name: "Steel Bolt M8" },
  "refused.godown-missing": { name: "Shop Floor" },
  "refused.unit-missing": { name: "Nos" },
  "refused.number-taken": { number: "INV-7" },
  "refused.date-educational": { voucherType: "Sales", number: "INV-7", date: APRIL_15 },
  "refused.date-outside-books": { voucherType: "Sales", number: "INV-7" },
  "refused.totals-differ": {},
  "refused.company-not-open": { company: "Demo Trading Co" },
  "refused.voucher-type-missing": { voucherType: "GST Sales" },
  "refused.without-words": {},
  "refused.in-tally-words": { text: "Cannot be deleted!" },
  "held.masters-missing": { masters: [{ kind: "Ledger", name: "Freight", creatable: true }] },
  "held.tally-numbers-itself": { voucherType: "Sales", method: "Automatic" },
  "held.changed-in-tally": { difference: "Tally has it numbered 12, the workbook S-7", logged: true },
  "held.taken-back": {},
  "differs.cancelled": {},
  "differs.undated": {},
  "differs.date": { tally: APRIL_15, workbook: { y: 2026, m: 5, d: 1 } },
  "differs.type": { tally: "Receipt", workbook: "Sales" },
  "differs.number": { tally: "12", workbook: "S-7" },
  "differs.amount": { what: "ledger", name: "Sales", tally: -123456, workbook: 100 },
};

const notes = Object.keys(PUSH_NOTES) as PushNote[];
const words = (name: PushNote) => pushNote(name, EXAMPLES[name] as never);

describe("push notes", () => {
  it("has words for every note a source names, and no words that no source names", () => {
    expect(mismatches(notes, sourcesIn(SRC), PUSH_NOTE)).toEqual({ wordless: [], unused: [] });
  });

  it("would notice a note without words, or words that nothing uses", () => {
    const sources = sourcesIn(SRC);
    const doctored = [
      ...sources.filter((s) => !s.text.includes('"differs.undated"')),
      { file: "core/push/new.ts", text: 'pushNote("refused.made-up", {})' },
    ];
    const found = mismatches(notes, doctored, PUSH_NOTE);
    expect(found.wordless).toEqual(["refused.made-up (core/push/new.ts)"]);
    expect(found.unused).toContain("differs.undated");
    expect(found.unused).not.toContain("refused.ledger-missing");
  });

  it("gives each note its words in exactly one area", () => {
    const areasOf = (name: string) => Object.values(PUSH_NOTE_AREAS).filter((area) => name in area).length;
    expect(notes.filter((name) => areasOf(name) !== 1)).toEqual([]);
  });

  it.each(notes.filter((n) => !n.startsWith("differs.")))(
    "words %s as sentences that end in a full stop (or in Tally's own words)",
    (name) => {
      expect(words(name)).toMatch(name === "refused.in-tally-words" ? /^Tally says: Cannot be deleted!$/ : /^[A-Z].*\.$/);
      expect(words(name)).not.toMatch(/undefined|NaN|\[object|\n/);
    },
  );

  it.each(notes.filter((n) => n.startsWith("differs.")))("words %s as a clause for the push's own sentence", (name) => {
    expect(words(name)).toMatch(/^[A-Za-z].*[^.\s]$/);
    expect(words(name)).not.toMatch(/undefined|NaN|\[object|\n/);
  });

  it("names every missing master, says does or do, and asks Tally's owner for what the add-in may not create", () => {
    const ledger = { kind: "Ledger", name: "Freight", creatable: true };
    const type = { kind: "Voucher type", name: "GST Sales", creatable: false };
    expect(pushNote("held.masters-missing", { masters: [ledger] })).toBe(
      "Ledger 'Freight' does not exist in Tally: add them to LedgerMap or turn on Create Missing Masters.",
    );
    expect(pushNote("held.masters-missing", { masters: [ledger, type] })).toBe(
      "Ledger 'Freight', Voucher type 'GST Sales' do not exist in Tally: create them in Tally (or fix LedgerMap), then send again.",
    );
  });

  it("shows amounts Indian-grouped with Dr or Cr, and a zero bare", () => {
    expect(pushNote("differs.amount", { what: "item", name: "Bolt", tally: -12345678, workbook: 0 })).toBe(
      "item Bolt is 1,23,456.78 Dr in Tally, 0.00 in the workbook",
    );
  });
});
