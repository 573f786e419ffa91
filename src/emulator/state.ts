/**
 * The one company the emulator has loaded: masters, vouchers and Tally's identity sequences.
 * ALTERID is one company-wide sequence that moves on every create, alter and cancel (PROTOCOL.md
 * 5, P002 15/26); MASTERID numbers objects; a Tally-created voucher's REMOTEID equals its GUID (2.2).
 */
import { toExcelSerial, type CalendarDate } from "../core/dates";
import { seedPredefinedMasters, type CompanySetup } from "./company-setup";
import type { MasterIds, MasterKind } from "./masters";
import { CompanyMasters, hex8, MASTER_KINDS } from "./company-masters";
import { VoucherIndex } from "./voucher-index";
import { duplicateVouchers, ledgerBalance, trialBalance, type DuplicateSet, type TrialBalance } from "./books";
import type { Voucher, VoucherBody } from "./voucher-record";

export type { CompanySetup, VoucherTypeSetting } from "./company-setup";

/** Everything needed to load the company again (the --data JSON file). */
export interface CompanySnapshot {
  version: 1;
  name: string;
  booksFrom: CalendarDate;
  booksTo: CalendarDate;
  guid: string;
  lastCreatedVchId: number;
  /** altVchId: the company's ALTVCHID high-water mark (absent in files written before it existed). */
  seq: { alterId: number; masterId: number; perDay: Record<string, number>; altVchId?: number };
  masters: Record<MasterKind, MasterIds[]>;
  vouchers: Voucher[];
}

/** The company: its masters (company-masters.ts) and its vouchers in creation order. */
export class CompanyState extends CompanyMasters {
  /** MASTERID of the last voucher created (CMPINFOEX/IDINFO/LASTCREATEDVCHID). */
  lastCreatedVchId = 0;
  private list: Voucher[] = [];
  private readonly index = new VoucherIndex();

  constructor(setup: CompanySetup, seedPredefined = true) {
    super(setup);
    if (seedPredefined) seedPredefinedMasters(this, setup);
  }

  /**
   * $AltMstId (highest master ALTERID) and $AltVchId (PROTOCOL.md 5, 11.5). ALTVCHID is its own
   * counter that takes a fresh ALTERID on every voucher create, alter, cancel and delete, so it never
   * goes back, not even when the newest voucher is deleted; only restoring an older backup lowers it.
   */
  highWaterMarks(): { altMstId: number; altVchId: number } {
    const masters = this.allMasters().map((m) => m.alterId);
    return { altMstId: Math.max(0, ...masters), altVchId: this.seq.altVchId };
  }

  /** A voucher write: the next ALTERID, which is also the new ALTVCHID. */
  private voucherAlterId(): number {
    return (this.seq.altVchId = this.nextAlterId());
  }

  /** Vouchers in creation order; cancelled ones are included (Tally keeps them, marked ISCANCELLED). */
  vouchers(): readonly Voucher[] {
    return this.list;
  }

  /** Stores a new voucher with fresh identities; the client's REMOTEID is kept when given. */
  addVoucher(body: VoucherBody, clientRemoteId?: string): Voucher {
    const ids = this.newIds("");
    this.seq.altVchId = ids.alterId;
    const dayKey = toExcelSerial(body.date) - 1;
    const perDay = (this.seq.perDay[dayKey] = (this.seq.perDay[dayKey] ?? 0) + 1);
    const voucher: Voucher = {
      ...body,
      guid: ids.guid,
      remoteId: clientRemoteId ?? ids.guid,
      clientRemoteId: clientRemoteId !== undefined,
      masterId: ids.masterId,
      alterId: ids.alterId,
      vchKey: `${this.guid}-${hex8(dayKey)}:${hex8(perDay)}`,
      voucherKey: dayKey * 2 ** 32 + perDay,
      cancelled: false,
    };
    this.list.push(voucher);
    this.index.add(voucher);
    this.lastCreatedVchId = voucher.masterId;
    return voucher;
  }

  /** Replaces a voucher's content in place: identities stay, ALTERID moves, a cancelled one is live again (11.2). */
  replaceVoucher(voucher: Voucher, body: VoucherBody): void {
    Object.assign(voucher, body, { cancelled: false, alterId: this.voucherAlterId() });
    this.index.renumbered(voucher);
  }

  /** Cancel keeps the voucher and its number, strips its entries (P002 26). */
  cancelVoucher(voucher: Voucher, narration?: string): void {
    Object.assign(voucher, { cancelled: true, ledgerLines: [], inventory: [], stockIn: [], stockOut: [] });
    if (narration) voucher.narration = narration;
    voucher.alterId = this.voucherAlterId();
  }

  deleteVoucher(voucher: Voucher): void {
    this.list = this.list.filter((v) => v !== voucher);
    this.index.remove(voucher);
    this.voucherAlterId();
  }

  /**
   * TEST ONLY, not a Tally request: "empty the company" as a user deleting every voucher would.
   * Masters, the company GUID and the id sequences stay; ALTVCHID moves; automatic numbers restart.
   */
  clearVouchers(): void {
    this.list = [];
    this.index.rebuild([]);
    for (const t of this.voucherTypes.values()) t.lastAutoNumber = 0;
    this.voucherAlterId();
  }

  /**
   * TEST ONLY: a user editing a voucher by hand in Tally's UI (any content field, e.g. narration,
   * amounts, number). Identities stay, ALTERID and ALTVCHID move. Undefined when no voucher has that MASTERID.
   */
  editVoucher(masterId: number, patch: Partial<VoucherBody> & { cancelled?: boolean }): Voucher | undefined {
    const voucher = this.list.find((v) => v.masterId === masterId);
    if (!voucher) return undefined;
    Object.assign(voucher, patch, { alterId: this.voucherAlterId() });
    this.index.renumbered(voucher);
    return voucher;
  }

  /**
   * TEST ONLY: put back an older backup (a snapshot taken earlier) into this same state object, so a
   * running emulator serves it. Its ALTERID and ALTVCHID come back lower, as a restored copy's would.
   */
  restore(snapshot: CompanySnapshot): void {
    const copy = JSON.parse(JSON.stringify(snapshot)) as CompanySnapshot;
    this.name = copy.name;
    this.guid = copy.guid;
    for (const kind of MASTER_KINDS) {
      const map = this.mastersOf(kind);
      for (const m of map.values()) map.remove(m.name);
      for (const m of copy.masters[kind] ?? []) map.put(m);
    }
    this.list = copy.vouchers;
    this.index.rebuild(this.list);
    const altVchId = copy.seq.altVchId ?? Math.max(0, ...copy.vouchers.map((v) => v.alterId));
    this.seq = { ...copy.seq, perDay: { ...copy.seq.perDay }, altVchId };
    this.lastCreatedVchId = copy.lastCreatedVchId;
    this.revision++;
  }

  /** Voucher whose REMOTEID (client's, or Tally's GUID) is this one. */
  voucherByRemoteId(remoteId: string): Voucher | undefined {
    return this.index.withRemoteId(remoteId.trim());
  }

  /** Vouchers numbered exactly so, of any type. */
  vouchersNumbered(number: string): readonly Voucher[] {
    return this.index.numbered(number);
  }

  /** Closing balance of a ledger in paise, debit negative (opening + every posting). */
  ledgerBalance(name: string): number {
    return ledgerBalance(this, name);
  }

  /** Trial balance computed from the state (for tests; the report export renders the same numbers). */
  trialBalance(): TrialBalance {
    return trialBalance(this);
  }

  /** Vouchers sharing a type and number: what a duplicate import leaves behind. */
  duplicates(): DuplicateSet[] {
    return duplicateVouchers(this);
  }

  /** The company as plain data (the --data file; `restore` takes it back). Shares objects with the state: copy it to keep it. */
  toSnapshot(): CompanySnapshot {
    const masters = Object.fromEntries(MASTER_KINDS.map((k) => [k, this.mastersOf(k).values()])) as Record<MasterKind, MasterIds[]>;
    const { name, booksFrom, booksTo, guid, lastCreatedVchId } = this;
    return { version: 1, name, booksFrom, booksTo, guid, lastCreatedVchId, seq: this.seq, masters, vouchers: this.list };
  }

  /** TEST ONLY: a deep copy of the company now, to `restore` later as "an older backup". */
  backup(): CompanySnapshot {
    return JSON.parse(JSON.stringify(this.toSnapshot())) as CompanySnapshot;
  }

  /** Rebuilds a company from a snapshot (no predefined seeding: the snapshot already holds them). */
  static fromSnapshot(snapshot: CompanySnapshot): CompanyState {
    const { name, booksFrom, booksTo, guid } = snapshot;
    const state = new CompanyState({ name, booksFrom, booksTo, guid }, false);
    state.restore(snapshot);
    state.revision = 0;
    return state;
  }
}
