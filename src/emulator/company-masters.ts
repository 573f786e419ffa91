/**
 * The masters half of the emulator's company, and the id sequences both halves draw from: MASTERID
 * numbers objects, and ALTERID is one company-wide sequence that moves on every create, alter and
 * cancel of a master or a voucher (PROTOCOL.md 5, P002 15/26). state.ts adds the vouchers.
 */
import { randomUUID } from "node:crypto";
import type { CalendarDate } from "../core/dates";
import type { CompanySetup } from "./company-setup";
import type { Godown, Group, Ledger, MasterIds, MasterKind, StockGroup, StockItem, Unit, VoucherType } from "./masters";
import { NameMap } from "./name-map";

export const MASTER_KINDS: readonly MasterKind[] = ["GROUP", "LEDGER", "STOCKGROUP", "STOCKITEM", "UNIT", "GODOWN", "VOUCHERTYPE"];

export const hex8 = (n: number): string => n.toString(16).padStart(8, "0");

/** The id sequences: ALTERID, MASTERID, vouchers per day (VCHKEY) and the ALTVCHID high-water mark. */
export interface IdSequences {
  alterId: number;
  masterId: number;
  perDay: Record<string, number>;
  altVchId: number;
}

/** The company's name, identity and books, its masters by kind, and the id sequences. */
export class CompanyMasters {
  name: string;
  readonly booksFrom: CalendarDate;
  readonly booksTo: CalendarDate;
  guid: string;
  readonly groups = new NameMap<Group>();
  readonly ledgers = new NameMap<Ledger>();
  readonly stockGroups = new NameMap<StockGroup>();
  readonly stockItems = new NameMap<StockItem>();
  readonly units = new NameMap<Unit>();
  readonly godowns = new NameMap<Godown>();
  readonly voucherTypes = new NameMap<VoucherType>();
  /** Bumped on every change, so a data file is written only when something changed. */
  revision = 0;
  protected seq: IdSequences = { alterId: 0, masterId: 0, perDay: {} as Record<string, number>, altVchId: 0 };

  constructor(setup: CompanySetup) {
    this.name = setup.name;
    this.booksFrom = setup.booksFrom;
    const fyStart = setup.booksFrom.m >= 4 ? setup.booksFrom.y : setup.booksFrom.y - 1;
    this.booksTo = setup.booksTo ?? { y: fyStart + 1, m: 3, d: 31 };
    this.guid = setup.guid ?? randomUUID();
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
    return MASTER_KINDS.flatMap((kind) => this.mastersOf(kind).values());
  }
}
