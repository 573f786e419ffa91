/**
 * Ledger by ledger for the period: the workbook's movement beside what Tally holds from this
 * workbook, and what Tally holds that this workbook never sent; GST by head and rate. To the paisa
 * (docs/decisions/0001); signs as Tally's (credit positive). Differences first.
 */
import { nameKey } from "../mapping";
import type { Paise } from "../money";
import type { ExportedVoucher } from "../tally/read";
import type { GstHead, Voucher } from "../vouchers/model";
import type { VoucherState } from "./classify";

export interface LedgerLine {
  ledger: string;
  workbook: Paise;
  /** Tally's vouchers sent from this workbook (orphans included). */
  tally: Paise;
  /** Tally's vouchers this workbook never sent, shown beside, not compared. */
  others: Paise;
}

export interface GstLine {
  head: GstHead;
  /** The head's own rate (9 for CGST on an 18% line); undefined when the workbook names none for that ledger. */
  rate?: number;
  workbook: Paise;
  tally: Paise;
}

type Totals = Map<string, { name: string; amount: Paise }>;

function add(t: Totals, name: string, amount: Paise): void {
  const k = nameKey(name);
  const row = t.get(k) ?? { name, amount: 0 };
  row.amount += amount;
  t.set(k, row);
}

function workbookMovement(v: Voucher, t: Totals): void {
  for (const e of v.ledgerEntries) add(t, e.ledger, e.amount);
  for (const i of v.inventoryEntries) if (i.ledger) add(t, i.ledger, i.amount);
}

function tallyMovement(v: ExportedVoucher, t: Totals): void {
  if (v.isCancelled) return;
  for (const e of v.ledgerEntries) add(t, e.ledger, e.amount);
  for (const i of v.inventoryEntries) if (i.ledger) add(t, i.ledger, i.amount);
}

const ours = (s: VoucherState): ExportedVoucher[] =>
  s.state === "in-step" || s.state === "differs" || s.state === "orphan" ? [s.tally] : s.state === "twice" ? s.copies : [];

export function ledgerLines(workbook: readonly Voucher[], states: readonly VoucherState[]): LedgerLine[] {
  const [w, t, o] = [new Map(), new Map(), new Map()] as Totals[];
  workbook.forEach((v) => workbookMovement(v, w));
  for (const s of states) {
    ours(s).forEach((v) => tallyMovement(v, t));
    if (s.state === "not-ours") tallyMovement(s.tally, o);
  }
  const keys = new Set([...w.keys(), ...t.keys(), ...o.keys()]);
  const lines = [...keys].map((k) => ({
    ledger: (w.get(k) ?? t.get(k) ?? o.get(k))!.name,
    workbook: w.get(k)?.amount ?? 0,
    tally: t.get(k)?.amount ?? 0,
    others: o.get(k)?.amount ?? 0,
  }));
  return differencesFirst(lines.filter((l) => l.workbook !== 0 || l.tally !== 0 || l.others !== 0));
}

export function differencesFirst<L extends { workbook: Paise; tally: Paise }>(lines: L[]): L[] {
  const differs = (l: L) => (l.workbook === l.tally ? 1 : 0);
  return lines.sort((a, b) => differs(a) - differs(b));
}

/**
 * GST by head and rate. Tally does not say a tax line's rate, so a tax ledger's amount in Tally is
 * put under the rates the workbook gives that ledger in the same voucher: the workbook's own split
 * when the totals agree, the whole difference under the voucher's first rate of it otherwise; a
 * voucher not in the workbook (an orphan) under the ledger's one rate in the workbook, if it has one.
 */
export function gstLines(states: readonly VoucherState[]): GstLine[] {
  const lines = new Map<string, GstLine>();
  const ledgerRate = new Map<string, { head: GstHead; rate?: number }>();
  const line = (head: GstHead, rate: number | undefined) => {
    const k = `${head}|${rate ?? ""}`;
    const l = lines.get(k) ?? { head, rate, workbook: 0, tally: 0 };
    lines.set(k, l);
    return l;
  };
  for (const s of states) {
    if (!("voucher" in s)) continue;
    for (const e of s.voucher.ledgerEntries) {
      if (e.role !== "tax" || !e.taxHead) continue;
      line(e.taxHead, e.taxRate).workbook += e.amount;
      const k = nameKey(e.ledger);
      const seen = ledgerRate.get(k);
      ledgerRate.set(k, seen && seen.rate !== e.taxRate ? { head: e.taxHead } : { head: e.taxHead, rate: e.taxRate });
    }
  }
  for (const s of states) {
    const copies = ours(s);
    for (const copy of copies.filter((c) => !c.isCancelled)) {
      const inTally: Totals = new Map();
      tallyMovement(copy, inTally);
      if ("voucher" in s) splitByRate(s.voucher, inTally, line);
      else for (const [k, t] of inTally) if (ledgerRate.has(k)) line(ledgerRate.get(k)!.head, ledgerRate.get(k)!.rate).tally += t.amount;
    }
  }
  return differencesFirst([...lines.values()]);
}

function splitByRate(v: Voucher, inTally: Totals, line: (head: GstHead, rate: number | undefined) => GstLine): void {
  const byLedger = new Map<string, { head: GstHead; rate?: number; amount: Paise }[]>();
  for (const e of v.ledgerEntries)
    if (e.role === "tax" && e.taxHead) {
      const k = nameKey(e.ledger);
      byLedger.set(k, [...(byLedger.get(k) ?? []), { head: e.taxHead, rate: e.taxRate, amount: e.amount }]);
    }
  for (const [k, parts] of byLedger) {
    const tally = inTally.get(k)?.amount ?? 0;
    const total = parts.reduce((n, p) => n + p.amount, 0);
    parts.forEach((p, i) => (line(p.head, p.rate).tally += p.amount + (i === 0 ? tally - total : 0)));
  }
}
