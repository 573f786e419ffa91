import { contentHash } from "../identity";
import { voucherHash } from "./plan";
import { prepareHandoff } from "../handoff";
import { sampleWorkbook } from "../../../test/support/taskpane-fakes";

const builtVoucher = () => prepareHandoff(sampleWorkbook()).vouchers[0];

describe("a voucher's content hash", () => {
  it("is the hash of everything but where it came from, the same however often it is asked", () => {
    const v = builtVoucher();
    const { source: _source, ...meaning } = v;
    expect(voucherHash(v)).toBe(contentHash(meaning));
    expect(voucherHash(v)).toBe(voucherHash(v));
    expect(voucherHash({ ...v, source: { ...v.source, rows: v.source.rows.map((r) => r + 7) } })).toBe(contentHash(meaning));
  });

  it("differs for a voucher built from a changed row, even after the first was hashed", () => {
    const v = builtVoucher();
    const before = voucherHash(v);
    const changed = { ...v, narration: `${v.narration ?? ""} (amended)` };
    expect(voucherHash(changed)).not.toBe(before);
    expect(voucherHash(v)).toBe(before);
  });
});
