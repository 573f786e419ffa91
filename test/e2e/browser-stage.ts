/**
 * What every browser test starts with: the machine's Chromium found (or the test skipped, or failed
 * under CI=true), the production pane and the fake office.js built once and served on loopback, one
 * headless browser, and pages at a width and zoom on the fake Excel host. close() undoes it all.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import type { BridgeConnection } from "../../src/taskpane/connection";
import { buildInChild } from "./build-child";
import { findBrowser, type BrowserSearch } from "./find-browser";
import { CHROMIUM_ARGS, panePage } from "./pane-browser";
import { serveDist } from "./serve-dist";

export interface BrowserGate {
  /** `describe` where the browser test runs (found, or must run and so fail), else `describe.skip`. */
  describeInBrowser: jest.Describe;
  /**
   * In beforeAll, `start` with the browser's executable (not when the test is skipped; a failure when
   * it must run without one); in afterAll, closes what `start` returned.
   */
  beforeAllInBrowser(start: (executablePath: string) => Promise<{ close(): Promise<void> }>, timeoutMs: number): void;
}

/**
 * Without a browser a test FAILS under CI=true (and wherever CHROME_PATH points at nothing); on a
 * developer's machine it does not run and says so loudly, here and in npm test's closing lines.
 */
export function browserGate(what: string, browser: BrowserSearch = findBrowser(), env: NodeJS.ProcessEnv = process.env): BrowserGate {
  const mustRun = env.CI === "true" || (!browser.found && browser.misconfigured);
  if (!browser.found && !mustRun) {
    // Straight to stderr: jest holds back console output of a file whose tests are all skipped.
    process.stderr.write(`\n*** ${what} DID NOT RUN ***\n${browser.message}\n(Under CI=true this is a failure.)\n\n`);
  }
  return {
    describeInBrowser: browser.found || mustRun ? describe : describe.skip,
    beforeAllInBrowser(start, timeoutMs) {
      let started: { close(): Promise<void> } | undefined;
      beforeAll(async () => {
        if (!browser.found) {
          if (mustRun) throw new Error(`The browser test cannot run: ${browser.message}`);
          return;
        }
        started = await start(browser.executablePath);
      }, timeoutMs);
      afterAll(async () => {
        await started?.close();
      });
    },
  };
}

/** An empty screenshot folder: made if missing, the last run's pictures removed. */
export function freshScreenshots(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith(".png")) rmSync(path.join(dir, f));
}

export interface PageOptions {
  connection: BridgeConnection;
  width: number;
  /** 2 with a 320 px pane: 200% zoom. */
  zoom?: number;
  /** Runs before the page loads (e.g. an init script). */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

export interface BrowserStage {
  /** The served dist's origin, e.g. http://127.0.0.1:43121. */
  origin: string;
  /** Requests of every page that tried to leave the machine (aborted). */
  blocked: string[];
  /** Uncaught errors thrown in any page. */
  pageErrors: string[];
  /** A new page (own storage) on `taskpane.html?<query>`. */
  open(query: string, options: PageOptions): Promise<Page>;
  /** Adds a clean-up; close() runs them last added first. */
  onClose(cleanup: () => unknown): void;
  close(): Promise<void>;
}

export async function startBrowserStage(executablePath: string): Promise<BrowserStage> {
  const cleanups: (() => unknown)[] = [];
  const close = async () => {
    for (const c of cleanups.reverse())
      await Promise.resolve()
        .then(c)
        .catch(() => undefined);
  };
  try {
    const tmp = mkdtempSync(path.join(os.tmpdir(), "tally-handoff-e2e-"));
    cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
    const built = await buildInChild(tmp, (kill) => cleanups.push(kill));
    const site = await serveDist(built.paneDir);
    cleanups.push(() => site.close());
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());
    const officeJs = readFileSync(built.fakeOfficeScript, "utf8");
    const blocked: string[] = [];
    const pageErrors: string[] = [];
    return {
      origin: site.origin,
      blocked,
      pageErrors,
      async open(query, { connection, width, zoom = 1, beforeLoad }) {
        // Zoom as a browser does it: the CSS width shrinks by the zoom, the pixels per CSS pixel grow by it.
        const viewport = { width: Math.round(width / zoom), height: Math.round(900 / zoom) };
        const page = await panePage(browser, { officeJs, connection, viewport, deviceScaleFactor: zoom, blocked, pageErrors });
        await beforeLoad?.(page);
        await page.goto(`${site.origin}/taskpane.html?${query}`);
        return page;
      },
      onClose: (cleanup) => cleanups.push(cleanup),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
