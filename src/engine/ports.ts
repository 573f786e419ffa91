/**
 * Every port of Tally Handoff, in one module: the push engine, the task pane and the command line
 * ask for these; the adapters (src/adapters) implement them; tests hand in fakes. Kept beside the
 * engine, its main user, and importing only core types, so an adapter never reaches into an entry
 * point (src/taskpane, src/cli) for the shape it implements.
 */
import type { Finding, OpsTable } from "../core/findings";
import type { RowVerdict } from "../core/handoff";
import type { LedgerMapEntry, WorkbookInput } from "../core/records/types";
import type { PostingLogEntry } from "../core/push/posting-log";
import type { Voucher } from "../core/vouchers/model";
import type { MissingMaster } from "../core/push/masters-needed";
import type { HandoffError } from "../core/handoff-error";
import type { CalendarDate } from "../core/dates";
import type { NumberingProblem } from "../core/push/numbering";

/** Per-request options. `timeoutMs` overrides the transport's default. */
export interface PostOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Stop reading the reply past this many bytes (sized from the predicted reply; PROTOCOL.md 11.5). */
  maxReplyBytes?: number;
}

/** Whether Tally's HTTP server answers, and which product it says it is ("TallyPrime"). */
export interface TallyLiveness {
  running: boolean;
  product?: string;
  /** Set by the bridge while it is waiting on Tally for another request. */
  busy?: boolean;
}

/**
 * The one way to post XML to Tally, all the engine needs: straight to Tally's HTTP port (the
 * command line, the bridge's upstream: directTallyTransport) or through the local bridge (the task
 * pane: bridgeTransport).
 */
export interface TallyPort {
  /** Sends one XML request, resolves with Tally's reply text; rejects with a HandoffError whose `outcomeUnknown` says whether Tally may have taken it. */
  post(xml: string, opts?: PostOptions): Promise<string>;
}

/** What both transports are: a TallyPort that also says whether Tally answers, and through the bridge pairs. */
export interface TallyLink extends TallyPort {
  /** { running: false } when Tally is away; through the bridge, rejects when the bridge is away or unpaired. */
  ping(): Promise<TallyLiveness>;
  /** Through the bridge only: hands it this pane's new token with the code its window shows (docs/bridge.md "Pairing"). */
  pair?(code: string, token: string): Promise<void>;
}

export interface PostingLogPort {
  read(): Promise<PostingLogEntry[]>;
  append(entries: PostingLogEntry[]): Promise<void>;
}

export type VoucherOutcome = "Posted" | "Failed" | "Unknown";

export interface VoucherResult {
  voucher: Voucher;
  outcome: VoucherOutcome;
  /** Plain words for the row's Tally Note. */
  message: string;
  action: "Create" | "Alter" | "None";
  masterId?: number;
  guid?: string;
  /**
   * Why a voucher was not sent although it could be, when the user can change that: "changed-in-tally",
   * Tally holds it otherwise and its row did not change since it was sent (docs/decisions/0013).
   */
  held?: "changed-in-tally";
}

export interface StatusPort {
  /** Called after each batch with that batch's results, so statuses are true even if the push stops. */
  write(results: VoucherResult[]): Promise<void>;
}

export type PushPhase = "checking" | "masters" | "sending" | "done";

export interface PushProgress {
  phase: PushPhase;
  done: number;
  total: number;
  posted: number;
  failed: number;
  unknown: number;
}

export interface PushPorts {
  tally: TallyPort;
  log: PostingLogPort;
  statuses: StatusPort;
  /** ISO time for PostingLog rows. */
  now: () => string;
  onProgress?: (p: PushProgress) => void;
  /** Cancel: the engine stops after the current batch, having recorded everything. */
  signal?: AbortSignal;
}

export interface PushReport {
  results: VoucherResult[];
  posted: number;
  failed: number;
  unknown: number;
  /** Read back from Tally in this push, the same as the workbook's: not sent again. */
  upToDate: number;
  requests: number;
  missingMasters: MissingMaster[];
  mastersCreated: number;
  cancelled: boolean;
  /** Set when the push stopped early because Tally or the bridge failed. */
  stoppedBy?: HandoffError;
  /**
   * The company read from Tally before writing: the shells record it as Settings' Tally Company GUID.
   * `voucherMark`: Tally's ALTVCHID once the push was done, set only when every voucher write since the
   * push began was one of ours, read back (core/push/voucher-mark.ts); a later push compares against it.
   */
  company?: { name: string; guid: string; booksFrom?: CalendarDate; voucherMark?: number };
  /** Voucher types whose numbering held their vouchers back. */
  numbering: NumberingProblem[];
  /** Voucher types Prepare Tally switched to Manual numbering with Prevent Duplicates (read back). */
  prepared: string[];
}

export interface SetupReport {
  /** Tables created by this run (empty when the workbook was already set up). */
  createdTables: string[];
  /** Status columns added to existing tables. */
  addedColumns: string[];
  createdHiddenSheet: boolean;
}

/**
 * What the task pane needs from the workbook, as plain async functions. The Excel adapter
 * (src/adapters/excel) implements it with Office.js; component tests hand in fakes. Components
 * never call Office themselves (the generator-office template's `insertText` prop idea).
 */
export interface WorkbookPort {
  /** Every ops table, HandoffSettings and LedgerMap, in a bounded number of round trips. */
  readWorkbook(): Promise<WorkbookInput>;
  /** Writes Tally Status / Tally Note for the given rows (bulk, whole columns). */
  writeVerdicts(verdicts: readonly RowVerdict[]): Promise<void>;
  /** Marks the cells of error findings; clearHighlights removes exactly those marks. */
  highlight(findings: readonly Finding[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Activates the sheet and selects the cell of a finding (row = sheet row, column = header text). */
  selectCell(table: OpsTable | "HandoffSettings" | "LedgerMap", row: number, column: string): Promise<void>;
  /** Creates missing tables, status columns and the hidden TallyHandoff sheet; never touches user rows. */
  setupWorkbook(): Promise<SetupReport>;
  /** Replaces the LedgerMap table's rows (the pane's mapping editor). */
  writeLedgerMap(entries: readonly Omit<LedgerMapEntry, "row">[]): Promise<void>;
  /** Sets one HandoffSettings key (adds the row when missing). */
  writeSetting(key: string, value: string): Promise<void>;
  /** Writes a reconcile's rows (RECONCILIATION_HEADERS first) to the Reconciliation sheet, replacing what it held; creates the sheet when missing. */
  writeReconciliation(rows: readonly (readonly string[])[]): Promise<void>;
  /** PostingLog table in the hidden sheet. */
  postingLog: PostingLogPort;
  /** Writes push results to the rows of their vouchers. */
  statuses: StatusPort;
}
