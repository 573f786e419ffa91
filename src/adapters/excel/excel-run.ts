/* global Excel */
/**
 * How the adapter reaches Excel: a function with Excel.run's shape. The task pane passes nothing
 * and gets the real host; tests pass the fake host's run (test/support/fake-excel).
 */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run, looked up when called, so a host installed after import is the one used. */
export const officeRun: ExcelRun = (batch) => Excel.run(batch);
