// The shape the model fills: the report's Insight, with `quote` nullable as strict JSON schemas require.
import { Citation, Insight } from "@aetherstack/kit";
import * as z from "zod";

/** At most this many insights are kept, however many the model writes. */
export const MAX_INSIGHTS = 5;

const CitationAnswer = Citation.extend({
  quote: z.string().nullable().describe("a short fragment copied exactly from the cited line"),
});

const InsightAnswer = Insight.extend({
  // No minimum here: an insight without citations is dropped and counted, not a reason to fail the call.
  citations: z.array(CitationAnswer),
});

export const InsightsAnswer = z.strictObject({ insights: z.array(InsightAnswer) });
export type InsightsAnswer = z.output<typeof InsightsAnswer>;
export type InsightAnswer = z.output<typeof InsightAnswer>;
