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
  const [{ head, branch }, remote] = await Promise.all([
    headAndBranch(workspace),
    gitOrNull(workspace, ["remote", "get-url", "origin"]),
  ]);
  const commit = head || pr?.head?.sha || payload.after || null;
  const ref = pr?.head?.ref ? `refs/heads/${pr.head.ref}` : payload.ref || branch || null;
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

/**
 * HEAD's commit and the branch it is on (null when detached), in one git call (`--` keeps a file
 * named HEAD from making it ambiguous; git echoes it as a third line). A repository with no
 * commits fails that call; its branch, still unborn, is then asked for on its own.
 */
async function headAndBranch(workspace: string): Promise<{ head: string | null; branch: string | null }> {
  const both = await gitOrNull(workspace, ["rev-parse", "HEAD", "--symbolic-full-name", "HEAD", "--"]);
  if (both !== null) {
    const [head = "", name = ""] = both.trim().split("\n");
    return { head: head || null, branch: name.startsWith("refs/") ? name : null };
  }
  const unborn = await gitOrNull(workspace, ["symbolic-ref", "-q", "HEAD"]);
  return { head: null, branch: unborn?.trim() || null };
}

/** `owner/name` from a remote URL with a host (https, ssh, scp-like); local paths give null. */
export function slugFromRemote(url: string | undefined): string | null {
  if (!url) return null;
  const m = /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+\/|[^@/:]+@[^:/]+:)([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : null;
}
