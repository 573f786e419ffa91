import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { newPairingToken } from "../pairing-token";
import { bridgeTransport } from "../tally-bridge-client";
import { startBridge } from "./server";

/** Something on Tally's port that answers without end. */
function endless(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(200);
    const chunk = Buffer.alloc(64 * 1024, "<A>x</A>");
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once("drain", pump);
    };
    pump();
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

it("the bridge stops reading an endless Tally reply at the limit the pane names, and the pane hears why", async () => {
  const tally = await endless();
  const token = newPairingToken();
  const bridge = await startBridge({ port: 0, token, tallyUrl: tally.url, timeoutMs: 10_000 });
  try {
    const error = await bridgeTransport({ url: bridge.url, token })
      .post("<ENVELOPE/>", { maxReplyBytes: 2 * 1024 * 1024 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "tally-reply-too-large", outcomeUnknown: true });
    expect((error as Error).message).toContain("Tally's answer grew past 2 MB");
    // The bridge still serves the next request: it did not fall over.
    expect((await fetch(`${bridge.url}/health`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
  } finally {
    await bridge.close();
    tally.server.close();
    tally.server.closeAllConnections();
  }
});
