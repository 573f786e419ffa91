/* global window */
/**
 * Stands in for office.js in the browser: the e2e test serves this bundle at office.js's CDN
 * address, so the production taskpane.html runs unchanged on a fake Excel holding the e2e
 * workbook. `window.__fakeOffice` lets the test read the workbook through page.evaluate.
 */
import { fakeWorkbook, installFakeOffice, readTable, tableColumn } from "../support/fake-excel";
import { deleteBodyRows, usedArea } from "../support/fake-excel/table-ops";
import { areaValues, findSheet, findTable } from "../support/fake-excel/workbook-model";
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
  /** Deletes one body row of a table, as a person selecting it and pressing Delete Row would. */
  deleteRow(table: string, index: number): void;
  /** Every non-blank cell of a sheet, from A1 (empty when the sheet is missing). */
  sheet(name: string): unknown[][];
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
  deleteRow: (name, index) => {
    const t = findTable(host.model, name);
    if (!t) throw new Error(`no table ${name}`);
    deleteBodyRows(host.model, t.sheet, { row: t.row + 1 + index, col: t.col, rows: 1, cols: t.width }, "Up");
  },
  sheet: (name) => {
    const s = findSheet(host.model, name);
    const area = s && usedArea(s);
    return s && area ? areaValues(s, { row: 0, col: 0, rows: area.row + area.rows, cols: area.col + area.cols }) : [];
  },
};

(window as unknown as { __fakeOffice: FakeOfficeProbe }).__fakeOffice = probe;
