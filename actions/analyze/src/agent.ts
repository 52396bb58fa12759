// The Analyze agent: code and history in, one report out. Each part gathers facts; this file composes
// them. Only what a rerun with nothing changed needs (listing, the memo) is imported up front: the
// analysis and the LLM insights load when they run, which keeps such a rerun's start-up short.
import { checkDraft, defineAgent, type ReportDraft } from "@aetherstack/kit";
import { analyzeConfigSchema } from "./config.ts";
import { draftKey, hasMemo, recallDraft, rememberDraft } from "./draft-memo.ts";
import { listSourceFiles } from "./files/list-files.ts";
import { readRepoState } from "./history/repo-state.ts";

export const analyze = defineAgent({
  name: "analyze",
  title: "Analyze",
  description:
    "Code and history: languages, complexity, hotspots, ownership, dependencies, hygiene and suggestions.",
  configSchema: analyzeConfigSchema,
  async run(ctx): Promise<ReportDraft> {
    const { config, logger, workspace } = ctx;
    const cacheDir = config.cache ? ctx.cacheDir : null;
    const largeFileBytes = config["large-file-kb"] * 1024;
    // Listing, the memo's key and history all need to know the repository: git is asked once.
    const repo = readRepoState(workspace);
    // With no draft to reuse (a first run, or caching off), history is read from the start: git
    // log then runs beside the listing, on the core the listing leaves idle.
    // The file workers start too: they load their code while the files are listed.
    const analysis = cacheDir && hasMemo(cacheDir) ? null : import("./deterministic-draft.ts");
    const history = analysis?.then((loaded) => loaded.historyFacts(ctx, cacheDir, repo));
    // Awaited below; until then its failure is not an unhandled rejection.
    history?.catch(() => {});
    const pool = analysis?.then((loaded) => loaded.warmFilePool());
    let draft: ReportDraft;
    try {
      const listing = await logger.step("Listing files", () =>
        listSourceFiles(workspace, { exclude: config.exclude, cacheDir, repo }),
      );
      const state = await repo;
      const head = state.kind === "repo" ? state.head : null;
      const key = cacheDir ? draftKey({ head, config, now: ctx.clock.now(), ...listing }) : null;
      const remembered = cacheDir && key ? await recallDraft(cacheDir, key) : null;
      if (remembered)
        logger.debug("Nothing changed since the last run: its findings and sections are reused.");
      // Checked here rather than by the engine, so the memo keeps a checked draft.
      draft =
        remembered ??
        checkDraft(await analyseWorkspace(ctx, listing, largeFileBytes, cacheDir, repo, history, await pool));
      if (cacheDir && key && !remembered) await rememberDraft(cacheDir, key, draft);
    } finally {
      // The analysis closes the pool when it reads the files; a run that stopped before, here.
      await pool?.then((started) => started.close());
    }
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

/** The analysis itself, loaded on first use. */
async function analyseWorkspace(
  ...args: Parameters<typeof import("./deterministic-draft.ts").deterministicDraft>
): Promise<ReportDraft> {
  const { deterministicDraft } = await import("./deterministic-draft.ts");
  return deterministicDraft(...args);
}
