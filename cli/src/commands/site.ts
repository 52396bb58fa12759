// `aether site build|serve`: the static report site, built by Astro from the report store.
import { createHash } from "node:crypto";
import { cp, readdir, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { ConfigurationError, DEFAULT_STORE_DIR } from "@aetherstack/kit";
import { defineCommand } from "citty";

export interface SiteBuildOptions {
  /** The report store folder. */
  reports: string;
  /** Where the static site goes. */
  out: string;
  /** Leave malformed reports out with a warning instead of failing. */
  skipInvalid?: boolean;
  /** URL path the site is served under, e.g. `/my-repo/` for a GitHub Pages project site. */
  base?: string;
  /** Astro's log level; the CLI shows info, tests and benchmarks keep it to warnings. */
  logLevel?: "info" | "warn" | "error" | "silent";
}

export interface SiteBuildResult {
  out: string;
  base: string;
  seconds: number;
  /** HTML pages written. */
  pages: number;
}

/** The site package folder (its astro.config.ts and src/). */
export function siteRoot(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve("@aetherstack/site/package.json"));
}

/** `my-repo` → `/my-repo/`; empty → `/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? "").trim().replace(/^\/+|\/+$/g, "");
  if (/[?#\s]/.test(trimmed)) {
    throw new ConfigurationError({
      input: `--base ${base}`,
      problem: "is not a URL path",
      fix: "pass the path the site is served under, like /my-repo/",
    });
  }
  return trimmed ? `/${trimmed}/` : "/";
}

/** Build the site from a report store. Bad input is thrown as ConfigurationError. */
export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const reports = path.resolve(options.reports);
  const out = path.resolve(options.out);
  const base = normaliseBase(options.base);
  const info = await stat(reports).catch(() => null);
  if (!info?.isDirectory()) {
    throw new ConfigurationError({
      input: `--reports ${options.reports}`,
      problem: "is not a folder, so there is no report store to build the site from",
      fix: `run an agent first (\`aether run analyze\` saves to ${DEFAULT_STORE_DIR}) or point --reports at the store`,
    });
  }
  const started = performance.now();
  // Astro runs prerendered chunks from inside outDir, and they import the site's packages: build
  // beside the site's node_modules, then copy to --out, which may be anywhere (e.g. /tmp/site).
  const key = createHash("sha1").update(out).digest("hex").slice(0, 12);
  const staging = path.join(siteRoot(), ".astro", `build-${key}-${process.pid}`);
  const cwd = process.cwd();
  const saved = {
    AETHER_REPORTS: process.env.AETHER_REPORTS,
    AETHER_SKIP_INVALID: process.env.AETHER_SKIP_INVALID,
    AETHER_SITE_BASE: process.env.AETHER_SITE_BASE,
    ASTRO_TELEMETRY_DISABLED: process.env.ASTRO_TELEMETRY_DISABLED,
    AETHER_CWD: process.env.AETHER_CWD,
  };
  // The content loader and pages run inside Astro's build; the environment is how the options reach them.
  process.env.AETHER_REPORTS = reports;
  process.env.AETHER_SKIP_INVALID = options.skipInvalid ? "1" : "0";
  process.env.AETHER_SITE_BASE = base;
  process.env.AETHER_CWD = process.cwd();
  // A report site build should not phone home.
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  try {
    const { build } = await import("astro");
    // Astro resolves some build folders against the working directory, not its root.
    process.chdir(siteRoot());
    await build({
      root: siteRoot(),
      outDir: staging,
      base,
      // One cache per output folder, so two builds (a test and a preview) never share state.
      cacheDir: path.join(os.tmpdir(), "aether-site-cache", key),
      logLevel: options.logLevel ?? "info",
      mode: "production",
    });
    await rm(out, { recursive: true, force: true });
    await cp(staging, out, { recursive: true, filter: (src) => path.basename(src) !== ".prerender" });
  } catch (error) {
    throw asConfigurationError(error) ?? error;
  } finally {
    for (const [name, value] of Object.entries(saved)) restore(name, value);
    process.chdir(cwd);
    await rm(staging, { recursive: true, force: true });
  }
  const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith(".html")).length;
  return { out, base, seconds: (performance.now() - started) / 1000, pages };
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/**
 * The loader's ConfigurationError comes back through Astro (and Vite's module graph, so from another
 * copy of kit): find it by shape anywhere in the cause chain.
 */
function asConfigurationError(error: unknown): ConfigurationError | null {
  for (let e: unknown = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const c = e as Partial<ConfigurationError>;
    if (c.name === "ConfigurationError" && c.input && c.problem && c.fix) {
      return new ConfigurationError({ input: c.input, problem: c.problem, fix: c.fix });
    }
  }
  return null;
}

const buildArgs = {
  reports: {
    type: "string",
    description: `Report store folder (default ${DEFAULT_STORE_DIR})`,
    default: DEFAULT_STORE_DIR,
  },
  out: { type: "string", description: "Output folder (default _site)", default: "_site" },
  "skip-invalid": {
    type: "boolean",
    description: "Leave malformed reports out with a warning instead of failing",
  },
  base: { type: "string", description: "URL path the site is served under, e.g. /my-repo/ for GitHub Pages" },
  verbose: { type: "boolean", description: "Show Astro's build log (every page written)" },
} as const;

type BuildArgs = { reports: string; out: string; "skip-invalid"?: boolean; base?: string; verbose?: boolean };

function optionsFrom(args: BuildArgs): SiteBuildOptions {
  return {
    reports: args.reports,
    out: args.out,
    skipInvalid: args["skip-invalid"] ?? false,
    base: args.base,
    // Warnings (a skipped report) always show; the page-by-page log only when asked.
    logLevel: args.verbose ? "info" : "warn",
  };
}

const build = defineCommand({
  meta: { name: "build", description: "Build the static report site from the report store" },
  args: buildArgs,
  async run({ args }) {
    const result = await buildSite(optionsFrom(args));
    const where = path.relative(process.cwd(), result.out) || ".";
    console.error(`Built ${result.pages} pages in ${result.seconds.toFixed(1)} s: ${where}`);
    return 0;
  },
});

const serve = defineCommand({
  meta: { name: "serve", description: "Build the site, then serve it locally for a preview" },
  args: {
    ...buildArgs,
    port: { type: "string", description: "Port to listen on (default 4321)", default: "4321" },
  },
  async run({ args }) {
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      throw new ConfigurationError({
        input: `--port ${args.port}`,
        problem: "is not a port number",
        fix: "pass a number from 0 to 65535",
      });
    }
    const result = await buildSite(optionsFrom(args));
    const { preview } = await import("astro");
    const server = await preview({
      root: siteRoot(),
      outDir: result.out,
      base: result.base,
      server: { host: "127.0.0.1", port },
      logLevel: "info",
    });
    console.error(
      `Serving the report site at http://127.0.0.1:${server.port}${result.base} (Ctrl+C to stop)`,
    );
    await server.closed();
    return 0;
  },
});

export default defineCommand({
  meta: { name: "site", description: "Build or preview the static report site" },
  subCommands: { build, serve },
});
