/**
 * What every view and state of the pane must pass in the browser: axe-core (loaded from
 * node_modules into the page) with no serious or critical violation, nothing wider than the pane,
 * and the tab row on one line; plus the keyboard helpers of the keyboard-only walk.
 */
import path from "node:path";
import type { Page } from "playwright-core";

const AXE = path.resolve(__dirname, "..", "..", "node_modules", "axe-core", "axe.min.js");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's WCAG 2 A/AA and best-practice rules over the page as it stands, every impact. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeResult[] }> } }).axe;
    type AxeResult = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
    const { violations } = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

export interface LayoutFacts {
  /** How far the page is wider than the pane (0 when nothing overflows sideways). */
  overflowPx: number;
  /** Distinct top edges of the tabs: 1 when they sit on one line. */
  tabLines: number;
  /** How far the tab row is wider than its box (0 when every tab is in sight without scrolling). */
  tabOverflowPx: number;
  selectedTabInSight: boolean;
}

export function layoutFacts(page: Page): Promise<LayoutFacts> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const tabs = [...document.querySelectorAll<HTMLElement>('[role="tab"]')];
    const nav = document.querySelector<HTMLElement>('[role="tablist"][aria-label="Views"]');
    const selected = document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    const box = nav?.getBoundingClientRect();
    const sel = selected?.getBoundingClientRect();
    return {
      overflowPx: Math.max(0, root.scrollWidth - root.clientWidth),
      tabLines: new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size,
      tabOverflowPx: nav ? Math.max(0, nav.scrollWidth - nav.clientWidth) : -1,
      selectedTabInSight: !!box && !!sel && sel.left >= box.left - 1 && sel.right <= box.right + 1,
    };
  });
}

/** Presses Tab (or Shift+Tab; at most 60 times) until `name` is the focused control's accessible name; throws if it never is. */
export async function tabTo(page: Page, name: RegExp, backwards = false): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = el.getAttribute("aria-labelledby");
      const byLabel = labelled
        ? labelled
            .split(" ")
            .map((id) => document.getElementById(id)?.textContent ?? "")
            .join(" ")
        : "";
      const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? "";
      return el.getAttribute("aria-label") || byLabel || label || el.textContent || "";
    });
    if (name.test(focused.trim())) return;
  }
  throw new Error(`Tab never reached a control named ${name}`);
}

/**
 * True when the focused control shows that it has focus: its surroundings look different focused
 * than after Shift+Tab moved focus away (then Tab brings it back, so the walk goes on unchanged).
 */
export async function focusIsVisible(page: Page): Promise<boolean> {
  const box = await page.evaluate(() => {
    const r = (document.activeElement as HTMLElement).getBoundingClientRect();
    return { x: Math.max(0, r.x - 4), y: Math.max(0, r.y - 4 + window.scrollY), width: r.width + 8, height: r.height + 8 };
  });
  const focused = await page.screenshot({ clip: box, fullPage: true, animations: "disabled" });
  await page.keyboard.press("Shift+Tab");
  await page.waitForTimeout(200);
  const away = await page.screenshot({ clip: box, fullPage: true, animations: "disabled" });
  await page.keyboard.press("Tab");
  await page.waitForTimeout(200);
  return !focused.equals(away);
}
