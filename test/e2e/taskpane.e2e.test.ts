/**
 * The add-in a bookkeeper uses, end to end (issue "Must show" browser test): the production
 * build of the task pane in a Chromium-family browser at 320 px, on a fake Excel host, through
 * the real bridge to the Tally emulator. Expectations come from the core run on the same workbook, so
 * the test proves the pane shows, selects, sends and records what the core decided.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { prepareHandoff, rowVerdicts } from "../../src/core/handoff";
import type { TableInput } from "../../src/core/records/types";
import { findingLocation } from "../../src/taskpane/finding-groups";
import { columnLetters } from "../support/fake-excel";
import { browserGate, freshScreenshots } from "./browser-stage";
import { e2eWorkbookInput, FIRST_ACTIVE_SHEET, PLANTED } from "./e2e-workbook";
import { fakeOfficeOf } from "./pane-browser";
import { startPaneStage, type PaneStage } from "./pane-stage";

const ROOT = path.resolve(__dirname, "..", "..");
const SHOTS = path.join(ROOT, "test-output", "e2e");

const input = e2eWorkbookInput();
const handoff = prepareHandoff(input);
const verdicts = rowVerdicts(handoff);
const company = handoff.books.settings.company;
const validIds = handoff.vouchers.map((v) => v.remoteId).sort();
const errors = handoff.findings.filter((f) => f.severity === "error");
const OPS_TABLES = Object.values(input.tables).filter((t): t is TableInput => !!t && t.sheet !== "TallyHandoff");

const { describeInBrowser, beforeAllInBrowser } = browserGate("THE BROWSER TEST");

let stage: PaneStage;
/** The one page the whole walk happens in. */
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Asks again until `done` holds (the pane selects after an async Excel.run), for up to 10 s. */
async function poll<T>(ask: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const until = Date.now() + 10_000;
  for (;;) {
    const value = await ask();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const inTally = () => stage.emulator.state.vouchers().filter((v) => !v.cancelled);

beforeAllInBrowser(async (browser) => {
  freshScreenshots(SHOTS);
  // Tally as it comes out of the box: every voucher type numbers automatically (PROTOCOL.md 11.1).
  return (stage = await startPaneStage(browser, company, { profile: "factory", pairByCode: false }));
}, 110_000);
// No stage when the browser could not start: that failure is the one to report.
beforeAll(async () => {
  if (stage) page = await stage.open({ action: "validate" }, 320, true);
}, 30_000);

describeInBrowser("the task pane in a browser", () => {
  it("shows both planted mistakes with their messages when opened from the Validate button", async () => {
    expect(errors.map((f) => f.code).sort()).toEqual([PLANTED.gstin.code, PLANTED.expenseHead.code].sort());
    for (const f of errors) {
      const link = page.getByRole("button", { name: `Go to ${findingLocation(f, input)}`, exact: true });
      await link.waitFor({ timeout: 20_000 });
      expect(await link.locator("..").textContent()).toContain(f.message);
    }
    await page.getByText(`${handoff.vouchers.length} vouchers ready to send.`).waitFor();
    await shot("01-findings");
  });

  it("selects the bad GSTIN's cell on the Sales sheet when its finding is clicked", async () => {
    const host = fakeOfficeOf(page);
    expect(await host.activeSheet()).toBe(FIRST_ACTIVE_SHEET);
    const gstin = errors.find((f) => f.code === PLANTED.gstin.code)!;
    await page.getByRole("button", { name: `Go to ${findingLocation(gstin, input)}`, exact: true }).click();
    const sales = input.tables.Sales as TableInput;
    const cell = `${columnLetters(sales.headers.indexOf(PLANTED.gstin.column))}${PLANTED.gstin.index + 2}`;
    await expect(
      poll(
        () => host.selection(),
        (s) => s?.address === cell,
      ),
    ).resolves.toEqual({ sheet: "Sales", address: cell });
    expect(await host.activeSheet()).toBe("Sales");
    await shot("02-gstin-selected");
  });

  it("sends exactly the valid vouchers to Tally and holds back the rows with mistakes", async () => {
    await page.getByRole("tab", { name: "Send" }).click();
    await page.getByRole("table", { name: "Vouchers to send" }).waitFor();
    const send = page.getByRole("button", { name: /^Send \d+ vouchers? to Tally$/ });
    const shown = Number(/\d+/.exec((await send.textContent()) ?? "")?.[0]);
    expect(shown).toBe(handoff.vouchers.length);
    await shot("03-send-preflight");
    expect(inTally()).toEqual([]);

    // The pre-flight names the numbering problem; Prepare Tally asks before it changes anything.
    await page.getByRole("button", { name: "Check masters in Tally" }).click();
    await page.getByText("Tally would replace these numbers").waitFor({ timeout: 30_000 });
    await shot("03a-numbering-problem");
    await page.getByRole("button", { name: "Prepare Tally" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(/Method of Voucher Numbering Manual, Prevent Duplicates Yes/).waitFor();
    await page.waitForTimeout(500); // let the dialog finish fading in before the screenshot
    await shot("03b-prepare-tally-asks");
    expect(stage.emulator.state.voucherTypes.get("Sales")?.numbering).toBe("Automatic");
    await dialog.getByRole("button", { name: /^Change / }).click();
    await page.getByText("Tally would replace these numbers").waitFor({ state: "detached", timeout: 30_000 });
    await shot("03c-tally-prepared");
    expect(stage.emulator.state.voucherTypes.get("Sales")?.numbering).toBe("Manual");

    await send.click();
    await page.getByText("Done", { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByText(`Posted: ${shown}`, { exact: true }).waitFor();
    await shot("04-sent");
    expect(inTally()).toHaveLength(shown);
    expect(
      inTally()
        .map((v) => v.remoteId)
        .sort(),
    ).toEqual(validIds);
    expect(
      inTally()
        .map((v) => v.number)
        .sort(),
    ).toEqual(handoff.vouchers.map((v) => v.number).sort());
    const heldBack = [PLANTED.gstin, PLANTED.expenseHead].map((m) => String((input.tables[m.table] as TableInput).rows[m.index][1]));
    expect(heldBack).toEqual(["INV-2", "EXP-1"]);
    for (const number of heldBack) expect(inTally().map((v) => v.number)).not.toContain(number);
  }, 90_000);

  it("writes Posted or Invalid in every row's Tally Status and fills the PostingLog", async () => {
    const host = fakeOfficeOf(page);
    const invalid = verdicts.filter((v) => v.status === "Invalid").map((v) => `${v.table}#${v.index}`);
    expect(invalid).toEqual(expect.arrayContaining([`Sales#${PLANTED.gstin.index}`, `Expenses#${PLANTED.expenseHead.index}`]));
    for (const table of OPS_TABLES) {
      const expected = table.rows.map((_, i) => (invalid.includes(`${table.name}#${i}`) ? "Invalid" : "Posted"));
      expect({ table: table.name, status: await host.column(table.name, "Tally Status") }).toEqual({ table: table.name, status: expected });
    }
    const log = await host.table("PostingLog");
    const col = (h: string) => log.headers.indexOf(h);
    const posted = log.rows.filter((r) => r[col("Result")] === "Posted").map((r) => String(r[col("Remote ID")]));
    expect(posted.sort()).toEqual(validIds);
  });

  it("sends nothing twice when Send is pressed again", async () => {
    const before = stage.emulator.state.vouchers().map((v) => `${v.remoteId}@${v.alterId}`);
    await page.getByRole("button", { name: /^Send \d+ vouchers? to Tally$/ }).click();
    await page.getByText(`Already up to date: ${validIds.length}`, { exact: true }).waitFor({ timeout: 60_000 });
    expect(await page.getByText("Posted: 0", { exact: true }).isVisible()).toBe(true);
    await shot("05-sent-again");
    expect(stage.emulator.state.vouchers().map((v) => `${v.remoteId}@${v.alterId}`)).toEqual(before);
    // Validation before the send wrote Ready; the push says Posted again for what Tally holds unchanged.
    const host = fakeOfficeOf(page);
    const invalid = verdicts.filter((v) => v.status === "Invalid").map((v) => `${v.table}#${v.index}`);
    for (const table of OPS_TABLES) {
      const expected = table.rows.map((_, i) => (invalid.includes(`${table.name}#${i}`) ? "Invalid" : "Posted"));
      expect({ table: table.name, status: await host.column(table.name, "Tally Status") }).toEqual({ table: table.name, status: expected });
    }
  }, 90_000);

  it("throws no error in the page and sends no request off this machine", () => {
    expect(stage.pageErrors).toEqual([]);
    expect(stage.blocked).toEqual([]);
  });
});
