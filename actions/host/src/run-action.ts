// The GitHub Action entry every action bundles: inputs and env in, the shared pipeline, outputs and status out.
import * as core from "@actions/core";
import {
  type AgentOutcome,
  DEFAULT_STORE_DIR,
  type EventInfo,
  errorMessage,
  isConfigurationError,
  readEventFile,
  runPipeline,
} from "@aetherstack/kit";
import { readActionInputs } from "./action-inputs.ts";
import { actionLogger } from "./action-logger.ts";
import { selectAgents } from "./crew.ts";
import { publishOutcomes } from "./publish-step.ts";

/** Inputs the host itself reads; the rest go to the agents' and layers' schemas. */
const hostInputs = ["agent", "store-dir"] as const;

/**
 * Run a GitHub Action step: `agent` names the action's own agent, or is "from-input" for the
 * umbrella action whose `agent` input picks one or `all`. Never throws: failures set the step status.
 */
export async function runAction(agent: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const logger = actionLogger();
  try {
    const inputs = readActionInputs(env);
    const selected = selectAgents(agent === "from-input" ? inputs.agent || "all" : agent);
    const storeDir = inputs["store-dir"] || undefined;
    for (const key of hostInputs) delete inputs[key];
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const event: EventInfo = env.GITHUB_EVENT_PATH
      ? await readEventFile(env.GITHUB_EVENT_PATH, env.GITHUB_EVENT_NAME)
      : { name: env.GITHUB_EVENT_NAME || "workflow_dispatch", payload: {} };
    const { outcomes, publish } = await runPipeline({
      agents: selected,
      workspace,
      event,
      inputs,
      logger,
      storeDir,
      secrets: withGitHubToken(env, inputs),
    });
    // Outputs first: they point at the stored report, which a publishing problem must not hide.
    setOutputs(outcomes, storeDir ?? DEFAULT_STORE_DIR);
    await logger.step("Publishing", () =>
      publishOutcomes(outcomes, publish, { env, event, workspace, logger }),
    );
    concludeStep(outcomes);
  } catch (error) {
    if (isConfigurationError(error)) core.setFailed(error.message);
    else
      core.setFailed(
        `AetherStack failed unexpectedly; please report this with the log: ${error instanceof Error ? error.stack : errorMessage(error)}`,
      );
  }
}

/** GitHub Models authenticates with the workflow's token: take it from the github-token input unless env has one. */
function withGitHubToken(
  env: NodeJS.ProcessEnv,
  inputs: Record<string, string>,
): Record<string, string | undefined> {
  return { ...env, GITHUB_TOKEN: env.GITHUB_TOKEN || inputs["github-token"] || undefined };
}

function setOutputs(outcomes: AgentOutcome[], storeDir: string): void {
  const first = outcomes[0];
  if (!first) return;
  const all = outcomes.flatMap((o) => o.report.findings);
  core.setOutput("report-path", first.saved ? `${storeDir}/${first.saved.json}` : "");
  core.setOutput("markdown-path", first.saved?.markdown ? `${storeDir}/${first.saved.markdown}` : "");
  core.setOutput("findings-total", String(all.length));
  core.setOutput("findings-high", String(all.filter((f) => f.severity === "high").length));
  core.setOutput("findings-new", String(all.filter((f) => f.status === "new").length));
  core.setOutput("summary", outcomes.map((o) => o.report.summary).join(" | "));
}

function concludeStep(outcomes: AgentOutcome[]): void {
  const failed = outcomes.filter((o) => o.report.status === "failed");
  if (failed.length) {
    core.setFailed(failed.map((o) => o.report.summary).join("; "));
    return;
  }
  const breaking = outcomes.filter((o) => o.failing.length > 0);
  if (breaking.length) {
    core.setFailed(
      breaking
        .map((o) => `${o.report.agent}: ${o.failing.length} finding(s) break fail-on ${o.failOn}`)
        .join("; "),
    );
  }
}
