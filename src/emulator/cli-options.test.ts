import { parseEmulatorArgs } from "./cli-options";

describe("emulator command line", () => {
  it("defaults to port 9000, Manual numbering with Prevent Duplicates, and Main Location", () => {
    expect(parseEmulatorArgs([])).toMatchObject({
      port: 9000,
      company: undefined,
      control: false,
      responseShape: "auto",
      manualNumbering: true,
      preventDuplicates: true,
      mainLocation: true,
    });
  });

  it("reads every option", () => {
    const argv = ["--port", "9100", "--company", "Shree Traders", "--books-from", "2026-04-01", "--books-to", "2028-03-31", "--data", "books.json", "--control", "--response-shape", "bare", "--auto-numbering", "--allow-duplicates", "--no-main-location", "--educational", "--prefix-version-trap"];
    expect(parseEmulatorArgs(argv)).toEqual({
      help: false,
      port: 9100,
      company: "Shree Traders",
      booksFrom: "2026-04-01",
      booksTo: "2028-03-31",
      dataFile: "books.json",
      control: true,
      responseShape: "bare",
      manualNumbering: false,
      preventDuplicates: false,
      mainLocation: false,
      educationalMode: true,
      prefixVersionTrap: true,
    });
  });

  it("refuses a port that is not a number, an unknown shape and an unknown option", () => {
    expect(() => parseEmulatorArgs(["--port", "ninety"])).toThrow(/--port/);
    expect(() => parseEmulatorArgs(["--response-shape", "round"])).toThrow(/--response-shape/);
    expect(() => parseEmulatorArgs(["--colour"])).toThrow();
  });
});
