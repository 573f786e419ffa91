/**
 * Command-line options of the emulator (`npx tsx src/emulator/main.ts --port 9000 --company "X"
 * --books-from 2026-04-01 --data FILE --control`), read with node:util parseArgs.
 */
import { parseArgs } from "node:util";
import { DEFAULT_PROFILE, isProfileName, PROFILE_NAMES, type ProfileName } from "./profiles";
import type { ResponseShape } from "./request-router";
import type { EmulatorOptions } from "./server";
import { MEASURED_RATES, type CostRates } from "./cost-model";

const SHAPES: readonly ResponseShape[] = ["auto", "bare", "envelope"];

const RATE_OPTIONS: Record<string, keyof CostRates> = {
  "cost-write-request": "writeRequestSeconds",
  "cost-write-voucher": "writeVoucherSeconds",
  "cost-read-request": "readRequestSeconds",
  "cost-walk-voucher": "walkVoucherSeconds",
  "cost-return-voucher": "returnVoucherSeconds",
};

const RATE_DEFAULTS = Object.entries(RATE_OPTIONS)
  .map(([flag, key]) => `${flag.replace("cost-", "")} ${Number(MEASURED_RATES[key].toPrecision(3))}`)
  .join(", ");

function costRates(values: Record<string, unknown>): Partial<CostRates> {
  const rates: Partial<CostRates> = {};
  for (const [flag, key] of Object.entries(RATE_OPTIONS)) {
    const given = values[flag];
    if (given === undefined) continue;
    const n = Number(given);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${flag} must be a number of seconds, 0 or more, not "${String(given)}"`);
    rates[key] = n;
  }
  return rates;
}

function seedCount(given: string | undefined): number {
  const n = Number(given ?? 0);
  if (!Number.isSafeInteger(n) || n < 0 || n > 1_000_000)
    throw new Error(`--seed-vouchers must be a whole number up to 1,000,000, not "${given}"`);
  return n;
}

/** Usage text printed for --help and after a bad option. */
export const USAGE = `Usage: tsx src/emulator/main.ts [options]
  --profile NAME        starting configuration (default ${DEFAULT_PROFILE}); the flags below override it:
                          factory      a fresh TallyPrime company (Automatic numbering, no duplicate
                                       check), behaving as licensed TallyPrime 7.1 was measured
                          configured   factory, every voucher type Manual + Prevent Duplicates
                          educational  factory plus Educational dates (1st, 2nd and 31st only)
                          legacy       the older instances: REMOTEID echoed, Alter by REMOTEID
                                       alters, "already exists!" with ERRORS 1
  --port N              port on 127.0.0.1 (default 9000)
  --company NAME        loaded company (default "Demo Trading Co")
  --books-from DATE     books beginning, YYYY-MM-DD (default 2026-04-01)
  --books-to DATE       last day vouchers may carry (default: end of that financial year)
  --data FILE           load the company from FILE and save it after every change
  --control             serve the test-only /__emulator/ control endpoint
  --response-shape S    auto | bare | envelope (import answers)
  --auto-numbering      number every voucher type automatically
  --allow-duplicates    switch Prevent Duplicates off on every voucher type
  --no-main-location    start without the godown "Main Location"
  --educational         Educational mode dates (1st, 2nd and 31st of a month only)
  --prefix-version-trap legacy Import Data with VERSION 1 is an Unknown Request
  --seed-vouchers N     start with books already holding N vouchers over the first year
  --pace                really wait the modelled Tally time of each request (demos)
  --cost-write-request S, --cost-write-voucher S, --cost-read-request S,
  --cost-walk-voucher S, --cost-return-voucher S
                        the cost model's rates in seconds (defaults from PROTOCOL.md 11.5:
                        ${RATE_DEFAULTS}); totals are printed on exit`;

/** Parses argv (without node and script) into emulator options; throws with a readable message. */
export function parseEmulatorArgs(argv: string[]): EmulatorOptions & { help: boolean } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      profile: { type: "string" },
      port: { type: "string" },
      company: { type: "string" },
      "books-from": { type: "string" },
      "books-to": { type: "string" },
      data: { type: "string" },
      control: { type: "boolean", default: false },
      "response-shape": { type: "string" },
      "auto-numbering": { type: "boolean" },
      "allow-duplicates": { type: "boolean" },
      "no-main-location": { type: "boolean", default: false },
      educational: { type: "boolean" },
      "prefix-version-trap": { type: "boolean", default: false },
      "seed-vouchers": { type: "string" },
      pace: { type: "boolean", default: false },
      ...Object.fromEntries(Object.keys(RATE_OPTIONS).map((flag) => [flag, { type: "string" as const }])),
      help: { type: "boolean", default: false },
    },
  });
  const port = values.port === undefined ? 9000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}"`);
  const profile = values.profile ?? DEFAULT_PROFILE;
  if (!isProfileName(profile)) throw new Error(`--profile must be one of ${PROFILE_NAMES.join(", ")}, not "${profile}"`);
  const shape = values["response-shape"] ?? "auto";
  if (!SHAPES.includes(shape as ResponseShape)) throw new Error(`--response-shape must be one of ${SHAPES.join(", ")}`);
  return {
    help: values.help,
    profile: profile as ProfileName,
    port,
    company: values.company,
    booksFrom: values["books-from"],
    booksTo: values["books-to"],
    dataFile: values.data,
    control: values.control,
    responseShape: shape as ResponseShape,
    // A flag left out leaves the profile's switch alone.
    manualNumbering: values["auto-numbering"] ? false : undefined,
    preventDuplicates: values["allow-duplicates"] ? false : undefined,
    mainLocation: !values["no-main-location"],
    educationalMode: values.educational ? true : undefined,
    prefixVersionTrap: values["prefix-version-trap"],
    seedVouchers: seedCount(values["seed-vouchers"] as string | undefined),
    pace: values.pace as boolean,
    costRates: costRates(values),
  };
}
