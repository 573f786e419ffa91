/**
 * What every voucher builder shares: the settings, the LedgerMap, a per-voucher name lookup and
 * the voucher's identity. A workbook word with no Tally name is validation's to report
 * (docs/workbook.md "The hidden sheet"); the lookup only notes it, so the builder can hold the
 * voucher back without a second message and without throwing.
 */
import { remoteIdOf } from "../identity";
import { indexLedgerMap, type LedgerMapIndex } from "../mapping";
import type { OpsTable } from "../findings";
import type { RowGroup } from "../records/groups";
import type { Books, LedgerMapKind, RowBase, Settings, VoucherKindName } from "../records/types";
import type { Voucher } from "./model";

export interface BuildContext {
  settings: Settings;
  map: LedgerMapIndex;
  books: Books;
}

export function makeBuildContext(books: Books): BuildContext {
  return { settings: books.settings, map: remembered(indexLedgerMap(books.ledgerMap, books.settings)), books };
}

/**
 * The same few customers, items and rates recur on every line; resolving each word once per build
 * keeps 100,000 lines fast (resolve normalises text with regular expressions each time).
 */
function remembered(map: LedgerMapIndex): LedgerMapIndex {
  const known = new Map<LedgerMapKind, Map<string | number, string | undefined>>();
  return {
    resolve(kind, value) {
      let byValue = known.get(kind);
      if (!byValue) known.set(kind, (byValue = new Map()));
      const name = byValue.get(value);
      if (name !== undefined || byValue.has(value)) return name;
      const resolved = map.resolve(kind, value);
      byValue.set(value, resolved);
      return resolved;
    },
    isExplicit: (kind, value) => map.isExplicit(kind, value),
  };
}

/** Resolves workbook words to Tally names for one voucher, remembering whether any had none. */
export interface NameLookup {
  /** The Tally name, or "" when there is none (and `missing` turns true). */
  name(kind: LedgerMapKind, value: string | number | undefined): string;
  readonly missing: boolean;
}

// A class rather than a closure and a getter per voucher: one object shape across 20,000 vouchers (issue #2).
class VoucherNames implements NameLookup {
  missing = false;

  constructor(private readonly map: LedgerMapIndex) {}

  name(kind: LedgerMapKind, value: string | number | undefined): string {
    const found = value === undefined ? undefined : this.map.resolve(kind, value);
    if (found === undefined) this.missing = true;
    return found ?? "";
  }
}

export function nameLookup(map: LedgerMapIndex): NameLookup {
  return new VoucherNames(map);
}

type Header = Pick<Voucher, "kind" | "voucherType" | "date" | "number" | "remoteId" | "source">;

/** Kind, type, date, number, Remote ID and source rows of the voucher a row group becomes. */
export function voucherHeader(
  ctx: BuildContext,
  kind: VoucherKindName,
  voucherType: string,
  table: OpsTable,
  group: RowGroup<RowBase & Pick<Voucher, "date">>,
): Header {
  return {
    kind,
    voucherType,
    // Header fields agree across a voucher's lines (docs/workbook.md "Principles"): the first row speaks for all.
    date: group.rows[0].date,
    number: group.number,
    remoteId: remoteIdOf(ctx.settings.company, kind, group.fy, group.number),
    source: { table, rows: group.rows.map((r) => r.row), indexes: group.rows.map((r) => r.index) },
  };
}

type Body = Omit<Voucher, keyof Header>;

/**
 * A voucher from its header and body, every field spelled out in one order: one object shape for
 * every voucher keeps 20,000 invoices quick (spreading the two made the build a third slower).
 */
export function makeVoucher(header: Header, body: Body): Voucher {
  return {
    kind: header.kind,
    voucherType: header.voucherType,
    date: header.date,
    number: header.number,
    remoteId: header.remoteId,
    source: header.source,
    party: body.party,
    reference: body.reference,
    referenceDate: body.referenceDate,
    narration: body.narration,
    isInvoice: body.isInvoice,
    gst: body.gst,
    ledgerEntries: body.ledgerEntries,
    inventoryEntries: body.inventoryEntries,
  };
}

/** The Round Off ledger when Settings asks for whole-rupee totals (docs/workbook.md "GST on a line"). */
export function roundOffLedger(settings: Settings, names: NameLookup): string | undefined {
  return settings.roundTotals ? names.name("Ledger", settings.roundOffLedger) : undefined;
}
