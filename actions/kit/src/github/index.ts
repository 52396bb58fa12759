// GitHub publishing: re-exports only.
export type { GitHubClient } from "./client-types.ts";
