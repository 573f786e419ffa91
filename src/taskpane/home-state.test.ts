import { prepareHandoff, rowVerdicts } from "../core/handoff";
import { voucherHash } from "../core/push/plan";
import type { PostingLogEntry } from "../core/push/posting-log";
import type { WorkbookInput } from "../core/records/types";
import { sampleWorkbook } from "../../test/support/taskpane-fakes";
import { homeState, lastPushOf } from "./home-state";

const resultOf = (input: WorkbookInput) => {
  const handoff = prepareHandoff(input);
  return { input, handoff, verdicts: rowVerdicts(handoff) };
};

/** The sample without its three bad rows: INV-1, INV-2 and RCT-1 make three vouchers. */
function cleanSample(): WorkbookInput {
  const input = sampleWorkbook();
  input.tables.Sales = { ...input.tables.Sales!, rows: input.tables.Sales!.rows.slice(0, 2) };
  input.tables.Receipts = { ...input.tables.Receipts!, rows: input.tables.Receipts!.rows.slice(0, 1) };
  return input;
}

const posted = (input: WorkbookInput, at: string): PostingLogEntry[] =>
  prepareHandoff(input).vouchers.map((v) => ({
    postedAt: at,
    table: v.source.table,
    voucher: v.number,
    remoteId: v.remoteId,
    contentHash: voucherHash(v),
    action: "Create",
    result: "Posted",
    message: "",
  }));

describe("homeState", () => {
  it("before any check: nothing known but the pairing, and the next step is the check", () => {
    const home = homeState({ log: [], paired: true });
    expect(home.next).toEqual({ step: "checking" });
    expect(home.checklist).toEqual({ setUp: false, paired: true, clean: false, sent: false, reconciled: false });
  });

  it("a workbook without the hidden sheet's tables is not set up, whatever else holds", () => {
    const input = sampleWorkbook();
    delete input.tables.HandoffSettings;
    delete input.tables.LedgerMap;
    const home = homeState({ result: resultOf(input), log: [], paired: true });
    expect(home.setUp).toBe(false);
    expect(home.next).toEqual({ step: "set-up" });
  });

  it("asks to pair before anything else once set up", () => {
    expect(homeState({ result: resultOf(sampleWorkbook()), log: [], paired: false }).next).toEqual({ step: "pair" });
  });

  it("points at the first error, in the core's order, when paired", () => {
    const result = resultOf(sampleWorkbook());
    const home = homeState({ result, log: [], paired: true });
    const first = result.handoff.findings.find((f) => f.severity === "error");
    expect(home.next).toEqual({ step: "fix", finding: first });
    expect([home.errors, home.warnings]).toEqual([3, 1]);
    expect(home.checklist.clean).toBe(false);
  });

  it("offers to send what the PostingLog does not show in Tally, then to reconcile once it all is", () => {
    const input = cleanSample();
    const ready = homeState({ result: resultOf(input), log: [], paired: true });
    expect([ready.ready, ready.toSend, ready.next]).toEqual([3, 3, { step: "send", vouchers: 3 }]);
    const log = posted(input, "2026-12-03T10:00:00.000Z");
    const after = homeState({ result: resultOf(input), log: log.slice(0, 1), paired: true });
    expect(after.next).toEqual({ step: "send", vouchers: 2 });
    const done = homeState({ result: resultOf(input), log, paired: true });
    expect(done.next).toEqual({ step: "reconcile" });
    expect(done.checklist).toEqual({ setUp: true, paired: true, clean: true, sent: true, reconciled: false });
    expect(homeState({ result: resultOf(input), log, paired: true, reconciled: true }).checklist.reconciled).toBe(true);
  });

  it("with nothing to send and no push in the log, the next step is a new check, not a reconcile", () => {
    const input = cleanSample();
    input.tables.Sales = { ...input.tables.Sales!, rows: [] };
    input.tables.Receipts = { ...input.tables.Receipts!, rows: [] };
    const home = homeState({ result: resultOf(input), log: [], paired: true });
    expect([home.ready, home.next]).toEqual([0, { step: "check-again" }]);
  });

  it("reconcile waits while a voucher is still to send, even after a push", () => {
    const input = cleanSample();
    const log = posted(input, "2026-12-03T10:00:00.000Z").slice(0, 2);
    expect(homeState({ result: resultOf(input), log, paired: true }).next).toEqual({ step: "send", vouchers: 1 });
  });
});

describe("lastPushOf", () => {
  it("takes each voucher's latest outcome and the latest time the log was written", () => {
    const [a, b] = posted(cleanSample(), "2026-12-01T09:00:00.000Z");
    const log: PostingLogEntry[] = [
      { ...a, result: "Failed" },
      { ...b, result: "Sending", postedAt: "2026-12-02T09:00:00.000Z" },
      { ...b, result: "Unknown", postedAt: "2026-12-02T09:00:01.000Z" },
      { ...a, postedAt: "2026-12-02T09:00:02.000Z" },
    ];
    expect(lastPushOf(log)).toEqual({ at: "2026-12-02T09:00:02.000Z", posted: 1, failed: 0, unknown: 1 });
    expect(lastPushOf([])).toBeUndefined();
  });
});
