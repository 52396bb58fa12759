// Commit a report to the store branch through the git data API, with compare-and-swap on the ref.
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { renderReport } from "../render/markdown.ts";
import type { Report } from "../report/schema.ts";
import { isUntouchedGenerated, markGenerated } from "../store/generated-marker.ts";
import { historyPath } from "../store/report-store.ts";
import type { GitHubClient } from "./client-types.ts";
import { httpStatus } from "./permissions.ts";

export interface CommitResult {
  branch: string;
  commitSha: string;
  /** Store files written, relative to the repository root. */
  files: string[];
  /** Files left alone: a hand-edited latest.md, or a newer run's latest. */
  keptAsIs: string[];
  /** How often the branch moved under us and we rebuilt the commit on the new tip. */
  retries: number;
  alreadyThere: boolean;
}

interface FileWrite {
  path: string;
  content: string;
}

const MAX_ATTEMPTS = 10;

/**
 * Commit the report's store files to `branch` (created when missing). The ref only moves forward
 * (`force: false`); when another run moved it first, re-read the tip and rebuild on top of it.
 * History files are never overwritten; `latest.*` only when ours is newer and nobody edited it by hand.
 * Pull request runs add history only: `latest` is the default branch's state.
 */
export async function commitReport(
  github: GitHubClient,
  report: Report,
  options: { branch: string; storeDir: string; serverUrl?: string; onRetry?: (e: unknown) => void },
): Promise<CommitResult> {
  const { octokit, owner, repo } = github;
  const store = options.storeDir.replace(/\/+$/, "");
  const at = (rel: string) => (store ? path.posix.join(store, rel) : rel);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const markdown = markGenerated(renderReport(report, { target: "file", serverUrl: options.serverUrl }));
  const historyFile = at(historyPath(report));
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const tip = await readTip(github, options.branch);
    const read = (file: string) => (tip ? readFileAt(github, file, tip.commit) : Promise.resolve(null));
    const existingHistory = await read(historyFile);
    if (existingHistory !== null) {
      if (existingHistory === json) {
        return {
          branch: options.branch,
          commitSha: tip!.commit,
          files: [historyFile],
          keptAsIs: [],
          retries: attempt,
          alreadyThere: true,
        };
      }
      throw new Error(
        `${historyFile} already holds another report with id ${report.id}; it was left as it is`,
      );
    }
    const writes: FileWrite[] = [{ path: historyFile, content: json }];
    const keptAsIs: string[] = [];
    if (report.pullRequest === null) {
      const latestJson = at(`${report.agent}/latest.json`);
      const latestMd = at(`${report.agent}/latest.md`);
      const currentLatest = await read(latestJson);
      const currentId = currentLatest ? (/"id": "([^"]+)"/.exec(currentLatest)?.[1] ?? "") : "";
      if (currentId > report.id) {
        keptAsIs.push(latestJson, latestMd);
      } else {
        writes.push({ path: latestJson, content: json });
        const md = await read(latestMd);
        if (md === null || isUntouchedGenerated(md)) writes.push({ path: latestMd, content: markdown });
        else {
          keptAsIs.push(latestMd);
          writes.push({ path: at(`${report.agent}/latest.aether.md`), content: markdown });
        }
      }
    }
    const { data: tree } = await octokit.rest.git.createTree({
      owner,
      repo,
      ...(tip ? { base_tree: tip.tree } : {}),
      tree: writes.map((w) => ({
        path: w.path,
        mode: "100644" as const,
        type: "blob" as const,
        content: w.content,
      })),
    });
    const { data: commit } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: `aether: ${report.agent} report ${report.id}`,
      tree: tree.sha,
      parents: tip ? [tip.commit] : [],
    });
    try {
      if (tip) {
        await octokit.rest.git.updateRef({
          owner,
          repo,
          ref: `heads/${options.branch}`,
          sha: commit.sha,
          force: false,
        });
      } else {
        await octokit.rest.git.createRef({
          owner,
          repo,
          ref: `refs/heads/${options.branch}`,
          sha: commit.sha,
        });
      }
      return {
        branch: options.branch,
        commitSha: commit.sha,
        files: writes.map((w) => w.path),
        keptAsIs,
        retries: attempt,
        alreadyThere: false,
      };
    } catch (error) {
      // 422: not a fast forward, or the branch was created meanwhile. Rebuild on the new tip.
      if (httpStatus(error) !== 422 || !/fast forward|already exists/i.test(String(error))) throw error;
      options.onRetry?.(error);
      await sleep(Math.random() * 50 * (attempt + 1) * (github.tuning.retryUnitMs / 100));
    }
  }
  throw new Error(
    `${options.branch} kept moving: gave up after ${MAX_ATTEMPTS} attempts to commit ${report.id}`,
  );
}

async function readTip(
  github: GitHubClient,
  branch: string,
): Promise<{ commit: string; tree: string } | null> {
  const { octokit, owner, repo } = github;
  try {
    const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    const { data: commit } = await octokit.rest.git.getCommit({ owner, repo, commit_sha: ref.object.sha });
    return { commit: commit.sha, tree: commit.tree.sha };
  } catch (error) {
    if (httpStatus(error) === 404 || httpStatus(error) === 409) return null;
    throw error;
  }
}

async function readFileAt(github: GitHubClient, file: string, commit: string): Promise<string | null> {
  const { octokit, owner, repo } = github;
  try {
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path: file, ref: commit });
    if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return null;
    return Buffer.from(data.content, "base64").toString("utf8");
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
}
