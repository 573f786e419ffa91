import { TextDecoder } from "node:util";
import { prepareHandoff } from "../core/handoff";
import { sampleWorkbook } from "../../test/support/taskpane-fakes";
import { exportFile, fileStem } from "./export-files";

describe("export files", () => {
  const { vouchers } = prepareHandoff(sampleWorkbook());

  it("names files after the company, in letters, digits and dashes", () => {
    expect(fileStem("Tara Traders (Pune) Pvt. Ltd.")).toBe("tara-traders-pune-pvt-ltd");
    expect(fileStem("शर्मा")).toBe("tally-handoff");
  });

  it("writes the Tally XML as UTF-16LE after a byte order mark, keeping Indian-language names", () => {
    const company = "शर्मा ट्रेडर्स";
    const file = exportFile("xml", vouchers, company);
    expect(file.mimeType).toBe("text/xml;charset=utf-16");
    expect([...file.bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = new TextDecoder("utf-16le").decode(file.bytes.subarray(2));
    expect(text).toContain(`<SVCURRENTCOMPANY>${company}</SVCURRENTCOMPANY>`);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-16"?>')).toBe(true);
  });

  it("writes JSON as UTF-8 and CSV with a UTF-8 byte order mark for Excel", () => {
    const json = exportFile("json", vouchers, "Tara");
    expect(json.fileName).toBe("tara-vouchers.json");
    expect(JSON.parse(new TextDecoder().decode(json.bytes))).toHaveLength(3);
    const csv = exportFile("csv", vouchers, "Tara");
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
