/**
 * The machine's Chromium-family browser (find-browser.ts) driven by playwright-core, set up as a
 * narrow Office task pane with no network: office.js's CDN address answers with the fake host bundle, loopback passes, and every
 * other request is aborted and remembered (stack-notes.md: never download a browser).
 */
import { readFile } from "node:fs/promises";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CONNECTION_STORAGE_KEY, type BridgeConnection } from "../../src/taskpane/connection";
import type { FakeOfficeProbe } from "./fake-office-entry";

/** taskpane.html's script tag loads exactly this (src/taskpane/taskpane.html). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** A narrow Excel task pane. */
export const PANE_VIEWPORT = { width: 320, height: 900 };

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface PaneBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave the machine (aborted). */
  blocked: string[];
  /** Uncaught errors thrown in the page. */
  pageErrors: string[];
  close(): Promise<void>;
}

const isLoopback = (url: URL) => ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);

/**
 * Launches headless Chromium in a fresh context with the bridge connection already stored, as
 * if the person had paired before. Routing on means Playwright answers CORS preflights itself;
 * the bridge's own OPTIONS answer is covered by src/adapters/bridge/server.test.ts.
 */
export async function openPaneBrowser(
  executablePath: string,
  fakeOfficeScript: string,
  connection: BridgeConnection,
): Promise<PaneBrowser> {
  const officeJs = await readFile(fakeOfficeScript, "utf8");
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  try {
    const page = await panePage(browser, { officeJs, connection, viewport: PANE_VIEWPORT, blocked, pageErrors });
    return { browser, context: page.context(), page, blocked, pageErrors, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export interface PanePageOptions {
  officeJs: string;
  connection: BridgeConnection;
  viewport: { width: number; height: number };
  /** 2 with half the width: the pane at 200% zoom. */
  deviceScaleFactor?: number;
  blocked: string[];
  pageErrors: string[];
}

/** A page in a fresh context (its own storage): office.js answered by the fake, the connection stored, nothing off the machine. */
export async function panePage(browser: Browser, o: PanePageOptions): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport: o.viewport,
    deviceScaleFactor: o.deviceScaleFactor,
    serviceWorkers: "block",
  });
  await context.route(
    (url) => !isLoopback(url),
    (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: o.officeJs });
      o.blocked.push(url);
      return route.abort("blockedbyclient");
    },
  );
  await context.addInitScript(
    ([key, value]) => {
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // about:blank and other opaque origins have no storage.
      }
    },
    [CONNECTION_STORAGE_KEY, JSON.stringify(o.connection)] as const,
  );
  const page = await context.newPage();
  page.on("pageerror", (error) => o.pageErrors.push(error.message));
  return page;
}

type ProbeWindow = { __fakeOffice: FakeOfficeProbe };

/** The fake host's probe (fake-office-entry.ts), read from the test through page.evaluate. */
export function fakeOfficeOf(page: Page) {
  return {
    selection: () => page.evaluate(() => (window as unknown as ProbeWindow).__fakeOffice.selection()),
    activeSheet: () => page.evaluate(() => (window as unknown as ProbeWindow).__fakeOffice.activeSheet()),
    column: (table: string, header: string) =>
      page.evaluate(([t, h]) => (window as unknown as ProbeWindow).__fakeOffice.column(t, h), [table, header] as const),
    table: (name: string) => page.evaluate((n) => (window as unknown as ProbeWindow).__fakeOffice.table(n), name),
    sheet: (name: string) => page.evaluate((n) => (window as unknown as ProbeWindow).__fakeOffice.sheet(n), name),
    deleteRow: (table: string, index: number) =>
      page.evaluate(([t, i]) => (window as unknown as ProbeWindow).__fakeOffice.deleteRow(t, i), [table, index] as const),
  };
}
