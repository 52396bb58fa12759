// The dependencies section: import cycles between files, and package imports against package.json.
import {
  type Block,
  type Finding,
  fingerprint,
  type Inline,
  type Section,
  type Text,
} from "@aetherstack/kit";
import type { FileFacts } from "../facts.ts";
import { findCycles, type ImportCycle, importGraph } from "./import-cycles.ts";
import { checkPackageImports, type PackageImports, type UndeclaredImport } from "./package-imports.ts";
import {
  declarationLine,
  type ManifestProblem,
  type Manifests,
  type PackageManifest,
  readManifests,
} from "./package-manifests.ts";
import { type AliasMatcher, readPathAliases } from "./path-aliases.ts";
import { typesPackage } from "./resolve-import.ts";

export interface DependenciesReport {
  section: Section;
  findings: Finding[];
  metrics: Record<string, number>;
}

/** Cycles listed in the section; all of them are findings. */
const CYCLES_SHOWN = 20;

interface UnusedDependency {
  manifest: PackageManifest;
  name: string;
}

/** What the section reads besides the files' facts: every package.json, and tsconfig path aliases. */
export interface ProjectFiles {
  manifests: Manifests;
  aliases: AliasMatcher;
}

/** Read the project files among `files` (listed or analysed: only their paths are used). */
export async function readProjectFiles(
  workspace: string,
  files: readonly { path: string }[],
): Promise<ProjectFiles> {
  const [manifests, aliases] = await Promise.all([
    readManifests(workspace, files),
    readPathAliases(workspace, files),
  ]);
  return { manifests, aliases };
}

/**
 * Import cycles, undeclared and unused dependencies of the analysed files. `project` is
 * readProjectFiles' answer, when it was started earlier.
 */
export async function dependenciesReport(
  workspace: string,
  facts: FileFacts[],
  project: Promise<ProjectFiles> = readProjectFiles(workspace, facts),
): Promise<DependenciesReport> {
  const {
    manifests: { manifests, problems },
    aliases,
  } = await project;
  const cycles = findCycles(importGraph(facts));
  const imports = checkPackageImports(facts, manifests, aliases);
  const unused = unusedDependencies(manifests, imports);
  const findings = [
    ...cycles.map(cycleFinding),
    ...imports.undeclared.map(undeclaredFinding),
    ...unused.map(unusedFinding),
  ];
  const metrics = {
    "deps.cycles": cycles.length,
    "deps.undeclared": imports.undeclared.length,
    "deps.unused": unused.length,
    "deps.declared": manifests.reduce((sum, m) => sum + m.dependencies.length + m.devDependencies.length, 0),
  };
  const blocks: Block[] = [
    ...packageBlocks(manifests, imports, unused),
    ...problemBlocks(problems),
    ...cycleBlocks(cycles),
  ];
  return { section: { id: "dependencies", title: "Dependencies", blocks }, findings, metrics };
}

function unusedDependencies(manifests: PackageManifest[], imports: PackageImports): UnusedDependency[] {
  return manifests.flatMap((manifest) => {
    // Without sources under it, "never imported" says nothing (a tooling-only package.json).
    if (!imports.withSources.has(manifest) || imports.withUnparsedImports.has(manifest)) return [];
    const imported = imports.imported.get(manifest)!;
    return manifest.dependencies
      .filter((name) => !name.startsWith("@types/") && !imported.has(name))
      .map((name) => ({ manifest, name }));
  });
}

function cyclePath(cycle: ImportCycle): Inline[] {
  const inlines: Inline[] = [];
  for (const file of [...cycle.path, cycle.path[0]!]) {
    if (inlines.length) inlines.push(" → ");
    inlines.push({ code: file });
  }
  const others = cycle.members.length - cycle.path.length;
  if (others > 0) inlines.push(` (and ${others} more ${others === 1 ? "file" : "files"} in the same loop)`);
  return inlines;
}

function cycleFinding(cycle: ImportCycle): Finding {
  const sorted = [...cycle.members].sort();
  const others = cycle.members.length - cycle.path.length;
  return {
    ruleId: "deps/cycle",
    severity: "medium",
    message: `Import cycle: ${[...cycle.path, cycle.path[0]].map((f) => `\`${f}\``).join(" → ")}${others > 0 ? ` (${cycle.members.length} files in the loop)` : ""}`,
    location: { file: cycle.path[0]!, startLine: cycle.line },
    fingerprint: fingerprint("deps/cycle", sorted[0], sorted.join("\n")),
    suggestion: "Move what both sides need into a module of its own, or make one of the imports type-only.",
  };
}

function undeclaredFinding(entry: UndeclaredImport): Finding {
  const what = entry.typeOnly
    ? `Types of \`${entry.name}\` are imported but neither it nor \`${typesPackage(entry.name)}\` is`
    : `\`${entry.name}\` is imported but not`;
  return {
    ruleId: "deps/undeclared",
    severity: "medium",
    message: `${what} declared in \`${entry.manifest.path}\` or a package.json above it`,
    location: { file: entry.file, startLine: entry.line },
    fingerprint: fingerprint("deps/undeclared", entry.file, entry.name),
    suggestion: `Add \`${entry.name}\` to \`${entry.manifest.path}\` (dependencies, or devDependencies if only tests and tools use it); it works today only if something else installs it.`,
  };
}

function unusedFinding({ manifest, name }: UnusedDependency): Finding {
  const line = declarationLine(manifest, name);
  return {
    ruleId: "deps/unused",
    severity: "low",
    message: `\`${name}\` is in the dependencies of \`${manifest.path}\` but no file of that package imports it`,
    location: line ? { file: manifest.path, startLine: line } : { file: manifest.path },
    fingerprint: fingerprint("deps/unused", manifest.path, name),
    suggestion: "Remove it, or move it to devDependencies if only scripts and tools use it.",
  };
}

function packageBlocks(
  manifests: PackageManifest[],
  imports: PackageImports,
  unused: UnusedDependency[],
): Block[] {
  if (manifests.length === 0)
    return [
      {
        type: "paragraph",
        text: "No package.json among the analysed files: package imports were not checked.",
      },
    ];
  const undeclaredBy = countBy(imports.undeclared.map((entry) => entry.manifest));
  const unusedBy = countBy(unused.map((entry) => entry.manifest));
  const blocks: Block[] = [
    {
      type: "table",
      columns: ["package.json", "Dependencies", "Dev dependencies", "Undeclared", "Unused"],
      align: ["left", "right", "right", "right", "right"],
      rows: manifests.map((m) => [
        [{ code: m.path }],
        String(m.dependencies.length),
        String(m.devDependencies.length),
        String(undeclaredBy.get(m) ?? 0),
        String(unusedBy.get(m) ?? 0),
      ]),
    },
  ];
  if (unused.length > 0)
    blocks.push({
      type: "note",
      tone: "info",
      text: "Unused means no JS/TS file imports it: tools run only from package.json scripts or config files show up here too; check before removing.",
    });
  const unjudged = manifests.filter((m) => imports.withUnparsedImports.has(m) && m.dependencies.length > 0);
  if (unjudged.length > 0)
    blocks.push({
      type: "note",
      tone: "info",
      text: [
        "Unused dependencies were not judged for ",
        ...unjudged.flatMap((m, i): Inline[] => (i ? [", ", { code: m.path }] : [{ code: m.path }])),
        ": Vue, Svelte, Astro or MDX files there import packages this analysis does not read.",
      ],
    });
  if (imports.outsidePackages > 0)
    blocks.push({
      type: "note",
      tone: "info",
      text: `${imports.outsidePackages} ${imports.outsidePackages === 1 ? "file imports" : "files import"} packages with no package.json above; those imports were not checked.`,
    });
  return blocks;
}

function problemBlocks(problems: ManifestProblem[]): Block[] {
  if (problems.length === 0) return [];
  return [
    {
      type: "note",
      tone: "warning",
      text: "Some package.json files could not be read; fix the JSON to have them checked.",
    },
    { type: "list", items: problems.map((p): Text => [{ code: p.path }, ` ${p.message}`]) },
  ];
}

function cycleBlocks(cycles: ImportCycle[]): Block[] {
  if (cycles.length === 0)
    return [
      {
        type: "paragraph",
        text: "No import cycles between the analysed files (type-only imports left out).",
      },
    ];
  const items: Text[] = cycles.slice(0, CYCLES_SHOWN).map(cyclePath);
  if (cycles.length > CYCLES_SHOWN) items.push(`…and ${cycles.length - CYCLES_SHOWN} more`);
  return [
    {
      type: "paragraph",
      text: `${cycles.length} import ${cycles.length === 1 ? "cycle" : "cycles"} (type-only imports left out):`,
    },
    { type: "list", items },
  ];
}

function countBy<T>(items: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}
