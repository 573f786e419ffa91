/**
 * When rows or columns are inserted or deleted, what lies beyond moves: other tables (whole, or
 * the edit is refused as Excel refuses it), data validations and conditional formats (moved,
 * grown or shrunk).
 */
import { contains, intersects, type Area } from "./a1";
import { FakeOfficeError } from "./office-error";
import { tableArea, type SheetModel, type TableModel, type WorkbookModel } from "./workbook-model";

type Axis = "row" | "col";
const start = (a: Area, axis: Axis) => (axis === "row" ? a.row : a.col);
const length = (a: Area, axis: Axis) => (axis === "row" ? a.rows : a.cols);

function moved(a: Area, axis: Axis, from: number, size: number): Area {
  return axis === "row" ? { ...a, row: from, rows: size } : { ...a, col: from, cols: size };
}

/** Inserts (delta > 0) or deletes (delta < 0) lines at `at` within a band of the other axis. */
function shiftAreas<T extends { area: Area }>(items: T[], band: Area, axis: Axis, at: number, delta: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    const a = item.area;
    if (!contains(band, a)) {
      out.push(item);
      continue;
    }
    const s = start(a, axis);
    const e = s + length(a, axis);
    if (delta > 0) {
      item.area = s >= at ? moved(a, axis, s + delta, e - s) : e > at ? moved(a, axis, s, e - s + delta) : a;
      out.push(item);
      continue;
    }
    const cut = { from: at, to: at - delta };
    const kept = Math.max(0, cut.from - s) + Math.max(0, e - Math.max(cut.to, s));
    if (kept === 0) continue;
    item.area = moved(a, axis, s < cut.from ? s : s >= cut.to ? s + delta : cut.from, kept);
    out.push(item);
  }
  return out;
}

export function shiftSheet(
  model: WorkbookModel,
  sheet: SheetModel,
  band: Area,
  axis: Axis,
  at: number,
  delta: number,
  except: TableModel,
): void {
  for (const t of model.tables) {
    if (t === except || t.sheet !== sheet) continue;
    const area = tableArea(t);
    const beyond = axis === "row" ? area.row >= at : area.col >= at;
    if (!beyond || !intersects(area, band)) continue;
    if (!contains(band, area)) throw new FakeOfficeError("InvalidOperation", "This operation would shift cells in another table.");
    if (axis === "row") t.row += delta;
    else t.col += delta;
  }
  sheet.validations = shiftAreas(sheet.validations, band, axis, at, delta);
  sheet.conditionalFormats = shiftAreas(sheet.conditionalFormats, band, axis, at, delta);
}
