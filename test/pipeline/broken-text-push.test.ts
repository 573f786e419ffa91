/**
 * The guard behind the broken-text finding: a workbook whose cells hold half of a UTF-16 pair is
 * pushed, and every request body the engine sends is well-formed XML with no broken character,
 * on two emulator profiles. The rows holding it are held back; the rest still reach Tally.
 */
import { XMLValidator } from "fast-xml-parser";
import { directTallyTransport } from "../../src/adapters/tally-http";
import { prepareHandoff } from "../../src/core/handoff";
import { runPush } from "../../src/engine/push";
import type { TallyPort } from "../../src/engine/ports";
import type { ProfileName } from "../../src/emulator/profiles";
import { startEmulator } from "../../src/emulator/server";
import { baselineWorkbook, withCell } from "../support/baseline-workbook";
import { portsFor } from "../support/push-harness";

jest.setTimeout(60_000);

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe.each<[ProfileName, boolean]>([
  ["factory", true],
  ["configured", false],
])("a push of a workbook with broken text, on the %s profile", (profile, prepareTally) => {
  it("sends only well-formed bodies without the broken text, and holds its rows back", async () => {
    let input = withCell(baselineWorkbook(), "Sales", 0, "Customer", "Sharma \uD83D Traders");
    input = withCell(input, "Receipts", 0, "Narration", "part \uDE00 payment");
    const handoff = prepareHandoff(input);
    expect(handoff.findings.filter((f) => f.code === "cell.broken-text").map((f) => [f.table, f.row, f.column])).toEqual([
      ["Sales", 2, "Customer"],
      ["Receipts", 2, "Narration"],
    ]);
    const emu = await startEmulator({ port: 0, company: "Demo Trading Co", booksFrom: "2026-04-01", profile });
    const bodies: string[] = [];
    const direct = directTallyTransport({ url: emu.url });
    const tally: TallyPort = { post: (xml, opts) => (bodies.push(xml), direct.post(xml, opts)) };
    try {
      const report = await runPush(handoff.vouchers, portsFor(tally), {
        company: handoff.books.settings.company,
        createMissingMasters: true,
        prepareTally,
      });
      expect(bodies.length).toBeGreaterThan(0);
      for (const body of bodies) {
        expect(LONE.test(body)).toBe(false);
        expect(XMLValidator.validate(body)).toBe(true);
      }
      expect(report.posted).toBeGreaterThan(0);
      expect(emu.state.vouchers().some((v) => JSON.stringify(v).includes("\uFFFD"))).toBe(false);
    } finally {
      await emu.close();
    }
  });
});
