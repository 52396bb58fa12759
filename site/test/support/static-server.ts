// A loopback static server for a built site, under its base path, as GitHub Pages would serve it.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

export interface StaticSite {
  /** `http://127.0.0.1:<port><base>` */
  url: string;
  close(): Promise<void>;
}

/** Serve `dir` at `base` on 127.0.0.1 with a random port. */
export async function serveStatic(dir: string, base = "/"): Promise<StaticSite> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const pathname = decodeURIComponent(url.pathname);
    const file = pathname.startsWith(base) ? await resolveFile(dir, pathname.slice(base.length)) : null;
    if (!file) {
      res.writeHead(404, { "content-type": types[".html"] });
      const notFound = await resolveFile(dir, "404.html");
      if (notFound) createReadStream(notFound).pipe(res);
      else res.end("Not found");
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function resolveFile(dir: string, rel: string): Promise<string | null> {
  const target = path.join(dir, rel);
  if (!target.startsWith(dir)) return null;
  const info = await stat(target).catch(() => null);
  if (info?.isFile()) return target;
  if (info?.isDirectory()) {
    const index = path.join(target, "index.html");
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}
