/**
 * A Tally with several companies loaded, for multi-workbook tests: one emulator per company
 * behind one address. A request naming its company (SVCURRENTCOMPANY) goes to that company's
 * emulator; one that names none (the list of loaded companies, a ping) goes to all of them and
 * their companies are listed together, as TallyPrime lists every loaded company.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator/server";

export interface CompanyRouter {
  url: string;
  /** Each company's emulator, by name. */
  companies: Map<string, RunningEmulator>;
  close(): Promise<void>;
}

const decode = (bytes: Buffer): string =>
  bytes[0] === 0xff && bytes[1] === 0xfe
    ? bytes.subarray(2).toString("utf16le")
    : bytes[1] === 0
      ? bytes.toString("utf16le")
      : bytes.toString("utf8");

const unescape = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

async function forward(
  target: RunningEmulator,
  req: http.IncomingMessage,
  body: Buffer,
): Promise<{ status: number; type: string; bytes: Buffer }> {
  const res = await fetch(`${target.url}${req.url ?? "/"}`, {
    method: req.method,
    headers: { "Content-Type": String(req.headers["content-type"] ?? "text/xml") },
    body: req.method === "GET" ? undefined : new Uint8Array(body),
  });
  return { status: res.status, type: res.headers.get("content-type") ?? "text/xml", bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The first answer, with every other answer's <COMPANY NAME=...> entries added to its collection. */
function mergeCompanies(answers: { status: number; type: string; bytes: Buffer }[]): Buffer {
  const utf16 = answers[0].bytes[1] === 0;
  const texts = answers.map((a) => decode(a.bytes));
  const others = texts.slice(1).flatMap((t) => t.match(/<COMPANY NAME=[\s\S]*?<\/COMPANY>/g) ?? []);
  const merged = texts[0].replace("</COLLECTION>", `${others.join("")}</COLLECTION>`);
  return Buffer.from(merged, utf16 ? "utf16le" : "utf8");
}

export async function startCompanyRouter(names: readonly string[], options: EmulatorOptions = {}): Promise<CompanyRouter> {
  const companies = new Map<string, RunningEmulator>();
  for (const company of names) companies.set(company, await startEmulator({ ...options, port: 0, company }));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      try {
        const body = Buffer.concat(chunks);
        const named = /<SVCURRENTCOMPANY>([^<]*)<\/SVCURRENTCOMPANY>/.exec(decode(body))?.[1];
        const target = named === undefined ? undefined : companies.get(unescape(named));
        const answers = await Promise.all((target ? [target] : [...companies.values()]).map((emu) => forward(emu, req, body)));
        const bytes = target || answers.length === 1 ? answers[0].bytes : mergeCompanies(answers);
        res.writeHead(answers[0].status, { "Content-Type": answers[0].type }).end(bytes);
      } catch (e) {
        res.writeHead(502).end(String(e));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    companies,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const emu of companies.values()) await emu.close();
    },
  };
}
