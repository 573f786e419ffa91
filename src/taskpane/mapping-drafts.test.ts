import { draftsOf, draftsWithUnmapped, entriesToSave, isDrafted, newDraft } from "./mapping-drafts";

describe("entriesToSave", () => {
  it("trims the text and drops rows left blank", () => {
    const drafts = [newDraft("Party", " Sharma ", " Sharma Traders "), newDraft("Ledger", " ", ""), newDraft("Sales", "", "Sales @ 18%")];
    expect(entriesToSave(drafts)).toEqual({
      ok: true,
      entries: [
        { kind: "Party", workbookValue: "Sharma", tallyName: "Sharma Traders" },
        { kind: "Sales", workbookValue: "", tallyName: "Sales @ 18%" },
      ],
    });
  });

  it("refuses a row with a workbook value but no Tally name, naming it", () => {
    expect(entriesToSave([newDraft("Unit", "Nos", "Nos"), newDraft("Account", "PhonePe", " ")])).toEqual({
      ok: false,
      message: 'Account "PhonePe" has no Tally Name.',
    });
  });

  it("leaves out a word the check found unmapped while its Tally name is blank", () => {
    const word = { ...newDraft("Account", "PhonePe"), unmapped: 2 };
    expect(entriesToSave([newDraft("Unit", "Nos", "Nos"), word])).toEqual({
      ok: true,
      entries: [{ kind: "Unit", workbookValue: "Nos", tallyName: "Nos" }],
    });
    expect(entriesToSave([{ ...word, tallyName: "PhonePe Business" }])).toEqual({
      ok: true,
      entries: [{ kind: "Account", workbookValue: "PhonePe", tallyName: "PhonePe Business" }],
    });
  });
});

describe("draftsOf and isDrafted", () => {
  it("gives each row its own key and finds a word already mapped, loosely", () => {
    const drafts = draftsOf([
      { row: 2, kind: "Account", workbookValue: "Cash", tallyName: "Cash" },
      { row: 3, kind: "Unit", workbookValue: "Nos", tallyName: "Nos" },
    ]);
    expect(new Set(drafts.map((d) => d.id)).size).toBe(2);
    expect(isDrafted(drafts, "Account", " cash ")).toBe(true);
    expect(isDrafted(drafts, "Party", "Cash")).toBe(false);
  });
});

describe("draftsWithUnmapped", () => {
  it("adds each unmapped word once, after the LedgerMap rows, unless a row maps it already", () => {
    const drafts = draftsWithUnmapped(
      [{ row: 2, kind: "Account", workbookValue: "Cash", tallyName: "Cash" }],
      [
        { kind: "Account", value: "PhonePe", rows: 3 },
        { kind: "Account", value: "CASH", rows: 1 },
      ],
    );
    expect(drafts.map((d) => [d.kind, d.workbookValue, d.tallyName, d.unmapped])).toEqual([
      ["Account", "Cash", "Cash", undefined],
      ["Account", "PhonePe", "", 3],
    ]);
  });
});
