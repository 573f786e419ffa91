/**
 * An ops table declared once (issue #12): its columns (header, other names, reader, required or
 * what a blank reads as) and how its rows form vouchers. The row type, the reading, the grouping,
 * the voucher-number words of validation and both adapters' column maps all come from it.
 */
import type { OpsTable } from "../findings";
import type { CellReader } from "./excel-values";
import type { ColumnSpec } from "./columns";

/** How a table's rows form vouchers: rows sharing the number column, within a financial year, are one. */
export interface VoucherFormation<F extends string = string> {
  /** The field of the voucher number column (Invoice No, Receipt No, ...). */
  numberField: F;
  /** What a bookkeeper calls one voucher of this table, for messages ("invoice", "note"). */
  word: string;
  /** Rule 46(b) document numbers: GST invoices and credit/debit notes (gst-facts.md section 7). */
  gstDocument: boolean;
}

export interface TableDeclaration<T extends OpsTable = OpsTable, Cs extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  table: T;
  /** In the contract's order: the order of a new table's columns, of a row's fields and of its findings. */
  columns: Cs;
  vouchers: VoucherFormation<Cs[number]["field"]>;
}

/** Keeps the literal types of the columns, so the row type can be read off them. */
export function declareTable<const T extends OpsTable, const Cs extends readonly ColumnSpec[]>(declaration: {
  table: T;
  columns: Cs;
  vouchers: VoucherFormation<NoInfer<Cs[number]["field"]>>;
}): TableDeclaration<T, Cs> {
  return declaration;
}

/** Every typed row remembers where it came from. */
export interface RowBase {
  /** Sheet row number of this row. */
  row: number;
  /** 0-based index in the table body, for writing statuses back. */
  index: number;
}

type ValueOf<C> = C extends { read: CellReader<infer V> } ? V : never;
/** A required column, or one whose blank reads as a default, fills its field on every row. */
type AlwaysThere<C> = C extends { required: true } ? true : C extends { whenBlank: NonNullable<unknown> } ? true : false;
type Flat<T> = { [K in keyof T]: T[K] };

/** The fields a list of columns fills: `header: V` when always there, `header?: V` otherwise. */
export type FieldsOf<Cs extends readonly ColumnSpec[]> = Flat<
  { [C in Cs[number] as AlwaysThere<C> extends true ? C["field"] : never]: ValueOf<C> } & {
    [C in Cs[number] as AlwaysThere<C> extends true ? never : C["field"]]?: ValueOf<C>;
  }
>;

/** The typed row a declared table reads into. */
export type RowOf<D> = D extends TableDeclaration<OpsTable, infer Cs> ? Flat<RowBase & FieldsOf<Cs>> : never;
