/**
 * Test wiring for the push engine against the emulator: an in-memory PostingLog, a status board
 * that remembers what each voucher's rows were last told, and the books' own trial balance.
 */
import type { PostingLogEntry } from "../../src/core/push/posting-log";
import { nameKey } from "../../src/core/mapping";
import { buildMasterImport } from "../../src/core/tally/write";
import type { LedgerMaster } from "../../src/core/tally/masters";
import type { Voucher } from "../../src/core/vouchers/model";
import type { PostingLogPort, PushPorts, StatusPort, TallyPort, VoucherOutcome } from "../../src/engine/ports";
import { readImportResponse } from "../../src/core/tally/read";

export function memoryLog(): PostingLogPort & { entries: PostingLogEntry[] } {
  const entries: PostingLogEntry[] = [];
  return { entries, read: async () => [...entries], append: async (e) => void entries.push(...e) };
}

export function statusBoard(): StatusPort & { last: Map<string, VoucherOutcome> } {
  const last = new Map<string, VoucherOutcome>();
  return { last, write: async (results) => results.forEach((r) => last.set(r.voucher.remoteId, r.outcome)) };
}

export function portsFor(
  tally: TallyPort,
  log = memoryLog(),
  statuses = statusBoard(),
): PushPorts & { log: typeof log; statuses: typeof statuses } {
  let tick = 0;
  return { tally, log, statuses, now: () => new Date(Date.UTC(2026, 10, 24, 10, 0, tick++)).toISOString() };
}

/** Net balance per ledger (credit positive, debit negative) from the vouchers themselves. */
export function booksTrialBalance(vouchers: readonly Voucher[]): Map<string, number> {
  const tb = new Map<string, number>();
  const add = (ledger: string, amount: number) => tb.set(nameKey(ledger), (tb.get(nameKey(ledger)) ?? 0) + amount);
  for (const v of vouchers) {
    for (const e of v.ledgerEntries) add(e.ledger, e.amount);
    for (const i of v.inventoryEntries) if (i.ledger) add(i.ledger, i.amount);
  }
  for (const [k, v] of tb) if (v === 0) tb.delete(k);
  return tb;
}

/** Ledgers the owner creates by hand in Tally (journal ledgers: their group is the owner's choice). */
export async function createLedgers(tally: TallyPort, company: string, ledgers: LedgerMaster[]): Promise<void> {
  const xml = buildMasterImport({ ledgers }, { company, applicableFrom: { y: 2026, m: 4, d: 1 } });
  const reply = readImportResponse(await tally.post(xml));
  if (reply.counters.errors + reply.counters.exceptions > 0) throw new Error(`could not create ledgers: ${reply.lineErrors.join("; ")}`);
}
