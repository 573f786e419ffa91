/**
 * The one company the emulator has loaded: masters, vouchers and Tally's identity sequences.
 * ALTERID is one company-wide sequence that moves on every create, alter and cancel (PROTOCOL.md
 * 5, P002 15/26); MASTERID numbers objects; a Tally-created voucher's REMOTEID equals its GUID (2.2).
 */
import { randomUUID } from "node:crypto";
import { toExcelSerial, type CalendarDate } from "../core/dates";
import {
  MAIN_LOCATION,
  PREDEFINED_LEDGERS,
  PREDEFINED_VOUCHER_TYPES,
  predefinedGroups,
  type Godown,
  type Group,
  type Ledger,
  type MasterIds,
  type MasterKind,
  type StockGroup,
  type StockItem,
  type Unit,
  type VoucherType,
} from "./masters";
import { duplicateVouchers, ledgerBalance, trialBalance, type DuplicateSet, type TrialBalance } from "./books";
import { NameMap } from "./name-map";
import type { Voucher, VoucherBody } from "./voucher-record";

/** How each voucher type numbers and guards its vouchers. */
export interface VoucherTypeSetting {
  manualNumbering?: boolean;
  preventDuplicates?: boolean;
}

/** What the loaded company looks like at start. */
export interface CompanySetup {
  name: string;
  booksFrom: CalendarDate;
  /** Last day vouchers may carry; default: 31 March closing the financial year of booksFrom. */
  booksTo?: CalendarDate;
  guid?: string;
  /** Whether the godown "Main Location" exists (missing in some Educational companies, 8.1). */
  mainLocation?: boolean;
  /** Default for every voucher type: Manual numbering (true) or Automatic. */
  manualNumbering?: boolean;
  /** Default for every voucher type: Prevent Duplicates on a Manual type. */
  preventDuplicates?: boolean;
  /** Per-type overrides, by voucher type name. */
  voucherTypes?: Record<string, VoucherTypeSetting>;
}

/** Everything needed to load the company again (the --data JSON file). */
export interface CompanySnapshot {
  version: 1;
  name: string;
  booksFrom: CalendarDate;
  booksTo: CalendarDate;
  guid: string;
  lastCreatedVchId: number;
  seq: { alterId: number; masterId: number; perDay: Record<string, number> };
  masters: Record<MasterKind, MasterIds[]>;
  vouchers: Voucher[];
}

const MASTER_KINDS: readonly MasterKind[] = ["GROUP", "LEDGER", "STOCKGROUP", "STOCKITEM", "UNIT", "GODOWN", "VOUCHERTYPE"];

const hex8 = (n: number): string => n.toString(16).padStart(8, "0");

/** The company: masters by kind, vouchers in creation order, and the id sequences. */
export class CompanyState {
  name: string;
  readonly booksFrom: CalendarDate;
  readonly booksTo: CalendarDate;
  readonly guid: string;
  readonly groups = new NameMap<Group>();
  readonly ledgers = new NameMap<Ledger>();
  readonly stockGroups = new NameMap<StockGroup>();
  readonly stockItems = new NameMap<StockItem>();
  readonly units = new NameMap<Unit>();
  readonly godowns = new NameMap<Godown>();
  readonly voucherTypes = new NameMap<VoucherType>();
  /** Bumped on every change, so a data file is written only when something changed. */
  revision = 0;
  /** MASTERID of the last voucher created (CMPINFOEX/IDINFO/LASTCREATEDVCHID). */
  lastCreatedVchId = 0;
  private list: Voucher[] = [];
  private seq = { alterId: 0, masterId: 0, perDay: {} as Record<string, number> };

  constructor(setup: CompanySetup, seedPredefined = true) {
    this.name = setup.name;
    this.booksFrom = setup.booksFrom;
    const fyStart = setup.booksFrom.m >= 4 ? setup.booksFrom.y : setup.booksFrom.y - 1;
    this.booksTo = setup.booksTo ?? { y: fyStart + 1, m: 3, d: 31 };
    this.guid = setup.guid ?? randomUUID();
    if (seedPredefined) this.seed(setup);
  }

  private seed(setup: CompanySetup): void {
    for (const [name, parent, nature] of predefinedGroups()) {
      this.groups.put({ ...this.newIds(name, name), parent, nature });
    }
    for (const [name, parent] of PREDEFINED_LEDGERS) {
      const reserved = parent === null ? name : "";
      this.ledgers.put({ ...this.newIds(name, reserved), parent, openingBalance: 0 });
    }
    for (const name of PREDEFINED_VOUCHER_TYPES) {
      const own = setup.voucherTypes?.[name] ?? {};
      const manual = own.manualNumbering ?? setup.manualNumbering ?? true;
      const numbering = manual ? "Manual" : "Automatic";
      const preventDuplicates = own.preventDuplicates ?? setup.preventDuplicates ?? true;
      this.voucherTypes.put({ ...this.newIds(name, name), parent: name, numbering, preventDuplicates, lastAutoNumber: 0 });
    }
    if (setup.mainLocation ?? true) this.godowns.put({ ...this.newIds(MAIN_LOCATION, MAIN_LOCATION), parent: null });
    this.revision = 0;
  }

  /** Fresh MASTERID, ALTERID and GUID for a new object. */
  newIds(name: string, reservedName = ""): MasterIds {
    const masterId = ++this.seq.masterId;
    return { name, masterId, alterId: this.nextAlterId(), guid: `${this.guid}-${hex8(masterId)}`, reservedName };
  }

  /** Next value of the company-wide ALTERID sequence; marks the state changed. */
  nextAlterId(): number {
    this.revision++;
    return ++this.seq.alterId;
  }

  /** Highest ALTERID among masters and among vouchers ($AltMstId / $AltVchId, PROTOCOL.md 5). */
  highWaterMarks(): { altMstId: number; altVchId: number } {
    const masters = this.allMasters().map((m) => m.alterId);
    const vouchers = this.list.map((v) => v.alterId);
    return { altMstId: Math.max(0, ...masters), altVchId: Math.max(0, ...vouchers) };
  }

  /** The map holding one kind of master. */
  mastersOf(kind: MasterKind): NameMap<MasterIds> {
    const maps: Record<MasterKind, NameMap<MasterIds>> = {
      GROUP: this.groups,
      LEDGER: this.ledgers,
      STOCKGROUP: this.stockGroups,
      STOCKITEM: this.stockItems,
      UNIT: this.units,
      GODOWN: this.godowns,
      VOUCHERTYPE: this.voucherTypes,
    };
    return maps[kind];
  }

  allMasters(): MasterIds[] {
    const maps: NameMap<MasterIds>[] = [this.groups, this.ledgers, this.stockGroups, this.stockItems, this.units, this.godowns, this.voucherTypes];
    return maps.flatMap((m) => m.values());
  }

  /** Vouchers in creation order; cancelled ones are included (Tally keeps them, marked ISCANCELLED). */
  vouchers(): readonly Voucher[] {
    return this.list;
  }

  /** Stores a new voucher with fresh identities; the client's REMOTEID is kept when given. */
  addVoucher(body: VoucherBody, clientRemoteId?: string): Voucher {
    const ids = this.newIds("");
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
    this.lastCreatedVchId = voucher.masterId;
    return voucher;
  }

  /** Replaces a voucher's content in place: identities stay, ALTERID moves. */
  replaceVoucher(voucher: Voucher, body: VoucherBody): void {
    Object.assign(voucher, body, { alterId: this.nextAlterId() });
  }

  /** Cancel keeps the voucher and its number, strips its entries (P002 26). */
  cancelVoucher(voucher: Voucher, narration?: string): void {
    Object.assign(voucher, { cancelled: true, ledgerLines: [], inventory: [], stockIn: [], stockOut: [] });
    if (narration) voucher.narration = narration;
    voucher.alterId = this.nextAlterId();
  }

  deleteVoucher(voucher: Voucher): void {
    this.list = this.list.filter((v) => v !== voucher);
    this.revision++;
  }

  /** Voucher whose REMOTEID (client's, or Tally's GUID) is this one. */
  voucherByRemoteId(remoteId: string): Voucher | undefined {
    return this.list.find((v) => v.remoteId === remoteId.trim());
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

  toSnapshot(): CompanySnapshot {
    const masters = Object.fromEntries(MASTER_KINDS.map((k) => [k, this.mastersOf(k).values()])) as Record<MasterKind, MasterIds[]>;
    const { name, booksFrom, booksTo, guid, lastCreatedVchId } = this;
    return { version: 1, name, booksFrom, booksTo, guid, lastCreatedVchId, seq: this.seq, masters, vouchers: this.list };
  }

  /** Rebuilds a company from a snapshot (no predefined seeding: the snapshot already holds them). */
  static fromSnapshot(snapshot: CompanySnapshot): CompanyState {
    const { name, booksFrom, booksTo, guid } = snapshot;
    const state = new CompanyState({ name, booksFrom, booksTo, guid }, false);
    for (const kind of MASTER_KINDS) for (const m of snapshot.masters[kind] ?? []) state.mastersOf(kind).put(m);
    state.list = [...snapshot.vouchers];
    state.seq = { ...snapshot.seq, perDay: { ...snapshot.seq.perDay } };
    state.lastCreatedVchId = snapshot.lastCreatedVchId;
    state.revision = 0;
    return state;
  }
}
