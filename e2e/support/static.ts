// A tiny static file server, as any static host would serve the build: the files of `dir` under the
// path `base` ("/" or "/some/path/"), with their MIME types, index.html for a folder, 404 for the
// rest. The deploy journey and the first-screen benchmark serve the production build with it.

import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** The site's address, ending in the base path: `http://127.0.0.1:PORT/some/path/`. */
  readonly url: string;
  /** Paths asked for, in order (for checking what the page fetched). */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function serveStatic(dir: string, base = "/", port = 0): Promise<StaticServer> {
  const root = normalize(dir);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split(/[?#]/)[0]);
    requests.push(path);
    if (!path.startsWith(base)) {
      res.writeHead(404).end("not under the base path");
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}${base}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
