// Turn an agent's draft into a full report: identity, timing and repository facts added by the engine.
import type { EventInfo } from "../context.ts";
import type { RepoFacts } from "../repo-facts.ts";
import { checkDraft } from "./checked-draft.ts";
import { type AgentName, Report, type ReportDraft, SCHEMA_VERSION } from "./schema.ts";

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

/** The engine's part of a report: everything but what the agent's draft holds. */
const ReportHead = Report.omit({
  summary: true,
  metrics: true,
  sections: true,
  findings: true,
  fixed: true,
  insights: true,
  llm: true,
  notes: true,
});

/**
 * Validate a draft and wrap it into a report. Throws if the agent returned a malformed draft (a bug).
 * The draft and the head are each checked once (see checked-draft.ts): checking the whole report
 * again would walk every finding twice.
 */
export function finishReport(draft: ReportDraft, meta: ReportMeta, status: Report["status"] = "ok"): Report {
  const body = checkDraft(draft);
  const head = ReportHead.parse({
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
  });
  // In the schema's key order, so stored JSON reads the same as a parsed report.
  return {
    ...head,
    summary: body.summary,
    metrics: body.metrics,
    sections: body.sections,
    findings: body.findings,
    fixed: [],
    insights: body.insights ?? [],
    llm: body.llm ?? null,
    notes: body.notes ?? [],
  };
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
