// @aetherstack/host: re-exports only.
export { crew, selectAgents } from "./crew.ts";
export { runAction } from "./run-action.ts";
