/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderPane } from "../../../test/support/render-pane";
import { fakeWorkbook, sampleWorkbook } from "../../../test/support/taskpane-fakes";

async function validated(port = fakeWorkbook()) {
  const pane = renderPane({ port });
  fireEvent.click(screen.getByRole("tab", { name: "Check" }));
  fireEvent.click(await screen.findByRole("button", { name: "Validate" }));
  // The check on open shows findings too; only Validate writes statuses.
  await waitFor(() => expect(port.callsTo("highlight")).toHaveLength(1));
  await screen.findByRole("region", { name: "Sales findings" });
  return pane;
}

describe("the Validate view", () => {
  it("groups findings by table, errors before warnings, each with its message and cell", async () => {
    await validated();
    const sales = screen.getByRole("region", { name: "Sales findings" });
    const receipts = screen.getByRole("region", { name: "Receipts findings" });
    // Sales comes before Receipts, as the tables are ordered in the workbook contract.
    expect(sales.compareDocumentPosition(receipts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const items = within(sales)
      .getAllByText(/^(Error|Warning)$/)
      .map((n) => n.textContent);
    expect(items).toEqual(["Error", "Error", "Warning"]);
    expect(within(sales).getByText('Taxable Value "abc" is not a number.')).toBeTruthy();
    expect(within(sales).getByRole("button", { name: "Go to Sales!F4" })).toBeTruthy();
    expect(within(sales).getByRole("button", { name: "Go to Sales!B5" })).toBeTruthy();
    expect(within(receipts).getByText(/PhonePe/)).toBeTruthy();
  });

  it("shows rows, vouchers, errors and warnings per table", async () => {
    await validated();
    const table = screen.getByRole("table", { name: "What was read" });
    const sales = within(table).getByRole("row", { name: /Sales/ });
    expect(
      within(sales)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["4", "2", "2", "1"]);
    const receipts = within(table).getByRole("row", { name: /Receipts/ });
    expect(
      within(receipts)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["2", "1", "1", "0"]);
  });

  it("selects the finding's cell in Excel when its location is clicked", async () => {
    const { port } = await validated();
    fireEvent.click(screen.getByRole("button", { name: "Go to Sales!F4" }));
    await waitFor(() => expect(port.callsTo("selectCell")).toEqual([["Sales", 4, "Taxable Value"]]));
    fireEvent.click(screen.getByRole("button", { name: "Go to Receipts!F3" }));
    await waitFor(() => expect(port.callsTo("selectCell")[1]).toEqual(["Receipts", 3, "Account"]));
  });

  it("writes every row's status and highlights only the errors", async () => {
    const { port } = await validated();
    const verdicts = port.callsTo("writeVerdicts")[0][0] as { table: string; row: number; status: string }[];
    expect(verdicts.filter((v) => v.status === "Invalid").map((v) => `${v.table}!${v.row}`)).toEqual(["Receipts!3", "Sales!4", "Sales!5"]);
    const marked = port.callsTo("highlight")[0][0] as { severity: string; row: number }[];
    expect(marked.map((f) => f.severity)).toEqual(["error", "error", "error"]);
  });

  it("clears its highlights when asked", async () => {
    const { port } = await validated();
    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    await waitFor(() => expect(port.callsTo("clearHighlights")).toHaveLength(1));
  });

  it("says plainly when the workbook cannot be read", async () => {
    const port = fakeWorkbook();
    port.readWorkbook = async () => {
      throw new Error("the workbook is busy");
    };
    renderPane({ port });
    fireEvent.click(screen.getByRole("tab", { name: "Check" }));
    fireEvent.click(await screen.findByRole("button", { name: "Validate" }));
    const panel = screen.getByRole("tabpanel", { name: "Check" });
    expect(await within(panel).findByText("Something went wrong: the workbook is busy")).toBeTruthy();
    expect(port.callsTo("writeVerdicts")).toEqual([]);
  });

  it("shows the first 200 findings of a table and the rest on request", async () => {
    const input = sampleWorkbook();
    const sales = input.tables.Sales!;
    const bad = Array.from({ length: 230 }, (_, i) => ["2026-04-05", `BAD-${i}`, "Sharma Traders", "", "27", "abc", 18, "9983"]);
    input.tables.Sales = { ...sales, rows: bad };
    await validated(fakeWorkbook(input));
    const region = screen.getByRole("region", { name: "Sales findings" });
    expect(within(region).getAllByText("Error")).toHaveLength(200);
    fireEvent.click(within(region).getByRole("button", { name: "Show 30 more of 30 in Sales" }));
    await waitFor(() => expect(within(region).getAllByText("Error")).toHaveLength(230));
    expect(within(region).queryByRole("button", { name: /more of/ })).toBeNull();
  }, 60000);
});
