// Why an LLM call gave no answer, in words a user acts on. Agents turn it into one report note.
import type { LlmUsage } from "../report/schema.ts";

export type LlmFailure =
  | "offline-miss"
  | "over-budget"
  | "invalid-output"
  | "truncated"
  | "request"
  | "aborted";

/** A call that gave no usable answer. The deterministic report is never affected by it. */
export class LlmError extends Error {
  readonly failure: LlmFailure;
  /** What the failed call still spent (tokens of requests that were answered), when known. */
  usage: LlmUsage | null = null;

  constructor(failure: LlmFailure, message: string) {
    super(message);
    this.name = "LlmError";
    this.failure = failure;
  }

  /** Worth trying the fallback model: everything but a cancelled run. */
  get fallbackable(): boolean {
    return this.failure !== "aborted";
  }
}

/** True for failures of the LLM layer, as opposed to bugs. */
export function isLlmError(error: unknown): error is LlmError {
  return error instanceof LlmError;
}
