// @aetherstack/analyze: re-exports only.
export { analyze } from "./agent.ts";
export { type AnalyzeConfig, analyzeConfigSchema } from "./config.ts";
