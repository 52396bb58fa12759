// Replay: find the AetherStack steps of a workflow and resolve their `with:` inputs for a given event.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigurationError, type EventInfo } from "@aetherstack/kit";
import { parse } from "yaml";
import { type Contexts, interpolate, stringify, truthy, type Value } from "./expressions.ts";

export interface ReplayRun {
  agent: string;
  inputs: Record<string, string>;
  /** `job / step` for progress lines. */
  label: string;
}

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: unknown;
}
interface Job {
  name?: string;
  if?: unknown;
  env?: Record<string, unknown>;
  steps?: Step[];
}

/**
 * Which agent a `uses:` runs, or null when it is not ours. Local paths (`./actions/analyze`, `./`)
 * and published ones (`owner/aetherstack/actions/analyze@v1`, `owner/aetherstack@v1`) are recognised;
 * the umbrella action's agent comes from its `agent` input.
 */
export function agentOfUses(uses: string, withInputs: Record<string, string>): string | null {
  const local = /^\.\/?(?:actions\/([a-z]+))?\/?$/.exec(uses.trim());
  const remote = /^[^/\s]+\/aetherstack(?:\/actions\/([a-z]+))?@\S+$/i.exec(uses.trim());
  const m = local ?? remote;
  if (!m) return null;
  return m[1] ?? withInputs.agent ?? "all";
}

/** The AetherStack steps of `workflowFile`, with inputs resolved against `event`; `overrides` win. */
export async function replaySteps(
  workflowFile: string,
  event: EventInfo,
  overrides: Record<string, string>,
): Promise<ReplayRun[]> {
  const shown = path.relative(process.cwd(), workflowFile) || workflowFile;
  const workflow = await readWorkflow(workflowFile, shown);
  const base: Contexts = {
    github: githubContext(event),
    inputs: dispatchInputs(workflow, event),
    vars: {},
    secrets: {},
    runner: { os: "Linux", temp: "/tmp" },
  };
  const workflowEnv = resolveEnv(workflow.env, base, `${shown}: env`);
  const runs: ReplayRun[] = [];
  for (const [jobId, job] of Object.entries(workflow.jobs as Record<string, Job>)) {
    const jobContexts = {
      ...base,
      env: {
        ...workflowEnv,
        ...resolveEnv(job.env, { ...base, env: workflowEnv }, `${shown}: jobs.${jobId}.env`),
      },
    };
    if (job.if !== undefined && !condition(job.if, jobContexts, `${shown}: jobs.${jobId}.if`)) continue;
    for (const [index, step] of (job.steps ?? []).entries()) {
      if (!step.uses) continue;
      const where = `${shown}: jobs.${jobId}.steps[${index}]`;
      const contexts = {
        ...jobContexts,
        env: { ...(jobContexts.env as object), ...resolveEnv(step.env, jobContexts, `${where}.env`) },
      };
      const inputs: Record<string, string> = {};
      for (const [key, raw] of Object.entries(step.with ?? {})) {
        inputs[key] = stringify(interpolate(String(raw), contexts as Contexts, `${where}.with.${key}`));
      }
      const agent = agentOfUses(step.uses, inputs);
      if (!agent) continue;
      if (step.if !== undefined && !condition(step.if, contexts as Contexts, `${where}.if`)) continue;
      delete inputs.agent;
      runs.push({
        agent,
        inputs: { ...inputs, ...overrides },
        label: `${job.name ?? jobId} / ${step.name ?? step.uses}`,
      });
    }
  }
  if (runs.length === 0) {
    throw new ConfigurationError({
      input: `workflow ${shown}`,
      problem: "has no step that uses an AetherStack action (for this event)",
      fix: "pass a workflow with a step such as `uses: ./actions/analyze`, or check its if: conditions",
    });
  }
  return runs;
}

async function readWorkflow(
  file: string,
  shown: string,
): Promise<{ env?: Record<string, unknown>; jobs: Record<string, unknown>; on?: unknown }> {
  const text = await readFile(file, "utf8").catch(() => {
    throw new ConfigurationError({
      input: `workflow ${shown}`,
      problem: "cannot be read",
      fix: "pass the path of a workflow file such as .github/workflows/analyze.yml",
    });
  });
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new ConfigurationError({
      input: `workflow ${shown}`,
      problem: `is not valid YAML (${(error as Error).message.split("\n")[0]})`,
      fix: "correct the YAML syntax",
    });
  }
  const wf = doc as { jobs?: unknown } | null;
  if (!wf || typeof wf !== "object" || !wf.jobs || typeof wf.jobs !== "object") {
    throw new ConfigurationError({
      input: `workflow ${shown}`,
      problem: "has no jobs",
      fix: "pass a GitHub Actions workflow file",
    });
  }
  return wf as { jobs: Record<string, unknown> };
}

function condition(raw: unknown, contexts: Contexts, where: string): boolean {
  if (typeof raw === "boolean") return raw;
  const text = String(raw).trim();
  const expr = /^\$\{\{(.*)\}\}$/s.exec(text)?.[1] ?? text;
  return truthy(interpolate(`\${{ ${expr} }}`, contexts, where));
}

function resolveEnv(
  env: Record<string, unknown> | undefined,
  contexts: Contexts,
  where: string,
): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const [k, v] of Object.entries(env ?? {}))
    out[k] = stringify(
      interpolate(String(v), { ...contexts, env: { ...(contexts.env as object), ...out } }, `${where}.${k}`),
    );
  return out;
}

function githubContext(event: EventInfo): Value {
  const p = event.payload as Record<string, Value> & {
    pull_request?: { head?: { sha?: string; ref?: string }; base?: { ref?: string }; number?: number };
    repository?: { full_name?: string; owner?: { login?: string } };
    sender?: { login?: string };
    after?: string;
    ref?: string;
  };
  const pr = p.pull_request;
  return {
    event_name: event.name,
    event: p as Value,
    sha: pr?.head?.sha ?? p.after ?? "",
    ref: pr ? `refs/pull/${pr.number}/merge` : (p.ref ?? ""),
    head_ref: pr?.head?.ref ?? "",
    base_ref: pr?.base?.ref ?? "",
    repository: p.repository?.full_name ?? "",
    repository_owner: p.repository?.owner?.login ?? "",
    actor: p.sender?.login ?? "",
    server_url: "https://github.com",
    api_url: "https://api.github.com",
    run_id: "0",
    run_number: "0",
    workspace: process.cwd(),
  };
}

/**
 * `inputs`: on workflow_dispatch and workflow_call, the declared defaults overridden by the payload's
 * `inputs`; empty for every other event, as on GitHub.
 */
function dispatchInputs(workflow: { on?: unknown }, event: EventInfo): Value {
  if (event.name !== "workflow_dispatch" && event.name !== "workflow_call") return {};
  const on = workflow.on as
    | Record<string, { inputs?: Record<string, { default?: Value }> } | null>
    | undefined;
  const declared = { ...(on?.workflow_dispatch?.inputs ?? {}), ...(on?.workflow_call?.inputs ?? {}) };
  const values: Record<string, Value> = {};
  for (const [k, def] of Object.entries(declared)) values[k] = def?.default ?? "";
  const given = (event.payload as { inputs?: Record<string, Value> }).inputs ?? {};
  return { ...values, ...given };
}
