// publishReport: send one report everywhere the settings ask, each target on its own so one failing loses none.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { EventInfo } from "../context.ts";
import { errorMessage, isConfigurationError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { renderReport } from "../render/markdown.ts";
import { parseFailOn } from "../report/fail-on.ts";
import type { Report } from "../report/schema.ts";
import { checkConclusion, publishCheckRun } from "./check-run.ts";
import type { GitHubClient } from "./client-types.ts";
import { readPublishEvent } from "./event.ts";
import { writeJobSummary } from "./job-summary.ts";
import { failureReason } from "./permissions.ts";
import { commitReport } from "./report-commit.ts";
import type { PublishResult, TargetOutcome } from "./result.ts";
import { describeOutcome } from "./result.ts";
import { publishReviewComments } from "./review-comments.ts";
import { buildSarif, uploadSarif } from "./sarif.ts";
import { enabledTargets, type PublishSettings, type PublishTarget } from "./settings.ts";
import { publishStickyComment } from "./sticky-comment.ts";

/** Uploads a workflow artifact; the Action host implements it with @actions/artifact. */
export interface ArtifactUploader {
  upload(name: string, files: { name: string; content: string }[]): Promise<void>;
}

export interface PublishOptions {
  /** Null when there is no credential: only the summary, artifact and SARIF file are written. */
  github: GitHubClient | null;
  settings: PublishSettings;
  event: EventInfo;
  logger: Logger;
  /** Absolute path of the checked-out repository (SARIF line hashes read files there). */
  workspace: string;
  /** $GITHUB_STEP_SUMMARY, passed by the host; null outside Actions. */
  summaryFile: string | null;
  artifacts: ArtifactUploader | null;
  /** `https://github.com`, or the GHES server, for links. */
  serverUrl?: string;
  /** The agent's `fail-on` policy; decides the check run's conclusion. */
  failOn: string;
  /**
   * The token can write although the pull request comes from a fork: set by the `workflow_run`
   * publish job, which posts what the unprivileged job left in its artifact.
   */
  privileged?: boolean;
}

/** The artifact's name for an agent: `aether-report-analyze`. */
export function artifactName(agent: Report["agent"]): string {
  return `aether-report-${agent}`;
}

/**
 * Publish a report to every enabled target. Never throws for a target's failure: each outcome says
 * what happened. A bad `fail-on` value is the user's mistake and is thrown before anything is posted.
 */
export async function publishReport(report: Report, options: PublishOptions): Promise<PublishResult> {
  const policy = parseFailOn(options.failOn);
  const { github, settings, logger } = options;
  const targets = enabledTargets(settings);
  const ev = readPublishEvent(options.event, report);
  const outcomes: TargetOutcome[] = [];
  const problems: string[] = [];
  const onRetry = (error: unknown) => logger.debug(`retrying after: ${errorMessage(error)}`);
  const readOnly = ev.fork && !options.privileged;

  const blocked = (): string | null => {
    if (!ev.handled) {
      return `the ${ev.name} event is not handled; GitHub targets publish on pull_request, push, schedule and workflow_dispatch`;
    }
    if (readOnly) {
      return `pull request from the fork ${ev.headRepo ?? "(deleted)"} has a read-only token; publish it from a workflow_run job (docs/publishing.md)`;
    }
    if (!github) return "no GitHub credential (set github-token, or app-id and app-private-key)";
    return null;
  };
  const run = async (target: PublishTarget, work: () => Promise<TargetOutcome | null>) => {
    if (!targets.has(target)) return;
    let outcome: TargetOutcome;
    try {
      outcome = (await work()) ?? { target, status: "skipped", reason: "nothing to do" };
    } catch (error) {
      if (isConfigurationError(error)) throw error;
      outcome = { target, status: "failed", reason: failureReason(target, error, readOnly) };
      logger.debug(error instanceof Error && error.stack ? error.stack : errorMessage(error));
    }
    outcomes.push(outcome);
    const line = describeOutcome(outcome);
    if (outcome.status === "failed") {
      problems.push(line);
      logger.warning(line);
    } else {
      if (outcome.status === "skipped" && readOnly) problems.push(line);
      logger.info(line);
    }
  };
  const remote = (
    target: PublishTarget,
    needsPr: boolean,
    work: (gh: GitHubClient) => Promise<TargetOutcome>,
  ) =>
    run(target, async () => {
      const reason = blocked();
      if (reason) return { target, status: "skipped", reason };
      if (needsPr && ev.pullNumber === null)
        return { target, status: "skipped", reason: `a ${ev.name} run has no pull request` };
      if (!ev.headSha)
        return {
          target,
          status: "skipped",
          reason: "the commit is unknown (no git checkout and no SHA in the event)",
        };
      return work(github!);
    });

  let placedInline = new Set<string>();
  await remote("review", true, async (gh) => {
    const r = await publishReviewComments(gh, report, {
      pullNumber: ev.pullNumber!,
      headSha: ev.headSha!,
      max: settings["max-review-comments"],
      onRetry,
    });
    placedInline = r.placed;
    return {
      target: "review",
      status: "published",
      detail: `${r.posted} inline comment${r.posted === 1 ? "" : "s"} on diff lines (${r.alreadyThere} already there, ${r.outsideDiff} outside the diff went to annotations)`,
    };
  });
  await remote("check", false, async (gh) => {
    const r = await publishCheckRun(gh, report, {
      headSha: ev.headSha!,
      policy,
      skipFingerprints: placedInline,
      maxAnnotations: settings["max-annotations"],
      serverUrl: options.serverUrl,
      onRetry,
    });
    const more = r.leftOut > 0 ? `, ${r.leftOut} left out` : "";
    return {
      target: "check",
      status: "published",
      detail: `check run ${r.conclusion} with ${r.annotated} annotations${more}`,
      url: r.url,
    };
  });
  await remote("comment", true, async (gh) => {
    const r = await publishStickyComment(gh, report, {
      pullNumber: ev.pullNumber!,
      createWhenEmpty: settings["comment-when-empty"],
      serverUrl: options.serverUrl,
      onRetry,
    });
    if (r.action === "not-needed")
      return { target: "comment", status: "skipped", reason: "nothing to report and no earlier comment" };
    const extra = r.removedDuplicates ? ` (removed ${r.removedDuplicates} duplicate)` : "";
    const what =
      r.action === "kept-newer" ? "left as is: a newer run already updated it" : `sticky comment ${r.action}`;
    return { target: "comment", status: "published", detail: `${what}${extra}`, url: r.url };
  });
  await remote("commit", false, async (gh) => {
    const r = await commitReport(gh, report, {
      branch: settings["report-branch"],
      storeDir: settings["report-path"],
      serverUrl: options.serverUrl,
      onRetry,
    });
    const kept = r.keptAsIs.length ? `; kept ${r.keptAsIs.join(", ")} as is` : "";
    const detail = r.alreadyThere
      ? `already on ${r.branch}`
      : `committed ${r.files.length} file${r.files.length === 1 ? "" : "s"} to ${r.branch} at ${r.commitSha.slice(0, 7)}${kept}`;
    return { target: "commit", status: "published", detail };
  });

  let sarif: Record<string, unknown> | null = null;
  const sarifLog = async () => {
    sarif ??= await buildSarif(report, options.workspace, options.serverUrl);
    return sarif;
  };
  await run("sarif", async () => {
    await sarifLog();
    const file = path.resolve(options.workspace, settings["sarif-file"]);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(sarif, null, 2)}\n`);
    return { target: "sarif", status: "published", detail: `wrote ${settings["sarif-file"]}` };
  });
  await remote("sarif-upload", false, async (gh) => {
    // Code scanning wants the commit that was analysed: the merge commit when the checkout was the merge ref.
    const analysed = report.commit ?? ev.headSha!;
    const ref =
      ev.pullNumber !== null && analysed !== ev.headSha ? `refs/pull/${ev.pullNumber}/merge` : ev.ref;
    if (!ref) return { target: "sarif-upload", status: "skipped", reason: "the analysed ref is unknown" };
    const id = await uploadSarif(gh, await sarifLog(), {
      commitSha: analysed,
      ref,
      startedAt: report.startedAt,
    });
    return { target: "sarif-upload", status: "published", detail: `uploaded to code scanning (id ${id})` };
  });

  await run("artifact", async () => {
    if (!options.artifacts)
      return { target: "artifact", status: "skipped", reason: "no artifact service outside GitHub Actions" };
    const files = [
      { name: "report.json", content: `${JSON.stringify(report, null, 2)}\n` },
      { name: "report.md", content: renderReport(report, { target: "file", serverUrl: options.serverUrl }) },
      ...(sarif ? [{ name: "report.sarif", content: JSON.stringify(sarif) }] : []),
    ];
    await options.artifacts.upload(artifactName(report.agent), files);
    return {
      target: "artifact",
      status: "published",
      detail: `uploaded ${artifactName(report.agent)} (${files.map((f) => f.name).join(", ")})`,
    };
  });
  await run("summary", async () => {
    if (!options.summaryFile)
      return { target: "summary", status: "skipped", reason: "no job summary file outside GitHub Actions" };
    const size = await writeJobSummary(options.summaryFile, report, outcomes, options.serverUrl);
    return { target: "summary", status: "published", detail: `wrote the job summary (${size} characters)` };
  });

  const conclusion = checkConclusion(report, policy);
  return { outcomes, conclusion, problems };
}
