/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TextDecoder } from "node:util";
import { renderPane } from "../../../test/support/render-pane";
import { fakeWorkbook } from "../../../test/support/taskpane-fakes";

const exportView = () => screen.getByRole("tabpanel", { name: "Export" });

async function openExport(port = fakeWorkbook()) {
  const pane = renderPane({ port });
  fireEvent.click(screen.getByRole("tab", { name: "Export" }));
  // The pane checks the workbook on open; the downloads wait for that check.
  await waitFor(() =>
    expect((within(exportView()).getByRole("button", { name: "Download Tally XML" }) as HTMLButtonElement).disabled).toBe(false),
  );
  return pane;
}

describe("the Export view", () => {
  it("downloads a Tally import file of the valid vouchers, in UTF-16 with the company from Settings", async () => {
    const { saved, port } = await openExport();
    fireEvent.click(within(exportView()).getByRole("button", { name: "Download Tally XML" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const [file] = saved;
    expect(file.fileName).toBe("tara-traders-vouchers.xml");
    expect([...file.bytes.slice(0, 2)]).toEqual([0xff, 0xfe]);
    const xml = new TextDecoder("utf-16le").decode(file.bytes.slice(2));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-16"\?>/);
    expect(xml).toContain("<SVCURRENTCOMPANY>Tara Traders</SVCURRENTCOMPANY>");
    expect(xml.match(/<VOUCHER /g)).toHaveLength(3);
    expect(xml).not.toContain("INV-3");
    // Once by the check on open, once more just before the file is made.
    expect(port.callsTo("readWorkbook")).toHaveLength(2);
    expect(
      await within(exportView()).findByText(
        "Saved tara-traders-vouchers.xml: 3 vouchers. In TallyPrime: Gateway of Tally > Import > Transactions.",
      ),
    ).toBeTruthy();
  });

  it("says before any download what the files will hold, what is left out and why, and where Tally imports the XML", async () => {
    const { saved } = await openExport();
    const kinds = within(exportView()).getByRole("list", { name: "Vouchers per kind" });
    // The sample: INV-1 and INV-2 are valid sales invoices, RCT-1 a valid receipt.
    expect(
      within(kinds)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Sales invoices: 2", "Receipts: 1"]);
    expect(within(exportView()).getByText("3 vouchers dated 5-Apr-2026 to 9-Apr-2026.")).toBeTruthy();
    const left = within(exportView()).getByRole("list", { name: "Rows left out" });
    expect(within(left).getByText(/^Sales: 2 rows/)).toBeTruthy();
    expect(within(left).getByText(/^Receipts: 1 row/)).toBeTruthy();
    expect(within(left).getByText(/PhonePe/)).toBeTruthy();
    const xml = within(exportView()).getByRole("button", { name: "Download Tally XML" });
    expect(xml.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(xml.getAttribute("aria-describedby")!)?.textContent).toBe(
      "For TallyPrime: Gateway of Tally > Import > Transactions, then choose this file.",
    );
    expect(saved).toEqual([]);
  });

  it("downloads JSON and CSV of the same vouchers", async () => {
    const { saved } = await openExport();
    fireEvent.click(within(exportView()).getByRole("button", { name: "Download JSON" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    fireEvent.click(within(exportView()).getByRole("button", { name: "Download CSV" }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const json = JSON.parse(new TextDecoder().decode(saved[0].bytes)) as { number: string }[];
    expect(json.map((v) => v.number)).toEqual(["INV-1", "INV-2", "RCT-1"]);
    expect(saved[1].fileName).toBe("tara-traders-vouchers.csv");
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(saved[1].bytes);
    expect(csv.startsWith("\uFEFFDate,Voucher Type,Voucher No")).toBe(true);
  });

  it("says so when no voucher is valid, and saves nothing", async () => {
    const port = fakeWorkbook();
    port.input.tables.Sales = { ...port.input.tables.Sales!, rows: [] };
    port.input.tables.Receipts = { ...port.input.tables.Receipts!, rows: [] };
    const { saved } = await openExport(port);
    fireEvent.click(within(exportView()).getByRole("button", { name: "Download CSV" }));
    expect(await within(exportView()).findByText("There are no valid vouchers to export.")).toBeTruthy();
    expect(saved).toEqual([]);
  });
});
