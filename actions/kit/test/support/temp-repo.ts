// Real git repositories in temp folders, for tests of every package.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An empty temp folder, removed after the test file. */
export function tempDir(prefix = "aether-test-"): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Write files (POSIX relative paths to contents) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

export interface CommitOptions {
  message?: string;
  author?: string;
  email?: string;
  /** ISO date for both author and committer. */
  date?: string;
}

/** Run git in `dir` with a fixed identity, returning stdout. */
export function git(dir: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Test Author",
      GIT_AUTHOR_EMAIL: "test@example.com",
      GIT_COMMITTER_NAME: "Test Author",
      GIT_COMMITTER_EMAIL: "test@example.com",
      GIT_CONFIG_NOSYSTEM: "1",
      ...env,
    },
  });
}

/** Write files and commit them. */
export function commit(
  dir: string,
  files: Record<string, string | Uint8Array>,
  options: CommitOptions = {},
): string {
  writeFiles(dir, files);
  git(dir, ["add", "-A"]);
  const env: Record<string, string> = {};
  if (options.author) env.GIT_AUTHOR_NAME = env.GIT_COMMITTER_NAME = options.author;
  if (options.email) env.GIT_AUTHOR_EMAIL = env.GIT_COMMITTER_EMAIL = options.email;
  if (options.date) env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = options.date;
  git(dir, ["commit", "-q", "--allow-empty", "-m", options.message ?? "change"], env);
  return git(dir, ["rev-parse", "HEAD"]).trim();
}

/** A new git repository (branch main), optionally with a first commit of `files`. */
export function tempRepo(files?: Record<string, string | Uint8Array>, options: CommitOptions = {}): string {
  const dir = tempDir("aether-repo-");
  git(dir, ["init", "-q", "-b", "main"]);
  git(dir, ["config", "commit.gpgsign", "false"]);
  if (files) commit(dir, files, { message: "initial", ...options });
  return dir;
}
