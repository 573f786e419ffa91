import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { boundedBytes, DEFAULT_REPLY_LIMIT_BYTES, requestedLimit } from "./bounded-reply";
import { directTallyTransport } from "./tally-http";
import { isHandoffError } from "../core/handoff-error";

/** Something on Tally's port that answers without end (or claims a huge length); resolves with how it ended. */
function endlessServer(mode: "stream" | "declared"): Promise<{ server: Server; url: string; closed: Promise<number> }> {
  let resolveClosed: (bytes: number) => void = () => undefined;
  const closed = new Promise<number>((r) => (resolveClosed = r));
  const server = createServer((req, res) => {
    req.resume();
    let sent = 0;
    res.writeHead(200, mode === "declared" ? { "Content-Length": String(3 * 1024 ** 3) } : {});
    const chunk = Buffer.alloc(64 * 1024, "<A>x</A>");
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) sent += chunk.length;
      if (!res.destroyed) res.once("drain", pump);
    };
    res.on("close", () => resolveClosed(sent));
    pump();
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, closed })),
  );
}

describe("replies are bounded", () => {
  it.each(["stream", "declared"] as const)(
    "stops reading an endless reply (%s) at the limit, drops the connection and says so plainly",
    async (mode) => {
      const { server, url, closed } = await endlessServer(mode);
      try {
        const error = await directTallyTransport({ url })
          .post("<ENVELOPE/>", { maxReplyBytes: 1024 * 1024 })
          .catch((e: unknown) => e);
        expect(isHandoffError(error) && error.code).toBe("tally-reply-too-large");
        expect((error as Error).message).toBe("Tally's answer grew past 1 MB, more than this request can hold, so reading stopped.");
        // The sender saw the connection close after little more than the limit (socket buffers aside).
        expect(await closed).toBeLessThan(64 * 1024 * 1024);
      } finally {
        server.close();
      }
    },
  );

  it("returns a reply within the limit whole", async () => {
    const body = new Uint8Array(5000).fill(65);
    expect(await boundedBytes(new Response(body), 5000)).toEqual(body);
    await expect(boundedBytes(new Response(body), 4999)).rejects.toMatchObject({ code: "tally-reply-too-large" });
  });

  it("lets a bridge request lower the limit, never raise it past the default", () => {
    expect(requestedLimit("1000")).toBe(1000);
    expect(requestedLimit(String(DEFAULT_REPLY_LIMIT_BYTES * 8))).toBe(DEFAULT_REPLY_LIMIT_BYTES);
    expect(requestedLimit(undefined)).toBe(DEFAULT_REPLY_LIMIT_BYTES);
    expect(requestedLimit("-5")).toBe(DEFAULT_REPLY_LIMIT_BYTES);
  });
});
