/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { WorkbookInput } from "../../core/records/types";
import { renderPane } from "../../../test/support/render-pane";
import { readyToSend, sendPanel } from "../../../test/support/pane-send-steps";
import { PANE_PROFILES } from "../../../test/support/taskpane-fake-tally";
import { FAKE_PAIRING_CODE, fakeWorkbook, memoryStorage, pairedStorage, sampleWorkbook } from "../../../test/support/taskpane-fakes";

const home = () => screen.getByRole("tabpanel", { name: "Home" });
const fact = (term: string) => within(home()).getByText(term, { selector: "dt" }).nextElementSibling?.textContent;
const checklist = () =>
  within(home())
    .getAllByRole("listitem")
    .map((li) => li.textContent);

/** The sample without its three bad rows: INV-1, INV-2 and RCT-1 make three vouchers. */
function cleanSample(): WorkbookInput {
  const input = sampleWorkbook();
  input.tables.Sales = { ...input.tables.Sales!, rows: input.tables.Sales!.rows.slice(0, 2) };
  input.tables.Receipts = { ...input.tables.Receipts!, rows: input.tables.Receipts!.rows.slice(0, 1) };
  return input;
}

describe("the Home view", () => {
  it("on a new workbook says it is not set up, offers only Set up workbook, and sets it up", async () => {
    const port = fakeWorkbook({ tables: {} });
    port.setupWorkbook = async () => {
      port.input = sampleWorkbook();
      return { createdTables: ["Sales", "HandoffSettings", "LedgerMap", "PostingLog"], addedColumns: [], createdHiddenSheet: true };
    };
    renderPane({ port, storage: memoryStorage() });
    const setUp = await within(home()).findByRole("button", { name: "Set up workbook" });
    expect(fact("Workbook")).toBe("Not set up yet");
    expect(fact("Tables")).toBe("None found");
    expect(fact("Bridge")).toBe("Not paired");
    expect(checklist()).toEqual([
      "To doSet up the workbook",
      "To doPair with the bridge",
      "To doCheck with no errors",
      "To doSend vouchers to Tally",
      "To doReconcile: Tally in step",
    ]);
    fireEvent.click(setUp);
    // Set up, the next step is pairing; the tables the setup made are read.
    expect(await within(home()).findByRole("textbox", { name: "Pairing code" })).toBeTruthy();
    expect(fact("Workbook")).toBe("Set up");
    expect(fact("Tables")).toBe("Sales 4 rows, Receipts 2 rows");
    expect(within(home()).getByText(/^Set up: added the tables Sales, HandoffSettings, LedgerMap, PostingLog/)).toBeTruthy();
  });

  it("pairs with the code the bridge shows, then points at the first error and selects its cell", async () => {
    const { port, tally } = renderPane({ storage: memoryStorage() });
    const code = await within(home()).findByRole("textbox", { name: "Pairing code" });
    fireEvent.change(code, { target: { value: FAKE_PAIRING_CODE } });
    fireEvent.click(within(home()).getByRole("button", { name: "Pair" }));
    const fix = await within(home()).findByRole("button", { name: "Fix the first error" });
    expect(tally.pairings).toHaveLength(1);
    expect(fact("Bridge")).toBe("Paired");
    expect(fact("Check")).toBe("3 errors, 1 warning");
    // The sample's first error: INV-3's Taxable Value "abc", on sheet row 4.
    expect(within(home()).getByText(/^Sales!F4: Taxable Value "abc" is not a number\./)).toBeTruthy();
    fireEvent.click(fix);
    await waitFor(() => expect(port.callsTo("selectCell")).toEqual([["Sales", 4, "Taxable Value"]]));
    expect(checklist()).toEqual([
      "✓ DoneSet up the workbook",
      "✓ DonePair with the bridge",
      "To doCheck with no errors",
      "To doSend vouchers to Tally",
      "To doReconcile: Tally in step",
    ]);
  });

  it("with every row valid and paired, offers Send 3 vouchers, which opens Send with its button focused", async () => {
    renderPane({ port: fakeWorkbook(cleanSample()), storage: pairedStorage() });
    const send = await within(home()).findByRole("button", { name: "Send 3 vouchers" });
    expect(fact("Vouchers")).toBe("3 ready, 3 not yet in Tally");
    expect(fact("Last sent")).toBe("Never");
    expect(await within(home()).findByText("TallyPrime is running")).toBeTruthy();
    fireEvent.click(send);
    expect(screen.getByRole("tab", { name: "Send" }).getAttribute("aria-selected")).toBe("true");
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Send 3 vouchers to Tally"));
  });

  it("shows the check under way and lets it be cancelled before it has read anything", async () => {
    const port = fakeWorkbook();
    let answer: (input: WorkbookInput) => void = () => undefined;
    port.readWorkbook = () => new Promise((resolve) => (answer = resolve));
    renderPane({ port, storage: pairedStorage() });
    expect(await within(home()).findByText("Reading the workbook…")).toBeTruthy();
    fireEvent.click(within(home()).getByRole("button", { name: "Cancel the check" }));
    answer(sampleWorkbook());
    expect(await within(home()).findByRole("button", { name: "Check the workbook" })).toBeTruthy();
    expect(fact("Workbook")).toBe("Not checked yet");
  });
});

describe.each(PANE_PROFILES)("the Home view after a send, on the emulator's %s profile", (profile) => {
  it("after a send reads the PostingLog, offers Reconcile, and once Tally is in step the checklist is done", async () => {
    const { port, tally } = renderPane({ port: fakeWorkbook(cleanSample()), storage: pairedStorage(), profile });
    fireEvent.click(await within(home()).findByRole("button", { name: "Send 3 vouchers" }));
    await within(sendPanel()).findByRole("table", { name: "Vouchers to send" });
    await readyToSend(profile, tally);
    fireEvent.click(await screen.findByRole("button", { name: "Send 3 vouchers to Tally" }));
    await screen.findByText("Posted: 3", { exact: true });
    expect(port.log.filter((e) => e.result === "Posted")).toHaveLength(3);
    fireEvent.click(screen.getByRole("tab", { name: "Home" }));
    expect(await within(home()).findByText("Everything valid is in Tally.")).toBeTruthy();
    expect(fact("Vouchers")).toBe("3 ready, all in Tally");
    expect(fact("Last sent")).toMatch(/: 3 posted$/);
    expect(checklist().filter((item) => !item?.startsWith("✓ Done"))).toEqual(["To doReconcile: Tally in step"]);
    fireEvent.click(within(home()).getByRole("button", { name: "Reconcile" }));
    expect(screen.getByRole("tab", { name: "Send" }).getAttribute("aria-selected")).toBe("true");
    await waitFor(() => expect(document.activeElement?.id).toBe("reconcile-books"));
    fireEvent.click(document.activeElement!);
    await screen.findByText(/^Tally is in step with the workbook from 1-Apr-2026 to 31-Mar-2027\./);
    fireEvent.click(screen.getByRole("tab", { name: "Home" }));
    await waitFor(() => expect(checklist().every((item) => item?.startsWith("✓ Done"))).toBe(true));
  });
});
