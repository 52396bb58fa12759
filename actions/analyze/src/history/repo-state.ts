// What kind of repository the workspace is: none, empty, shallow or whole, and whether it is a work
// tree. Found out once per run: listing, the draft memo and history all ask.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { GitError, git, gitOrNull } from "@aetherstack/kit";

export type RepoState =
  | { kind: "none"; reason: string }
  | {
      kind: "repo";
      /** False inside `.git` itself: there are no files to list from git then. */
      insideWorkTree: boolean;
      /** Null in a repository with no commits yet. */
      head: string | null;
      shallow: boolean;
      /** The workspace's path inside the repository (`packages/app/`), empty at the top. */
      prefix: string;
      /** Path from the workspace to the repository's top (`../../`), empty at the top. */
      cdup: string;
    };

const notRepo =
  "This folder is not a git repository, so there is no history for churn, hotspots and ownership. " +
  "Run Analyze in a git checkout (with actions/checkout, set `fetch-depth: 0`).";

/** Find out whether `workspace` is in a git repository, where, whether it has commits and is shallow. */
export async function readRepoState(workspace: string): Promise<RepoState> {
  const query = [
    "rev-parse",
    "--is-inside-work-tree",
    "--is-shallow-repository",
    "--show-prefix",
    "--show-cdup",
  ];
  const [info, head] = await Promise.all([
    git(workspace, query).catch((error: unknown) => ({ error })),
    gitOrNull(workspace, ["rev-parse", "--verify", "-q", "HEAD^{commit}"]),
  ]);
  if (typeof info !== "string") return { kind: "none", reason: whyNotRepo(workspace, info.error) };
  const [inside = "false", shallow = "false", prefix = "", cdup = ""] = info.split("\n");
  return {
    kind: "repo",
    insideWorkTree: inside === "true",
    head: head?.trim() || null,
    shallow: shallow === "true",
    prefix,
    cdup,
  };
}

function whyNotRepo(workspace: string, error: unknown): string {
  const stderr = error instanceof GitError ? error.stderr : String(error);
  if (/dubious ownership/.test(stderr)) {
    return (
      "git refuses to read this repository because another user owns the folder, so there is no history. " +
      `Run \`git config --global --add safe.directory ${workspace}\` before Analyze.`
    );
  }
  if (/ENOENT|spawn git/.test(stderr))
    return "git is not installed on this machine, so there is no history. Install git and run Analyze again.";
  return notRepo;
}

/** Submodule paths relative to the workspace: their gitlinks are not files, and they are not descended into. */
export async function submodulePaths(
  workspace: string,
  state: { prefix: string; cdup: string },
): Promise<Set<string>> {
  const file = path.join(workspace, state.cdup, ".gitmodules");
  // Most repositories have none: then there is no git process to start.
  if (!existsSync(file)) return new Set();
  const out = await gitOrNull(workspace, ["config", "-f", file, "--get-regexp", "^submodule\\..*\\.path$"]);
  const paths = new Set<string>();
  for (const line of (out ?? "").split("\n")) {
    const value = line.slice(line.indexOf(" ") + 1).trim();
    if (!line || !value.startsWith(state.prefix)) continue;
    paths.add(value.slice(state.prefix.length));
  }
  return paths;
}

/** Commits at the grafted edge of a shallow clone: git shows their whole tree as added, which is not a change. */
export async function shallowBoundary(workspace: string): Promise<Set<string>> {
  const file = await gitOrNull(workspace, ["rev-parse", "--git-path", "shallow"]);
  if (!file) return new Set();
  try {
    const text = await readFile(path.resolve(workspace, file.trim()), "utf8");
    return new Set(text.split("\n").filter(Boolean));
  } catch {
    return new Set();
  }
}

/** Everything outside the commits that shapes parsed records: a change means the cache is rebuilt. */
export async function mailmapIdentity(workspace: string, cdup: string): Promise<string> {
  const [config, file] = await Promise.all([
    gitOrNull(workspace, ["config", "--get-regexp", "^mailmap\\."]),
    readFile(path.join(workspace, cdup, ".mailmap"), "utf8").catch(() => ""),
  ]);
  return `${config ?? ""}\0${file}`;
}
