/* global window */
/**
 * Stands in for office.js in the browser: the e2e test serves this bundle at office.js's CDN
 * address, so the production taskpane.html runs unchanged on a fake Excel holding the e2e
 * workbook. `window.__fakeOffice` lets the test read the workbook through page.evaluate.
 */
import { fakeWorkbook, installFakeOffice, readTable, tableColumn } from "../support/fake-excel";
import { namedWorkbookSpec } from "./e2e-workbook";

/** What the test may ask the page (plain JSON in and out, as page.evaluate needs). */
export interface FakeOfficeProbe {
  /** The selected range and its sheet, as Range.select() left it. */
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string;
  /** One column of a table body, by header. */
  column(table: string, header: string): unknown[];
  /** Headers and body rows of a table. */
  table(name: string): { headers: string[]; rows: unknown[][] };
  syncCount(): number;
}

// taskpane.html?workbook=empty|clean|big-map picks the workbook; the pane itself ignores the parameter.
const host = installFakeOffice(window, fakeWorkbook(namedWorkbookSpec(new URLSearchParams(window.location.search).get("workbook"))));

const probe: FakeOfficeProbe = {
  selection: () => (host.model.selection ? { ...host.model.selection } : null),
  activeSheet: () => host.model.activeSheet,
  column: (table, header) => tableColumn(host.model, table, header),
  table: (name) => {
    const { headers, rows } = readTable(host.model, name);
    return { headers, rows };
  },
  syncCount: () => host.syncCount(),
};

(window as unknown as { __fakeOffice: FakeOfficeProbe }).__fakeOffice = probe;
