// The run every host performs: config → agents (with PR base) → report store. Hosts only gather inputs and show results.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type Clock, systemClock } from "./clock.ts";
import type { CommonSettings } from "./config/common.ts";
import { type ConfigFile, type ConfigScope, readConfigFile, resolveConfig } from "./config/load.ts";
import type { Agent, EventInfo } from "./context.ts";
import { ConfigurationError } from "./errors.ts";
import { gitOrNull } from "./git.ts";
import { type PublishSettings, publishConfigScope } from "./github/settings.ts";
import { createLlmClient } from "./llm/create-client.ts";
import { llmSecretsFromEnv } from "./llm/secrets.ts";
import { type LlmSettings, llmConfigScope } from "./llm/settings.ts";
import type { Logger } from "./logger.ts";
import { runCrew } from "./orchestrator.ts";
import { renderReport } from "./render/markdown.ts";
import { readRepoFacts } from "./repo-facts.ts";
import { failedReport } from "./report/build.ts";
import { failingFindings, parseFailOn } from "./report/fail-on.ts";
import { type BaseReport, parseBaseReport } from "./report/parse.ts";
import type { Finding, Report } from "./report/schema.ts";
import { runAgent, runAgentAtRef } from "./run-agent.ts";
import { DEFAULT_STORE_DIR, ReportStore, type SavedReport } from "./store/report-store.ts";

export interface PipelineOptions {
  agents: Agent[];
  workspace: string;
  event: EventInfo;
  /** Action inputs or CLI `--input key=value` pairs; validated against the agents' schemas. */
  inputs: Record<string, string>;
  logger: Logger;
  clock?: Clock;
  /** Store folder relative to the workspace; null to not save. */
  storeDir?: string | null;
  cacheDir?: string;
  /** Where keys and tokens come from (hosts pass process.env); kit never reads the environment itself. */
  secrets?: Record<string, string | undefined>;
}

export interface PipelineResult {
  outcomes: AgentOutcome[];
  /** The resolved `publish` settings, for hosts that publish. */
  publish: PublishSettings;
}

export interface AgentOutcome {
  report: Report;
  /** The committed-file rendering, also what `aether run` prints; rendered once, on first use. */
  markdown(): string;
  saved: SavedReport | null;
  /** Findings that break the agent's `fail-on` policy. */
  failing: Finding[];
  failOn: string;
}

/** Run the agents once and save their reports. A user mistake throws ConfigurationError before any agent runs. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const workspace = path.resolve(options.workspace);
  const file = await readConfigFile(workspace);
  const resolved = options.agents.map((agent) => resolveSettings(agent, file, options.inputs));
  const configs = new Map(options.agents.map((agent, i) => [agent.name, resolved[i]!.config]));
  const shared = resolved[0] ?? resolveSettings(null, file, options.inputs);
  const clock = options.clock ?? systemClock;
  const cacheDir = options.cacheDir ?? path.join(workspace, ".aether", "cache");
  const { client: llm, reason: noLlm } = createLlmClient(
    shared.llm,
    llmSecretsFromEnv(options.secrets ?? {}),
    {
      cacheDir,
      logger: options.logger,
      clock,
    },
  );
  const store =
    options.storeDir === null
      ? null
      : new ReportStore(path.resolve(workspace, options.storeDir ?? DEFAULT_STORE_DIR));

  const reports = await runCrew(
    options.agents,
    async (agent) => {
      const config = configs.get(agent.name)!;
      const run = { workspace, config, event: options.event, logger: options.logger, clock, cacheDir };
      // The base run (PR mode) gets no model: only its findings are compared, so it spends no tokens.
      const base = await loadBase(agent, config, run);
      const report = await runAgent(agent, {
        ...run,
        llm,
        baseReport: base.report,
        timeoutMs: config["timeout-minutes"] * 60_000,
      });
      const notes = [base.note, noLlm].filter((n): n is string => n !== null);
      return notes.length ? { ...report, notes: [...report.notes, ...notes] } : report;
    },
    (agent, because) => skipped(agent, because, workspace, options.event, clock),
  );
  const outcomes: AgentOutcome[] = [];
  for (const report of reports) {
    const config = configs.get(report.agent)!;
    // Rendering a large report takes a while, and a --json run with --no-save never needs it.
    let rendered: string | undefined;
    const markdown = () => {
      rendered ??= renderReport(report, { target: "file" });
      return rendered;
    };
    const saved = store ? await store.save(report, markdown()) : null;
    if (saved?.keptHandWritten) {
      options.logger.warning(
        `${saved.keptHandWritten} was edited by hand, so it was left alone; the new report is in ${saved.markdown}.`,
      );
    }
    const failing = failingFindings(report.findings, parseFailOn(config["fail-on"]));
    outcomes.push({ report, markdown, saved, failing, failOn: config["fail-on"] });
  }
  return { outcomes, publish: shared.publish };
}

type AgentConfig = CommonSettings & Record<string, unknown>;

interface Settings {
  config: AgentConfig;
  llm: LlmSettings;
  publish: PublishSettings;
}

/**
 * An agent's settings with the run-wide `llm` and `publish` ones, in one resolveConfig call, so an
 * input none of them claims is an error. Without an agent, only the run-wide ones.
 */
function resolveSettings(agent: Agent | null, file: ConfigFile, inputs: Record<string, string>): Settings {
  const agentScope = agent
    ? { config: { fileKey: agent.name, schema: agent.configSchema as never, inputPrefix: "" } }
    : {};
  const scopes = { ...agentScope, llm: llmConfigScope, publish: publishConfigScope } as Record<
    string,
    ConfigScope
  >;
  const resolved = resolveConfig(file, inputs, scopes) as unknown as Settings;
  if (agent) parseFailOn(resolved.config["fail-on"]);
  return resolved;
}

interface Base {
  report: BaseReport | null;
  /** Why PR mode is off, when the user would expect it on. */
  note: string | null;
}

/**
 * The base to compare with: `base-report`, else `base-ref`, else on a pull_request event the PR's
 * base commit when the checkout has it.
 */
async function loadBase(
  agent: Agent,
  config: AgentConfig,
  run: Parameters<typeof runAgent>[1],
): Promise<Base> {
  if (config["base-report"]) {
    const file = path.resolve(run.workspace, config["base-report"]);
    const text = await readFile(file, "utf8").catch(() => {
      throw new ConfigurationError({
        input: `base-report ${config["base-report"]}`,
        problem: "cannot be read",
        fix: "pass the path of a report JSON file, e.g. one from `aether report list`",
      });
    });
    return { report: parseBaseReport(text, config["base-report"]), note: null };
  }
  if (config["base-ref"]) return { report: await runAgentAtRef(agent, config["base-ref"], run), note: null };
  const prBase = (run.event?.payload as { pull_request?: { base?: { sha?: string } } } | undefined)
    ?.pull_request?.base?.sha;
  if (!prBase) return { report: null, note: null };
  if (!(await hasCommit(run.workspace, prBase))) {
    return {
      report: null,
      note: "Findings are not marked new or fixed: the pull request's base commit is not in this checkout. Use fetch-depth: 0 with actions/checkout, or pass base-report.",
    };
  }
  return { report: await runAgentAtRef(agent, prBase, run), note: null };
}

async function hasCommit(workspace: string, sha: string): Promise<boolean> {
  return (await gitOrNull(workspace, ["cat-file", "-t", sha]))?.trim() === "commit";
}

function skipped(
  agent: Agent,
  because: string,
  workspace: string,
  event: EventInfo,
  clock: Clock,
): Promise<Report> {
  return readRepoFacts(workspace, event).then((facts) => {
    const now = clock.now();
    return failedReport(
      { agent: agent.name, facts, event, startedAt: now, finishedAt: now },
      `not run because ${because} did not succeed`,
      "skipped",
    );
  });
}
