// The report store: an append-only history of JSON reports plus the latest Markdown per agent, in git.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigurationError } from "../errors.ts";
import { parseReport } from "../report/parse.ts";
import type { AgentName, Report } from "../report/schema.ts";
import { compareText } from "../text-order.ts";
import { createFileExclusive, writeFileAtomic } from "./atomic-write.ts";
import { isUntouchedGenerated, markGenerated } from "./generated-marker.ts";

/** Default store folder, relative to the repository root. Layout: docs/report-store.md. */
export const DEFAULT_STORE_DIR = ".aether/reports";

export interface SavedReport {
  /** The history file, relative to the store root. */
  json: string;
  /** The latest Markdown, or null when a hand-written file was left alone. */
  markdown: string | null;
  /** Set when the Markdown went elsewhere because `latest.md` was edited by hand. */
  keptHandWritten: string | null;
}

export interface StoredEntry {
  agent: AgentName;
  id: string;
  /** Relative to the store root. */
  file: string;
}

/** The path of a report's history file inside the store: `<agent>/history/<yyyy>/<mm>/<id>.json`. */
export function historyPath(report: Pick<Report, "agent" | "id">): string {
  const y = report.id.slice(0, 4);
  const m = report.id.slice(4, 6);
  return path.posix.join(report.agent, "history", y, m, `${report.id}.json`);
}

/** A report store rooted at `root` (absolute). */
export class ReportStore {
  readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  /**
   * Save a report and its Markdown. History is append-only: an existing id is never overwritten.
   * `latest.md` is replaced only when it is ours and untouched; otherwise the Markdown goes to
   * `latest.aether.md` and the person's file stays as it is.
   */
  async save(report: Report, markdown: string): Promise<SavedReport> {
    const json = historyPath(report);
    const created = await createFileExclusive(
      path.join(this.root, json),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    if (!created) {
      throw new ConfigurationError({
        input: json,
        problem: "a report with this id is already in the store",
        fix: "run again (ids include the second the run started), or remove the duplicate by hand",
      });
    }
    await writeFileAtomic(
      path.join(this.root, report.agent, "latest.json"),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    const latest = path.posix.join(report.agent, "latest.md");
    const latestAbs = path.join(this.root, latest);
    const existing = await readFile(latestAbs, "utf8").catch(() => null);
    if (existing === null || isUntouchedGenerated(existing)) {
      await writeFileAtomic(latestAbs, markGenerated(markdown));
      return { json, markdown: latest, keptHandWritten: null };
    }
    const beside = path.posix.join(report.agent, "latest.aether.md");
    await writeFileAtomic(path.join(this.root, beside), markGenerated(markdown));
    return { json, markdown: beside, keptHandWritten: latest };
  }

  /** Every stored report, oldest first, optionally for one agent. Reads file names only. */
  async list(agent?: AgentName): Promise<StoredEntry[]> {
    const agents = agent ? [agent] : await subfolders(this.root);
    const entries: StoredEntry[] = [];
    for (const a of agents) {
      const historyRoot = path.join(this.root, a, "history");
      for (const file of await walkJson(historyRoot)) {
        const id = path.basename(file, ".json");
        entries.push({ agent: a as AgentName, id, file: path.posix.join(a, "history", file) });
      }
    }
    return entries.sort((x, y) => compareText(x.id, y.id));
  }

  /** Read one stored report by id or store-relative path. */
  async read(idOrFile: string): Promise<Report> {
    const file = idOrFile.endsWith(".json") ? idOrFile : (await this.find(idOrFile)).file;
    const abs = path.resolve(this.root, file);
    const text = await readFile(abs, "utf8").catch(() => {
      throw new ConfigurationError({
        input: file,
        problem: "is not in the report store",
        fix: "list stored reports with `aether report list`",
      });
    });
    return parseReport(text, path.relative(process.cwd(), abs) || abs);
  }

  /** The newest report of an agent, or null when it has none. */
  async latest(agent: AgentName): Promise<Report | null> {
    const entries = await this.list(agent);
    const last = entries.at(-1);
    return last ? this.read(last.file) : null;
  }

  private async find(id: string): Promise<StoredEntry> {
    const all = await this.list();
    const hit = all.find((e) => e.id === id) ?? all.filter((e) => e.id.startsWith(id)).at(-1);
    if (!hit) {
      throw new ConfigurationError({
        input: id,
        problem: "matches no stored report",
        fix: "list stored reports with `aether report list`",
      });
    }
    return hit;
  }
}

async function subfolders(dir: string): Promise<string[]> {
  const items = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return items.filter((d) => d.isDirectory() && !d.name.startsWith(".")).map((d) => d.name);
}

async function walkJson(dir: string, prefix = ""): Promise<string[]> {
  const items = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const item of items) {
    const rel = prefix ? `${prefix}/${item.name}` : item.name;
    if (item.isDirectory()) out.push(...(await walkJson(path.join(dir, item.name), rel)));
    else if (item.name.endsWith(".json")) out.push(rel);
  }
  return out;
}
