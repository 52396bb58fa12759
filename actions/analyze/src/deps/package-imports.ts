// Bare-specifier imports checked against the package.json files that govern each source file.
import { posix } from "node:path";
import type { FileFacts } from "../facts.ts";
import { ManifestLookup, type PackageManifest } from "./package-manifests.ts";
import { packageName, typesPackage } from "./resolve-import.ts";

/** A package imported by a file but declared in no package.json from the file's folder up. */
export interface UndeclaredImport {
  file: string;
  line: number;
  name: string;
  /** The nearest package.json: where the declaration belongs. */
  manifest: PackageManifest;
}

export interface PackageImports {
  undeclared: UndeclaredImport[];
  /** Package names imported by files under each manifest's folder. */
  imported: Map<PackageManifest, Set<string>>;
  /** Manifests with JS/TS files under them, so "never imported" means something. */
  withSources: Set<PackageManifest>;
  /** Files importing packages with no package.json above them: not checked. */
  outsidePackages: number;
}

/**
 * Check every bare import. Declared means: in the nearest package.json or an ancestor's (hoisted
 * monorepo roots), a workspace package, or the `@types/` package for a type-only import. A first
 * segment naming a folder of the package or the workspace (`src/util`, `components/x`) is taken as
 * a path alias (`baseUrl`, `paths`), not a package.
 */
export function checkPackageImports(facts: FileFacts[], manifests: PackageManifest[]): PackageImports {
  const lookup = new ManifestLookup(manifests);
  const workspaceNames = new Set(manifests.flatMap((manifest) => (manifest.name ? [manifest.name] : [])));
  const folders = folderSet(facts);
  const result: PackageImports = {
    undeclared: [],
    imported: new Map(manifests.map((manifest) => [manifest, new Set<string>()])),
    withSources: new Set(),
    outsidePackages: 0,
  };
  for (const file of facts) {
    if (!file.imports) continue;
    const chain = lookup.forFile(file.path);
    for (const manifest of chain) result.withSources.add(manifest);
    const reported = new Set<string>();
    let outside = false;
    for (const entry of file.imports) {
      const name = packageName(entry.specifier);
      if (name === null) continue;
      if (chain.length === 0) {
        outside = true;
        continue;
      }
      for (const manifest of chain) result.imported.get(manifest)!.add(name);
      if (reported.has(name) || workspaceNames.has(name)) continue;
      if (chain.some((m) => m.declared.has(name) || (entry.typeOnly && m.declared.has(typesPackage(name)))))
        continue;
      if (isPathAlias(entry.specifier, chain[0]!, folders)) continue;
      reported.add(name);
      result.undeclared.push({ file: file.path, line: entry.line, name, manifest: chain[0]! });
    }
    if (outside) result.outsidePackages++;
  }
  return result;
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
