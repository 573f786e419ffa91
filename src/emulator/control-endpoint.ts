/**
 * A test-only HTTP control surface, present only with the option `control: true`. It is NOT part of
 * Tally: it lets a test in another process switch faults and read the books. It bypasses the
 * request queue, so it still answers while the gateway "hangs".
 *   GET  /__emulator/faults   -> current fault settings (JSON)
 *   POST /__emulator/faults   -> apply a JSON patch, e.g. {"hang": true}; answers the new settings
 *   GET  /__emulator/state    -> vouchers, duplicates, ledger balances and trial balance (JSON)
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isoDate } from "../core/dates";
import { ledgerBalances } from "./books";
import type { Faults } from "./faults";
import type { CompanyState } from "./state";

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
    vouchers: state.vouchers().map((v) => ({
      masterId: v.masterId,
      alterId: v.alterId,
      guid: v.guid,
      remoteId: v.remoteId,
      type: v.type,
      number: v.number,
      date: isoDate(v.date),
      cancelled: v.cancelled,
    })),
    duplicates: state.duplicates(),
    ledgers: ledgerBalances(state).map((b) => ({ name: b.ledger, closing: b.closing })),
    trialBalance: state.trialBalance(),
  };
}

/** Answers a control request; the path is known to start with CONTROL_PREFIX. */
export function answerControl(req: IncomingMessage, res: ServerResponse, body: Buffer, state: CompanyState, faults: Faults): void {
  const path = (req.url ?? "").split("?")[0];
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
  json(res, 404, { error: `no control endpoint ${req.method ?? ""} ${path}` });
}
