// citty accepts any flag; we reject unknown ones so a typo never silently changes nothing.
import { ConfigurationError } from "@aetherstack/kit";
import type { ArgsDef, CommandDef } from "citty";

async function resolve<T>(value: T | Promise<T> | (() => T | Promise<T>)): Promise<T> {
  return typeof value === "function" ? (value as () => T | Promise<T>)() : value;
}

/** The command `argv` selects, its parent, and the words after the subcommand names. */
export async function resolveSubCommand(
  cmd: CommandDef,
  argv: string[],
): Promise<[CommandDef, CommandDef | undefined, string[]]> {
  let current = cmd;
  let parent: CommandDef | undefined;
  let used = 0;
  for (const word of argv) {
    if (word.startsWith("-")) break;
    const subs = current.subCommands ? await resolve(current.subCommands) : undefined;
    if (!subs) break;
    const next = subs[word];
    if (!next) {
      throw new ConfigurationError({
        input: `command ${word}`,
        problem: "is not an aether command",
        fix: `use one of ${Object.keys(subs).join(", ")} (see aether --help)`,
      });
    }
    parent = current;
    current = (await resolve(next)) as CommandDef;
    used++;
  }
  return [current, parent, argv.slice(used)];
}

/** Throw a ConfigurationError naming the first flag the command does not define. */
export async function checkArgs(cmd: CommandDef, argv: string[]): Promise<void> {
  const defs = (cmd.args ? await resolve(cmd.args) : {}) as ArgsDef;
  const known = new Set<string>();
  for (const [name, def] of Object.entries(defs)) {
    known.add(name);
    known.add(kebab(name));
    if (def.type === "boolean") known.add(`no-${kebab(name)}`);
    for (const alias of [(def as { alias?: string | string[] }).alias ?? []].flat()) known.add(alias);
  }
  for (const word of argv) {
    if (word === "--") break;
    const m = /^--?([^=]+)/.exec(word);
    if (!m || /^-\d/.test(word)) continue;
    const flag = m[1]!;
    if (!known.has(flag)) {
      const flags = Object.keys(defs)
        .filter((n) => defs[n]!.type !== "positional")
        .map((n) => `--${kebab(n)}`);
      throw new ConfigurationError({
        input: word.split("=")[0]!,
        problem: "is not a flag of this command",
        fix: flags.length ? `use one of ${flags.join(", ")}` : "this command takes no flags",
      });
    }
  }
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
