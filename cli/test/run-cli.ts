// Run the real `aether` binary as a user would, on Node 24 from node_modules.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
export const nodeBin = path.join(root, "node_modules", ".bin", "node");
export const aetherBin = path.join(root, "cli", "bin", "aether.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function aether(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): CliResult {
  const run = spawnSync(nodeBin, [aetherBin, ...args], {
    cwd: options.cwd ?? root,
    encoding: "utf8",
    env: { ...process.env, CI: "true", NO_COLOR: "1", ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** The same, without blocking the event loop: needed when the test process also serves loopback HTTP. */
export function aetherAsync(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, [aetherBin, ...args], {
      cwd: options.cwd ?? root,
      env: { ...process.env, CI: "true", NO_COLOR: "1", ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
