// Everything Analyze learns without a model: the facts, then the sections and findings built on them.
import type { AgentContext, ReportDraft, Section } from "@aetherstack/kit";
import { complexityReport } from "./complexity/complexity-report.ts";
import type { AnalyzeConfig } from "./config.ts";
import { dependenciesInputs } from "./deps/dependencies-inputs.ts";
import { dependenciesReport, readProjectFiles } from "./deps/dependencies-report.ts";
import type { HistoryFacts } from "./facts.ts";
import type { Listing } from "./files/list-files.ts";
import { historyReport } from "./history/history-report.ts";
import { readHistory } from "./history/read-history.ts";
import type { RepoState } from "./history/repo-state.ts";
import { checkHygiene } from "./hygiene/hygiene.ts";
import { type FilePool, filePool } from "./inventory/file-pool.ts";
import { inventoryMetrics, languagesSection } from "./inventory/languages-section.ts";
import { readFileFacts } from "./inventory/read-file-facts.ts";
import { hasPart, memoPart } from "./part-memo.ts";
import { suggestionsSection } from "./suggestions.ts";
import { summaryLine } from "./summary-line.ts";

/** For the agent's first-run start, which loads this module rather than the cache's. */
export { hasFileFactsCache } from "./inventory/file-facts-cache.ts";

/** The history in the configured window (it does not depend on the listing, so it can start first). */
export function historyFacts(
  ctx: AgentContext<AnalyzeConfig>,
  cacheDir: string | null,
  repo: Promise<RepoState>,
  listing: Listing | Promise<Listing>,
): Promise<HistoryFacts> {
  const { config, logger, workspace } = ctx;
  return logger.step("Reading history", () =>
    readHistory(workspace, {
      months: config["history-months"],
      now: ctx.clock.now(),
      cacheDir,
      logger,
      repo,
      current: Promise.resolve(listing).then((listed) => new Set(listed.files.map((f) => f.path))),
    }),
  );
}

/** A file pool with its workers starting now, for a run that will read every file (a first run). */
export function warmFilePool(): FilePool {
  const pool = filePool();
  pool.warmUp();
  return pool;
}

/**
 * The facts of the workspace, read in parallel, and the report draft derived from them. `repo` is
 * the run's readRepoState; `reading` is the history read already under way, if any; `pool`, the
 * file pool warmed up meanwhile, if any (closed here).
 */
export async function deterministicDraft(
  ctx: AgentContext<AnalyzeConfig>,
  listing: Listing,
  largeFileBytes: number,
  cacheDir: string | null,
  repo: Promise<RepoState>,
  reading: Promise<HistoryFacts> = historyFacts(ctx, cacheDir, repo, listing),
  pool?: FilePool,
): Promise<ReportDraft & { notes: string[] }> {
  const { config, logger, workspace } = ctx;
  // Without a kept dependencies part, this run builds one: its package.json and tsconfig files are
  // read now, beside the files' facts, instead of after them, when nothing else is left to do.
  const early = hasPart(cacheDir, "dependencies") ? null : readProjectFiles(workspace, listing.files);
  early?.catch(() => {});
  const [facts, history] = await Promise.all([
    logger.step("Reading files", () =>
      readFileFacts(workspace, listing.files, { cacheDir, largeFileBytes, logger, pool }),
    ),
    reading,
  ]);
  const complexity = complexityReport(facts, {
    cognitive: config["cognitive-threshold"],
    cyclomatic: config["cyclomatic-threshold"],
  });
  const [deps, hygiene] = await Promise.all([
    memoPart(
      cacheDir,
      "dependencies",
      () => dependenciesInputs(listing.files, facts),
      () => dependenciesReport(workspace, facts, early ?? readProjectFiles(workspace, listing.files)),
    ),
    checkHygiene(workspace, listing.files, facts, { largeFileBytes }),
  ]);
  const past = historyReport(history, facts);
  const findings = [...complexity.findings, ...past.findings, ...deps.findings, ...hygiene.findings];
  const sections: Section[] = [
    suggestionsSection({ facts, history, hotspots: past.hotspots, findings }),
    languagesSection(facts, listing.skipped),
    complexity.section,
    ...past.sections,
    deps.section,
    hygiene.section,
  ];
  const notes: string[] = [];
  if (!listing.gitRepo)
    notes.push("This folder is not a git repository: files were analysed, but there is no history.");
  if (history.missing && listing.gitRepo) notes.push(history.missing);
  const metrics = {
    ...inventoryMetrics(facts),
    ...complexity.metrics,
    ...past.metrics,
    ...deps.metrics,
    ...hygiene.metrics,
  };
  return { summary: summaryLine(metrics, findings), metrics, sections, findings, notes };
}
