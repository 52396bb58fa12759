// `aether`: subcommands load lazily; this is the only place that decides the exit code.
import { isConfigurationError } from "@aetherstack/kit";
import { type CommandDef, defineCommand, renderUsage, runCommand } from "citty";
import { exitCodes } from "./exit-codes.ts";
import { checkArgs, resolveSubCommand } from "./strict-args.ts";

const VERSION = "0.1.0";

export const root = defineCommand({
  meta: {
    name: "aether",
    version: VERSION,
    description: "Run AetherStack agents on a repository, locally or as CI would.",
  },
  subCommands: {
    run: () => import("./commands/run.ts").then((m) => m.default),
    report: () => import("./commands/report.ts").then((m) => m.default),
    site: () => import("./commands/site.ts").then((m) => m.default),
  },
});

/** Run the CLI with `argv` (without node and script) and set the exit code. */
export async function main(argv: string[]): Promise<void> {
  process.exitCode = await execute(argv);
}

/** Run the CLI and return the exit code instead of exiting; tests use this. */
export async function execute(argv: string[]): Promise<number> {
  try {
    if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
      console.log(VERSION);
      return exitCodes.ok;
    }
    const [command, parent, rest] = await resolveSubCommand(root as CommandDef, argv);
    if (argv.includes("--help") || argv.includes("-h") || argv.length === 0) {
      console.log(await renderUsage(command, parent));
      return exitCodes.ok;
    }
    if (!command.run) {
      console.error(await renderUsage(command, parent));
      console.error("aether: this command needs a subcommand (listed above).");
      return exitCodes.badInput;
    }
    await checkArgs(command, rest);
    // Run the chosen command itself: citty drops a subcommand's return value, which is our exit code.
    const { result } = await runCommand(command, { rawArgs: rest });
    return typeof result === "number" ? result : exitCodes.ok;
  } catch (error) {
    if (isConfigurationError(error)) {
      console.error(`aether: ${error.message}`);
      return exitCodes.badInput;
    }
    if (error instanceof Error && (error as { code?: string }).code?.startsWith("E_")) {
      // citty's own usage errors (unknown command, missing argument) are bad input too.
      console.error(`aether: ${error.message.replace(/\.$/, "")}. Fix: see \`aether --help\`.`);
      return exitCodes.badInput;
    }
    console.error("aether: internal error, please report it with the trace below.");
    console.error(error);
    return exitCodes.internal;
  }
}
