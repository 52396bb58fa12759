// Which language a file is in, by GitHub linguist's data: file names, extensions, then shebangs.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { writeCacheFile } from "@aetherstack/kit";
import { codeHash } from "../code-hash.ts";

interface LinguistLanguage {
  name: string;
  type: "programming" | "markup" | "data" | "prose";
  extensions?: string[];
  filenames?: string[];
  interpreters?: string[];
}

/** Lookups built once from linguist's table. */
export interface LanguageTable {
  byFilename: Map<string, string>;
  /** Lower-case extension with its dot (`.ts`, `.d.ts` style compounds included). */
  byExtension: Map<string, string>;
  byInterpreter: Map<string, string>;
}

/**
 * Where linguist lists several languages for one extension, the one most repositories mean.
 * Linguist decides with content heuristics; this order gets the common cases right without reading.
 */
const PREFERRED = (
  "JavaScript|TypeScript|TSX|Markdown|C|C++|Objective-C|Perl|PHP|Python|Ruby|Rust|Go|Java|Kotlin|C#|JSON|YAML|XML|HTML|CSS|" +
  "SQL|Shell|Text|TOML|INI|Makefile|Dockerfile|MATLAB|Prolog|Scheme|Common Lisp|Erlang|Visual Basic .NET|Pascal|Fortran|TeX|Assembly|Lua|R|Scala|Swift"
).split("|");
const rank = (language: LinguistLanguage): number => {
  const preferred = PREFERRED.indexOf(language.name);
  if (preferred !== -1) return preferred;
  const byType = { programming: 0, markup: 1, data: 2, prose: 3 } as const;
  return PREFERRED.length + byType[language.type];
};

let table: LanguageTable | null = null;

/**
 * The language table, loaded on first use. With a `cacheDir`, the lookups built from linguist's
 * 800 files are kept there as one small file, for the next run (keyed by linguist's version and
 * this code's hash).
 */
export async function languageTable(cacheDir?: string | null): Promise<LanguageTable> {
  const file = cacheDir ? path.join(cacheDir, "languages-v1.json") : null;
  const key = () => `${linguistVersion()} ${codeHash(["files"])}`;
  if (!table) {
    table = file ? readCachedTable(file, key()) : null;
    if (table && file) known.add(file);
    table ??= buildTable(await loadLinguist());
  }
  if (file && !known.has(file)) {
    known.add(file);
    if (!readCachedTable(file, key())) {
      const lookups = Object.fromEntries(Object.entries(table).map(([name, map]) => [name, [...map]]));
      await writeCacheFile(file, JSON.stringify({ key: key(), ...lookups })).catch(() => {});
    }
  }
  return table;
}

/** Cache files this process has read or written. */
const known = new Set<string>();

function linguistVersion(): string {
  try {
    const main = createRequire(import.meta.url).resolve("linguist-languages");
    return JSON.parse(readFileSync(path.join(path.dirname(main), "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}

function readCachedTable(file: string, key: string): LanguageTable | null {
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    if (data.key !== key) return null;
    return {
      byFilename: new Map(data.byFilename),
      byExtension: new Map(data.byExtension),
      byInterpreter: new Map(data.byInterpreter),
    };
  } catch {
    return null;
  }
}

/**
 * linguist-languages is one ES module per language; importing all 800 costs ~300 ms per run, so
 * the data files (plain object literals) are read and evaluated as one array. If the files are not
 * on disk (a bundle), the package is imported.
 */
async function loadLinguist(): Promise<LinguistLanguage[]> {
  try {
    const dir = path.join(path.dirname(createRequire(import.meta.url).resolve("linguist-languages")), "data");
    const literals = readdirSync(dir)
      .filter((name) => name.endsWith(".js"))
      .map((name) => readFileSync(path.join(dir, name), "utf8").replace(/^\s*export default\s*/, ""))
      .map((source) => source.replace(/[\s;]*$/, ""));
    return new Function(`return [${literals.join(",\n")}]`)() as LinguistLanguage[];
  } catch {
    const all = await import("linguist-languages");
    return Object.values(all) as LinguistLanguage[];
  }
}

function buildTable(languages: LinguistLanguage[]): LanguageTable {
  const ordered = [...languages].sort((a, b) => rank(b) - rank(a));
  const result: LanguageTable = { byFilename: new Map(), byExtension: new Map(), byInterpreter: new Map() };
  // Worst first, so the preferred language of a shared extension is written last and wins.
  for (const language of ordered) {
    for (const name of language.filenames ?? []) result.byFilename.set(name, language.name);
    for (const ext of language.extensions ?? []) result.byExtension.set(ext.toLowerCase(), language.name);
    for (const interpreter of language.interpreters ?? [])
      result.byInterpreter.set(interpreter, language.name);
  }
  return result;
}

/** Language of a path by its name alone, or null. */
export function languageByName(languages: LanguageTable, filePath: string): string | null {
  const base = path.posix.basename(filePath);
  const exact = languages.byFilename.get(base);
  if (exact) return exact;
  const lower = base.toLowerCase();
  // Longest compound extension first: `.blade.php` before `.php`. A leading dot is a name, not an extension.
  for (let dot = lower.indexOf(".", 1); dot !== -1; dot = lower.indexOf(".", dot + 1)) {
    const found = languages.byExtension.get(lower.slice(dot));
    if (found) return found;
  }
  return languages.byFilename.get(lower) ?? null;
}

/** Language named by a `#!` line (`#!/usr/bin/env node`, `#!/bin/bash -e`), or null. */
export function languageByShebang(languages: LanguageTable, head: string): string | null {
  if (!head.startsWith("#!")) return null;
  const words = head
    .slice(2, head.indexOf("\n") === -1 ? undefined : head.indexOf("\n"))
    .trim()
    .split(/\s+/);
  let program = path.posix.basename(words[0] ?? "");
  if (program === "env") program = words.slice(1).find((word) => !word.startsWith("-")) ?? "";
  const name = program.replace(/[0-9.]+$/, "");
  return languages.byInterpreter.get(program) ?? languages.byInterpreter.get(name) ?? null;
}
