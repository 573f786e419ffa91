/**
 * A test-only HTTP control surface, present only with the option `control: true`. It is NOT part of
 * Tally: it lets a test in another process switch faults and read the books. It bypasses the
 * request queue, so it still answers while the gateway "hangs".
 *   GET  /__emulator/faults   -> current fault settings (JSON)
 *   POST /__emulator/faults   -> apply a JSON patch, e.g. {"hang": true}; answers the new settings
 *   GET  /__emulator/state    -> vouchers, duplicates, ledger balances and trial balance (JSON)
 *   POST /__emulator/clear-vouchers      -> "empty the company": every voucher gone, masters and GUID kept
 *   POST /__emulator/vouchers/<MASTERID> -> "edit a voucher by hand": JSON { narration?, number?,
 *        date? (YYYY-MM-DD), fields?, cancelled?, ledgerLines?: [{ ledger, amount (paise, debit negative) }] }
 *   GET  /__emulator/backup   -> the company as JSON (a backup); POST /__emulator/restore puts one back
 *   GET  /__emulator/cost     -> modelled Tally time per request kind (cost-model.ts); POST /__emulator/cost/reset zeroes it
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isoDate, parseDateCell } from "../core/dates";
import { ledgerBalances } from "./books";
import type { Faults } from "./faults";
import type { TallyTime } from "./cost-model";
import type { CompanySnapshot, CompanyState } from "./state";
import type { VoucherBody } from "./voucher-record";

export const CONTROL_PREFIX = "/__emulator/";

function json(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value, null, 1));
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": body.length });
  res.end(body);
}

/** The books as plain JSON for a test in another process. */
export function stateSummary(state: CompanyState): unknown {
  return {
    company: state.name,
    booksFrom: isoDate(state.booksFrom),
    booksTo: isoDate(state.booksTo),
    guid: state.guid,
    altVchId: state.highWaterMarks().altVchId,
    vouchers: state.vouchers().map((v) => ({
      masterId: v.masterId,
      alterId: v.alterId,
      guid: v.guid,
      remoteId: v.remoteId,
      type: v.type,
      number: v.number,
      date: isoDate(v.date),
      cancelled: v.cancelled,
      narration: v.narration,
    })),
    duplicates: state.duplicates(),
    ledgers: ledgerBalances(state).map((b) => ({ name: b.ledger, closing: b.closing })),
    trialBalance: state.trialBalance(),
  };
}

interface HandEdit {
  narration?: string;
  number?: string;
  date?: string;
  fields?: Record<string, string>;
  cancelled?: boolean;
  ledgerLines?: { ledger: string; amount: number }[];
}

/** A hand edit as a patch of the stored voucher; throws on a date it cannot read. */
function editPatch(edit: HandEdit): Partial<VoucherBody> & { cancelled?: boolean } {
  const patch: Partial<VoucherBody> & { cancelled?: boolean } = {};
  if (edit.narration !== undefined) patch.narration = edit.narration;
  if (edit.number !== undefined) patch.number = edit.number;
  if (edit.fields !== undefined) patch.fields = edit.fields;
  if (edit.cancelled !== undefined) patch.cancelled = edit.cancelled;
  if (edit.date !== undefined) {
    const date = parseDateCell(edit.date);
    if (!date.ok) throw new Error(`date "${edit.date}" ${date.reason}`);
    patch.date = date.value;
  }
  if (edit.ledgerLines !== undefined) {
    patch.ledgerLines = edit.ledgerLines.map((l) => ({
      ledger: l.ledger,
      amount: l.amount,
      isDeemedPositive: l.amount < 0,
      bills: [],
      inventory: [],
    }));
  }
  return patch;
}

function answerBooks(path: string, body: Buffer, state: CompanyState): unknown {
  if (path === `${CONTROL_PREFIX}clear-vouchers`) {
    state.clearVouchers();
    return stateSummary(state);
  }
  if (path === `${CONTROL_PREFIX}restore`) {
    state.restore(JSON.parse(body.toString("utf8")) as CompanySnapshot);
    return stateSummary(state);
  }
  const masterId = Number(path.slice(`${CONTROL_PREFIX}vouchers/`.length));
  const edited = state.editVoucher(masterId, editPatch(JSON.parse(body.toString("utf8") || "{}") as HandEdit));
  if (!edited) throw new Error(`no voucher with MASTERID ${masterId}`);
  return stateSummary(state);
}

const BOOK_PATHS = /^\/__emulator\/(clear-vouchers|restore|vouchers\/\d+)$/;

/** Answers a control request; the path is known to start with CONTROL_PREFIX. */
export function answerControl(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  state: CompanyState,
  faults: Faults,
  time: TallyTime,
): void {
  const path = (req.url ?? "").split("?")[0];
  if (path === `${CONTROL_PREFIX}cost` && req.method === "GET") return json(res, 200, time.snapshot());
  if (path === `${CONTROL_PREFIX}cost/reset` && req.method === "POST") {
    time.reset();
    return json(res, 200, time.snapshot());
  }
  if (path === `${CONTROL_PREFIX}faults` && req.method === "GET") return json(res, 200, faults.snapshot());
  if (path === `${CONTROL_PREFIX}faults` && req.method === "POST") {
    try {
      faults.set(JSON.parse(body.toString("utf8") || "{}"));
      return json(res, 200, faults.snapshot());
    } catch (e) {
      return json(res, 400, { error: (e as Error).message });
    }
  }
  if (path === `${CONTROL_PREFIX}state` && req.method === "GET") return json(res, 200, stateSummary(state));
  if (path === `${CONTROL_PREFIX}backup` && req.method === "GET") return json(res, 200, state.backup());
  if (BOOK_PATHS.test(path) && req.method === "POST") {
    try {
      return json(res, 200, answerBooks(path, body, state));
    } catch (e) {
      return json(res, 400, { error: (e as Error).message });
    }
  }
  json(res, 404, { error: `no control endpoint ${req.method ?? ""} ${path}` });
}
