// The LLM layer: re-exports only.
export type { LlmClient } from "./client-types.ts";
