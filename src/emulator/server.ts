/**
 * The emulator's HTTP side: a TallyPrime-like XML gateway on 127.0.0.1 (PROTOCOL.md 6.1, 8).
 * Always HTTP 200; GET on any path answers the liveness text; XML is POSTed to `/`. Requests are
 * served ONE AT A TIME, like the real gateway, where one long request blocks every other one,
 * liveness included (6.5, BRIDGE 1). No CORS headers are ever sent, not even to OPTIONS (6.6).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parseDateCell, type CalendarDate } from "../core/dates";
import { loadCompany } from "./company-file";
import { Faults } from "./faults";
import { Gateway } from "./gateway";
import type { TallyIdAlter } from "./import-vouchers";
import { resolveSwitches, type BehaviourSwitches, type ProfileName } from "./profiles";
import type { Behaviour, ResponseShape } from "./request-router";
import { CompanyState, type VoucherTypeSetting } from "./state";
import type { CostRates, TallyTime } from "./cost-model";
import { seedVouchers } from "./seed-vouchers";

/** Options of startEmulator: a profile, then any switch of it (BehaviourSwitches) given on its own. */
export interface EmulatorOptions extends Partial<BehaviourSwitches> {
  /** Named starting configuration (profiles.ts); default DEFAULT_PROFILE. Options given here win over it. */
  profile?: ProfileName;
  /** Default 9000; 0 picks a free port (tests). */
  port?: number;
  /** Loaded company's name; default "Demo Trading Co". */
  company?: string;
  /** Books beginning; default 2026-04-01. */
  booksFrom?: CalendarDate | string;
  /** Last day vouchers may carry; default 31 March closing the first financial year. */
  booksTo?: CalendarDate | string;
  /** JSON file: loaded at start when present, written after every change. */
  dataFile?: string;
  responseShape?: ResponseShape;
  /** Whether the godown "Main Location" exists; default true. */
  mainLocation?: boolean;
  prefixVersionTrap?: boolean;
  voucherTypes?: Record<string, VoucherTypeSetting>;
  /** Tally's own GUID used as REMOTEID on Create/Alter; default "duplicate" (PROTOCOL.md 7). */
  tallyIdAlter?: TallyIdAlter;
  /** Unknown report name: "lineerror" = STATUS 0 "Could not find Report" (default), or "unknown-request". */
  unknownReport?: "lineerror" | "unknown-request";
  /** Where Tally shows a modal dialog: answer an error envelope (default) or hang like Tally. */
  modalDialogs?: "error" | "hang";
  /** Serve the test-only /__emulator/ control endpoint (not part of Tally). */
  control?: boolean;
  /** The cost model's rates (cost-model.ts); any left out are PROTOCOL.md 11.5's. */
  costRates?: Partial<CostRates>;
  /** Really wait the modelled Tally time before each answer (demos); default false. */
  pace?: boolean;
  /** Start with books already holding this many vouchers (seed-vouchers.ts); ignored when a data file is loaded. */
  seedVouchers?: number;
}

export interface RunningEmulator {
  port: number;
  url: string;
  state: CompanyState;
  faults: Faults;
  /** The modelled Tally time of every request served. */
  time: TallyTime;
  /** Stops listening, drops hung and queued requests, and resolves when the port is free. */
  close(): Promise<void>;
}

function toDate(value: CalendarDate | string | undefined, fallback: CalendarDate | undefined): CalendarDate | undefined {
  if (value === undefined || typeof value === "object") return value ?? fallback;
  const parsed = parseDateCell(value);
  if (!parsed.ok) throw new Error(`"${value}" ${parsed.reason}`);
  return parsed.value;
}

function companyFor(options: EmulatorOptions, switches: BehaviourSwitches): CompanyState {
  const stored = options.dataFile ? loadCompany(options.dataFile) : undefined;
  if (stored) return stored;
  const state = new CompanyState({
    name: options.company ?? "Demo Trading Co",
    booksFrom: toDate(options.booksFrom, { y: 2026, m: 4, d: 1 }) as CalendarDate,
    booksTo: toDate(options.booksTo, undefined),
    mainLocation: options.mainLocation,
    manualNumbering: switches.manualNumbering,
    preventDuplicates: switches.preventDuplicates,
    voucherTypes: options.voucherTypes,
  });
  seedVouchers(state, options.seedVouchers ?? 0);
  return state;
}

/** Starts the emulator; resolves once it listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const switches = resolveSwitches(options);
  const behaviour: Behaviour = {
    ...switches,
    responseShape: options.responseShape ?? "auto",
    prefixVersionTrap: options.prefixVersionTrap ?? false,
    tallyIdAlter: options.tallyIdAlter ?? "duplicate",
    unknownReport: options.unknownReport ?? "lineerror",
  };
  const gateway = new Gateway(companyFor(options, switches), new Faults(), behaviour, options);
  const server: Server = createServer((req, res) => gateway.accept(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 9000, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  async function close(): Promise<void> {
    gateway.closing.abort();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await gateway.drained();
  }
  return { port, url: `http://127.0.0.1:${port}`, state: gateway.state, faults: gateway.faults, time: gateway.time, close };
}
