// What the triggering event means for publishing: which commit, which pull request, and whether it is a fork.
import type { EventInfo } from "../context.ts";
import type { Report } from "../report/schema.ts";

/** Events publishing knows what to do with. */
export const handledEvents = ["pull_request", "push", "schedule", "workflow_dispatch"] as const;

export interface PublishEvent {
  name: string;
  handled: boolean;
  /** The commit checks and SARIF attach to. */
  headSha: string | null;
  /** The ref SARIF is uploaded for. */
  ref: string | null;
  pullNumber: number | null;
  /** The head repository differs from the base: GitHub gives the run a read-only token. */
  fork: boolean;
  headRepo: string | null;
}

interface PullPayload {
  number?: number;
  pull_request?: {
    number?: number;
    head?: { sha?: string; ref?: string; repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
  after?: string;
  ref?: string;
}

/** Read the event payload (a real webhook payload) together with what the report knows. */
export function readPublishEvent(event: EventInfo, report: Pick<Report, "commit" | "ref">): PublishEvent {
  const payload = event.payload as PullPayload;
  const handled = (handledEvents as readonly string[]).includes(event.name);
  const pr = event.name === "pull_request" ? payload.pull_request : undefined;
  if (pr) {
    const headRepo = pr.head?.repo?.full_name ?? null;
    const baseRepo = pr.base?.repo?.full_name ?? null;
    const number = pr.number ?? payload.number ?? null;
    return {
      name: event.name,
      handled,
      headSha: pr.head?.sha ?? report.commit,
      ref: number ? `refs/pull/${number}/head` : report.ref,
      pullNumber: number,
      fork: headRepo === null || (baseRepo !== null && headRepo !== baseRepo),
      headRepo,
    };
  }
  const sha = event.name === "push" && payload.after && !/^0+$/.test(payload.after) ? payload.after : null;
  return {
    name: event.name,
    handled,
    headSha: sha ?? report.commit,
    ref: (event.name === "push" ? payload.ref : undefined) ?? report.ref,
    pullNumber: null,
    fork: false,
    headRepo: null,
  };
}
