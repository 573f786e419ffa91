/**
 * Range and the parts of it the adapter touches: values, number formats, address and position,
 * sub-ranges, select, delete, clear, fill colour, bold, autofit, data validation and conditional formats.
 */
import { MAX_COLS, MAX_ROWS, formatAddress, localAddress, type Area } from "./a1";
import { FakeClientObject, type AnyClientObject, type Scalars } from "./client-object";
import type { FakeRequestContext } from "./request-context";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { FakeOfficeError } from "./office-error";
import { FakeDataValidation, FakeRangeFormat, readable } from "./range-format";
import { clearArea, writeTypedValues } from "./cell-ops";
import { assertShape, deleteBodyRows, writeGrid } from "./table-ops";
import { areaOf, areaValues, type SheetModel } from "./workbook-model";

export interface RangeTarget {
  sheet: SheetModel;
  area: Area;
}

function checked(t: RangeTarget): RangeTarget {
  const { row, col, rows, cols } = t.area;
  if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format. (${JSON.stringify(t.area)})`,
    );
  }
  return t;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly kind = "Range";

  constructor(context: FakeRequestContext, bind: () => RangeTarget | null) {
    super(context, () => {
      const t = bind();
      return t && checked(t);
    });
  }

  protected scalars(): Scalars<RangeTarget> {
    return {
      values: (t) => areaValues(t.sheet, readable(t.area)),
      numberFormat: (t) => areaOf(t.sheet.numberFormats, readable(t.area), "General"),
      address: (t) => formatAddress(t.sheet.name, t.area),
      rowIndex: (t) => t.area.row,
      columnIndex: (t) => t.area.col,
      rowCount: (t) => t.area.rows,
      columnCount: (t) => t.area.cols,
    };
  }

  protected override navigation(name: string): AnyClientObject | undefined {
    return (
      { format: this.format, dataValidation: this.dataValidation, conditionalFormats: this.conditionalFormats } as Record<
        string,
        AnyClientObject
      >
    )[name];
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.command((t) => {
      assertShape(t.area, values, "values");
      writeTypedValues(t.sheet, t.area, values);
    }, values);
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.command((t) => {
      assertShape(t.area, formats, "numberFormat");
      writeGrid(t.sheet.numberFormats, t.area, formats, (f) => (f === "General" ? undefined : f));
    }, formats);
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get format(): FakeRangeFormat {
    return this.child(
      "format",
      () =>
        new FakeRangeFormat(
          this.context,
          this.through((t) => t),
        ),
    );
  }
  get dataValidation(): FakeDataValidation {
    return this.child(
      "dataValidation",
      () =>
        new FakeDataValidation(
          this.context,
          this.through((t) => t),
        ),
    );
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.child(
      "conditionalFormats",
      () =>
        new FakeConditionalFormatCollection(
          this.context,
          this.through((t) => t),
        ),
    );
  }

  private sub(f: (a: Area) => Area): FakeRange {
    return new FakeRange(
      this.context,
      this.through((t) => ({ sheet: t.sheet, area: f(t.area) })),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.sub((a) => ({ row: a.row + row, col: a.col + column, rows: 1, cols: 1 }));
  }
  getRow(row: number): FakeRange {
    return this.sub((a) => ({ ...a, row: a.row + row, rows: 1 }));
  }
  getColumn(column: number): FakeRange {
    return this.sub((a) => ({ ...a, col: a.col + column, cols: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.sub((a) => ({ ...a, rows: a.rows + deltaRows, cols: a.cols + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.sub((a) => ({ ...a, row: a.row + rowOffset, col: a.col + columnOffset }));
  }
  getEntireColumn(): FakeRange {
    return this.sub((a) => ({ ...a, row: 0, rows: MAX_ROWS }));
  }
  getEntireRow(): FakeRange {
    return this.sub((a) => ({ ...a, col: 0, cols: MAX_COLS }));
  }

  /** Excel selects only on the active sheet. */
  select(): void {
    this.command((t) => {
      if (this.context.model.activeSheet !== t.sheet.name) {
        throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      }
      this.context.model.selection = { sheet: t.sheet.name, address: localAddress(t.area) };
    });
  }

  /** Clears values and formats (Excel's default, "All"). */
  clear(): void {
    this.command((t) => clearArea(this.context.model, t.sheet, t.area));
  }

  delete(shift: string): void {
    this.command((t) => deleteBodyRows(this.context.model, t.sheet, t.area, shift));
  }
}
