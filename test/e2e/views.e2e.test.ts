/**
 * Every view and state of the task pane (issue 17's browser test): the production build in the
 * machine's Chromium at 320 px and 500 px, on the fake Excel host, through the real bridge to the
 * emulator. Each state is screenshotted into test/e2e/screenshots (git-ignored) and checked with
 * axe-core (no serious or critical violation), for sideways overflow and for a one-line tab row.
 * First, a keyboard-only walk from first open to a finished send.
 */
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { prepareHandoff } from "../../src/core/handoff";
import { browserGate, freshScreenshots } from "./browser-stage";
import { e2eWorkbookInput, type E2eWorkbookName } from "./e2e-workbook";
import { fakeOfficeOf } from "./pane-browser";
import { axeViolations, focusIsVisible, layoutFacts, tabTo } from "./pane-checks";
import { startPaneStage, type PaneStage } from "./pane-stage";

const SHOTS = path.join(__dirname, "screenshots");
const clean = prepareHandoff(e2eWorkbookInput({ mistakes: false }));
const company = clean.books.settings.company;
const SEND_N = new RegExp(`^Send ${clean.vouchers.length} vouchers$`);

const { describeInBrowser, beforeAllInBrowser } = browserGate("THE VIEWS BROWSER TEST");

let stage: PaneStage;
const pages: Page[] = [];
const inTally = () => stage.emulator.state.vouchers().filter((v) => !v.cancelled);

beforeAllInBrowser(async (browser) => {
  freshScreenshots(SHOTS);
  return (stage = await startPaneStage(browser, company));
}, 240_000);

async function open(workbook: E2eWorkbookName, width: number, paired: boolean, zoom = 1): Promise<Page> {
  const page = await stage.open(workbook, width, paired, zoom);
  pages.push(page);
  return page;
}

/**
 * Screenshot, axe and layout of the state the page is in. axe must find nothing serious or
 * critical (the bar), and in fact finds nothing at all; at 200% zoom the tab row may
 * scroll, but never wraps and keeps the chosen tab in sight.
 */
async function visit(page: Page, name: string, zoomed = false): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  const label = zoomed ? `${width * 2}-zoom200-${name}` : `${width}-${name}`;
  await page.waitForTimeout(300); // let Fluent's transitions settle before the picture
  await page.screenshot({ path: path.join(SHOTS, `${label}.png`), fullPage: true });
  const violations = await axeViolations(page);
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect({ label, serious }).toEqual({ label, serious: [] });
  expect({ label, violations }).toEqual({ label, violations: [] });
  const { tabOverflowPx, ...layout } = await layoutFacts(page);
  expect({ label, ...layout }).toEqual({ label, overflowPx: 0, tabLines: 1, selectedTabInSight: true });
  if (!zoomed) expect({ label, tabOverflowPx }).toEqual({ label, tabOverflowPx: 0 });
}

const button = (page: Page | Locator, name: string | RegExp) => page.getByRole("button", { name, exact: typeof name === "string" });
const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true });
const panel = (page: Page, name: string) => page.getByRole("tabpanel", { name, exact: true });

describeInBrowser("the pane by keyboard alone", () => {
  it("goes from first open to a finished send without the mouse", async () => {
    const page = await open("clean", 320, false);
    await panel(page, "Home").getByLabel("Pairing code").waitFor({ timeout: 30_000 });
    await tabTo(page, /^Pairing code/);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type(stage.bridge.pairingCode());
    await tabTo(page, /^Pair$/);
    await page.keyboard.press("Enter");
    await button(page, SEND_N).waitFor({ timeout: 30_000 });
    await stage.rememberPairing(page);
    await tabTo(page, SEND_N);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "send-vouchers", undefined, { timeout: 10_000 });
    await page.keyboard.press("Space");
    await page.getByText("Done", { exact: true }).waitFor({ timeout: 60_000 });
    await page.getByText(`Posted: ${clean.vouchers.length}`, { exact: true }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "keyboard-sent.png"), fullPage: true });
    expect(
      inTally()
        .map((v) => v.remoteId)
        .sort(),
    ).toEqual(clean.vouchers.map((v) => v.remoteId).sort());
  }, 120_000);
});

for (const width of [320, 500]) {
  describeInBrowser(`every view and state at ${width} px`, () => {
    it("first open of an empty workbook, then set up, then paired", async () => {
      const page = await open("empty", width, false);
      await button(page, "Set up workbook").waitFor({ timeout: 30_000 });
      await visit(page, "01-first-open-empty");
      await button(page, "Set up workbook").click();
      await panel(page, "Home").getByLabel("Pairing code").waitFor({ timeout: 30_000 });
      await visit(page, "02-set-up");
      await panel(page, "Home").getByLabel("Pairing code").fill(stage.bridge.pairingCode());
      await button(page, "Pair").click();
      await page.getByText("Paired", { exact: true }).waitFor({ timeout: 30_000 });
      await stage.rememberPairing(page);
      await visit(page, "03-paired");
    }, 120_000);

    it("a workbook with errors: Home, then every view", async () => {
      const page = await open("errors", width, true);
      await button(page, "Fix the first error").waitFor({ timeout: 30_000 });
      await visit(page, "04-with-errors");
      await button(page, "Fix the first error").click();
      await expect(fakeOfficeOf(page).selection()).resolves.not.toBeNull();
      await tab(page, "Check").click();
      await button(panel(page, "Check"), "Validate").click();
      await page.getByRole("region", { name: "Sales findings" }).waitFor();
      await visit(page, "05-check");
      await tab(page, "Send").click();
      await page.getByRole("table", { name: "Vouchers to send" }).waitFor();
      await visit(page, "06-send");
      await tab(page, "Export").click();
      await panel(page, "Export")
        .getByText(/Tally XML/)
        .first()
        .waitFor();
      await visit(page, "07-export");
      await tab(page, "Names").click();
      await visit(page, "08-mappings");
      await tab(page, "Settings").click();
      await visit(page, "09-settings");
    }, 120_000);

    it("ready to send, then after the send", async () => {
      const page = await open("clean", width, true);
      await button(page, SEND_N).waitFor({ timeout: 30_000 });
      await visit(page, "10-ready");
      await button(page, SEND_N).click();
      await button(page, /^Send \d+ vouchers? to Tally$/).click();
      await page.getByText("Done", { exact: true }).waitFor({ timeout: 60_000 });
      await visit(page, "11-sent");
      await tab(page, "Home").click();
      await page.getByText("Everything valid is in Tally.").waitFor({ timeout: 30_000 });
      await visit(page, "12-home-after-send");
    }, 120_000);

    it("mappings with 1,000 rows, whole and searched", async () => {
      const page = await open("big-map", width, true);
      await tab(page, "Names").click();
      const list = panel(page, "Names").getByRole("list", { name: /LedgerMap/ });
      await list.waitFor({ timeout: 30_000 });
      await visit(page, "13-mappings-1000");
      await panel(page, "Names").getByRole("searchbox", { name: "Search mappings" }).fill("Party 0999");
      await page.getByText("Showing 1 of 1,0", { exact: false }).waitFor();
      await visit(page, "14-mappings-search");
      await button(panel(page, "Names"), "New mapping…").click();
      await panel(page, "Names").getByRole("group", { name: "Add a mapping" }).waitFor();
      await visit(page, "15-mappings-add");
    }, 120_000);
  });
}

describeInBrowser("at 200% zoom (a 320 px pane is 160 CSS px wide)", () => {
  it("every view still reads without sideways scrolling", async () => {
    const page = await open("errors", 320, true, 2);
    await button(page, "Fix the first error").waitFor({ timeout: 30_000 });
    await visit(page, "04-with-errors", true);
    for (const [name, shot] of [
      ["Check", "05-check"],
      ["Send", "06-send"],
      ["Export", "07-export"],
      ["Names", "08-mappings"],
      ["Settings", "09-settings"],
    ]) {
      await tab(page, name).click();
      await visit(page, shot, true);
    }
  }, 120_000);
});

describeInBrowser("the whole walk", () => {
  it("throws no error in any page and sends no request off this machine", async () => {
    expect(stage.pageErrors).toEqual([]);
    expect(stage.blocked).toEqual([]);
    for (const page of pages) await page.context().close();
  });
});
