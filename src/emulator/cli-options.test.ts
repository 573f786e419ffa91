import { parseEmulatorArgs, USAGE } from "./cli-options";
import { DEFAULT_PROFILE, PROFILE_NAMES } from "./profiles";

describe("emulator command line", () => {
  it("defaults to port 9000, DEFAULT_PROFILE with its own numbering, and Main Location", () => {
    expect(parseEmulatorArgs([])).toMatchObject({
      profile: DEFAULT_PROFILE,
      port: 9000,
      company: undefined,
      control: false,
      responseShape: "auto",
      manualNumbering: undefined,
      preventDuplicates: undefined,
      educationalMode: undefined,
      mainLocation: true,
    });
  });

  it("takes --profile NAME, lists the profiles in its help, and refuses an unknown one", () => {
    expect(parseEmulatorArgs(["--profile", "factory"]).profile).toBe("factory");
    for (const name of PROFILE_NAMES) expect(USAGE).toMatch(new RegExp(`^\\s+${name}\\s`, "m"));
    expect(USAGE).toContain(`(default ${DEFAULT_PROFILE})`);
    expect(() => parseEmulatorArgs(["--profile", "licensed"])).toThrow(/--profile must be one of factory, configured, educational, legacy/);
  });

  it("reads every option", () => {
    const argv = [
      "--profile",
      "configured",
      "--port",
      "9100",
      "--company",
      "Shree Traders",
      "--books-from",
      "2026-04-01",
      "--books-to",
      "2028-03-31",
      "--data",
      "books.json",
      "--control",
      "--response-shape",
      "bare",
      "--auto-numbering",
      "--allow-duplicates",
      "--no-main-location",
      "--educational",
      "--prefix-version-trap",
      "--seed-vouchers",
      "5000",
      "--pace",
      "--cost-read-request",
      "0.2",
    ];
    expect(parseEmulatorArgs(argv)).toEqual({
      help: false,
      profile: "configured",
      port: 9100,
      company: "Shree Traders",
      booksFrom: "2026-04-01",
      booksTo: "2028-03-31",
      dataFile: "books.json",
      control: true,
      responseShape: "bare",
      seedVouchers: 5000,
      pace: true,
      costRates: { readRequestSeconds: 0.2 },
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
