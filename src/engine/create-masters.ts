/**
 * "Create missing masters": one import of the parties, ledgers, items, units and godowns the
 * vouchers need. Masters are keyed by name and a Create on an existing name alters it
 * (PROTOCOL.md 3.1), so resending this request is harmless; the caller reads the lists again
 * and trusts only that.
 */
import { compareDates } from "../core/dates";
import type { MastersToCreate } from "../core/push/masters-needed";
import { readImportResponse } from "../core/tally/read";
import { buildMasterImport } from "../core/tally/write";
import type { Voucher } from "../core/vouchers/model";
import type { TallyPort } from "./ports";

export async function createMasters(
  tally: TallyPort,
  create: MastersToCreate,
  options: { company: string; envelope?: "legacy" | "new" },
  vouchers: readonly Voucher[],
): Promise<number> {
  const count = create.ledgers.length + create.stockItems.length + create.units.length + create.godowns.length;
  if (count === 0) return 0;
  // GST details apply from the first voucher's financial year start, so every voucher sees them.
  const earliest = vouchers.map((v) => v.date).sort(compareDates)[0];
  const applicableFrom = { y: earliest.m >= 4 ? earliest.y : earliest.y - 1, m: 4, d: 1 };
  const xml = buildMasterImport(create, { company: options.company, envelope: options.envelope ?? "legacy", applicableFrom });
  const reply = readImportResponse(await tally.post(xml));
  return reply.counters.created + reply.counters.altered;
}
