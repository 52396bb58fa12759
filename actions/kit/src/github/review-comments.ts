// Inline review comments, only on lines that are part of the pull request's diff; the rest are annotations.
import type { Root } from "mdast";
import { stringifyMarkdown } from "../render/markdown.ts";
import type { Finding, Report } from "../report/schema.ts";
import type { GitHubClient } from "./client-types.ts";
import { commentableLines } from "./diff-lines.ts";
import { noBlindRetry, writeOnce } from "./write-once.ts";

export interface ReviewResult {
  /** Fingerprints now shown inline (posted now or by an earlier run). */
  placed: Set<string>;
  posted: number;
  alreadyThere: number;
  outsideDiff: number;
}

function findingMarker(finding: Finding): string {
  return `<!-- aetherstack:finding ${finding.fingerprint} -->`;
}

/** The body of one inline comment, built as mdast. */
export function reviewCommentBody(finding: Finding): string {
  const tree: Root = {
    type: "root",
    children: [
      { type: "html", value: findingMarker(finding) },
      {
        type: "paragraph",
        children: [
          { type: "strong", children: [{ type: "text", value: `${finding.severity}` }] },
          { type: "text", value: " " },
          { type: "inlineCode", value: finding.ruleId },
          { type: "text", value: ` ${finding.message}` },
        ],
      },
      ...(finding.suggestion
        ? [{ type: "paragraph" as const, children: [{ type: "text" as const, value: finding.suggestion }] }]
        : []),
    ],
  };
  return stringifyMarkdown(tree);
}

/** The review's own body (GitHub requires one for a COMMENT review), as mdast. */
function reviewBody(report: Report, count: number): string {
  const tree: Root = {
    type: "root",
    children: [
      {
        type: "paragraph",
        children: [
          { type: "strong", children: [{ type: "text", value: `Aether / ${report.agent}` }] },
          {
            type: "text",
            value: `: ${count} new finding${count === 1 ? "" : "s"} on changed lines. The sticky comment has the full report.`,
          },
        ],
      },
    ],
  };
  return stringifyMarkdown(tree);
}

/**
 * Post new findings that sit on diff lines as one review (event COMMENT). Findings already commented
 * on by an earlier run (by marker) are not posted again.
 */
export async function publishReviewComments(
  github: GitHubClient,
  report: Report,
  options: { pullNumber: number; headSha: string; max: number; onRetry?: (e: unknown) => void },
): Promise<ReviewResult> {
  const { octokit, owner, repo } = github;
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner,
    repo,
    pull_number: options.pullNumber,
    per_page: 100,
  });
  const lines = commentableLines(files);
  const inPr = report.findings.some((f) => f.status !== undefined);
  const candidates = report.findings.filter((f) => f.location?.startLine && (!inPr || f.status === "new"));
  const onDiff = candidates.filter((f) => lines.get(f.location!.file)?.has(f.location!.startLine!));
  const postedBefore = async () => {
    const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
      owner,
      repo,
      pull_number: options.pullNumber,
      per_page: 100,
    });
    return new Set(
      comments.map((c) => /<!-- aetherstack:finding ([0-9a-f]+) -->/.exec(c.body)?.[1]).filter(Boolean),
    );
  };
  const before = await postedBefore();
  const fresh = onDiff.filter((f) => !before.has(f.fingerprint)).slice(0, options.max);
  const placed = new Set(onDiff.filter((f) => before.has(f.fingerprint)).map((f) => f.fingerprint));
  if (fresh.length > 0) {
    await writeOnce({
      write: () =>
        octokit.rest.pulls.createReview({
          owner,
          repo,
          pull_number: options.pullNumber,
          commit_id: options.headSha,
          event: "COMMENT",
          body: reviewBody(report, fresh.length),
          comments: fresh.map((f) => ({
            path: f.location!.file,
            line: f.location!.startLine!,
            side: "RIGHT" as const,
            body: reviewCommentBody(f),
          })),
          ...noBlindRetry,
        }),
      find: async () => ((await postedBefore()).has(fresh[0]!.fingerprint) ? ({} as never) : null),
      retries: github.tuning.retries,
      unitMs: github.tuning.retryUnitMs,
      onRetry: options.onRetry,
    });
    for (const f of fresh) placed.add(f.fingerprint);
  }
  return {
    placed,
    posted: fresh.length,
    alreadyThere: onDiff.filter((f) => before.has(f.fingerprint)).length,
    outsideDiff: candidates.length - onDiff.length,
  };
}
