// Turn an agent's draft into a full report: identity, timing and repository facts added by the engine.
import type { EventInfo } from "../context.ts";
import type { RepoFacts } from "../repo-facts.ts";
import { type AgentName, Report, ReportDraft, SCHEMA_VERSION } from "./schema.ts";

/** The version written into every report's `tool.version`. */
export const TOOL_VERSION = "0.1.0";

/** A sortable report id: `20261201T184705Z-analyze-3f2a9c1`. */
export function reportId(agent: AgentName, startedAt: Date, commit: string | null): string {
  const stamp = startedAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `${stamp}-${agent}-${(commit ?? "nocommit").slice(0, 7).toLowerCase()}`;
}

export interface ReportMeta {
  agent: AgentName;
  facts: RepoFacts;
  event: EventInfo;
  startedAt: Date;
  finishedAt: Date;
}

/** Validate a draft and wrap it into a report. Throws if the agent returned a malformed draft (a bug). */
export function finishReport(draft: ReportDraft, meta: ReportMeta, status: Report["status"] = "ok"): Report {
  const body = ReportDraft.parse(draft);
  return Report.parse({
    schemaVersion: SCHEMA_VERSION,
    id: reportId(meta.agent, meta.startedAt, meta.facts.commit),
    agent: meta.agent,
    tool: { name: "aetherstack", version: TOOL_VERSION },
    repo: meta.facts.repo,
    commit: meta.facts.commit,
    ref: meta.facts.ref,
    event: meta.event.name,
    pullRequest: meta.facts.pullRequest,
    startedAt: meta.startedAt.toISOString(),
    finishedAt: meta.finishedAt.toISOString(),
    status,
    ...body,
  });
}

/**
 * The report stored for an agent that failed or was skipped: the reason is the summary, so nothing
 * is silently missing.
 */
export function failedReport(
  meta: ReportMeta,
  reason: string,
  status: "failed" | "skipped" = "failed",
): Report {
  return finishReport(
    {
      summary: `${meta.agent} ${status}: ${reason}`,
      metrics: {},
      sections: [],
      findings: [],
      notes: [reason],
    },
    meta,
    status,
  );
}
