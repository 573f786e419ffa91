/**
 * `tally-handoff bridge`: pairs the bridge with a task pane (--pair) and runs it until Ctrl+C.
 * Exit codes after ESLint (style-anchors.md 6): 0 ran and stopped cleanly, 2 could not run.
 */
import { parseArgs } from "node:util";
import { isHandoffError } from "../../core/handoff-error";
import { DEFAULT_TALLY_TIMEOUT_MS, DEFAULT_TALLY_URL } from "../tally-http";
import { DEFAULT_ALLOWED_ORIGINS, DEFAULT_BRIDGE_PORT } from "./config";
import { pairBridge, pairedToken } from "./pairing";
import { startBridge } from "./server";

const USAGE = `Usage: tally-handoff bridge [options]

  --pair TOKEN       store the pairing token the task pane shows (replaces the old one)
  --port N           port to listen on (default ${DEFAULT_BRIDGE_PORT})
  --tally URL        Tally's address (default ${DEFAULT_TALLY_URL})
  --origin URL       a task pane origin to accept; repeat for several (default ${DEFAULT_ALLOWED_ORIGINS.join(", ")})
  --timeout-ms N     how long Tally may take over one request (default 120000)
  --http-only        serve plain HTTP even when a development certificate is available
  --help             show this text`;

type HttpsPair = { key: string | Buffer; cert: string | Buffer };

/** Where the CLI talks and how it is stopped; tests pass their own. */
export interface BridgeCliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Resolves when the bridge should stop (Ctrl+C by default). */
  stopped: Promise<void>;
  /** The localhost certificate; office-addin-dev-certs by default. */
  loadHttps(): Promise<HttpsPair>;
}

async function devCertificate(): Promise<HttpsPair> {
  const certs = await import("office-addin-dev-certs");
  const { key, cert } = await certs.getHttpsServerOptions();
  return { key, cert };
}

function ctrlC(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

function defaultIo(): BridgeCliIo {
  return {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    env: process.env,
    stopped: ctrlC(),
    loadHttps: devCertificate,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: {
      pair: { type: "string" },
      port: { type: "string" },
      tally: { type: "string" },
      origin: { type: "string", multiple: true },
      "timeout-ms": { type: "string" },
      "http-only": { type: "boolean" },
      help: { type: "boolean" },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

/** A whole number within [min, max], else undefined. */
function wholeNumber(text: string | undefined, fallback: number, min: number, max: number): number | undefined {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** HTTPS from the development certificate, or undefined (plain HTTP) with a warning. */
async function httpsOrWarn(io: BridgeCliIo, httpOnly: boolean): Promise<HttpsPair | undefined> {
  if (httpOnly) return undefined;
  try {
    return await io.loadHttps();
  } catch (error) {
    io.err(`Warning: no HTTPS certificate (${String(error).split("\n")[0]}).`);
    io.err("Serving plain HTTP on 127.0.0.1; an HTTPS task pane may refuse to call it (docs/bridge.md).");
    return undefined;
  }
}

type Args = ReturnType<typeof parse>;

/** Pairs if asked, then serves until stopped. */
async function pairAndServe(args: Args, port: number, timeoutMs: number, io: BridgeCliIo): Promise<number> {
  if (args.pair !== undefined) io.out(`Paired. The token is stored in ${await pairBridge(args.pair, io.env)}.`);
  const token = await pairedToken(io.env);
  if (!token) {
    io.err("This bridge is not paired yet. In the Excel task pane choose Connect, then run the command it shows:");
    io.err("  npx tally-handoff bridge --pair <token>");
    return 2;
  }
  const origins = args.origin ?? DEFAULT_ALLOWED_ORIGINS;
  const tallyUrl = args.tally ?? DEFAULT_TALLY_URL;
  const https = await httpsOrWarn(io, args["http-only"] ?? false);
  const bridge = await startBridge({ port, tallyUrl, allowedOrigins: origins, token, timeoutMs, https });
  io.out(`Tally Handoff bridge listening at ${bridge.url}, passing requests to Tally at ${tallyUrl}.`);
  io.out(`It accepts only these task pane origins: ${origins.join(", ")} (and the command line with the token).`);
  io.out("Press Ctrl+C to stop.");
  await io.stopped;
  await bridge.close();
  return 0;
}

/** Runs the bridge command; resolves with the exit code once the bridge has stopped. */
export async function runBridgeCli(argv: string[], io: BridgeCliIo = defaultIo()): Promise<number> {
  let args: Args;
  try {
    args = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const port = wholeNumber(args.port, DEFAULT_BRIDGE_PORT, 0, 65_535);
  const timeoutMs = wholeNumber(args["timeout-ms"], DEFAULT_TALLY_TIMEOUT_MS, 1, 3_600_000);
  if (port === undefined || timeoutMs === undefined) {
    io.err(`--port and --timeout-ms take whole numbers.\n\n${USAGE}`);
    return 2;
  }
  try {
    return await pairAndServe(args, port, timeoutMs, io);
  } catch (error) {
    if (!isHandoffError(error)) throw error;
    io.err(error.suggestion ? `${error.message}\n${error.suggestion}` : error.message);
    return 2;
  }
}

if (typeof require !== "undefined" && require.main === module) {
  void runBridgeCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
