// The check run per agent ("Aether / analyze"): conclusion from fail-on, summary from the report, annotations.
import { renderReport } from "../render/markdown.ts";
import { type FailPolicy, failingFindings } from "../report/fail-on.ts";
import type { Finding, Report } from "../report/schema.ts";
import type { GitHubClient } from "./client-types.ts";
import { noBlindRetry, writeOnce } from "./write-once.ts";

/** GitHub's limit per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
const SUMMARY_LIMIT = 65_535;

export interface CheckRunResult {
  id: number;
  url: string;
  conclusion: "success" | "failure" | "neutral";
  annotated: number;
  leftOut: number;
}

/** The check run's name for an agent. */
export function checkRunName(agent: Report["agent"]): string {
  return `Aether / ${agent}`;
}

/** The conclusion a report earns under a fail-on policy. A crashed agent fails; a skipped one is neutral. */
export function checkConclusion(report: Report, policy: FailPolicy): CheckRunResult["conclusion"] {
  if (report.status === "failed") return "failure";
  if (report.status === "skipped") return "neutral";
  return failingFindings(report.findings, policy).length > 0 ? "failure" : "success";
}

type Annotation = {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title: string;
  raw_details?: string;
};

const level: Record<Finding["severity"], Annotation["annotation_level"]> = {
  high: "failure",
  medium: "warning",
  low: "notice",
  info: "notice",
};
const rank = { high: 0, medium: 1, low: 2, info: 3 } as const;

/** Findings as annotations, most severe first. In PR mode only new findings are annotated. */
export function annotationsFor(findings: readonly Finding[]): Annotation[] {
  const inPr = findings.some((f) => f.status !== undefined);
  return findings
    .filter((f) => f.location && (!inPr || f.status === "new"))
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .map((f) => {
      const start = f.location!.startLine ?? 1;
      const end = Math.max(start, f.location!.endLine ?? start);
      return {
        path: f.location!.file,
        start_line: start,
        end_line: end,
        annotation_level: level[f.severity],
        message: f.message.slice(0, 60_000),
        title: f.ruleId,
        ...(f.suggestion ? { raw_details: f.suggestion.slice(0, 60_000) } : {}),
      };
    });
}

/**
 * Create the agent's check run on `headSha`, then append annotations 50 at a time. A lost response on
 * the create is resolved by looking the run up by its external id (the report id), never by creating twice.
 */
export async function publishCheckRun(
  github: GitHubClient,
  report: Report,
  options: {
    headSha: string;
    policy: FailPolicy;
    /** Findings already shown as inline review comments. */
    skipFingerprints: ReadonlySet<string>;
    maxAnnotations: number;
    serverUrl?: string;
    onRetry?: (error: unknown) => void;
  },
): Promise<CheckRunResult> {
  const { octokit, owner, repo } = github;
  const name = checkRunName(report.agent);
  const conclusion = checkConclusion(report, options.policy);
  const all = annotationsFor(report.findings.filter((f) => !options.skipFingerprints.has(f.fingerprint)));
  const shown = all.slice(0, options.maxAnnotations);
  const leftOut = all.length - shown.length;
  const output = {
    title: report.summary.slice(0, 255) || name,
    summary: renderReport(report, { target: "summary", limit: SUMMARY_LIMIT, serverUrl: options.serverUrl }),
    ...(leftOut > 0
      ? {
          text: `${leftOut} more finding${leftOut === 1 ? " was" : "s were"} not annotated (max-annotations is ${options.maxAnnotations}); the summary and the report artifact list them all.`,
        }
      : {}),
  };
  const find = async () => {
    const { data } = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: options.headSha,
      check_name: name,
      filter: "all",
      per_page: 100,
    });
    return data.check_runs.find((r) => r.external_id === report.id) ?? null;
  };
  const run = await writeOnce({
    write: async () =>
      (
        await octokit.rest.checks.create({
          owner,
          repo,
          name,
          head_sha: options.headSha,
          external_id: report.id,
          status: "completed",
          conclusion,
          completed_at: report.finishedAt,
          output: { ...output, annotations: shown.slice(0, ANNOTATIONS_PER_REQUEST) },
          ...noBlindRetry,
        })
      ).data,
    find,
    retries: github.tuning.retries,
    unitMs: github.tuning.retryUnitMs,
    onRetry: options.onRetry,
  });
  for (let sent = ANNOTATIONS_PER_REQUEST; sent < shown.length; sent += ANNOTATIONS_PER_REQUEST) {
    const batch = shown.slice(sent, sent + ANNOTATIONS_PER_REQUEST);
    const expected = sent + batch.length;
    await writeOnce({
      write: () =>
        octokit.rest.checks.update({
          owner,
          repo,
          check_run_id: run.id,
          output: { ...output, annotations: batch },
          ...noBlindRetry,
        }),
      // Annotations append: if the count already includes this batch, it landed.
      find: async () => {
        const { data } = await octokit.rest.checks.get({ owner, repo, check_run_id: run.id });
        return data.output.annotations_count >= expected ? ({} as never) : null;
      },
      retries: github.tuning.retries,
      unitMs: github.tuning.retryUnitMs,
      onRetry: options.onRetry,
    });
  }
  return { id: run.id, url: run.html_url ?? "", conclusion, annotated: shown.length, leftOut };
}
