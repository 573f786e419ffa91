/** What the emulator answers a collection export Tally cannot describe: a type, an ID or a formula it does not know. */
import type { EmulatorOptions, RunningEmulator } from "./server";
import { countersOf, postXml, startLegacyEmulator } from "../../test/support/emulator-client";
import { collectionRequest } from "../../test/support/tally-requests";

let emu: RunningEmulator;
/** None of these requests gets as far as the books, so the company holds no masters of its own. */
const start = async (options: EmulatorOptions = {}) => void (emu = await startLegacyEmulator({ company: "Demo Trading Co", ...options }));
afterEach(() => emu.close());
const exportText = async (xml: string) => (await postXml(emu.url, xml)).text;

describe("collections Tally cannot describe", () => {
  it("answer STATUS 0 with a LINEERROR for an unknown collection TYPE (real Tally: a blocking dialog)", async () => {
    await start();
    const text = await exportText(collectionRequest("Widgetry"));
    expect(text).toContain("<STATUS>0</STATUS>");
    expect(countersOf(text).lineErrors).toEqual(["incorrect object type"]);
  });

  it("answer STATUS 0 with Tally's dialog text when the ID names no TDL collection", async () => {
    await start();
    const xml = collectionRequest("Voucher").replace("<ID>EmuRows</ID>", "<ID>Day Book</ID>");
    expect(countersOf(await exportText(xml)).lineErrors).toEqual(["Error in TDL. 'Collection:Day Book' Could not find description!"]);
  });

  it("hang like Tally's modal dialog when modalDialogs is hang, until the dialog is dismissed", async () => {
    await start({ modalDialogs: "hang" });
    let answered = false;
    const pending = postXml(emu.url, collectionRequest("Widgetry")).then((r) => ((answered = true), r.text));
    await new Promise((r) => setTimeout(r, 100));
    expect([answered, emu.faults.hang]).toEqual([false, true]);
    emu.faults.hang = false;
    expect(await pending).toContain("<STATUS>0</STATUS>");
  });

  it("say plainly when a formula is beyond the emulator", async () => {
    await start();
    const text = await exportText(collectionRequest("Company", { formulas: ["$$IsEqual:##SVCurrentCompany:$Name"] }));
    expect(countersOf(text).lineErrors[0]).toMatch(/^Emulator cannot evaluate formula 'F0': function \$\$IsEqual/);
  });
});
