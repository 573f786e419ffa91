/**
 * Tables: the workbook's or a sheet's collection (getItem, getItemOrNullObject, add), a table's
 * name, sheet, header/body ranges, columns (by name or position; add at the end) and rows (add at
 * the end, count).
 */
import { parseAddress } from "./a1";
import { FakeClientObject, FakeCollection, type AnyClientObject, type Scalars } from "./client-object";
import { FakeOfficeError, itemNotFound } from "./office-error";
import { FakeRange } from "./range";
import { appendTableColumn, appendTableRows, assertShape, createTable, renameTable } from "./table-ops";
import { bodyArea, findSheet, findTable, headerArea, tableArea, tableHeaders, type SheetModel, type TableModel } from "./workbook-model";
import { FakeWorksheet } from "./worksheets";

/** The workbook's tables, or one sheet's. */
export interface TableScope {
  sheet?: SheetModel;
}

export class FakeTableCollection extends FakeCollection<FakeTable, TableModel, TableScope> {
  protected readonly kind = "TableCollection";

  protected members(scope: TableScope): TableModel[] {
    return this.context.model.tables.filter((t) => !scope.sheet || t.sheet === scope.sheet);
  }
  protected wrap(member: TableModel): FakeTable {
    return new FakeTable(this.context, () => member);
  }

  private lookup(name: string): (scope: TableScope) => TableModel | null {
    return (scope) => {
      const t = findTable(this.context.model, name);
      return t && (!scope.sheet || t.sheet === scope.sheet) ? t : null;
    };
  }

  getItem(name: string): FakeTable {
    const find = this.lookup(name);
    return new FakeTable(
      this.context,
      this.through((scope) => {
        const table = find(scope);
        if (!table) throw itemNotFound(`table ${name}`);
        return table;
      }),
    );
  }

  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.context, this.through(this.lookup(name)));
  }

  /** add("A1:C1", true) on a sheet, or add("Sheet!A1:C1", true) on the workbook. */
  add(address: string, hasHeaders: boolean): FakeTable {
    return new FakeTable(
      this.context,
      this.through((scope) => {
        const parsed = parseAddress(address);
        const sheet = scope.sheet ?? (parsed.sheet ? findSheet(this.context.model, parsed.sheet) : undefined);
        if (!sheet) throw itemNotFound(`sheet of ${address}`);
        return createTable(this.context.model, sheet, parsed.area, hasHeaders);
      }),
    );
  }
}

export class FakeTable extends FakeClientObject<TableModel> {
  protected readonly kind = "Table";

  protected scalars(): Scalars<TableModel> {
    return { name: (t) => t.name };
  }
  protected override navigation(name: string): AnyClientObject | undefined {
    return ({ worksheet: this.worksheet, columns: this.columns, rows: this.rows } as Record<string, AnyClientObject>)[name];
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.command((t) => renameTable(this.context.model, t, name));
  }

  get worksheet(): FakeWorksheet {
    return this.child(
      "worksheet",
      () =>
        new FakeWorksheet(
          this.context,
          this.through((t) => t.sheet),
        ),
    );
  }
  get columns(): FakeTableColumnCollection {
    return this.child(
      "columns",
      () =>
        new FakeTableColumnCollection(
          this.context,
          this.through((t) => t),
        ),
    );
  }
  get rows(): FakeTableRowCollection {
    return this.child(
      "rows",
      () =>
        new FakeTableRowCollection(
          this.context,
          this.through((t) => t),
        ),
    );
  }

  getHeaderRowRange(): FakeRange {
    return new FakeRange(
      this.context,
      this.through((t) => ({ sheet: t.sheet, area: headerArea(t) })),
    );
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(
      this.context,
      this.through((t) => ({ sheet: t.sheet, area: bodyArea(t) })),
    );
  }
  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      this.through((t) => ({ sheet: t.sheet, area: tableArea(t) })),
    );
  }
}

interface ColumnTarget {
  table: TableModel;
  index: number;
}

export class FakeTableColumnCollection extends FakeCollection<FakeTableColumn, ColumnTarget, TableModel> {
  protected readonly kind = "TableColumnCollection";

  protected members(table: TableModel): ColumnTarget[] {
    return tableHeaders(table).map((_, index) => ({ table, index }));
  }
  protected wrap(member: ColumnTarget): FakeTableColumn {
    return new FakeTableColumn(this.context, () => member);
  }

  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      this.through((table) => {
        if (index < 0 || index >= table.width) throw itemNotFound(`column ${index}`);
        return { table, index };
      }),
    );
  }

  getItemOrNullObject(name: string): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      this.through((table) => {
        const index = tableHeaders(table).findIndex((h) => h.toLowerCase() === name.toLowerCase());
        return index < 0 ? null : { table, index };
      }),
    );
  }

  /** Adds a column at the end (the only place modelled), without values. */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      this.through((table) => {
        if ((index !== undefined && index !== null && index !== table.width) || values !== undefined) {
          throw new FakeOfficeError("InvalidArgument", "fake Excel: only adding an empty column at the end is modelled");
        }
        return { table, index: appendTableColumn(this.context.model, table, name) };
      }),
    );
  }
}

export class FakeTableColumn extends FakeClientObject<ColumnTarget> {
  protected readonly kind = "TableColumn";

  protected scalars(): Scalars<ColumnTarget> {
    return { name: (c) => tableHeaders(c.table)[c.index], index: (c) => c.index };
  }
  get name(): string {
    return this.read("name");
  }
  get index(): number {
    return this.read("index");
  }

  private column(f: (t: TableModel) => { row: number; rows: number }): FakeRange {
    return new FakeRange(
      this.context,
      this.through((c) => ({ sheet: c.table.sheet, area: { ...f(c.table), col: c.table.col + c.index, cols: 1 } })),
    );
  }
  getDataBodyRange(): FakeRange {
    return this.column((t) => ({ row: t.row + 1, rows: t.bodyRows }));
  }
  getHeaderRowRange(): FakeRange {
    return this.column((t) => ({ row: t.row, rows: 1 }));
  }
  getRange(): FakeRange {
    return this.column((t) => ({ row: t.row, rows: t.bodyRows + 1 }));
  }
}

/** Rows: only `count` loads (loading every row object is what the adapter must never do). */
export class FakeTableRowCollection extends FakeClientObject<TableModel> {
  protected readonly kind = "TableRowCollection";

  protected scalars(): Scalars<TableModel> {
    return { count: (t) => t.bodyRows };
  }
  get count(): number {
    return this.read("count");
  }

  /** add(null, values) appends rows at the end of the table. */
  add(index?: number | null, values?: unknown[][]): void {
    if (index !== undefined && index !== null)
      throw new FakeOfficeError("InvalidArgument", "fake Excel: only adding rows at the end is modelled");
    this.command((t) => {
      if (!values?.length) throw new FakeOfficeError("InvalidArgument", "fake Excel: rows.add needs values");
      assertShape({ row: 0, col: 0, rows: values.length, cols: t.width }, values, "rows.add values");
      appendTableRows(this.context.model, t, values);
    }, values);
  }
}
