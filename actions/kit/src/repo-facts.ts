// Facts about the repository a report is for: commit, ref, slug and pull request, from the event and git.
import type { EventInfo } from "./context.ts";
import { gitOrNull } from "./git.ts";
import type { Report } from "./report/schema.ts";

export interface RepoFacts {
  repo: string | null;
  commit: string | null;
  ref: string | null;
  pullRequest: Report["pullRequest"];
}

interface PullRequestPayload {
  number?: number;
  title?: string;
  head?: { sha?: string; ref?: string };
  base?: { ref?: string; sha?: string };
}

/** Read what the event says, and fill the rest from git; a folder that is not a repo gives nulls. */
export async function readRepoFacts(workspace: string, event: EventInfo): Promise<RepoFacts> {
  const payload = event.payload as {
    repository?: { full_name?: string };
    pull_request?: PullRequestPayload;
    after?: string;
    ref?: string;
  };
  const pr = payload.pull_request;
  const [head, branch, remote] = await Promise.all([
    gitOrNull(workspace, ["rev-parse", "--verify", "-q", "HEAD"]),
    gitOrNull(workspace, ["symbolic-ref", "-q", "HEAD"]),
    gitOrNull(workspace, ["remote", "get-url", "origin"]),
  ]);
  const commit = head?.trim() || pr?.head?.sha || payload.after || null;
  const ref = pr?.head?.ref ? `refs/heads/${pr.head.ref}` : payload.ref || branch?.trim() || null;
  return {
    repo: payload.repository?.full_name ?? slugFromRemote(remote?.trim()),
    commit,
    ref,
    pullRequest:
      pr && typeof pr.number === "number"
        ? {
            number: pr.number,
            ...(pr.title ? { title: pr.title } : {}),
            ...(pr.base?.ref ? { baseRef: pr.base.ref } : {}),
            ...(pr.base?.sha ? { baseCommit: pr.base.sha } : {}),
          }
        : null,
  };
}

/** `owner/name` from a remote URL with a host (https, ssh, scp-like); local paths give null. */
export function slugFromRemote(url: string | undefined): string | null {
  if (!url) return null;
  const m = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/|[^@/:]+@[^:/]+:)([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : null;
}
