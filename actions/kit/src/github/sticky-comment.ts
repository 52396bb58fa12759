// One sticky PR comment per agent, found by a hidden marker and edited in place: never a second one.
import { renderReport } from "../render/markdown.ts";
import type { Report } from "../report/schema.ts";
import { compareText } from "../text-order.ts";
import type { GitHubClient } from "./client-types.ts";
import { noBlindRetry, writeOnce } from "./write-once.ts";

/** The start of the hidden marker; the report id after it lets an older run yield to a newer one. */
export function stickyMarker(agent: Report["agent"]): string {
  return `<!-- aetherstack:sticky agent=${agent}`;
}

function markerLine(report: Report): string {
  return `${stickyMarker(report.agent)} report=${report.id} -->`;
}

/** The comment body: the marker line, then the report rendered for a comment. */
export function stickyBody(report: Report, serverUrl?: string): string {
  return `${markerLine(report)}\n${renderReport(report, { target: "comment", serverUrl })}`;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
}

export type StickyOutcome =
  | { action: "created" | "updated" | "unchanged"; id: number; url: string; removedDuplicates: number }
  | { action: "kept-newer"; id: number; url: string; removedDuplicates: number }
  | { action: "not-needed" };

/**
 * Create or update the agent's sticky comment on a pull request. Concurrent runs may both create
 * one; afterwards each run keeps the oldest and deletes the rest, so the PR ends with exactly one.
 * A run never overwrites a comment from a newer report (report ids sort by start time).
 */
export async function publishStickyComment(
  github: GitHubClient,
  report: Report,
  options: {
    pullNumber: number;
    createWhenEmpty: boolean;
    serverUrl?: string;
    onRetry?: (e: unknown) => void;
  },
): Promise<StickyOutcome> {
  const { octokit, owner, repo } = github;
  const marker = stickyMarker(report.agent);
  const body = stickyBody(report, options.serverUrl);
  const ours = async (): Promise<IssueComment[]> => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: options.pullNumber,
      per_page: 100,
    });
    return comments.filter((c) => c.body?.startsWith(marker)).sort((a, b) => a.id - b.id);
  };
  let existing = await ours();
  let action: "created" | "updated" | "unchanged" = "updated";
  if (existing.length === 0) {
    const nothing = report.findings.every((f) => f.status !== undefined && f.status !== "new");
    if (nothing && report.fixed.length === 0 && !options.createWhenEmpty) return { action: "not-needed" };
    await writeOnce({
      write: async () =>
        (
          await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: options.pullNumber,
            body,
            ...noBlindRetry,
          })
        ).data,
      find: async () => (await ours())[0] ?? null,
      retries: github.tuning.retries,
      unitMs: github.tuning.retryUnitMs,
      onRetry: options.onRetry,
    });
    action = "created";
    existing = await ours();
  }
  const [keep, ...extra] = existing;
  if (!keep) throw new Error("the sticky comment was created but cannot be found");
  for (const duplicate of extra) {
    await octokit.rest.issues
      .deleteComment({ owner, repo, comment_id: duplicate.id })
      .catch((error: { status?: number }) => {
        if (error.status !== 404) throw error; // another run removed it first
      });
  }
  const removedDuplicates = extra.length;
  // Another run may have published a newer report meanwhile (perhaps in a comment just deleted): keep its text.
  const newest = [keep, ...extra].sort((a, b) => compareText(reportIdOf(a.body), reportIdOf(b.body))).at(-1)!;
  const yielded = reportIdOf(newest.body) > report.id;
  const wanted = yielded ? (newest.body ?? "") : body;
  if (keep.body !== wanted) {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body: wanted });
  }
  if (yielded) return { action: "kept-newer", id: keep.id, url: keep.html_url, removedDuplicates };
  if (keep.body === wanted && action !== "created") action = "unchanged";
  return { action, id: keep.id, url: keep.html_url, removedDuplicates };
}

function reportIdOf(body: string | undefined): string {
  return /report=(\S+) -->/.exec(body ?? "")?.[1] ?? "";
}
