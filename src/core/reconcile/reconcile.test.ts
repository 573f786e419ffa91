import { identityMarker } from "../tally/identity-marker";
import { D, inTally, sale } from "../../../test/support/reconcile-vouchers";
import type { Voucher } from "../vouchers/model";
import type { PostingLogEntry } from "../push/posting-log";
import { loggedStates } from "../push/posting-log";
import { pushesInLog } from "./pushes";
import { reconcile } from "./report";
import { reconcileWindows } from "./windows";

const sent = (v: Voucher, result: PostingLogEntry["result"] = "Posted", action: PostingLogEntry["action"] = "Create"): PostingLogEntry => ({
  postedAt: "2026-07-01T10:00:00.000Z",
  table: "Sales",
  voucher: v.number,
  remoteId: v.remoteId,
  contentHash: "h",
  action,
  result,
  message: "",
});

const april = { from: D(1), to: D(30) };

describe("reconcile", () => {
  const [a, b, c] = [sale("S-1", 5), sale("S-2", 10), sale("S-3", 20)];

  it("sorts every voucher: differs with every field, not in Tally, orphan, and never sent", () => {
    const stranger = { ...inTally(sale("X-9", 12)), narration: "Typed in Tally" };
    const tally = [inTally(a, { voucherNumber: "S-1A", date: D(6) }), inTally(c), stranger];
    const r = reconcile(april, [a, b], tally, [sent(a), sent(b), sent(c)], [{ ...april, read: true }]);
    expect(r.states.map((s) => s.state)).toEqual(["differs", "orphan", "not-in-tally", "not-ours"]);
    const differs = r.states[0];
    expect(differs.state === "differs" && differs.differences).toEqual([
      { kind: "date", tally: D(6), workbook: D(5) },
      { kind: "number", tally: "S-1A", workbook: "S-1" },
    ]);
    expect(r.inStep).toBe(false);
    // Sales: a (10,000) + b (10,000) in the workbook; a and the orphan c in Tally; the stranger beside.
    expect(r.ledgers.find((l) => l.ledger === "Sales")).toEqual({ ledger: "Sales", workbook: 20_000, tally: 20_000, others: 10_000 });
    expect(r.gst).toEqual([
      { head: "CGST", rate: 9, workbook: 1800, tally: 1800 },
      { head: "SGST", rate: 9, workbook: 1800, tally: 1800 },
    ]);
  });

  it("puts ledgers and GST that differ first, to the paisa", () => {
    const tally = [
      inTally(a),
      inTally(b, {
        ledgerEntries: inTally(b).ledgerEntries.map((e) =>
          e.ledger === "Output CGST" ? { ...e, amount: 901 } : e.ledger === "Sales" ? { ...e, amount: 9_999 } : e,
        ),
      }),
    ];
    const r = reconcile(april, [a, b], tally, [sent(a), sent(b)], [{ ...april, read: true }]);
    expect(r.ledgers.slice(0, 2).map((l) => [l.ledger, l.workbook - l.tally])).toEqual([
      ["Sales", 1],
      ["Output CGST", -1],
    ]);
    expect(r.gst[0]).toEqual({ head: "CGST", rate: 9, workbook: 1800, tally: 1801 });
  });

  it("calls a voucher in an unread window not checked, never missing, and never in step", () => {
    const windows = [
      { from: D(1), to: D(9), read: true },
      { from: D(10), to: D(30), read: false },
    ];
    const r = reconcile(april, [a, b], [inTally(a)], [sent(a), sent(b)], windows);
    expect(r.states.map((s) => [s.state, "voucher" in s && s.voucher.number])).toEqual([
      ["not-checked", "S-2"],
      ["in-step", "S-1"],
    ]);
    expect(r.inStep).toBe(false);
  });

  it("finds our copy by REMOTEID where Tally echoes ours, and a second copy as twice", () => {
    const echoed = inTally(a, { remoteId: a.remoteId, narration: "" });
    expect(reconcile(april, [a], [echoed], [], [{ ...april, read: true }]).inStep).toBe(true);
    const twice = reconcile(april, [a], [inTally(a), inTally(a, { guid: "g2" })], [], [{ ...april, read: true }]);
    expect(twice.states.map((s) => s.state)).toEqual(["twice"]);
  });

  it("counts an orphan Tally shows cancelled as put right", () => {
    const r = reconcile(
      april,
      [a],
      [inTally(a), inTally(c, { isCancelled: true, ledgerEntries: [] })],
      [sent(a), sent(c)],
      [{ ...april, read: true }],
    );
    expect(r.states.map((s) => s.state)).toEqual(["orphan", "in-step"]);
    expect(r.inStep).toBe(true);
    expect(identityMarker(c.remoteId)).toMatch(/^\[TH:[0-9a-f]{16}\]$/);
  });
});

describe("reconcile windows", () => {
  it("cover every day of the period once, gaps split to what a read may walk", () => {
    const windows = reconcileWindows({ from: D(1), to: D(30) }, [D(15)], 100, 1_000);
    const days = windows.map((w) => [w.from.d, w.to.d]);
    expect(days).toEqual([
      [1, 10],
      [11, 14],
      [15, 15],
      [16, 25],
      [26, 30],
    ]);
    expect(windows.every((w) => w.predicted <= 1_000)).toBe(true);
  });
});

describe("pushes in the PostingLog and taking one back", () => {
  const [a, b] = [sale("S-1", 5), sale("S-2", 10)];
  const log = [sent(a), sent(a, "Posted", "Check"), sent(b, "Sending"), sent(b)];

  it("tells one push from the next by a voucher settled twice", () => {
    expect(pushesInLog(log).map((p) => [p.number, p.created, p.vouchers])).toEqual([
      [1, ["th-S-1"], 1],
      [2, ["th-S-2"], 2],
    ]);
  });

  it("marks what Take Back deleted as taken back until it is created again", () => {
    const taken = [...log, sent(b, "Sending", "Take Back"), sent(b, "Posted", "Take Back")];
    expect(loggedStates(taken).get(b.remoteId)).toEqual({
      unresolved: false,
      takenBack: true,
      postedHash: undefined,
      failedSincePosted: false,
    });
    expect(pushesInLog(taken)[1].takenBack).toBe(true);
    expect(loggedStates([...taken, sent(b)]).get(b.remoteId)).toMatchObject({ takenBack: false, postedHash: "h" });
    expect(loggedStates([...log, sent(b, "Posted", "Delete")]).get(b.remoteId)).toMatchObject({ takenBack: false, postedHash: undefined });
  });
});
