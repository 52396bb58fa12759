// Analyze's LLM part: cited insights on top of the deterministic report, verified, costed, never required.
import {
  type AgentContext,
  errorMessage,
  type Insight,
  isLlmError,
  type LlmUsage,
  type ReportDraft,
} from "@aetherstack/kit";
import { InsightsAnswer } from "./answer-schema.ts";
import { INSIGHTS_INSTRUCTIONS, insightsContext } from "./insights-prompt.ts";
import { readSnippets } from "./snippets.ts";
import { verifyInsights } from "./verify-citations.ts";

export interface InsightsInput {
  /** The deterministic report, finished except for insights. */
  draft: ReportDraft;
}

/** What the LLM adds to the report: insights, usage, and a note when something failed. */
export interface InsightsResult {
  insights: Insight[];
  llm: LlmUsage | null;
  notes: string[];
}

/**
 * Ask the model for a few insights and suggestions, each citing file and line, and keep only
 * those whose citations check out in the repository. A failed call leaves the report as it was,
 * with one note saying what failed. Without a model (`ctx.llm` null) it adds nothing.
 */
export async function writeInsights(ctx: AgentContext, input: InsightsInput): Promise<InsightsResult> {
  const llm = ctx.llm;
  if (!llm) return { insights: [], llm: null, notes: [] };
  const snippets = await readSnippets(ctx.workspace, input.draft.findings);
  if (snippets.length === 0 && !input.draft.findings.some((f) => f.location)) {
    // Every insight must cite a file and line; with none to point at, the call would be wasted.
    return {
      insights: [],
      llm: null,
      notes: ["LLM insights skipped: no finding points at a file and line to explain."],
    };
  }
  try {
    const answer = await ctx.logger.step("Writing insights", () =>
      llm.generate({
        purpose: "analyze insights",
        instructions: INSIGHTS_INSTRUCTIONS,
        context: insightsContext(input.draft, snippets, ctx.event),
        schema: InsightsAnswer,
        schemaName: "analyze_insights",
        signal: ctx.signal,
      }),
    );
    const verified = await verifyInsights(ctx.workspace, answer.value.insights);
    if (verified.dropped > 0) {
      ctx.logger.info(`Dropped ${verified.dropped} insight(s) whose citations are not in the repository.`);
    }
    return {
      insights: verified.insights,
      llm: { ...answer.usage, droppedClaims: verified.dropped },
      notes: [],
    };
  } catch (error) {
    // Insights are optional: even a bug here must not cost the user the deterministic report.
    const usage = isLlmError(error) ? error.usage : null;
    const what = isLlmError(error)
      ? errorMessage(error)
      : `unexpected error (${errorMessage(error)}); please report it`;
    if (isLlmError(error)) ctx.logger.warning(`LLM insights failed: ${what}`);
    else
      ctx.logger.error(`LLM insights failed: ${error instanceof Error && error.stack ? error.stack : what}`);
    return {
      insights: [],
      llm: usage && usage.calls > 0 ? usage : null,
      notes: [`LLM insights failed: ${what}. The rest of the report is unaffected.`],
    };
  }
}
