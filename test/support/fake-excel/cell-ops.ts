/**
 * Typed input into Text-formatted cells, and Range.clear(). A cell whose number format is "@" keeps
 * what is typed as text (Excel does not turn "00123" into 123 or "=x" into a formula there); an
 * apostrophe typed into such a cell is not modelled, because whether Excel hides it there is not
 * what this fake claims to know.
 */
import { intersects, type Area } from "./a1";
import { FakeOfficeError } from "./office-error";
import { storedValue } from "./table-ops";
import { cellOf, setCell, tableArea, type SheetModel, type WorkbookModel } from "./workbook-model";

export const TEXT_FORMAT = "@";

/** Range.values = ...: each cell as Excel stores typed input under that cell's number format. */
export function writeTypedValues(sheet: SheetModel, area: Area, values: unknown[][]): void {
  for (let r = 0; r < area.rows; r++) {
    for (let c = 0; c < area.cols; c++) {
      const value = values[r][c];
      const text = cellOf(sheet.numberFormats, area.row + r, area.col + c) === TEXT_FORMAT;
      if (text && typeof value === "string" && value.startsWith("'"))
        throw new FakeOfficeError("InvalidArgument", "fake Excel: an apostrophe typed into a Text-formatted cell is not modelled");
      setCell(sheet.values, area.row + r, area.col + c, text ? value : storedValue(value));
    }
  }
}

/** Range.clear(): values, number formats, fills and bold go; clearing over a table is not modelled. */
export function clearArea(model: WorkbookModel, sheet: SheetModel, area: Area): void {
  if (model.tables.some((t) => t.sheet === sheet && intersects(tableArea(t), area)))
    throw new FakeOfficeError("InvalidOperation", "fake Excel: clearing cells of a table is not modelled");
  for (const grid of [sheet.values, sheet.numberFormats, sheet.fills, sheet.bold]) {
    const last = Math.min(grid.length, area.row + area.rows);
    for (let r = area.row; r < last; r++) {
      const cells = grid[r];
      if (!cells) continue;
      const end = Math.min(cells.length, area.col + area.cols);
      for (let c = area.col; c < end; c++) cells[c] = undefined;
    }
  }
  sheet.autofits = sheet.autofits.filter((a) => !intersects(a, area));
}
