// `aether run [agent] [path]`: the same pipeline the Action runs, on a local folder or a replayed workflow run.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { crew, selectAgents } from "@aetherstack/host/crew";
import {
  type AgentOutcome,
  ConfigurationError,
  type EventInfo,
  formatUsage,
  localEvent,
  readEventFile,
  runPipeline,
} from "@aetherstack/kit";
import { defineCommand } from "citty";
import { exitCodes } from "../exit-codes.ts";
import { outputMode, terminalLogger } from "../terminal-logger.ts";

export default defineCommand({
  meta: { name: "run", description: "Run an agent (analyze, or all) on a repository and print its report." },
  args: {
    agent: {
      type: "positional",
      required: false,
      description: "Agent to run: analyze, or all",
      default: "analyze",
    },
    path: {
      type: "positional",
      required: false,
      description: "Repository or folder (default: current folder)",
    },
    json: { type: "boolean", description: "Print the report as JSON instead of Markdown" },
    out: { type: "string", description: "Also write the report to this file (.md or .json)" },
    save: { type: "boolean", default: true, description: "Save to the report store (--no-save to skip)" },
    store: { type: "string", description: "Report store folder (default .aether/reports)" },
    baseRef: { type: "string", description: "PR mode: compare with the same agent run on this git ref" },
    baseReport: { type: "string", description: "PR mode: compare with this stored report JSON" },
    failOn: {
      type: "string",
      description: "Exit 1 on findings: never, high, medium, low, info, new-<severity>",
    },
    input: { type: "string", description: "Set an action input: --input key=value (repeatable)" },
    workflow: { type: "string", description: "Replay: run the AetherStack steps of this workflow file" },
    event: { type: "string", description: "Event payload JSON for the run (a webhook payload)" },
    eventName: { type: "string", description: "Event name when it cannot be told from the payload" },
    provider: {
      type: "string",
      description: "LLM provider: openai, azure, github-models, openai-compatible, none",
    },
    model: { type: "string", description: "LLM model id (the provider's default when not set)" },
    offline: { type: "boolean", description: "LLM answers only from the cache: no network, no key needed" },
    verbose: { type: "boolean", description: "Print debug lines" },
  },
  async run({ args, rawArgs }) {
    const { agent, folder } = agentAndFolder(args.agent, args.path);
    const workspace = path.resolve(folder);
    const mode = outputMode(Boolean(args.json));
    const logger = terminalLogger(mode, process.stderr, Boolean(args.verbose));
    const event: EventInfo = args.event
      ? await readEventFile(path.resolve(args.event), args.eventName)
      : localEvent;
    const inputs = { ...flagInputs(args), ...repeatedInputs(rawArgs) };
    const runs = args.workflow
      ? await replayRuns(path.resolve(workspace, args.workflow), event, inputs)
      : [{ agent, inputs, label: agent }];
    const outcomes: AgentOutcome[] = [];
    for (const run of runs) {
      if (runs.length > 1 || args.workflow) logger.info(`Running ${run.label}`);
      const result = await runPipeline({
        agents: selectAgents(run.agent),
        workspace,
        event,
        inputs: run.inputs,
        logger,
        storeDir: args.save === false ? null : (args.store ?? undefined),
        secrets: process.env,
      });
      outcomes.push(...result.outcomes);
    }
    await show(outcomes, args, logger);
    return exitCode(outcomes);
  },
});

/** `aether run .` and `aether run analyze .` both work: a first word that is not an agent is the path. */
function agentAndFolder(
  first: string | undefined,
  second: string | undefined,
): { agent: string; folder: string } {
  if (first && second) return { agent: first, folder: second };
  if (!first) return { agent: "analyze", folder: "." };
  const isAgent = first === "all" || crew.some((a) => a.name === first);
  // A word that is neither an agent nor an existing path is most likely a misspelt agent: say so.
  return isAgent || !existsSync(first) ? { agent: first, folder: "." } : { agent: "analyze", folder: first };
}

function flagInputs(args: Record<string, unknown>): Record<string, string> {
  const inputs: Record<string, string> = {};
  if (typeof args.baseRef === "string") inputs["base-ref"] = args.baseRef;
  if (typeof args.baseReport === "string") inputs["base-report"] = path.resolve(args.baseReport);
  if (typeof args.failOn === "string") inputs["fail-on"] = args.failOn;
  if (typeof args.provider === "string") inputs["llm-provider"] = args.provider;
  if (typeof args.model === "string") inputs["llm-model"] = args.model;
  if (args.offline === true) inputs["llm-offline"] = "true";
  return inputs;
}

/** Every `--input key=value`, in order (citty keeps only the last of a repeated flag). */
function repeatedInputs(rawArgs: string[]): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (let i = 0; i < rawArgs.length; i++) {
    const word = rawArgs[i]!;
    const value = word === "--input" ? rawArgs[++i] : word.startsWith("--input=") ? word.slice(8) : undefined;
    if (value === undefined) continue;
    const eq = value.indexOf("=");
    if (eq <= 0) {
      throw new ConfigurationError({
        input: `--input ${value}`,
        problem: "is not a key=value pair",
        fix: "write it as --input history-months=6",
      });
    }
    inputs[value.slice(0, eq).trim()] = value.slice(eq + 1);
  }
  return inputs;
}

async function show(
  outcomes: AgentOutcome[],
  args: { json?: boolean; out?: string },
  logger: ReturnType<typeof terminalLogger>,
) {
  const json = outcomes.length === 1 ? outcomes[0]!.report : outcomes.map((o) => o.report);
  const markdown = () => outcomes.map((o) => o.markdown()).join("\n");
  process.stdout.write(args.json ? `${JSON.stringify(json, null, 2)}\n` : markdown());
  if (args.out) {
    const out = path.resolve(args.out);
    await writeFile(out, out.endsWith(".json") ? `${JSON.stringify(json, null, 2)}\n` : markdown());
    logger.info(`Wrote ${path.relative(process.cwd(), out) || out}`);
  }
  for (const o of outcomes) {
    if (o.saved) logger.info(`Saved ${o.report.agent} report to the store: ${o.saved.json}`);
    if (o.report.llm) logger.info(`LLM ${formatUsage(o.report.llm)}`);
    if (o.failing.length) logger.warning(`${o.failing.length} finding(s) break fail-on ${o.failOn}`);
  }
}

function exitCode(outcomes: AgentOutcome[]): number {
  if (outcomes.some((o) => o.report.status === "failed")) return exitCodes.agentFailed;
  if (outcomes.some((o) => o.failing.length > 0)) return exitCodes.failOn;
  return exitCodes.ok;
}

/** The workflow's steps that use our actions; the workflow parser (yaml) loads only for a replay. */
async function replayRuns(...args: Parameters<typeof import("../replay/replay-steps.ts").replaySteps>) {
  const { replaySteps } = await import("../replay/replay-steps.ts");
  return replaySteps(...args);
}
