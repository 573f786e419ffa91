/** What the table readers' tests share. */

/** A typed row as a reader gives it back from sheet row `row` of a table whose headers are on sheet row 1. */
export function rowRead<F extends object>(row: number, fields: F): { row: number; index: number } & F {
  return { row, index: row - 2, ...fields };
}
