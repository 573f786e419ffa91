/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { buildMasterImport } from "../../core/tally/write";
import { renderPane } from "../../../test/support/render-pane";
import { COMPANY, fakeTally, pairedStorage } from "../../../test/support/taskpane-fakes";

const mappings = () => screen.getByRole("tabpanel", { name: "Names" });

async function openMappings(options: Parameters<typeof renderPane>[0] = {}) {
  const pane = renderPane({ search: "?action=validate", ...options });
  fireEvent.click(screen.getByRole("tab", { name: "Names" }));
  await within(mappings()).findByRole("list", { name: "Words with no Tally name" });
  return pane;
}

const row = (n: number) => within(mappings()).getByRole("group", { name: `Mapping ${n}` });
const input = (n: number, label: string) => within(row(n)).getByLabelText(label) as HTMLInputElement;

describe("the mapping editor", () => {
  it("shows the LedgerMap rows as they are in the workbook", async () => {
    await openMappings();
    expect(within(mappings()).getAllByRole("group")).toHaveLength(5);
    expect((within(row(1)).getByLabelText("Kind") as HTMLSelectElement).value).toBe("Sales");
    expect(input(5, "Workbook Value").value).toBe("Cash");
    expect(input(5, "Tally Name").value).toBe("Cash");
  });

  it("lists the unmapped word and maps it to a name Tally suggests, then saves and checks again", async () => {
    const tally = fakeTally();
    await tally.post(
      buildMasterImport(
        { ledgers: [{ name: "PhonePe Business", parent: "Bank Accounts" }] },
        { company: COMPANY, applicableFrom: { y: 2026, m: 4, d: 1 } },
      ),
    );
    const { port } = await openMappings({ storage: pairedStorage(), transportFactory: () => tally });
    expect(within(mappings()).getByText(/Account “PhonePe” \(1 row\)/)).toBeTruthy();
    fireEvent.click(within(mappings()).getByRole("button", { name: "Suggest names from Tally" }));
    fireEvent.click(await within(mappings()).findByRole("button", { name: "Map PhonePe to PhonePe Business" }));
    expect((within(row(6)).getByLabelText("Kind") as HTMLSelectElement).value).toBe("Account");
    expect(input(6, "Workbook Value").value).toBe("PhonePe");
    expect(input(6, "Tally Name").value).toBe("PhonePe Business");
    fireEvent.click(within(mappings()).getByRole("button", { name: "Save mappings" }));
    await waitFor(() => expect(port.callsTo("writeLedgerMap")).toHaveLength(1));
    const saved = port.callsTo("writeLedgerMap")[0][0] as { kind: string; workbookValue: string; tallyName: string }[];
    expect(saved).toHaveLength(6);
    expect(saved[5]).toEqual({ kind: "Account", workbookValue: "PhonePe", tallyName: "PhonePe Business" });
    expect(await within(mappings()).findByText("Every word the tables use has a Tally name.")).toBeTruthy();
    expect(within(mappings()).getByText("Saved 6 mappings.")).toBeTruthy();
  });

  it("saves edited, added and removed rows exactly as shown", async () => {
    const { port } = await openMappings();
    fireEvent.change(input(5, "Tally Name"), { target: { value: "Cash in Hand" } });
    fireEvent.click(within(mappings()).getByRole("button", { name: "Remove mapping 1" }));
    fireEvent.click(within(mappings()).getByRole("button", { name: "Add mapping" }));
    fireEvent.change(within(row(5)).getByLabelText("Kind"), { target: { value: "Party" } });
    fireEvent.change(input(5, "Workbook Value"), { target: { value: " Sharma Traders " } });
    fireEvent.change(input(5, "Tally Name"), { target: { value: "Sharma Traders (Pune)" } });
    fireEvent.click(within(mappings()).getByRole("button", { name: "Save mappings" }));
    await waitFor(() => expect(port.callsTo("writeLedgerMap")).toHaveLength(1));
    expect(port.callsTo("writeLedgerMap")[0][0]).toEqual([
      { kind: "Output CGST", workbookValue: "*", tallyName: "Output CGST" },
      { kind: "Output SGST", workbookValue: "*", tallyName: "Output SGST" },
      { kind: "Output IGST", workbookValue: "*", tallyName: "Output IGST" },
      { kind: "Account", workbookValue: "Cash", tallyName: "Cash in Hand" },
      { kind: "Party", workbookValue: "Sharma Traders", tallyName: "Sharma Traders (Pune)" },
    ]);
  });

  it("refuses to save a row that names no Tally ledger, and says which", async () => {
    const { port } = await openMappings();
    fireEvent.click(within(mappings()).getByRole("button", { name: "Add a mapping for PhonePe" }));
    fireEvent.click(within(mappings()).getByRole("button", { name: "Save mappings" }));
    expect(await within(mappings()).findByText('Mapping 6 (Account "PhonePe") has no Tally Name.')).toBeTruthy();
    expect(port.callsTo("writeLedgerMap")).toEqual([]);
  });
});
