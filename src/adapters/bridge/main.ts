/**
 * `tally-handoff bridge` and the downloaded bridge program: runs until Ctrl+C or the window is
 * closed. With no options it starts, shows a pairing code and what to do; --pair TOKEN still
 * pairs from a command line. Exit codes (style-anchors.md 6): 0 ran and stopped cleanly, 2 could not run.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { isHandoffError } from "../../core/handoff-error";
import { DEFAULT_TALLY_TIMEOUT_MS, DEFAULT_TALLY_URL } from "../tally-http";
import { bridgeCertificate, trustForThisUser } from "./certificate";
import { DEFAULT_ALLOWED_ORIGINS, DEFAULT_BRIDGE_PORT } from "./config";
import { pairBridge, pairedToken } from "./pairing";
import { startBridge } from "./server";
import { installStartup, thisBridgeCommand, uninstallStartup } from "./startup";
import { existingFolder, USAGE, welcome } from "./window-text";

type HttpsPair = { key: string | Buffer; cert: string | Buffer };

/** Where the bridge talks and how it is stopped; tests pass their own. */
export interface BridgeCliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /** Resolves when the bridge should stop (Ctrl+C by default). */
  stopped: Promise<void>;
  /** The localhost certificate; this user's own (certificate.ts) by default. */
  loadHttps(): Promise<HttpsPair>;
  /** The folder a packaged bridge looks in for the task pane when --serve-pane is not given. */
  paneBeside?: string;
  /** What the Startup file runs: this bridge program (startup.ts). */
  startupCommand?: string[];
}

function ctrlC(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

/** This user's certificate, offered for trust the first time it is made, with the honest outcome. */
export async function userCertificate(io: Pick<BridgeCliIo, "out" | "err" | "env">): Promise<HttpsPair> {
  const certificate = await bridgeCertificate(io.env);
  if (certificate.made) {
    const trust = await trustForThisUser(certificate.certFile);
    for (const line of trust.lines) (trust.trusted ? io.out : io.err)(line);
  }
  return certificate;
}

export function defaultIo(): BridgeCliIo {
  const io: BridgeCliIo = {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    env: process.env,
    stopped: ctrlC(),
    loadHttps: () => userCertificate(io),
    paneBeside: path.join(path.dirname(thisBridgeCommand().at(-1) ?? process.execPath), "pane"),
    startupCommand: thisBridgeCommand(),
  };
  return io;
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
      "serve-pane": { type: "string" },
      "install-startup": { type: "boolean" },
      "uninstall-startup": { type: "boolean" },
      help: { type: "boolean" },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}
type Args = ReturnType<typeof parse>;

/** A whole number within [min, max], else undefined. */
function wholeNumber(text: string | undefined, fallback: number, min: number, max: number): number | undefined {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** HTTPS from the certificate, or undefined (plain HTTP) with a warning. */
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

/** Pairs if asked, then serves until stopped, showing a pairing code for the task pane. */
async function pairAndServe(args: Args, port: number, timeoutMs: number, io: BridgeCliIo): Promise<number> {
  if (args.pair !== undefined) io.out(`Paired. The token is stored in ${await pairBridge(args.pair, io.env)}.`);
  const token = await pairedToken(io.env);
  const origins = args.origin ?? DEFAULT_ALLOWED_ORIGINS;
  const tallyUrl = args.tally ?? DEFAULT_TALLY_URL;
  const https = await httpsOrWarn(io, args["http-only"] ?? false);
  const paneDir = args["serve-pane"] ?? (await existingFolder(io.paneBeside));
  if (paneDir && !https) io.err("The task pane is served over HTTPS only; without a certificate it is not served.");
  const bridge = await startBridge({
    port,
    tallyUrl,
    allowedOrigins: origins,
    token,
    timeoutMs,
    https,
    ...(paneDir && https ? { paneDir: path.resolve(paneDir) } : {}),
    announceCode: (code) => io.out(`New pairing code: ${code}`),
    savePairing: async (paired) => {
      await pairBridge(paired, io.env);
      io.out("Paired with the task pane. You can minimise this window; keep it open while you send to Tally.");
    },
  });
  for (const line of welcome({
    url: bridge.url,
    tallyUrl,
    origins,
    paired: token !== undefined,
    code: bridge.pairingCode(),
    paneDir: paneDir && https ? paneDir : undefined,
  }))
    io.out(line);
  await io.stopped;
  await bridge.close();
  return 0;
}

/** --install-startup / --uninstall-startup: the Startup file, with the other options kept. */
async function startup(args: Args, argv: string[], io: BridgeCliIo): Promise<number> {
  if (args["uninstall-startup"]) {
    const removed = await uninstallStartup(io.env);
    io.out(
      removed ? `The bridge will no longer start with Windows (removed ${removed}).` : "The bridge was not set to start with Windows.",
    );
    return 0;
  }
  const kept = argv.filter((a) => a !== "--install-startup");
  const file = await installStartup(io.env, [...(io.startupCommand ?? thisBridgeCommand()), ...kept]).catch((error: Error) => {
    io.err(error.message);
    return undefined;
  });
  if (!file) return 2;
  io.out(`The bridge will start when you sign in to Windows (${file}). Undo with --uninstall-startup.`);
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
  if (args["install-startup"] || args["uninstall-startup"]) return startup(args, argv, io);
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
