/**
 * Lookups the import path makes for every voucher it takes (by REMOTEID, by number), kept in maps so
 * a company holding a year of vouchers (--seed-vouchers) answers as fast as an empty one. The state
 * tells it every change that touches either key: add, delete, renumber, clear, restore.
 */
import type { Voucher } from "./voucher-record";

export class VoucherIndex {
  private byRemoteId = new Map<string, Voucher[]>();
  private byNumber = new Map<string, Set<Voucher>>();
  private numberOf = new Map<Voucher, string>();

  rebuild(list: readonly Voucher[]): void {
    this.byRemoteId.clear();
    this.byNumber.clear();
    this.numberOf.clear();
    for (const v of list) this.add(v);
  }

  add(v: Voucher): void {
    this.byRemoteId.set(v.remoteId, [...(this.byRemoteId.get(v.remoteId) ?? []), v]);
    this.file(v);
  }

  remove(v: Voucher): void {
    const same = (this.byRemoteId.get(v.remoteId) ?? []).filter((x) => x !== v);
    if (same.length > 0) this.byRemoteId.set(v.remoteId, same);
    else this.byRemoteId.delete(v.remoteId);
    this.unfile(v);
  }

  /** After a voucher's number may have changed (a replace or a hand edit). */
  renumbered(v: Voucher): void {
    this.unfile(v);
    this.file(v);
  }

  /** The first voucher stored with this REMOTEID. */
  withRemoteId(remoteId: string): Voucher | undefined {
    return this.byRemoteId.get(remoteId)?.[0];
  }

  numbered(number: string): readonly Voucher[] {
    return [...(this.byNumber.get(number) ?? [])];
  }

  private file(v: Voucher): void {
    this.numberOf.set(v, v.number);
    const set = this.byNumber.get(v.number) ?? new Set<Voucher>();
    set.add(v);
    this.byNumber.set(v.number, set);
  }

  private unfile(v: Voucher): void {
    const old = this.numberOf.get(v);
    if (old === undefined) return;
    this.byNumber.get(old)?.delete(v);
    this.numberOf.delete(v);
  }
}
