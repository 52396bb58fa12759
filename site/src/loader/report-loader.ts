// An Astro content loader for the report store: every history file, migrated and validated by kit.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import {
  ConfigurationError,
  errorMessage,
  isConfigurationError,
  parseReport,
  ReportStore,
} from "@aetherstack/kit";
import type { Loader } from "astro/loaders";

export interface ReportLoaderOptions {
  /** The store folder (`.aether/reports`); relative to the working directory of the build. */
  store: string;
  /** Leave malformed reports out with a warning instead of failing the build. */
  skipInvalid: boolean;
  /** File names in messages are shown relative to this folder. */
  shownFrom: string;
}

/** Problems found in the store, one per bad file, so the build can name them all at once. */
interface BadFile {
  file: string;
  problem: string;
}

/** Load `<store>/<agent>/history/<yyyy>/<mm>/<id>.json`; older schema versions go through `parseReport`. */
export function reportLoader(options: ReportLoaderOptions): Loader {
  return {
    name: "aether-report-store",
    async load({ store, logger, parseData, generateDigest }) {
      const root = path.resolve(options.store);
      await assertStoreFolder(root, options.store);
      const entries = await new ReportStore(root).list();
      const bad: BadFile[] = [];
      store.clear();
      for (const entry of entries) {
        const abs = path.join(root, entry.file);
        const shown = path.relative(options.shownFrom, abs) || abs;
        const text = await readFile(abs, "utf8");
        let data: Record<string, unknown>;
        try {
          const report = parseReport(text, shown);
          data = await parseData({ id: report.id, data: report as Record<string, unknown> });
        } catch (error) {
          bad.push({
            file: shown,
            problem: isConfigurationError(error) ? error.problem : errorMessage(error),
          });
          continue;
        }
        store.set({ id: data.id as string, data, digest: generateDigest(text) });
      }
      if (bad.length > 0 && !options.skipInvalid) {
        const first = bad[0]!;
        const more =
          bad.length > 1 ? ` (and ${bad.length - 1} more bad report${bad.length > 2 ? "s" : ""})` : "";
        throw new ConfigurationError({
          input: first.file,
          problem: `${first.problem}${more}`,
          fix: "regenerate or delete the file, or build with --skip-invalid to leave bad reports out",
        });
      }
      for (const b of bad) logger.warn(`Skipped ${b.file}: ${b.problem}`);
      logger.info(`Loaded ${entries.length - bad.length} reports from ${options.store}`);
    },
  };
}

async function assertStoreFolder(root: string, given: string): Promise<void> {
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) {
    throw new ConfigurationError({
      input: given,
      problem: "is not a folder, so there is no report store to build the site from",
      fix: "pass the store with --reports <dir> (reports are saved under .aether/reports by default)",
    });
  }
}
