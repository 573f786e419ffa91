/**
 * Worksheets (name, visibility, activate, getRange, used range, its tables) and the workbook
 * (tables, worksheets). Excel refuses to activate a hidden sheet or to hide the last visible one.
 */
import { MAX_COLS, MAX_ROWS, parseAddress } from "./a1";
import { FakeClientObject, FakeCollection, type AnyClientObject, type Scalars } from "./client-object";
import type { FakeRequestContext } from "./request-context";
import { FakeOfficeError, itemNotFound } from "./office-error";
import { FakeRange } from "./range";
import { usedArea } from "./table-ops";
import { FakeTableCollection } from "./tables";
import { emptySheet, findSheet, type SheetModel, type Visibility } from "./workbook-model";

const VISIBILITIES: readonly string[] = ["Visible", "Hidden", "VeryHidden"];

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  protected readonly kind = "Worksheet";

  protected scalars(): Scalars<SheetModel> {
    return {
      name: (s) => s.name,
      visibility: (s) => s.visibility,
      position: (s) => this.context.model.sheets.indexOf(s),
    };
  }
  protected override navigation(name: string): AnyClientObject | undefined {
    return name === "tables" ? this.tables : undefined;
  }

  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(visibility: string) {
    this.command((s) => {
      if (!VISIBILITIES.includes(visibility)) throw new FakeOfficeError("InvalidArgument", `visibility ${visibility}`);
      const others = this.context.model.sheets.filter((o) => o !== s && o.visibility === "Visible");
      if (visibility !== "Visible" && others.length === 0)
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep one visible sheet.");
      s.visibility = visibility as Visibility;
    });
  }

  get tables(): FakeTableCollection {
    return this.child(
      "tables",
      () =>
        new FakeTableCollection(
          this.context,
          this.through((sheet) => ({ sheet })),
        ),
    );
  }

  activate(): void {
    this.command((s) => {
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.model.activeSheet = s.name;
    });
  }

  /** getRange() is the whole sheet; getRange("B2:C3") an area of it. */
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      this.through((sheet) => {
        if (address === undefined) return { sheet, area: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
        const parsed = parseAddress(address);
        return { sheet: parsed.sheet ? (findSheet(this.context.model, parsed.sheet) ?? sheet) : sheet, area: parsed.area };
      }),
    );
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      this.through((sheet) => {
        const area = usedArea(sheet);
        return area && { sheet, area };
      }),
    );
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet, SheetModel, true> {
  protected readonly kind = "WorksheetCollection";

  protected members(): SheetModel[] {
    return this.context.model.sheets;
  }
  protected wrap(member: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, () => member);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = findSheet(this.context.model, name);
      if (!sheet) throw itemNotFound(`sheet ${name}`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.model, name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(this.context.model, this.context.model.activeSheet) ?? null);
  }

  /** Adds a visible sheet at the end; Excel does not activate it. */
  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      if (findSheet(this.context.model, name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new FakeOfficeError("InvalidArgument", `Invalid sheet name ${name}`);
      const sheet = emptySheet(name);
      this.context.model.sheets.push(sheet);
      return sheet;
    });
  }
}

export class FakeWorkbook {
  readonly tables: FakeTableCollection;
  readonly worksheets: FakeWorksheetCollection;

  /** The roots are bound from the start: they queue no command of their own. */
  constructor(context: FakeRequestContext) {
    const was = context.executing;
    context.executing = true;
    this.tables = new FakeTableCollection(context, () => ({}));
    this.worksheets = new FakeWorksheetCollection(context, () => true);
    context.executing = was;
  }
}
