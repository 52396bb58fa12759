// The privileged half of the fork-PR pattern: post what the unprivileged run left in its artifact.
// It reads only data (report JSON, validated by the schema); it never checks out or runs PR code.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  ConfigurationError,
  type EventInfo,
  type GitHubClient,
  type Logger,
  type PublishResult,
  type PublishSettings,
  parseReport,
  publishReport,
  type Report,
} from "@aetherstack/kit";

export interface PublishArtifactOptions {
  /** Where actions/download-artifact put the artifacts (one folder per artifact, or the files). */
  reportDir: string;
  /** The `workflow_run` event that started this job. */
  event: EventInfo;
  github: GitHubClient | null;
  settings: PublishSettings;
  logger: Logger;
  workspace: string;
  summaryFile: string | null;
  serverUrl?: string;
  failOn: string;
}

interface WorkflowRunPayload {
  workflow_run?: {
    event?: string;
    head_sha?: string;
    head_branch?: string;
    conclusion?: string | null;
    head_repository?: { full_name?: string } | null;
  };
  repository?: { full_name?: string };
}

/** Find every `report.json` under the download folder, parse it through the report schema. */
export async function readArtifactReports(dir: string): Promise<{ file: string; report: Report }[]> {
  const files = await findReportFiles(dir);
  if (files.length === 0) {
    throw new ConfigurationError({
      input: `report-dir ${dir}`,
      problem: "holds no report.json",
      fix: "download the aether-report-* artifact of the triggering run into it (actions/download-artifact with run-id)",
    });
  }
  const reports = [];
  for (const file of files)
    reports.push({
      file,
      report: parseReport(await readFile(file, "utf8"), path.relative(dir, file) || file),
    });
  return reports;
}

async function findReportFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await findReportFiles(abs)));
    else if (e.name === "report.json") out.push(abs);
  }
  return out.sort();
}

/**
 * Publish each report of the artifact. The artifact is untrusted: its report must be for this
 * repository and for the commit the triggering run built; its pull request must still point there.
 */
export async function publishArtifactReports(options: PublishArtifactOptions): Promise<PublishResult[]> {
  const payload = options.event.payload as WorkflowRunPayload;
  const run = payload.workflow_run;
  if (options.event.name !== "workflow_run" || !run?.head_sha) {
    throw new ConfigurationError({
      input: `event ${options.event.name}`,
      problem: "is not workflow_run, so there is no analysis run whose artifact to publish",
      fix: "trigger this workflow with `on: workflow_run: workflows: [<the analysis workflow>]`",
    });
  }
  const repository = payload.repository?.full_name ?? null;
  const results: PublishResult[] = [];
  for (const { file, report } of await readArtifactReports(options.reportDir)) {
    const where = path.relative(options.reportDir, file);
    if (report.repo !== null && repository !== null && report.repo !== repository) {
      throw untrusted(where, `is for ${report.repo}, not ${repository}`);
    }
    const event = await eventFor(report, run, options, where);
    results.push(
      await publishReport(report, {
        github: options.github,
        settings: options.settings,
        event,
        logger: options.logger,
        workspace: options.workspace,
        summaryFile: options.summaryFile,
        artifacts: null,
        serverUrl: options.serverUrl,
        failOn: options.failOn,
        privileged: true,
      }),
    );
  }
  return results;
}

async function eventFor(
  report: Report,
  run: NonNullable<WorkflowRunPayload["workflow_run"]>,
  options: PublishArtifactOptions,
  where: string,
): Promise<EventInfo> {
  const repository = (options.event.payload as WorkflowRunPayload).repository;
  if (!report.pullRequest) {
    if (report.commit !== run.head_sha) throw wrongCommit(where, report, run.head_sha!);
    return {
      name: run.event ?? "push",
      payload: {
        after: run.head_sha,
        ref: run.head_branch ? `refs/heads/${run.head_branch}` : undefined,
        repository,
      },
    };
  }
  if (!options.github)
    return { name: "pull_request", payload: { number: report.pullRequest.number, repository } };
  const { octokit, owner, repo } = options.github;
  const { data: pr } = await octokit.rest.pulls.get({ owner, repo, pull_number: report.pullRequest.number });
  // actions/checkout checks out the test merge commit by default, so that is what the report may name.
  if (report.commit !== run.head_sha && report.commit !== pr.merge_commit_sha) {
    throw wrongCommit(where, report, run.head_sha!);
  }
  if (pr.head.sha !== run.head_sha) {
    // A newer push is being analysed; its own run will publish. Posting this one would be stale.
    throw untrusted(
      where,
      `names PR #${pr.number}, whose head is now ${pr.head.sha.slice(0, 7)}, not ${run.head_sha!.slice(0, 7)}`,
    );
  }
  return { name: "pull_request", payload: { number: pr.number, pull_request: pr, repository } };
}

function wrongCommit(where: string, report: Report, headSha: string): ConfigurationError {
  return untrusted(
    where,
    `is for commit ${report.commit ?? "(none)"}, not ${headSha} which the triggering run built (nor its merge commit)`,
  );
}

function untrusted(file: string, problem: string): ConfigurationError {
  return new ConfigurationError({
    input: `artifact ${file}`,
    problem,
    fix: "nothing was posted; publish only artifacts of the run that triggered this workflow",
  });
}
