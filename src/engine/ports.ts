/**
 * The push engine knows only these ports. The task pane wires them to the Excel adapter and the
 * bridge; the command line to the .xlsx file and Tally's HTTP port; tests to the emulator.
 */
import type { PostingLogEntry } from "../core/push/posting-log";
import type { Voucher } from "../core/vouchers/model";
import type { MissingMaster } from "../core/push/masters-needed";
import type { HandoffError } from "../core/handoff-error";
import type { CalendarDate } from "../core/dates";
import type { NumberingProblem } from "../core/push/numbering";

export interface TallyPort {
  /** Sends one XML request and resolves with Tally's reply text; throws HandoffError on transport failure. */
  post(xml: string): Promise<string>;
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
  /** The company read from Tally before writing: the shells record it as Settings' Tally Company GUID. */
  company?: { name: string; guid: string; booksFrom?: CalendarDate };
  /** Voucher types whose numbering held their vouchers back. */
  numbering: NumberingProblem[];
  /** Voucher types Prepare Tally switched to Manual numbering with Prevent Duplicates (read back). */
  prepared: string[];
}
