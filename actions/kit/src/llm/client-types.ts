// The LLM client agents see in their context: ask for a structured answer, read what it cost.
import type * as z from "zod";
import type { LlmUsage } from "../report/schema.ts";
import type { ContextPart } from "./tokens.ts";

export type { ContextPart } from "./tokens.ts";

/** One question for the model. */
export interface LlmRequest<T> {
  /** What the call is for, in logs and errors: `analyze insights`. */
  purpose: string;
  /** Trusted instructions (the system prompt): the role and the task. Safety rules are added. */
  instructions: string;
  /** Facts and repository text, packed by priority into the budget. */
  context: ContextPart[];
  /** The answer's shape; output that does not parse gets one repair attempt, then fails. */
  schema: z.ZodType<T>;
  /** Lower-case name of the schema, shown to the model: `analyze_insights`. */
  schemaName: string;
  /** Overrides `max-output-tokens` for this call. */
  maxOutputTokens?: number;
  signal?: AbortSignal;
}

/** A valid answer and what getting it took. */
export interface LlmAnswer<T> {
  value: T;
  /** The model that answered (the fallback, when the first failed). */
  model: string;
  /** This call's usage; sum an agent's calls with `sumUsage`. */
  usage: LlmUsage;
  /** Labels of context parts the budget left out. */
  leftOut: string[];
  /** Secrets masked in what was sent. */
  redactions: number;
}

/** A configured model endpoint. */
export interface LlmClient {
  provider: string;
  model: string;
  /** Ask for an answer shaped by `request.schema`. Throws `LlmError` when none could be had. */
  generate<T>(request: LlmRequest<T>): Promise<LlmAnswer<T>>;
  /** Everything this client did in the run, for the job summary and the CLI; null before any call. */
  totals(): LlmUsage | null;
}
