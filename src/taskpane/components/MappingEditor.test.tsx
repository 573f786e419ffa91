/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { buildMasterImport } from "../../core/tally/write";
import { renderPane } from "../../../test/support/render-pane";
import { COMPANY, fakeTally, fakeWorkbook, pairedStorage, sampleWorkbook } from "../../../test/support/taskpane-fakes";

const view = () => screen.getByRole("tabpanel", { name: "Names" });
const list = () => within(view()).getByRole("list", { name: /^LedgerMap/ });
const nameOf = (label: string) => within(view()).getByRole("textbox", { name: `Tally name for ${label}` }) as HTMLInputElement;
const headings = () =>
  within(list())
    .getAllByRole("heading", { level: 3 })
    .map((h) => h.textContent);
const press = (name: string) => fireEvent.click(within(view()).getByRole("button", { name }));
const saved = (port: ReturnType<typeof fakeWorkbook>) => port.callsTo("writeLedgerMap")[0][0];

async function openMappings(options: Parameters<typeof renderPane>[0] = {}) {
  const pane = renderPane(options);
  fireEvent.click(screen.getByRole("tab", { name: "Names" }));
  await within(view()).findByRole("list", { name: /^LedgerMap/ });
  return pane;
}

/** The sample workbook with `n` more Party rows, "Party 0001" to "Party 0001 Traders" and so on. */
function withParties(n: number) {
  const input = sampleWorkbook();
  const map = input.tables.LedgerMap!;
  const parties = Array.from({ length: n }, (_, i) => `Party ${String(i + 1).padStart(4, "0")}`);
  input.tables.LedgerMap = { ...map, rows: [...map.rows, ...parties.map((p) => ["Party", p, `${p} Traders`])] };
  return fakeWorkbook(input);
}

describe("the mappings list", () => {
  it("groups the rows by kind, the kind with an unmapped word first, and shows what each word lacks", async () => {
    await openMappings();
    expect(headings()).toEqual(["Account (2)", "Sales (1)", "Output CGST (1)", "Output SGST (1)", "Output IGST (1)"]);
    expect(nameOf("Account Cash").value).toBe("Cash");
    expect(nameOf("Account PhonePe").value).toBe("");
    expect(within(view()).getByText("No Tally name · 1 row")).toBeTruthy();
    expect(within(view()).getByText("1 word with no Tally name yet.")).toBeTruthy();
    expect(within(view()).getByText("Showing 6 of 6")).toBeTruthy();
  });

  it("puts the words with no Tally name first, or keeps LedgerMap's kind and row order when asked", async () => {
    await openMappings();
    const accountRows = () =>
      within(list())
        .getAllByRole("textbox")
        .map((i) => i.getAttribute("aria-label"))
        .filter((l) => l?.includes("Account"));
    expect(accountRows()).toEqual(["Tally name for Account PhonePe", "Tally name for Account Cash"]);
    fireEvent.click(within(view()).getByRole("checkbox", { name: "Unmapped first" }));
    expect(headings()).toEqual(["Sales (1)", "Output CGST (1)", "Output SGST (1)", "Output IGST (1)", "Account (2)"]);
    expect(accountRows()).toEqual(["Tally name for Account Cash", "Tally name for Account PhonePe"]);
  });

  it("finds rows by any word of their kind, workbook word or Tally name", async () => {
    await openMappings();
    fireEvent.change(within(view()).getByRole("searchbox", { name: "Search mappings" }), { target: { value: "output cgst" } });
    expect(
      within(list())
        .getAllByRole("textbox")
        .map((i) => i.getAttribute("aria-label")),
    ).toEqual(["Tally name for Output CGST *"]);
    expect(within(view()).getByText("Showing 1 of 6")).toBeTruthy();
  });

  it("saves inline edits and removals exactly as shown, leaving out a word still blank", async () => {
    const { port } = await openMappings();
    fireEvent.change(nameOf("Account Cash"), { target: { value: "Cash in Hand" } });
    press("Remove Sales *");
    press("Save mappings");
    await waitFor(() => expect(port.callsTo("writeLedgerMap")).toHaveLength(1));
    expect(saved(port)).toEqual([
      { kind: "Output CGST", workbookValue: "*", tallyName: "Output CGST" },
      { kind: "Output SGST", workbookValue: "*", tallyName: "Output SGST" },
      { kind: "Output IGST", workbookValue: "*", tallyName: "Output IGST" },
      { kind: "Account", workbookValue: "Cash", tallyName: "Cash in Hand" },
    ]);
  });

  it("adds a mapping from the form below the list, which opens from a button with the cursor in its first field", async () => {
    const { port } = await openMappings();
    expect(within(view()).queryByRole("group", { name: "Add a mapping" })).toBeNull();
    const opener = within(view()).getByRole("button", { name: "New mapping…" });
    expect(opener.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(opener);
    const form = within(view()).getByRole("group", { name: "Add a mapping" });
    expect(document.activeElement).toBe(within(form).getByLabelText("Kind"));
    fireEvent.change(within(form).getByLabelText("Workbook Value"), { target: { value: " Sharma Traders " } });
    fireEvent.change(within(form).getByLabelText("Tally Name"), { target: { value: "Sharma Traders (Pune)" } });
    fireEvent.click(within(form).getByRole("button", { name: "Add mapping" }));
    expect(nameOf("Party Sharma Traders").value).toBe("Sharma Traders (Pune)");
    press("Save mappings");
    await waitFor(() => expect(port.callsTo("writeLedgerMap")).toHaveLength(1));
    expect(saved(port)).toContainEqual({ kind: "Party", workbookValue: "Sharma Traders", tallyName: "Sharma Traders (Pune)" });
    fireEvent.click(within(form).getByRole("button", { name: "Close" }));
    expect(within(view()).queryByRole("group", { name: "Add a mapping" })).toBeNull();
    expect(document.activeElement).toBe(within(view()).getByRole("button", { name: "New mapping…" }));
  });

  it("takes every suggestion from Tally's ledger list at once, then saves and checks again", async () => {
    const tally = fakeTally();
    const ledgers = [{ name: "PhonePe Business", parent: "Bank Accounts" }];
    await tally.post(buildMasterImport({ ledgers }, { company: COMPANY, applicableFrom: { y: 2026, m: 4, d: 1 } }));
    const { port } = await openMappings({ storage: pairedStorage(), transportFactory: () => tally });
    press("Suggest names from Tally");
    expect(await within(view()).findByText("Tally has PhonePe Business")).toBeTruthy();
    press("Accept 1 suggestion");
    expect(nameOf("Account PhonePe").value).toBe("PhonePe Business");
    press("Save mappings");
    await waitFor(() => expect(port.callsTo("writeLedgerMap")).toHaveLength(1));
    expect(saved(port)).toContainEqual({ kind: "Account", workbookValue: "PhonePe", tallyName: "PhonePe Business" });
    expect(await within(view()).findByText("Every word has a Tally name.")).toBeTruthy();
    expect(within(view()).getByText("Saved 6 mappings.")).toBeTruthy();
  });

  it("undoes edits one step at a time back to what the workbook holds, and then has nothing to save", async () => {
    await openMappings();
    fireEvent.change(nameOf("Account Cash"), { target: { value: "Cash in" } });
    fireEvent.change(nameOf("Account Cash"), { target: { value: "Cash in Hand" } });
    press("Remove Sales *");
    press("Undo the removed mapping");
    expect(nameOf("Sales *").value).toBe("Sales Accounts");
    expect(nameOf("Account Cash").value).toBe("Cash in Hand");
    press("Undo the Tally name you typed");
    expect(nameOf("Account Cash").value).toBe("Cash");
    expect((within(view()).getByRole("button", { name: "Save mappings" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("refuses to save a mapping whose Tally name was cleared, and says which", async () => {
    const { port } = await openMappings();
    fireEvent.change(nameOf("Account Cash"), { target: { value: " " } });
    press("Save mappings");
    expect(await within(view()).findByText('Account "Cash" has no Tally Name.')).toBeTruthy();
    expect(port.callsTo("writeLedgerMap")).toEqual([]);
  });

  it("holds 1,000 more rows, draws only those in sight, and finds any of them", async () => {
    await openMappings({ port: withParties(1000) });
    expect(list().getAttribute("aria-label")).toBe("LedgerMap, 1006 mappings");
    const drawn = within(list()).getAllByRole("listitem");
    expect(drawn.length).toBeLessThan(40);
    expect(drawn[drawn.length - 1].getAttribute("aria-setsize")).toBe(String(1000 + 5 + 1 + 6));
    expect(within(list()).queryByRole("textbox", { name: "Tally name for Output IGST *" })).toBeNull();
    // jsdom lays nothing out: the scroller says it was scrolled to the end, as a browser would.
    const scroller = list().parentElement!;
    Object.defineProperty(scroller, "scrollTop", { configurable: true, get: () => 1e6 });
    fireEvent.scroll(scroller);
    expect(nameOf("Output IGST *").value).toBe("Output IGST");
    fireEvent.change(within(view()).getByRole("searchbox", { name: "Search mappings" }), { target: { value: "party 0999" } });
    expect(
      within(list())
        .getAllByRole("textbox")
        .map((i) => i.getAttribute("aria-label")),
    ).toEqual(["Tally name for Party Party 0999"]);
    expect(within(view()).getByText("Showing 1 of 1,006")).toBeTruthy();
  }, 30_000);
});
