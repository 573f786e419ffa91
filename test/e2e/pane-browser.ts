/**
 * The machine's Chromium-family browser (find-browser.ts) driven by playwright-core, set up as a
 * narrow Office task pane with no network: office.js's CDN address answers with the fake host bundle, loopback passes, and every
 * other request is aborted and remembered (stack-notes.md: never download a browser).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { CONNECTION_STORAGE_KEY, type BridgeConnection } from "../../src/taskpane/connection";
import type { FakeOfficeProbe } from "./fake-office-entry";

/** taskpane.html's script tag loads exactly this (src/taskpane/taskpane.html). */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Headless, with nothing of its own reaching out (updates, sync, background fetches). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const isLoopback = (url: URL) => ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);

export interface PanePageOptions {
  officeJs: string;
  connection: BridgeConnection;
  viewport: { width: number; height: number };
  /** 2 with half the width: the pane at 200% zoom. */
  deviceScaleFactor?: number;
  blocked: string[];
  pageErrors: string[];
}

/**
 * A page in a fresh context (its own storage): office.js answered by the fake, the bridge connection
 * stored as if the person had paired before, nothing off the machine. Routing on means Playwright
 * answers CORS preflights itself; the bridge's own OPTIONS answer is covered by
 * src/adapters/bridge/server.test.ts.
 */
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
