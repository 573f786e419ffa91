/**
 * The browser stage (browser-stage.ts) with Tally behind it: the emulator (by default a company with
 * manual numbering, so no step needs Prepare Tally) and the real bridge, which by default pairs by
 * the code its window would show. Each state is a fresh page at a given width.
 */
import type { Page } from "playwright-core";
import { startBridge, type RunningBridge } from "../../src/adapters/bridge/server";
import { directTallyTransport } from "../../src/adapters/tally-http";
import type { ProfileName } from "../../src/emulator/profiles";
import { startEmulator, type RunningEmulator } from "../../src/emulator/server";
import { newPairingToken } from "../../src/adapters/pairing-token";
import { CONNECTION_STORAGE_KEY } from "../../src/taskpane/connection";
import { createLedgers } from "../support/push-harness";
import { startBrowserStage, type BrowserStage } from "./browser-stage";
import type { E2eWorkbookName } from "./e2e-workbook";

export interface PaneStage extends Pick<BrowserStage, "blocked" | "pageErrors" | "close"> {
  emulator: RunningEmulator;
  bridge: RunningBridge;
  /** A new page (own storage) on a workbook, or opened as a ribbon button opens it; paired with the bridge or not. */
  open(at: E2eWorkbookName | { action: "validate" }, width: number, paired: boolean, zoom?: number): Promise<Page>;
  /** Keeps the token this page paired with, for the paired pages opened after it. */
  rememberPairing(page: Page): Promise<void>;
}

/** The emulator's profile (default configured); `control` serves its test-only /__emulator/ endpoint. */
export interface PaneStageOptions {
  profile?: ProfileName;
  control?: boolean;
  /** false: the bridge takes no pairing code (the pane was paired before); default true. */
  pairByCode?: boolean;
}

export async function startPaneStage(executablePath: string, company: string, options: PaneStageOptions = {}): Promise<PaneStage> {
  const browser = await startBrowserStage(executablePath);
  try {
    const emulator = await startEmulator({ port: 0, company, profile: options.profile ?? "configured", control: options.control });
    browser.onClose(() => emulator.close());
    // Journal ledgers are the owner's to create: their group is a choice (masters-needed.ts).
    await createLedgers(directTallyTransport({ url: emulator.url }), company, [
      { name: "Depreciation", parent: "Indirect Expenses" },
      { name: "Furniture", parent: "Fixed Assets" },
    ]);
    // The bridge keeps one pairing: a page that pairs by code replaces the token the others use.
    let token = newPairingToken();
    const bridge = await startBridge({
      port: 0,
      tallyUrl: emulator.url,
      token,
      allowedOrigins: [browser.origin],
      announceCode: options.pairByCode === false ? undefined : () => undefined,
    });
    browser.onClose(() => bridge.close());
    return {
      emulator,
      bridge,
      blocked: browser.blocked,
      pageErrors: browser.pageErrors,
      open(at, width, paired, zoom) {
        const query = typeof at === "string" ? `workbook=${at}` : `action=${at.action}`;
        return browser.open(query, { connection: { url: bridge.url, token: paired ? token : "" }, width, zoom });
      },
      async rememberPairing(page) {
        token = await page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? "{}").token as string, CONNECTION_STORAGE_KEY);
      },
      close: browser.close,
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
