/**
 * A tiny HTTP client for the emulator's own tests (and for other test suites that want to talk to
 * it): raw XML in, raw answer out, no product code in between. The requests it sends are built by
 * tally-requests.ts.
 */
import { request, type IncomingHttpHeaders } from "node:http";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator/server";

export interface RawAnswer {
  status: number;
  contentType: string;
  /** Decoded by the declared charset: utf-16 as UTF-16LE, anything else as single-byte Latin-1. */
  text: string;
  bytes: Buffer;
  headers: IncomingHttpHeaders;
}

export interface PostOptions {
  /** Encode the body as UTF-16LE (default utf-8). */
  encoding?: "utf-16" | "utf-8";
  /** Content-Type header; default "text/xml; charset=<encoding>". */
  contentType?: string;
  /** Prefix a byte order mark. */
  bom?: boolean;
  method?: string;
  path?: string;
  signal?: AbortSignal;
}

function encodeBody(xml: string, options: PostOptions): Buffer {
  const utf16 = options.encoding === "utf-16";
  const body = utf16 ? Buffer.from(xml, "utf16le") : Buffer.from(xml, "utf8");
  if (!options.bom) return body;
  return Buffer.concat([Buffer.from(utf16 ? [0xff, 0xfe] : [0xef, 0xbb, 0xbf]), body]);
}

/**
 * Posts XML to the emulator and returns the answer bytes and text. Uses node:http rather than
 * fetch: it is an order of magnitude faster per request here, which keeps the suites quick.
 */
export function postXml(baseUrl: string, xml: string, options: PostOptions = {}): Promise<RawAnswer> {
  const body = options.method === "GET" ? Buffer.alloc(0) : encodeBody(xml, options);
  const headers = {
    "Content-Type": options.contentType ?? `text/xml; charset=${options.encoding ?? "utf-8"}`,
    "Content-Length": body.length,
  };
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}${options.path ?? "/"}`,
      { method: options.method ?? "POST", headers, signal: options.signal },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const bytes = Buffer.concat(chunks);
          const contentType = res.headers["content-type"] ?? "";
          const text = /utf-16/i.test(contentType) ? bytes.toString("utf16le") : bytes.toString("latin1");
          resolve({ status: res.statusCode ?? 0, contentType, text, bytes, headers: res.headers });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** The counters of an import answer (either shape) as numbers, plus its LINEERROR texts decoded. */
export function countersOf(text: string): Record<string, number> & { lineErrors: string[] } {
  const counters: Record<string, number> = {};
  for (const m of text.matchAll(/<(CREATED|ALTERED|DELETED|LASTVCHID|LASTMID|COMBINED|IGNORED|ERRORS|CANCELLED|EXCEPTIONS)>(\d+)</g)) {
    counters[m[1]] = Number(m[2]);
  }
  const lineErrors = [...text.matchAll(/<LINEERROR>([^<]*)<\/LINEERROR>/g)].map((m) =>
    m[1]
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  );
  return Object.assign(counters, { lineErrors });
}

/** Starts an emulator on a free port for one test file; remember to close it. */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, ...options });
}

/**
 * The emulator as the older instances of PROTOCOL.md section 7 behave (REMOTEID echoed, Alter by
 * REMOTEID alters, Manual + Prevent Duplicates): the suites written for those behaviours pin them here;
 * the section-11 behaviours of the other profiles are pinned in profile-*.test.ts.
 */
export function startLegacyEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startTestEmulator({ profile: "legacy", ...options });
}
