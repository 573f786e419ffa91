/** @jest-environment jsdom */
import "../../../test/support/jsdom-setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { prepareHandoff } from "../../core/handoff";
import { RECONCILIATION_HEADERS, reconciliationRows } from "../../core/reconcile/sheet";
import { runPush } from "../../engine/push";
import { runReconcile } from "../../engine/reconcile";
import type { ProfileName } from "../../emulator/profiles";
import { renderPane } from "../../../test/support/render-pane";
import { keepsWorkbookNumbers, PANE_PROFILES } from "../../../test/support/taskpane-fake-tally";
import { COMPANY, cleanSampleWorkbook, fakeTally, fakeWorkbook, pairedStorage } from "../../../test/support/taskpane-fakes";

const sendPanel = () => screen.getByRole("tabpanel", { name: "Send" });
/** Gone from the page, not only closed: a dialog stays mounted for a second while it closes. */
const noDialogLeft = () => waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull(), { timeout: 3_000 });
const inTally = (tally: ReturnType<typeof fakeTally>) => tally.state.vouchers().map((v) => v.number);

/**
 * The clean sample pushed (INV-1, INV-2, RCT-1), then: INV-2's row deleted from the workbook (an
 * orphan), INV-1 renumbered by hand in Tally (differs), and a voucher typed in Tally (not ours).
 * Where Tally numbers vouchers itself (factory), the push first prepares Tally after the person's
 * yes, as the pane's Prepare Tally does (the same engine step): its Sales and Receipt types.
 */
async function pushedAndEdited(profile: ProfileName) {
  const port = fakeWorkbook(cleanSampleWorkbook());
  const tally = fakeTally(undefined, profile);
  const prepareTally = !keepsWorkbookNumbers(profile);
  const pushed = await runPush(
    prepareHandoff(port.input).vouchers,
    { tally, log: port.postingLog, statuses: port.statuses, now: () => "2026-12-03T10:00:00.000Z" },
    { company: COMPANY, createMissingMasters: true, prepareTally },
  );
  expect(pushed.posted).toBe(3);
  expect([...pushed.prepared].sort()).toEqual(prepareTally ? ["Receipt", "Sales"] : []);
  expect(inTally(tally).sort()).toEqual(["INV-1", "INV-2", "RCT-1"]);
  const sales = port.input.tables.Sales!;
  port.input.tables.Sales = { ...sales, rows: sales.rows.filter((r) => r[1] !== "INV-2") };
  const inv1 = tally.state.vouchers().find((v) => v.number === "INV-1")!;
  tally.state.editVoucher(inv1.masterId, { number: "INV-1A" });
  const rct = tally.state.vouchers().find((v) => v.number === "RCT-1")!;
  tally.state.addVoucher({ ...rct, number: "HAND-1", narration: "typed in Tally" });
  return { port, tally };
}

async function reconcileInPane(port: ReturnType<typeof fakeWorkbook>, tally: ReturnType<typeof fakeTally>) {
  renderPane({ port, transportFactory: () => tally, storage: pairedStorage(), search: "?action=send" });
  const start = await within(sendPanel()).findByRole("button", { name: "Reconcile" });
  await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(start);
  return within(sendPanel()).findByRole("table", { name: "Vouchers by state" });
}

const countOf = (table: HTMLElement, state: RegExp) =>
  within(within(table).getByRole("row", { name: state })).getByRole("cell").textContent;

describe.each(PANE_PROFILES)("the Reconcile view on the emulator's %s profile", (profile) => {
  it("shows each state's count, the orphan, what differs beside Tally's value, and the voucher never sent", async () => {
    const { port, tally } = await pushedAndEdited(profile);
    const counts = await reconcileInPane(port, tally);
    expect(countOf(counts, /^In step/)).toBe("1");
    expect(countOf(counts, /^Differs from Tally/)).toBe("1");
    expect(countOf(counts, /^Sent from this workbook, no longer in it/)).toBe("1");
    expect(countOf(counts, /^In Tally, never sent/)).toBe("1");
    expect(countOf(counts, /^In the workbook, not in Tally/)).toBe("0");
    const orphans = within(sendPanel()).getByRole("region", { name: /^Sent from this workbook, no longer in it: 1$/ });
    expect(within(orphans).getByText("6-Apr-2026 · Sales INV-2")).toBeTruthy();
    const differs = within(sendPanel()).getByRole("table", { name: "What differs in Sales INV-1" });
    expect(
      within(within(differs).getByRole("row", { name: /^Number/ }))
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["INV-1", "INV-1A"]);
    const notOurs = within(sendPanel()).getByRole("region", { name: /^In Tally, never sent from this workbook: 1$/ });
    expect(within(notOurs).getByText(/· Receipt HAND-1$/)).toBeTruthy();
    expect(within(sendPanel()).getByText(/^Tally is not in step with the workbook/)).toBeTruthy();
  });

  it("writes to the Reconciliation sheet exactly the rows of the same reconcile, headers first", async () => {
    const { port, tally } = await pushedAndEdited(profile);
    await reconcileInPane(port, tally);
    await within(sendPanel()).findByText("The Reconciliation sheet holds this report, every voucher and ledger.");
    const again = await runReconcile(prepareHandoff(port.input).vouchers, { tally, log: port.postingLog }, { company: COMPANY });
    expect(port.reconciliation).toEqual([RECONCILIATION_HEADERS, ...reconciliationRows(again.reconciliation)]);
    expect(port.callsTo("writeReconciliation")).toHaveLength(1);
  });

  it("names every voucher a Delete will act on, sends nothing when the dialog is cancelled, and deletes only the orphan when confirmed", async () => {
    const { port, tally } = await pushedAndEdited(profile);
    await reconcileInPane(port, tally);
    const before = tally.requests.length;
    fireEvent.click(within(sendPanel()).getByRole("button", { name: "Delete 1 orphan in Tally" }));
    const dialog = await screen.findByRole("dialog");
    expect(
      within(within(dialog).getByRole("list", { name: "Vouchers it will change" }))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Sales INV-2 of 6-Apr-2026 (Sales)"]);
    fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
    await noDialogLeft();
    expect(tally.requests.length).toBe(before);
    expect(inTally(tally).sort()).toEqual(["HAND-1", "INV-1A", "INV-2", "RCT-1"]);

    fireEvent.click(within(sendPanel()).getByRole("button", { name: "Delete 1 orphan in Tally" }));
    // Opened after the cancelled one unmounted: jsdom's tabster leaves it aria-hidden (see Take back below).
    const confirm = await screen.findByRole("dialog", { hidden: true });
    fireEvent.click(await within(confirm).findByRole("button", { name: "Delete 1 orphan in Tally", hidden: true }));
    await within(sendPanel()).findByText("Deleted: Sales INV-2.");
    // Reconciled again after the fix: no orphan left, and the voucher typed in Tally untouched.
    await waitFor(() =>
      expect(countOf(within(sendPanel()).getByRole("table", { name: "Vouchers by state" }), /^Sent from this/)).toBe("0"),
    );
    expect(inTally(tally).sort()).toEqual(["HAND-1", "INV-1A", "RCT-1"]);
    expect(port.log.filter((e) => e.action === "Delete").map((e) => [e.voucher, e.result])).toEqual([
      ["INV-2", "Sending"],
      ["INV-2", "Posted"],
    ]);
  });

  it("takes back a push after naming its vouchers, and Send then holds them back until re-created on confirmation", async () => {
    const { port, tally } = await pushedAndEdited(profile);
    await reconcileInPane(port, tally);
    const pushes = within(sendPanel()).getByRole("list", { name: "Pushes in the PostingLog" });
    expect(within(pushes).getByText(/^Push 1, .*: 3 vouchers, 3 created$/)).toBeTruthy();
    fireEvent.click(within(pushes).getByRole("button", { name: "Take back push 1" }));
    const dialog = await screen.findByRole("dialog");
    const named = (await within(dialog).findAllByRole("listitem")).map((li) => li.textContent).sort();
    // What push 1 created and Tally still holds, under the number Tally now shows: never HAND-1.
    expect(named).toEqual([
      "Receipt RCT-1 of 9-Apr-2026 (Receipts)",
      "Sales INV-1A of 5-Apr-2026 (Sales)",
      "Sales INV-2 of 6-Apr-2026 (Sales)",
    ]);
    fireEvent.click(await within(dialog).findByRole("button", { name: "Take back push 1" }));
    await within(sendPanel()).findByText("Deleted: Sales INV-2.");
    await waitFor(() => expect(inTally(tally)).toEqual(["HAND-1"]));
    // The Take back dialog gone first, so the one found next is the Re-create dialog. In jsdom, tabster
    // leaves a dialog opened after another has unmounted aria-hidden (hence hidden: true); Chromium does
    // not, and the browser test (test/e2e/reconcile.e2e.test.ts) reads this dialog as a person would.
    await noDialogLeft();
    const recreate = await within(sendPanel()).findByRole("button", { name: "Re-create 2 taken-back vouchers" });
    fireEvent.click(recreate);
    const ask = await screen.findByRole("dialog", { hidden: true });
    expect((await within(ask).findAllByRole("listitem", { hidden: true })).map((li) => li.textContent)).toEqual([
      "Sales INV-1 of 5-Apr-2026 (Sales)",
      "Receipt RCT-1 of 9-Apr-2026 (Receipts)",
    ]);
    fireEvent.click(await within(ask).findByRole("button", { name: "Re-create 2 taken-back vouchers", hidden: true }));
    await within(sendPanel()).findByText("Posted: 2", { exact: true }, { timeout: 5_000 });
    expect(inTally(tally).sort()).toEqual(["HAND-1", "INV-1", "RCT-1"]);
  });
});
