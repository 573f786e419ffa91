import { markUnchanged, VoucherMarks } from "./voucher-mark";

describe("VoucherMarks", () => {
  it("vouches for the mark after a push only when every ALTERID since the base is one of our read-back writes", () => {
    const marks = new VoucherMarks(100);
    for (const id of [101, 102, 103]) marks.seen(id, true);
    expect(marks.accountsFor(103)).toBe(true);
    // Someone else wrote 104 (a hand edit in Tally): a gap withholds the proof.
    expect(marks.accountsFor(104)).toBe(false);
  });

  it("does not count a voucher it only saw, nor one older than the base", () => {
    const marks = new VoucherMarks(100);
    marks.seen(101, true);
    marks.seen(102, false);
    marks.seen(90, true);
    expect(marks.accountsFor(102)).toBe(false);
    expect(marks.accountsFor(101)).toBe(true);
  });

  it("accepts an unmoved mark when nothing was written, and nothing without a base", () => {
    expect(new VoucherMarks(7).accountsFor(7)).toBe(true);
    expect(new VoucherMarks(7).accountsFor(6)).toBe(false);
    expect(new VoucherMarks(undefined).accountsFor(7)).toBe(false);
  });

  it("narrows the next read-back to what was written after the highest ALTERID seen", () => {
    const marks = new VoucherMarks(50);
    expect(marks.changedAfter()).toBe(50);
    marks.seen(70, false);
    expect(marks.changedAfter()).toBe(70);
    expect(new VoucherMarks(undefined).changedAfter()).toBeUndefined();
  });

  it("calls a mark unchanged only when both are known and equal", () => {
    expect(markUnchanged(5, 5)).toBe(true);
    expect(markUnchanged(5, 6)).toBe(false);
    expect(markUnchanged(undefined, 5)).toBe(false);
    expect(markUnchanged(5, undefined)).toBe(false);
  });
});
