// Run one agent: build its context, enforce its time limit, and turn what it returns into a report.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type Clock, systemClock } from "./clock.ts";
import type { Agent, AgentContext, EventInfo } from "./context.ts";
import { ConfigurationError, errorMessage, isConfigurationError } from "./errors.ts";
import { git, gitOrNull } from "./git.ts";
import type { GitHubClient } from "./github/client-types.ts";
import type { LlmClient } from "./llm/client-types.ts";
import { type Logger, silentLogger } from "./logger.ts";
import { readRepoFacts } from "./repo-facts.ts";
import { failedReport, finishReport, type ReportMeta } from "./report/build.ts";
import { compareFindings, countBySeverity } from "./report/compare.ts";
import type { BaseReport } from "./report/parse.ts";
import type { Report } from "./report/schema.ts";

export interface RunAgentOptions<Config> {
  workspace: string;
  /** This agent's validated configuration. */
  config: Config;
  event?: EventInfo;
  logger?: Logger;
  clock?: Clock;
  github?: GitHubClient | null;
  llm?: LlmClient | null;
  cacheDir?: string;
  /** Fail the agent after this long. */
  timeoutMs?: number;
  /** PR mode: mark findings new/fixed/unchanged against this report. */
  baseReport?: BaseReport | null;
}

/** The event of a local run. */
export const localEvent: EventInfo = { name: "workflow_dispatch", payload: {} };

/**
 * Run an agent and return its report. A user's mistake (ConfigurationError) is thrown; any other
 * failure becomes a report with status `failed`, so a crash never loses the run's record.
 */
export async function runAgent<Config>(agent: Agent, options: RunAgentOptions<Config>): Promise<Report> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const event = options.event ?? localEvent;
  const workspace = path.resolve(options.workspace);
  if (options.baseReport) checkBaseAgent(options.baseReport, agent);
  const facts = await readRepoFacts(workspace, event);
  const startedAt = clock.now();
  const controller = new AbortController();
  const ctx: AgentContext = {
    workspace,
    event,
    config: options.config,
    logger,
    clock,
    github: options.github ?? null,
    llm: options.llm ?? null,
    cacheDir: options.cacheDir ?? path.join(workspace, ".aether", "cache"),
    signal: controller.signal,
  };
  const meta = (): ReportMeta => ({ agent: agent.name, facts, event, startedAt, finishedAt: clock.now() });
  let timer: NodeJS.Timeout | undefined;
  try {
    const limit = options.timeoutMs;
    const timeout = new Promise<never>((_, reject) => {
      if (limit === undefined) return;
      timer = setTimeout(() => {
        controller.abort();
        reject(
          new Error(
            `timed out after ${Math.round(limit / 1000)} s; raise timeout-minutes or narrow the paths analysed`,
          ),
        );
      }, limit);
    });
    const draft = await Promise.race([agent.run(ctx), timeout]);
    const report = finishReport(draft, meta());
    return withTotals(options.baseReport ? withBase(report, options.baseReport) : report);
  } catch (error) {
    if (isConfigurationError(error)) throw error;
    logger.error(
      `${agent.title} failed: ${error instanceof Error && error.stack ? error.stack : errorMessage(error)}`,
    );
    return failedReport(meta(), errorMessage(error));
  } finally {
    clearTimeout(timer);
  }
}

/** Before the run, not after it: a base report of another agent is a mistake to report at once. */
function checkBaseAgent(base: BaseReport, agent: Agent): void {
  if (base.agent === agent.name) return;
  throw new ConfigurationError({
    input: "base report",
    problem: `is a ${base.agent} report, not ${agent.name}`,
    fix: `pass a ${agent.name} report as the base`,
  });
}

/** The report's findings marked against the base's; the base's findings not found are the fixed ones. */
function withBase(report: Report, base: BaseReport): Report {
  const { findings, fixed } = compareFindings(report.findings, base.findings);
  return { ...report, findings, fixed };
}

/** Add the finding counts every report carries, so trends and outputs need no agent knowledge. */
function withTotals(report: Report): Report {
  const counts = countBySeverity(report.findings);
  const metrics: Record<string, number> = { ...report.metrics, "findings.total": report.findings.length };
  for (const [severity, n] of Object.entries(counts)) metrics[`findings.${severity}`] = n;
  if (report.findings.some((f) => f.status)) {
    metrics["findings.new"] = report.findings.filter((f) => f.status === "new").length;
    metrics["findings.fixed"] = report.fixed.length;
  }
  return { ...report, metrics };
}

/**
 * Run an agent on another commit (PR mode with `--base-ref`): a temporary git worktree, removed after.
 * The base run has no LLM and no GitHub client: only its findings are compared.
 */
export async function runAgentAtRef<Config>(
  agent: Agent,
  ref: string,
  options: RunAgentOptions<Config>,
): Promise<Report> {
  const workspace = path.resolve(options.workspace);
  const commit = (await gitOrNull(workspace, ["rev-parse", "--verify", "-q", `${ref}^{commit}`]))?.trim();
  if (!commit) {
    throw new ConfigurationError({
      input: `base ref ${ref}`,
      problem: "is not a commit in this repository",
      fix: "fetch it first (actions/checkout with fetch-depth: 0), or pass a branch, tag or SHA that exists",
    });
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "aether-base-"));
  try {
    await git(workspace, ["worktree", "add", "--detach", "--force", dir, commit]);
    return await runAgent(agent, { ...options, workspace: dir, llm: null, github: null, baseReport: null });
  } finally {
    await gitOrNull(workspace, ["worktree", "remove", "--force", dir]);
    await rm(dir, { recursive: true, force: true });
  }
}
