/**
 * Reads a request body up to a limit. Past the limit it stops keeping bytes at once, so a huge
 * or endless body costs no memory; the caller answers 413 and Node discards the rest.
 */
import type { IncomingMessage } from "node:http";

export type LimitedBody = { bytes: Buffer } | { tooLarge: true; bytesRead: number };

/** The whole body, or `tooLarge` as soon as it (or its declared Content-Length) passes `maxBytes`. */
export function readLimitedBody(req: IncomingMessage, maxBytes: number): Promise<LimitedBody> {
  if (Number(req.headers["content-length"]) > maxBytes) return Promise.resolve({ tooLarge: true, bytesRead: 0 });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stop = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        stop();
        resolve({ tooLarge: true, bytesRead: total });
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => {
      stop();
      resolve({ bytes: Buffer.concat(chunks) });
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

/** After an early answer, gives the client a few seconds to finish sending, then hangs up. */
export function hangUpIfStillSending(req: IncomingMessage, graceMs = 5_000): void {
  if (req.complete) return;
  const timer = setTimeout(() => req.socket.destroy(), graceMs);
  timer.unref();
  req.once("end", () => clearTimeout(timer));
  req.resume();
}
