/**
 * The company's voucher high-water mark (ALTVCHID) as evidence (PROTOCOL.md 11.5). Tally gives every
 * create, alter and cancel the next number of one company-wide ALTERID sequence, so:
 * - a read with `$AlterID > latest` returns what was written since, inside Tally (11.5), which is how a
 *   write is read back without returning the rest of its date window;
 * - when every number between the mark before our writes and the mark after them belongs to a
 *   voucher this push wrote and read back, nobody else wrote a voucher meanwhile, and the mark after
 *   is one a later push may compare against: an unchanged mark then proves Tally's vouchers are as
 *   this push left them. Any gap (a hand edit, another program, a write we could not read back)
 *   withholds that proof, and the next push reads everything back. docs/decisions/0008.
 */
export class VoucherMarks {
  /** The highest ALTERID any read in this push has shown. */
  private latest: number;
  private readonly ours = new Set<number>();

  /** `base`: the highest ALTERID in the company (vouchers and masters) before our first voucher write. */
  constructor(private readonly base: number | undefined) {
    this.latest = base ?? 0;
  }

  /** The filter for the next read-back of a write: everything written after what we have seen. Undefined: read the whole window. */
  changedAfter(): number | undefined {
    return this.base === undefined ? undefined : this.latest;
  }

  /** A voucher some read returned; `ourWrite` when this push wrote it and the read-back found it. */
  seen(alterId: number | undefined, ourWrite: boolean): void {
    if (alterId === undefined) return;
    this.latest = Math.max(this.latest, alterId);
    if (ourWrite && this.base !== undefined && alterId > this.base) this.ours.add(alterId);
  }

  /**
   * Whether `after` (ALTVCHID read once the push is done) may be remembered: every ALTERID in
   * (base, after] is one of our read-back writes. With nothing written, `after` must equal the base.
   */
  accountsFor(after: number | undefined): boolean {
    if (this.base === undefined || after === undefined || after < this.base) return false;
    if (after - this.base !== this.ours.size) return false;
    for (const id of this.ours) if (id > after) return false;
    return true;
  }
}

/** What the probe decides: the company is the one remembered and its mark has not moved since. */
export function markUnchanged(remembered: number | undefined, now: number | undefined): boolean {
  return remembered !== undefined && now !== undefined && remembered === now;
}
