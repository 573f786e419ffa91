/**
 * A fake Excel host for tests: an in-memory workbook model and the subset of the Office.js Excel
 * API the adapter in src/adapters/excel uses (see README.md beside this file).
 */
export { columnLetters, formatAddress, parseAddress, type Area } from "./a1";
export { PAYLOAD_LIMIT, FakeRequestContext, type HostLedger, type SyncRecord } from "./request-context";
export { installFakeOffice, type FakeBatch, type FakeOfficeHost } from "./install";
export { fakeOfficeEachTest } from "./each-test";
export { FakeOfficeError } from "./office-error";
export { cellAt, readTable, snapshot, tableColumn } from "./inspect";
export { fakeWorkbook, type FakeSheetSpec, type FakeTableSpec, type FakeWorkbookSpec, type WorkbookModel } from "./workbook-model";
