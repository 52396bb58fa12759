// Bare-specifier imports checked against the package.json files that govern each source file.
import { posix } from "node:path";
import type { FileFacts, ImportFacts } from "../facts.ts";
import { ManifestLookup, type PackageManifest } from "./package-manifests.ts";
import type { AliasMatcher } from "./path-aliases.ts";
import { packageName, typesPackage } from "./resolve-import.ts";

/** A package imported by a file but declared in no package.json from the file's folder up. */
export interface UndeclaredImport {
  file: string;
  line: number;
  name: string;
  /** Only types are imported: `@types/<name>` would do too. */
  typeOnly: boolean;
  /** The nearest package.json: where the declaration belongs. */
  manifest: PackageManifest;
}

export interface PackageImports {
  undeclared: UndeclaredImport[];
  /** Package names imported by files under each manifest's folder. */
  imported: Map<PackageManifest, Set<string>>;
  /** Manifests with JS/TS files under them, so "never imported" means something. */
  withSources: Set<PackageManifest>;
  /** Manifests with Vue/Svelte/Astro/MDX files under them: imports we cannot see, so "unused" is not judged. */
  withUnparsedImports: Set<PackageManifest>;
  /** Files importing packages with no package.json above them: not checked. */
  outsidePackages: number;
}

/**
 * Check every bare import. Declared means: in the nearest package.json or an ancestor's (hoisted
 * monorepo roots), a workspace package, or the `@types/` package for a type-only import. A tsconfig
 * `paths` alias, or a first segment naming a folder of the package or the workspace (`src/util`,
 * `components/x`, as `baseUrl` allows), is not a package at all.
 */
export function checkPackageImports(
  facts: FileFacts[],
  manifests: PackageManifest[],
  aliases: AliasMatcher = () => false,
): PackageImports {
  const context: CheckContext = {
    aliases,
    lookup: new ManifestLookup(manifests),
    workspaceNames: new Set(manifests.flatMap((manifest) => (manifest.name ? [manifest.name] : []))),
    folders: folderSet(facts),
  };
  const result: PackageImports = {
    undeclared: [],
    imported: new Map(manifests.map((manifest) => [manifest, new Set<string>()])),
    withSources: new Set(),
    withUnparsedImports: new Set(),
    outsidePackages: 0,
  };
  for (const file of facts) {
    if (file.imports) checkFile(file, file.imports, context, result);
    else if (file.language && UNPARSED_SCRIPT_HOSTS.has(file.language))
      for (const manifest of context.lookup.forFile(file.path)) result.withUnparsedImports.add(manifest);
  }
  return result;
}

/** Linguist languages whose files import JS packages from embedded scripts this analysis does not parse. */
const UNPARSED_SCRIPT_HOSTS = new Set(["Vue", "Svelte", "Astro", "MDX"]);

interface CheckContext {
  /** tsconfig `paths` aliases. */
  aliases: AliasMatcher;
  lookup: ManifestLookup;
  workspaceNames: Set<string>;
  /** Every folder holding an analysed file, to recognise path aliases. */
  folders: Set<string>;
}

function checkFile(
  file: FileFacts,
  imports: ImportFacts[],
  context: CheckContext,
  result: PackageImports,
): void {
  const chain = context.lookup.forFile(file.path);
  const packages = imports.flatMap((entry) => {
    const name = packageName(entry.specifier);
    return name === null ? [] : [{ entry, name }];
  });
  if (chain.length === 0) {
    if (packages.length > 0) result.outsidePackages++;
    return;
  }
  for (const manifest of chain) result.withSources.add(manifest);
  const reported = new Set<string>();
  for (const { entry, name } of packages) {
    for (const manifest of chain) result.imported.get(manifest)!.add(name);
    if (reported.has(name) || isDeclared(name, entry, chain, context)) continue;
    reported.add(name);
    result.undeclared.push({
      file: file.path,
      line: entry.line,
      name,
      typeOnly: entry.typeOnly,
      manifest: chain[0]!,
    });
  }
}

function isDeclared(
  name: string,
  entry: ImportFacts,
  chain: PackageManifest[],
  context: CheckContext,
): boolean {
  if (context.workspaceNames.has(name)) return true;
  const types = entry.typeOnly ? typesPackage(name) : null;
  if (chain.some((m) => m.declared.has(name) || (types !== null && m.declared.has(types)))) return true;
  return context.aliases(entry.specifier) || isPathAlias(entry.specifier, chain[0]!, context.folders);
}

function folderSet(facts: FileFacts[]): Set<string> {
  const folders = new Set<string>();
  for (const file of facts) {
    for (let dir = posix.dirname(file.path); dir !== "." && !folders.has(dir); dir = posix.dirname(dir))
      folders.add(dir);
  }
  return folders;
}

function isPathAlias(specifier: string, manifest: PackageManifest, folders: Set<string>): boolean {
  if (specifier.startsWith("@")) return false;
  const first = specifier.split("/")[0]!;
  return folders.has(first) || folders.has(posix.join(manifest.dir, first));
}
