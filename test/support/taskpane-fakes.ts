/**
 * Fakes for the task-pane tests: an in-memory WorkbookPort over a small workbook written inline
 * (with a few rows that fail validation), and a bridge client backed by the Tally emulator in the
 * same process (its request router, no sockets), with an optional gate to hold imports mid-push.
 */
import { HandoffError } from "../../src/core/handoff-error";

import { CONNECTION_STORAGE_KEY } from "../../src/taskpane/connection";
import type { TallyLink, WorkbookPort } from "../../src/engine/ports";
import type { TableInput, WorkbookInput } from "../../src/core/records/types";
import type { PostingLogEntry } from "../../src/core/push/posting-log";
import type { VoucherResult } from "../../src/engine/ports";
import { CompanyState } from "../../src/emulator/state";
import { Faults } from "../../src/emulator/faults";
import { planRequest, type Behaviour } from "../../src/emulator/request-router";
import { resolveSwitches, type ProfileName } from "../../src/emulator/profiles";
import { LIVENESS, UNKNOWN_REQUEST } from "../../src/emulator/responses";

export const COMPANY = "Tara Traders";

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

export interface FakeTally extends TallyLink {
  state: CompanyState;
  /** XML requests received, in order. */
  requests: string[];
  /** While set, each voucher import waits for release() before Tally "answers" (master imports pass). */
  holdImports: boolean;
  /** Lets held imports through; resolves the waiting ones. */
  release(): void;
  /** Resolves once an import is waiting at the gate. */
  importWaiting(): Promise<void>;
  /** Tokens the pane paired with, in order. */
  pairings: string[];
}

/** The code the fake bridge's "window" shows; any other code is refused. */
export const FAKE_PAIRING_CODE = "K7QM-3XPA";

/** A Tally that answers through the emulator's router, in-process, set up as one of its profiles. */
export function fakeTally(company = COMPANY, profile: ProfileName = "configured"): FakeTally {
  const switches = resolveSwitches({ profile });
  const state = new CompanyState({
    name: company,
    booksFrom: { y: 2026, m: 4, d: 1 },
    manualNumbering: switches.manualNumbering,
    preventDuplicates: switches.preventDuplicates,
  });
  const faults = new Faults();
  const behaviour: Behaviour = {
    ...switches,
    responseShape: "auto",
    prefixVersionTrap: false,
    tallyIdAlter: "duplicate",
    unknownReport: "lineerror",
  };
  let waiters: (() => void)[] = [];
  let arrivals: (() => void)[] = [];
  const fake: FakeTally = {
    state,
    requests: [],
    pairings: [],
    holdImports: false,
    release() {
      fake.holdImports = false;
      const open = waiters;
      waiters = [];
      open.forEach((go) => go());
    },
    importWaiting: () => new Promise((resolve) => arrivals.push(resolve)),
    async post(xml) {
      fake.requests.push(xml);
      const plan = planRequest(xml, state, faults, behaviour);
      if (plan.kind === "unknown") return UNKNOWN_REQUEST;
      if (plan.kind === "import" && fake.holdImports && /<(REPORTNAME|ID)>Vouchers</.test(xml)) {
        const arrived = arrivals;
        arrivals = [];
        arrived.forEach((a) => a());
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      const answer = plan.run();
      return typeof answer === "string" ? answer : answer.text;
    },
    async ping() {
      return { running: LIVENESS.includes("Running"), product: "TallyPrime" };
    },
    async pair(code, token) {
      if (code !== FAKE_PAIRING_CODE) throw new HandoffError("bridge-refused", "That is not the pairing code the bridge shows.");
      fake.pairings.push(token);
    },
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
