// What an agent receives. Everything it may touch comes through here, so any host can run it.
import type * as z from "zod";
import type { Clock } from "./clock.ts";
import type { GitHubClient } from "./github/client-types.ts";
import type { LlmClient } from "./llm/client-types.ts";
import type { Logger } from "./logger.ts";
import type { AgentName, ReportDraft } from "./report/schema.ts";

/** The GitHub event the run is for. Local runs use `workflow_dispatch` with an empty payload. */
export interface EventInfo {
  name: string;
  payload: Record<string, unknown>;
}

export interface AgentContext<Config = unknown> {
  /** Absolute path of the repository (or folder) to work on. */
  workspace: string;
  event: EventInfo;
  /** This agent's configuration, validated by its `configSchema`. */
  config: Config;
  logger: Logger;
  clock: Clock;
  /** Null when there is no token, or when running locally without one. */
  github: GitHubClient | null;
  /** Null when no model is configured: agents must still give their deterministic report. */
  llm: LlmClient | null;
  /** A folder the agent may keep caches in between runs. */
  cacheDir: string;
  /** Aborted when the agent's time limit is reached. */
  signal: AbortSignal;
}

/** One agent: a function from context to report draft, plus what the engine needs to run it. */
export interface Agent<Schema extends z.ZodType = z.ZodType> {
  name: AgentName;
  /** Shown to people: "Analyze". */
  title: string;
  description: string;
  /** Validates this agent's part of `.github/aether.yml` and its action inputs. */
  configSchema: Schema;
  /** Agents whose reports this one reads; the Orchestrator runs them first. */
  dependsOn?: AgentName[];
  run(ctx: AgentContext<z.output<Schema>>): Promise<ReportDraft>;
}

/** Declare an agent with its config type inferred from its schema. */
export function defineAgent<Schema extends z.ZodType>(agent: Agent<Schema>): Agent<Schema> {
  return agent;
}
