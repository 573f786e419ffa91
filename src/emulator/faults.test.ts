import type { EmulatorOptions, RunningEmulator } from "./server";
import { countersOf, postXml, startLegacyEmulator } from "../../test/support/emulator-client";
import { accountingVoucher, collectionRequest, ledgerXml, legacyImport, newImport, reportRequest } from "../../test/support/tally-requests";

let emu: RunningEmulator;

async function start(options: EmulatorOptions = {}): Promise<void> {
  emu = await startLegacyEmulator(options);
  await postXml(emu.url, newImport(ledgerXml("Acme", "Sundry Debtors") + ledgerXml("Sales", "Sales Accounts"), { id: "All Masters" }));
}
afterEach(() => emu.close());

const sale = (number: string) =>
  accountingVoucher({
    type: "Sales",
    date: "20260415",
    number,
    lines: [
      ["Acme", "-10.00"],
      ["Sales", "10.00"],
    ],
  });
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("no company loaded", () => {
  beforeEach(() => start());

  it("answers imports with the first ledger missing, ERRORS 0, EXCEPTIONS 1, byte for byte like NOCO", async () => {
    emu.faults.noCompany = true;
    const text = (
      await postXml(
        emu.url,
        legacyImport(
          accountingVoucher({
            type: "Sales",
            date: "20260415",
            lines: [
              ["Sales", "10"],
              ["Acme", "-10"],
            ],
          }),
        ),
      )
    ).text;
    expect(text).toBe(
      "<RESPONSE>\r\n <LINEERROR>Ledger &apos;Sales&apos; does not exist!</LINEERROR>\r\n <CREATED>0</CREATED>\r\n <ALTERED>0</ALTERED>\r\n <DELETED>0</DELETED>\r\n <LASTVCHID>0</LASTVCHID>\r\n <LASTMID>0</LASTMID>\r\n <COMBINED>0</COMBINED>\r\n <IGNORED>0</IGNORED>\r\n <ERRORS>0</ERRORS>\r\n <CANCELLED>0</CANCELLED>\r\n <EXCEPTIONS>1</EXCEPTIONS>\r\n</RESPONSE>\r\n",
    );
    expect(emu.state.vouchers()).toHaveLength(0);
  });

  it("answers exports with an empty body", async () => {
    emu.faults.noCompany = true;
    for (const xml of [reportRequest("Trial Balance"), collectionRequest("Company")]) {
      const res = await postXml(emu.url, xml);
      expect([res.status, res.bytes.length]).toEqual([200, 0]);
    }
  });
});

describe("a modal dialog (hang)", () => {
  beforeEach(() => start());

  it("accepts requests and answers none until hang is switched off, then answers them in order", async () => {
    emu.faults.hang = true;
    const order: string[] = [];
    const first = postXml(emu.url, newImport(sale("H-1"))).then((r) => order.push(`import ${countersOf(r.text).CREATED}`));
    await later(30);
    const second = postXml(emu.url, "", { method: "GET" }).then(() => order.push("liveness"));
    await later(150);
    expect(order).toEqual([]);
    emu.faults.hang = false;
    await Promise.all([first, second]);
    expect(order).toEqual(["import 1", "liveness"]);
  });

  it("still commits a request whose client gave up waiting, once released", async () => {
    emu.faults.hang = true;
    const abort = new AbortController();
    const gaveUp = postXml(emu.url, newImport(sale("H-2")), { signal: abort.signal }).catch(() => "timed out");
    await later(50);
    abort.abort();
    expect(await gaveUp).toBe("timed out");
    emu.faults.hang = false;
    await postXml(emu.url, "", { method: "GET" });
    expect(emu.state.vouchers().map((v) => v.number)).toEqual(["H-2"]);
  });
});

describe("drop after commit", () => {
  it("commits the import, then closes the connection without an answer", async () => {
    await start();
    emu.faults.dropAfterCommit = 1;
    await expect(postXml(emu.url, newImport(sale("D-1")))).rejects.toThrow();
    expect(emu.state.vouchers().map((v) => v.number)).toEqual(["D-1"]);
    expect(countersOf((await postXml(emu.url, newImport(sale("D-2")))).text).CREATED).toBe(1);
  });
});

describe("latency", () => {
  it("delays an import by the latency per voucher in it", async () => {
    await start();
    emu.faults.latencyMsPerVoucher = 60;
    const started = Date.now();
    await postXml(emu.url, newImport(sale("L-1") + sale("L-2") + sale("L-3")));
    expect(Date.now() - started).toBeGreaterThanOrEqual(170);
  });
});

describe("fail the Nth voucher", () => {
  it("rejects the chosen voucher of the next import only", async () => {
    await start();
    emu.faults.set({ failNth: { voucher: 2 } });
    const c = countersOf((await postXml(emu.url, newImport(sale("F-1") + sale("F-2") + sale("F-3")))).text);
    expect(c).toMatchObject({ CREATED: 2, ERRORS: 0, EXCEPTIONS: 1, lineErrors: ["Ledger 'Acme' does not exist!"] });
    expect(emu.state.vouchers().map((v) => v.number)).toEqual(["F-1", "F-3"]);
    expect(countersOf((await postXml(emu.url, newImport(sale("F-4") + sale("F-5")))).text).CREATED).toBe(2);
  });

  it("uses the LINEERROR given, for as many imports as asked", async () => {
    await start();
    emu.faults.set({ failNth: { voucher: 1, imports: 2, lineError: "Voucher totals do not match!" } });
    for (const n of ["G-1", "G-2"])
      expect(countersOf((await postXml(emu.url, newImport(sale(n)))).text).lineErrors).toEqual(["Voucher totals do not match!"]);
    expect(countersOf((await postXml(emu.url, newImport(sale("G-3")))).text).CREATED).toBe(1);
  });
});

describe("the test-only control endpoint", () => {
  it("switches faults over HTTP and shows the books, even while the gateway hangs", async () => {
    await start({ control: true });
    await postXml(emu.url, newImport(sale("C-1")));
    const patch = await fetch(`${emu.url}/__emulator/faults`, { method: "POST", body: JSON.stringify({ hang: true }) });
    expect(((await patch.json()) as { hang: boolean }).hang).toBe(true);
    const state = (await (await fetch(`${emu.url}/__emulator/state`)).json()) as {
      vouchers: { number: string }[];
      trialBalance: { debitTotal: number };
    };
    expect(state.vouchers.map((v) => v.number)).toEqual(["C-1"]);
    expect(state.trialBalance.debitTotal).toBe(1000);
    await fetch(`${emu.url}/__emulator/faults`, { method: "POST", body: JSON.stringify({ hang: false }) });
    expect(emu.faults.hang).toBe(false);
    const bad = await fetch(`${emu.url}/__emulator/faults`, { method: "POST", body: JSON.stringify({ hang: "yes" }) });
    expect(bad.status).toBe(400);
  });

  it("does not exist without the control option", async () => {
    await start();
    const res = await postXml(emu.url, JSON.stringify({ hang: true }), { path: "/__emulator/faults" });
    expect(res.text).toBe("<RESPONSE>Unknown Request, cannot be processed</RESPONSE>");
    expect(emu.faults.hang).toBe(false);
  });
});
