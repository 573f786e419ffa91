/**
 * The stage for the views walk: the production pane built once and served, the Tally emulator (a
 * company with manual numbering, so no step needs Prepare Tally) and the real bridge, which pairs
 * by the code its window would show. Each state is a fresh page at a given width.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startBridge, type RunningBridge } from "../../src/adapters/bridge/server";
import { directTallyTransport } from "../../src/adapters/tally-http";
import type { ProfileName } from "../../src/emulator/profiles";
import { startEmulator, type RunningEmulator } from "../../src/emulator/server";
import { newPairingToken } from "../../src/adapters/pairing-token";
import { CONNECTION_STORAGE_KEY } from "../../src/taskpane/connection";
import { createLedgers } from "../support/push-harness";
import { buildInChild } from "./build-child";
import type { E2eWorkbookName } from "./e2e-workbook";
import { panePage } from "./pane-browser";
import { serveDist } from "./serve-dist";

export interface PaneStage {
  emulator: RunningEmulator;
  bridge: RunningBridge;
  blocked: string[];
  pageErrors: string[];
  /** A new page (own storage) on a workbook, paired with the bridge or not. */
  open(workbook: E2eWorkbookName, width: number, paired: boolean, zoom?: number): Promise<Page>;
  /** Keeps the token this page paired with, for the paired pages opened after it. */
  rememberPairing(page: Page): Promise<void>;
  close(): Promise<void>;
}

/** The emulator's profile (default configured); `control` serves its test-only /__emulator/ endpoint. */
export interface PaneStageOptions {
  profile?: ProfileName;
  control?: boolean;
}

export async function startPaneStage(executablePath: string, company: string, options: PaneStageOptions = {}): Promise<PaneStage> {
  const cleanups: (() => unknown)[] = [];
  const close = async () => {
    for (const c of cleanups.reverse())
      await Promise.resolve()
        .then(c)
        .catch(() => undefined);
  };
  try {
    const tmp = mkdtempSync(path.join(os.tmpdir(), "tally-handoff-views-"));
    cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
    const built = await buildInChild(tmp, (kill) => cleanups.push(kill));
    const site = await serveDist(built.paneDir);
    cleanups.push(() => site.close());
    const emulator = await startEmulator({ port: 0, company, profile: options.profile ?? "configured", control: options.control });
    cleanups.push(() => emulator.close());
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
      allowedOrigins: [site.origin],
      announceCode: () => undefined,
    });
    cleanups.push(() => bridge.close());
    const browser: Browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
    });
    cleanups.push(() => browser.close());
    const officeJs = readFileSync(built.fakeOfficeScript, "utf8");
    const blocked: string[] = [];
    const pageErrors: string[] = [];
    const stage: PaneStage = {
      emulator,
      bridge,
      blocked,
      pageErrors,
      async open(workbook, width, paired, zoom = 1) {
        const connection = { url: bridge.url, token: paired ? token : "" };
        // Zoom as a browser does it: the CSS width shrinks by the zoom, the pixels per CSS pixel grow by it.
        const viewport = { width: Math.round(width / zoom), height: Math.round(900 / zoom) };
        const page = await panePage(browser, { officeJs, connection, viewport, deviceScaleFactor: zoom, blocked, pageErrors });
        await page.goto(`${site.origin}/taskpane.html?workbook=${workbook}`);
        return page;
      },
      async rememberPairing(page) {
        token = await page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? "{}").token as string, CONNECTION_STORAGE_KEY);
      },
      close,
    };
    return stage;
  } catch (error) {
    await close();
    throw error;
  }
}
