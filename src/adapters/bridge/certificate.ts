/**
 * The bridge's own HTTPS certificate, made once per user (selfsigned, bundled into the download;
 * office-addin-dev-certs is for developers only) and trusted for this user where the system
 * allows it without an administrator. When trust cannot be installed the bridge says so plainly.
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { handoffHome } from "./config";

export interface BridgeCertificate {
  key: string;
  cert: string;
  certFile: string;
  /** True when this call made the certificate (so it has not been offered for trust yet). */
  made: boolean;
}

/** A command's outcome: exit code and what it printed. */
export type RunCommand = (command: string, args: string[]) => Promise<{ code: number; output: string }>;

export const runCommand: RunCommand = (command, args) =>
  new Promise((resolve) => {
    execFile(command, args, { windowsHide: false }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}${error && typeof error.code !== "number" ? error.message : ""}`.trim() });
    });
  });

// Apple refuses TLS certificates valid for more than 825 days, even trusted ones.
const VALID_DAYS = 800;

async function fresh(certFile: string): Promise<boolean> {
  const info = await stat(certFile).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs < (VALID_DAYS - 30) * 86_400_000;
}

/** The per-user localhost certificate in <home>/https, made when missing or about to expire. */
export async function bridgeCertificate(env: NodeJS.ProcessEnv = process.env): Promise<BridgeCertificate> {
  const dir = path.join(handoffHome(env), "https");
  const certFile = path.join(dir, "tally-handoff-localhost.crt");
  const keyFile = path.join(dir, "tally-handoff-localhost.key");
  if (await fresh(certFile)) {
    return { key: await readFile(keyFile, "utf8"), cert: await readFile(certFile, "utf8"), certFile, made: false };
  }
  const selfsigned = await import("selfsigned");
  const notBeforeDate = new Date(Date.now() - 86_400_000);
  const pems = await selfsigned.generate([{ name: "commonName", value: "Tally Handoff bridge (localhost)" }], {
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + VALID_DAYS * 86_400_000),
    extensions: [
      { name: "basicConstraints", cA: false, critical: true },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
          { type: 7, ip: "::1" },
        ],
      },
    ],
  });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(keyFile, pems.private, { mode: 0o600 });
  await writeFile(certFile, pems.cert, { mode: 0o644 });
  return { key: pems.private, cert: pems.cert, certFile, made: true };
}

export interface TrustOutcome {
  trusted: boolean;
  /** What to tell the person, line by line: never a success that did not happen. */
  lines: string[];
}

/** Asks the system to trust `certFile` for this user only (no administrator needed). */
export async function trustForThisUser(
  certFile: string,
  platform: NodeJS.Platform = process.platform,
  run: RunCommand = runCommand,
  home = process.env.HOME ?? "",
): Promise<TrustOutcome> {
  const how =
    platform === "win32"
      ? {
          command: "certutil",
          args: ["-user", "-addstore", "Root", certFile],
          store: "your Windows certificates (Current User > Trusted Root)",
        }
      : platform === "darwin"
        ? {
            command: "security",
            args: [
              "add-trusted-cert",
              "-r",
              "trustRoot",
              "-p",
              "ssl",
              "-k",
              path.join(home, "Library/Keychains/login.keychain-db"),
              certFile,
            ],
            store: "your login keychain",
          }
        : undefined;
  if (!how) {
    return {
      trusted: false,
      lines: [
        "The bridge's HTTPS certificate is NOT trusted: on this system the bridge cannot add it for you.",
        `Import ${certFile} as a trusted authority in the browser that runs the task pane, or start the bridge with --http-only.`,
      ],
    };
  }
  const result = await run(how.command, how.args);
  if (result.code === 0) return { trusted: true, lines: [`The bridge's HTTPS certificate is now trusted in ${how.store}.`] };
  return {
    trusted: false,
    lines: [
      `The bridge's HTTPS certificate is NOT trusted (${how.command} ended with code ${result.code}: ${result.output.split("\n")[0] || "no message"}).`,
      "Until it is, Excel cannot open the task pane from this bridge or reach it over HTTPS.",
      `Start the bridge again and answer Yes when asked about the certificate, or run: ${how.command} ${how.args.map((a) => (a.includes(" ") ? `"${a}"` : a)).join(" ")}`,
    ],
  };
}
