// How `aether` shows progress: a live line on a terminal, plain lines when piped, nothing but errors with --json.
import type { Logger } from "@aetherstack/kit";

export type OutputMode = "tty" | "plain" | "quiet";

/** Pick the mode from the flags and whether stderr is a terminal. */
export function outputMode(json: boolean, stream: NodeJS.WriteStream = process.stderr): OutputMode {
  if (json) return "quiet";
  return stream.isTTY && !process.env.CI ? "tty" : "plain";
}

/** A Logger writing to stderr, so stdout carries only the report. */
export function terminalLogger(
  mode: OutputMode,
  stream: NodeJS.WritableStream = process.stderr,
  verbose = false,
): Logger {
  const write = (line: string) => stream.write(`${line}\n`);
  const quiet = mode === "quiet";
  return {
    debug: (m) => {
      if (verbose) write(`debug: ${m}`);
    },
    info: (m) => {
      if (!quiet) write(m);
    },
    warning: (m) => write(`warning: ${m}`),
    error: (m) => write(`error: ${m}`),
    async step(name, work) {
      const started = performance.now();
      const took = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
      if (mode === "tty") stream.write(`… ${name}\r`);
      try {
        const result = await work();
        if (mode === "tty") stream.write(`\x1b[2K✓ ${name} (${took()})\n`);
        else if (mode === "plain") write(`${name}: done in ${took()}`);
        return result;
      } catch (error) {
        if (mode === "tty") stream.write(`\x1b[2K✗ ${name} (${took()})\n`);
        else if (mode === "plain") write(`${name}: failed after ${took()}`);
        throw error;
      }
    },
  };
}
