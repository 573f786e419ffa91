/**
 * A tiny static file server on 127.0.0.1 for a built dist folder: enough for the e2e test to load
 * taskpane.html and its bundle over HTTP, with nothing served from outside the folder.
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:43121 (no trailing slash): the page's origin. */
  origin: string;
  close(): Promise<void>;
}

/** The file a URL path names inside `root`, or undefined when it would leave the folder. */
function fileFor(root: string, urlPath: string): string | undefined {
  const pathname = decodeURIComponent(urlPath.split("?")[0]);
  const file = path.resolve(root, `.${pathname === "/" ? "/taskpane.html" : pathname}`);
  return file.startsWith(root + path.sep) ? file : undefined;
}

/** Serves `dir` on a free loopback port; resolves once it listens. */
export async function serveDist(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const file = req.method === "GET" || req.method === "HEAD" ? fileFor(root, req.url ?? "/") : undefined;
    if (!file) {
      res.writeHead(req.method === "GET" || req.method === "HEAD" ? 403 : 405).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
          "Cache-Control": "no-store",
        });
        res.end(req.method === "HEAD" ? undefined : body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
