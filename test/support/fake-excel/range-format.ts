/** A range's own fill colour (never conditional formats), bold, autofit, and its data validation. */
import { FakeClientObject, type AnyClientObject, type Scalars } from "./client-object";
import { FakeOfficeError } from "./office-error";
import type { RangeTarget } from "./range";
import type { Area } from "./a1";
import { fillArea } from "./table-ops";
import { areaOf, cellOf, setCell, type ValidationModel } from "./workbook-model";

/** Reading more cells than this in one go is refused (Excel has a similar cell limit). */
const MAX_READ_CELLS = 5_000_000;

export function readable(area: Area): Area {
  if (area.rows * area.cols > MAX_READ_CELLS) throw new FakeOfficeError("InvalidOperation", "fake Excel: too many cells to read at once");
  return area;
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  protected readonly kind = "RangeFormat";
  protected scalars(): Scalars<RangeTarget> {
    return {};
  }
  protected override navigation(name: string): AnyClientObject | undefined {
    return ({ fill: this.fill, font: this.font } as Record<string, AnyClientObject>)[name];
  }
  get font(): FakeRangeFont {
    return this.child(
      "font",
      () =>
        new FakeRangeFont(
          this.context,
          this.through((t) => t),
        ),
    );
  }
  /** Widths are not modelled: the area is recorded (sheet.autofits) so a test can see it was asked for. */
  autofitColumns(): void {
    this.command((t) => {
      t.sheet.autofits.push({ ...t.area });
    });
  }
  get fill(): FakeRangeFill {
    return this.child(
      "fill",
      () =>
        new FakeRangeFill(
          this.context,
          this.through((t) => t),
        ),
    );
  }
}

/** The cell's own fill (not conditional formats); a mixed range reads as null, like Excel. */
export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  protected readonly kind = "RangeFill";
  protected scalars(): Scalars<RangeTarget> {
    return {
      color: (t) => {
        const first = cellOf(t.sheet.fills, t.area.row, t.area.col) ?? "#FFFFFF";
        const cells = areaOf(t.sheet.fills, readable(t.area), "#FFFFFF").flat();
        return cells.every((c) => c === first) ? first : null;
      },
    };
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.command((t) => fillArea(t.sheet, t.area, color));
  }
}

/** Bold only; a mixed range reads as null, like Excel. */
export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  protected readonly kind = "RangeFont";
  protected scalars(): Scalars<RangeTarget> {
    return {
      bold: (t) => {
        const cells = areaOf(t.sheet.bold, readable(t.area), false).flat();
        return cells.every((c) => c === cells[0]) ? cells[0] : null;
      },
    };
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.command((t) => {
      if (t.area.rows * t.area.cols > 1_000_000) throw new FakeOfficeError("InvalidArgument", "fake Excel: bold over a huge range");
      for (let r = 0; r < t.area.rows; r++)
        for (let c = 0; c < t.area.cols; c++) setCell(t.sheet.bold, t.area.row + r, t.area.col + c, bold || undefined);
    });
  }
}

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  protected readonly kind = "DataValidation";
  protected scalars(): Scalars<RangeTarget> {
    const find = (t: RangeTarget) => t.sheet.validations.find((v) => JSON.stringify(v.area) === JSON.stringify(t.area));
    return { rule: (t) => find(t)?.rule ?? null, errorAlert: (t) => find(t)?.errorAlert ?? null };
  }
  get rule(): unknown {
    return this.read("rule");
  }
  set rule(rule: unknown) {
    this.command((t) => {
      this.validationOf(t).rule = rule;
    });
  }
  get errorAlert(): unknown {
    return this.read("errorAlert");
  }
  set errorAlert(alert: unknown) {
    this.command((t) => {
      this.validationOf(t).errorAlert = alert;
    });
  }
  private validationOf(t: RangeTarget): ValidationModel {
    const same = t.sheet.validations.find((v) => JSON.stringify(v.area) === JSON.stringify(t.area));
    if (same) return same;
    const made: ValidationModel = { area: t.area };
    t.sheet.validations.push(made);
    return made;
  }
}
