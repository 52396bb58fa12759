// The one way we run git: no shell, large output allowed, errors that say which command failed.
import { execFile, spawn } from "node:child_process";
import { constants, getPriority, setPriority } from "node:os";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export class GitError extends Error {
  readonly args: readonly string[];
  readonly stderr: string;
  constructor(args: readonly string[], stderr: string) {
    super(`git ${args.join(" ")} failed: ${stderr.trim().split("\n")[0] ?? "unknown error"}`);
    this.name = "GitError";
    this.args = args;
    this.stderr = stderr;
  }
}

/** Run git in `cwd` and return its stdout. */
export async function git(cwd: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync("git", args as string[], {
      cwd,
      maxBuffer: 1024 * 1024 * 1024,
      encoding: "utf8",
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new GitError(args, stderr);
  }
}

/** Run git and return stdout, or null when it fails (not a repo, no such ref). */
export async function gitOrNull(cwd: string, args: readonly string[]): Promise<string | null> {
  try {
    return await git(cwd, args);
  } catch {
    return null;
  }
}

/**
 * Stream git's stdout line by line, for outputs too large to hold (long histories). `background`
 * runs git at a lower scheduling priority, for work that has time to spare while other work is
 * the one everything waits for. `input` is written to git's stdin (for `--stdin` commands).
 */
export async function* gitLines(
  cwd: string,
  args: readonly string[],
  options: { background?: boolean; input?: string } = {},
): AsyncGenerator<string> {
  const child = spawn("git", args as string[], {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  // A git that stops early closes its stdin: its exit status tells what went wrong, not EPIPE.
  child.stdin.on("error", () => {});
  child.stdin.end(options.input ?? "");
  if (options.background && child.pid) {
    try {
      // Four steps below our own (measured best on the benchmark tree); Windows has classes, not steps.
      const lower =
        process.platform === "win32"
          ? constants.priority.PRIORITY_BELOW_NORMAL
          : Math.min(19, getPriority() + 4);
      setPriority(child.pid, lower);
    } catch {
      // Not allowed here (some containers): it only runs at the usual priority.
    }
  }
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  const exit = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  let rest = "";
  for await (const chunk of child.stdout.setEncoding("utf8")) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    yield* lines;
  }
  if (rest) yield rest;
  if ((await exit) !== 0) throw new GitError(args, stderr);
}
