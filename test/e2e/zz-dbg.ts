import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { serveDist } from "/work/wt-pane/test/e2e/serve-dist";
import { panePage } from "/work/wt-pane/test/e2e/pane-browser";
(async () => {
  const site = await serveDist("/tmp/pane-dbg/pane");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
  const page = await panePage(browser, { officeJs: readFileSync("/tmp/pane-dbg/fake-office/fake-office.js", "utf8"), connection: { url: "http://127.0.0.1:1", token: "" }, viewport: { width: Number(process.argv[3] ?? 320), height: 900 }, blocked: [], pageErrors: [] });
  await page.goto(`${site.origin}/taskpane.html?workbook=${process.argv[2] ?? "errors"}`);
  await page.waitForTimeout(1500);
  const out = await page.evaluate(process.argv[4] ?? `(() => [...document.querySelectorAll('[aria-hidden="true"][tabindex]')].map(e => e.parentElement.tagName + "." + e.parentElement.className.slice(0,60) + " > " + e.outerHTML.slice(0,120)))()`);
  console.log(JSON.stringify(out, null, 1));
  await page.screenshot({ path: "/tmp/dbg.png", fullPage: true });
  await browser.close(); await site.close();
})();
