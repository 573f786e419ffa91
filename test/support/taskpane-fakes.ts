/**
 * Fakes for the task-pane tests: an in-memory WorkbookPort over a small workbook written inline
 * (with a few rows that fail validation); the bridge client backed by the emulator is in
 * taskpane-fake-tally.ts, re-exported here.
 */
import { CONNECTION_STORAGE_KEY } from "../../src/taskpane/connection";
import type { WorkbookPort } from "../../src/engine/ports";
import type { TableInput, WorkbookInput } from "../../src/core/records/types";
import type { PostingLogEntry } from "../../src/core/push/posting-log";
import type { VoucherResult } from "../../src/engine/ports";
import { COMPANY } from "./taskpane-fake-tally";

export { COMPANY, FAKE_PAIRING_CODE, fakeTally, type FakeTally } from "./taskpane-fake-tally";

const table = (name: string, headers: string[], rows: unknown[][], sheet = name): TableInput => ({
  name,
  headers,
  rows,
  firstRow: 2,
  sheet,
});

/**
 * Sales: INV-1 (intra-state, 18%), INV-2 (inter-state, 12%: a retired-slab warning), row 4 a
 * Taxable Value that is not a number (error), row 5 a blank Invoice No (error). Receipts: RCT-1
 * fine, RCT-2 with an Account "PhonePe" that LedgerMap does not know (mapping error).
 * `extraInvoices` adds valid invoices EX-1, EX-2, ... of 1,000 + 18% each (for pushes of several batches).
 */
export function sampleWorkbook(extraInvoices = 0): WorkbookInput {
  const sales = ["Date", "Invoice No", "Customer", "Customer GSTIN", "Place of Supply", "Taxable Value", "GST Rate %", "HSN/SAC"];
  const receipts = ["Date", "Receipt No", "Customer", "Amount", "Mode", "Account", "Against Invoice"];
  return {
    tables: {
      Sales: table("Sales", sales, [
        ["2026-04-05", "INV-1", "Sharma Traders", "", "27", 100000, 18, "9983"],
        ["2026-04-06", "INV-2", "Gupta & Sons", "", "29", 50000, 12, "9983"],
        ["2026-04-07", "INV-3", "Mehta Stores", "", "27", "abc", 18, "9983"],
        ["2026-04-08", "", "Mehta Stores", "", "27", 100, 18, "9983"],
        ...Array.from({ length: extraInvoices }, (_, i) => ["2026-04-10", `EX-${i + 1}`, "Sharma Traders", "", "27", 1000, 18, "9983"]),
      ]),
      Receipts: table("Receipts", receipts, [
        ["2026-04-09", "RCT-1", "Sharma Traders", 1000, "Cash", "Cash", ""],
        ["2026-04-09", "RCT-2", "Sharma Traders", 500, "UPI", "PhonePe", ""],
      ]),
      HandoffSettings: table(
        "HandoffSettings",
        ["Key", "Value"],
        [
          ["Tally Company", COMPANY],
          ["Company State", "27"],
          ["Financial Years", "2026-27"],
          ["Create Missing Masters", "Yes"],
        ],
        "TallyHandoff",
      ),
      LedgerMap: table(
        "LedgerMap",
        ["Kind", "Workbook Value", "Tally Name"],
        [
          ["Sales", "*", "Sales Accounts"],
          ["Output CGST", "*", "Output CGST"],
          ["Output SGST", "*", "Output SGST"],
          ["Output IGST", "*", "Output IGST"],
          ["Account", "Cash", "Cash"],
        ],
        "TallyHandoff",
      ),
    },
  };
}

/** The sample without its three bad rows: INV-1, INV-2 and RCT-1 make three vouchers. */
export function cleanSampleWorkbook(): WorkbookInput {
  const input = sampleWorkbook();
  input.tables.Sales = { ...input.tables.Sales!, rows: input.tables.Sales!.rows.slice(0, 2) };
  input.tables.Receipts = { ...input.tables.Receipts!, rows: input.tables.Receipts!.rows.slice(0, 1) };
  return input;
}

export interface Call {
  method: string;
  args: unknown[];
}

export interface FakeWorkbook extends WorkbookPort {
  input: WorkbookInput;
  calls: Call[];
  log: PostingLogEntry[];
  statusWrites: VoucherResult[][];
  /** What the last writeReconciliation put on the Reconciliation sheet (undefined until one). */
  reconciliation?: string[][];
  callsTo(method: string): unknown[][];
}

/** An in-memory workbook: reads return `input`; LedgerMap and settings writes change it, so a re-read sees them. */
export function fakeWorkbook(input: WorkbookInput = sampleWorkbook()): FakeWorkbook {
  const calls: Call[] = [];
  const record = (method: string, ...args: unknown[]) => calls.push({ method, args });
  const fake: FakeWorkbook = {
    input,
    calls,
    log: [],
    statusWrites: [],
    callsTo: (method) => calls.filter((c) => c.method === method).map((c) => c.args),
    readWorkbook: async () => (record("readWorkbook"), JSON.parse(JSON.stringify(fake.input)) as WorkbookInput),
    writeVerdicts: async (verdicts) => void record("writeVerdicts", verdicts),
    highlight: async (findings) => void record("highlight", findings),
    clearHighlights: async () => void record("clearHighlights"),
    selectCell: async (t, row, column) => void record("selectCell", t, row, column),
    setupWorkbook: async () => (record("setupWorkbook"), { createdTables: [], addedColumns: [], createdHiddenSheet: false }),
    writeLedgerMap: async (entries) => {
      record("writeLedgerMap", entries);
      const map = fake.input.tables.LedgerMap!;
      fake.input.tables.LedgerMap = { ...map, rows: entries.map((e) => [e.kind, e.workbookValue, e.tallyName]) };
    },
    writeSetting: async (key, value) => {
      record("writeSetting", key, value);
      const settings = fake.input.tables.HandoffSettings!;
      const rows = settings.rows.filter((r) => r[0] !== key);
      fake.input.tables.HandoffSettings = { ...settings, rows: [...rows, [key, value]] };
    },
    writeReconciliation: async (rows) => {
      record("writeReconciliation", rows);
      fake.reconciliation = rows.map((r) => [...r]);
    },
    postingLog: {
      read: async () => [...fake.log],
      append: async (entries) => void fake.log.push(...entries),
    },
    statuses: { write: async (results) => void fake.statusWrites.push(results) },
  };
  return fake;
}

/** A connection already paired with the bridge, as a person would have after pairing once. */
export function pairedStorage(token = "T".repeat(43)): Storage {
  const storage = memoryStorage();
  storage.setItem(CONNECTION_STORAGE_KEY, JSON.stringify({ url: "https://localhost:9400", token }));
  return storage;
}

/** A Storage stand-in that records what is stored. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
