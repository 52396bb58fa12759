// The Analyze agent: code and history in, one report out. Each part gathers facts; this file composes
// them. Only what a rerun with nothing changed needs (listing, the memo) is imported up front: the
// analysis and the LLM insights load when they run, which keeps such a rerun's start-up short.
import path from "node:path";
import { type AgentContext, checkDraft, defineAgent, type ReportDraft } from "@aetherstack/kit";
import { type AnalyzeConfig, analyzeConfigSchema } from "./config.ts";
import { draftKey, hasMemo, recallDraft, rememberDraft } from "./draft-memo.ts";
import type { SourceFile } from "./facts.ts";
import { type Listing, listSourceFiles } from "./files/list-files.ts";
import { type RepoState, readRepoState } from "./history/repo-state.ts";
import type { FilePool } from "./inventory/file-pool.ts";

export const analyze = defineAgent({
  name: "analyze",
  title: "Analyze",
  description:
    "Code and history: languages, complexity, hotspots, ownership, dependencies, hygiene and suggestions.",
  configSchema: analyzeConfigSchema,
  async run(ctx): Promise<ReportDraft> {
    const draft = await factsDraft(ctx);
    if (!ctx.llm) return draft;
    const { writeInsights } = await import("./insights/write-insights.ts");
    const extra = await writeInsights(ctx, { draft });
    return {
      ...draft,
      insights: extra.insights,
      llm: extra.llm,
      notes: [...(draft.notes ?? []), ...extra.notes],
    };
  },
});

/** The draft without insights: the last run's when nothing it depends on changed, else worked out (and remembered). */
async function factsDraft(ctx: AgentContext<AnalyzeConfig>): Promise<ReportDraft> {
  const { config, logger, workspace } = ctx;
  const cacheDir = config.cache ? ctx.cacheDir : null;
  const largeFileBytes = config["large-file-kb"] * 1024;
  // Listing, the memo's key and history all need to know the repository: git is asked once.
  const repo = readRepoState(workspace);
  const firstRun = !(cacheDir && hasMemo(cacheDir));
  // Set on a first run with no per-file cache, where every listed file will be measured: each is
  // handed to the worker as soon as listing finds it.
  let prefetch: FilePool | null = null;
  const onFile = (file: SourceFile) => {
    if (prefetch && file.bytes <= largeFileBytes)
      prefetch.prefetch(path.join(workspace, file.path), file, file.bytes);
  };
  const listed = logger.step("Listing files", () =>
    listSourceFiles(workspace, { exclude: config.exclude, cacheDir, repo, onFile }),
  );
  const { history, pool } = firstRun ? startFirstRun(ctx, cacheDir, repo, listed) : {};
  pool?.then((started) => {
    prefetch = started.prefetching ? started.pool : null;
  });
  try {
    const listing = await listed;
    const state = await repo;
    const head = state.kind === "repo" ? state.head : null;
    const key = cacheDir ? draftKey({ head, config, now: ctx.clock.now(), ...listing }) : null;
    const remembered = cacheDir && key ? await recallDraft(cacheDir, key) : null;
    if (remembered) {
      logger.debug("Nothing changed since the last run: its findings and sections are reused.");
      return remembered;
    }
    // Checked here rather than by the engine, so the memo keeps a checked draft.
    const draft = checkDraft(
      await analyseWorkspace(ctx, listing, largeFileBytes, cacheDir, repo, history, (await pool)?.pool),
    );
    if (cacheDir && key) await rememberDraft(cacheDir, key, draft);
    return draft;
  } finally {
    // The analysis closes the pool when it reads the files; a run that stopped before, here.
    await pool?.then((started) => started.pool.close());
  }
}

/**
 * With no draft to reuse (a first run, or caching off), the analysis will run: history is read
 * from the start, so git log runs beside the listing on the core the listing leaves idle, and the
 * file worker starts loading its code meanwhile. With no per-file cache either, every file will be
 * measured, so the worker may start on them while they are listed (`prefetching`).
 */
function startFirstRun(
  ctx: AgentContext<AnalyzeConfig>,
  cacheDir: string | null,
  repo: Promise<RepoState>,
  listing: Promise<Listing>,
) {
  const analysis = import("./deterministic-draft.ts");
  const history = analysis.then((loaded) => loaded.historyFacts(ctx, cacheDir, repo, listing));
  // Awaited later; until then its failure is not an unhandled rejection.
  history.catch(() => {});
  const pool = analysis.then((loaded) => ({
    pool: loaded.warmFilePool(),
    prefetching: !cacheDir || !loaded.hasFileFactsCache(cacheDir),
  }));
  pool.catch(() => {});
  return { history, pool };
}

/** The analysis itself, loaded on first use. */
async function analyseWorkspace(
  ...args: Parameters<typeof import("./deterministic-draft.ts").deterministicDraft>
): Promise<ReportDraft> {
  const { deterministicDraft } = await import("./deterministic-draft.ts");
  return deterministicDraft(...args);
}
