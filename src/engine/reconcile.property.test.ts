import fc from "fast-check";
import { toExcelSerial } from "../core/dates";
import { nameKey } from "../core/mapping";
import { readTrialBalance } from "../core/tally/read";
import { trialBalanceRequest } from "../core/tally/requests";
import { directTallyTransport } from "../adapters/tally-http";
import { booksTrialBalance, portsFor } from "../../test/support/push-harness";
import { COMPANY, PUSH_PROFILES, withPushEmulator } from "../../test/support/push-profiles";
import { editSales, push, reconcileNow, smallWorkbook, vouchersOf } from "../../test/support/reconcile-kit";
import { applyFix, orphanTargets } from "./reconcile-fixes";

const MIDDLE = toExcelSerial({ y: 2026, m: 10, d: 1 });

type Edit = { kind: "renumber" | "redate" | "delete" | "amount"; invoice: number };

const edits = fc.array(
  fc.record({ kind: fc.constantFrom<Edit["kind"]>("renumber", "redate", "delete", "amount"), invoice: fc.integer({ min: 1, max: 5 }) }),
  { minLength: 1, maxLength: 4 },
);

function applyEdits(rows: unknown[][], col: (h: string) => number, list: Edit[]): unknown[][] {
  const [no, date, rate, taxable] = [col("Invoice No"), col("Date"), col("Rate"), col("Taxable Value")];
  let out = rows;
  for (const e of list) {
    const of = (r: unknown[]) => r[no] === `INV-${e.invoice}`;
    if (e.kind === "delete") out = out.filter((r) => !of(r));
    for (const r of out.filter(of)) {
      if (e.kind === "renumber") r[no] = `INV-${e.invoice}R`;
      if (e.kind === "redate") r[date] = (r[date] as number) + ((r[date] as number) > MIDDLE ? -1 : 1);
      if (e.kind === "amount" && typeof r[rate] === "number") r[rate] = (r[rate] as number) + 1;
      else if (e.kind === "amount" && typeof r[taxable] === "number") r[taxable] = (r[taxable] as number) + 1;
    }
  }
  return out;
}

describe.each(PUSH_PROFILES.slice(0, 2))("on the emulator's $profile profile", ({ profile, options }) => {
  it("after random edits pushed with reconcile's fixes confirmed, Tally's trial balance is the workbook's and no voucher is there twice", () =>
    fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), edits, (seed, list) =>
        withPushEmulator({ profile }, async (emu) => {
          const ports = portsFor(directTallyTransport({ url: emu.url }));
          const input = smallWorkbook(seed, 5);
          await push(vouchersOf(input), ports, options);
          const after = vouchersOf(editSales(input, (rows, col) => applyEdits(rows, col, list)));
          const run = await reconcileNow(after, ports);
          await applyFix(orphanTargets(run.reconciliation, "delete-orphans"), "delete-orphans", ports, COMPANY);
          await push(after, ports, options);
          const tb = readTrialBalance(
            await ports.tally.post(trialBalanceRequest(COMPANY, { y: 2026, m: 4, d: 1 }, { y: 2027, m: 3, d: 31 })),
          );
          const tallyTb = new Map(tb.filter((r) => r.debit !== r.credit).map((r) => [nameKey(r.name), r.credit - r.debit]));
          expect(tallyTb).toEqual(booksTrialBalance(after));
          expect(emu.state.duplicates()).toEqual([]);
          expect((await reconcileNow(after, ports)).reconciliation.inStep).toBe(true);
        }),
      ),
      { numRuns: 6 },
    ));
});
