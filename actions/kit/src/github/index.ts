// GitHub publishing: re-exports only.
export * from "./check-run.ts";
export * from "./client.ts";
export type { GitHubClient } from "./client-types.ts";
export * from "./diff-lines.ts";
export * from "./event.ts";
export * from "./job-summary.ts";
export * from "./line-hash.ts";
export * from "./permissions.ts";
export * from "./publish.ts";
export * from "./report-commit.ts";
export * from "./result.ts";
export * from "./review-comments.ts";
export * from "./sarif.ts";
export * from "./settings.ts";
export * from "./sticky-comment.ts";
export * from "./write-once.ts";
