// The package.json files among the analysed files, and which of them governs a given source file.
import { readFile } from "node:fs/promises";
import path, { posix } from "node:path";
import { compareText } from "@aetherstack/kit";

/** One package.json: what it declares and where it sits. */
export interface PackageManifest {
  /** Workspace-relative path of the package.json. */
  path: string;
  /** Its folder; "" for the workspace root. */
  dir: string;
  name: string | null;
  dependencies: string[];
  devDependencies: string[];
  /** Everything an import may rely on: dependencies, dev, peer and optional dependencies. */
  declared: Set<string>;
  /** The file's text, to point findings at the line that declares a dependency. */
  text: string;
}

/** A package.json that could not be read as JSON, in words a user can act on. */
export interface ManifestProblem {
  path: string;
  message: string;
}

export interface Manifests {
  manifests: PackageManifest[];
  problems: ManifestProblem[];
}

/** Whether a workspace path is a package.json, which readManifests reads. */
export const isManifest = (file: string) => file === "package.json" || file.endsWith("/package.json");

/** Read every package.json among the analysed files (workspace packages included: they are files too). */
export async function readManifests(
  workspace: string,
  files: readonly { path: string }[],
): Promise<Manifests> {
  const paths = files.map((file) => file.path).filter(isManifest);
  const results = await Promise.all(paths.map((p) => readManifest(workspace, p)));
  const manifests: PackageManifest[] = [];
  const problems: ManifestProblem[] = [];
  for (const result of results) {
    if ("message" in result) problems.push(result);
    else manifests.push(result);
  }
  manifests.sort((a, b) => compareText(a.path, b.path));
  return { manifests, problems };
}

async function readManifest(workspace: string, file: string): Promise<PackageManifest | ManifestProblem> {
  let text: string;
  let json: unknown;
  try {
    text = await readFile(path.join(workspace, file), "utf8");
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      path: file,
      message: `could not be read as JSON (${reason}); its dependencies were not checked`,
    };
  }
  const body = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  const dependencies = keysOf(body.dependencies);
  const devDependencies = keysOf(body.devDependencies);
  const declared = new Set([
    ...dependencies,
    ...devDependencies,
    ...keysOf(body.peerDependencies),
    ...keysOf(body.optionalDependencies),
  ]);
  const dir = posix.dirname(file);
  return {
    path: file,
    dir: dir === "." ? "" : dir,
    name: typeof body.name === "string" ? body.name : null,
    dependencies,
    devDependencies,
    declared,
    text,
  };
}

function keysOf(value: unknown): string[] {
  return value && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
}

/** Finds the package.json files that govern a path: nearest first, then each ancestor's. */
export class ManifestLookup {
  readonly #byDir: Map<string, PackageManifest>;
  readonly #chains = new Map<string, PackageManifest[]>();

  constructor(manifests: PackageManifest[]) {
    this.#byDir = new Map(manifests.map((manifest) => [manifest.dir, manifest]));
  }

  /** Manifests for a file, nearest first; empty when no package.json is above it. */
  forFile(file: string): PackageManifest[] {
    const dir = posix.dirname(file);
    return this.#forDir(dir === "." ? "" : dir);
  }

  #forDir(dir: string): PackageManifest[] {
    const cached = this.#chains.get(dir);
    if (cached) return cached;
    const parent = dir === "" ? null : posix.dirname(dir);
    const above = parent === null ? [] : this.#forDir(parent === "." ? "" : parent);
    const own = this.#byDir.get(dir);
    const chain = own ? [own, ...above] : above;
    this.#chains.set(dir, chain);
    return chain;
  }
}

/** The 1-based line declaring `name` under `"dependencies"`, for pointing a finding at it. */
export function declarationLine(manifest: PackageManifest, name: string): number | undefined {
  const section = manifest.text.search(/"dependencies"\s*:/);
  if (section === -1) return undefined;
  const at = manifest.text.indexOf(JSON.stringify(name), section);
  if (at === -1) return undefined;
  let line = 1;
  for (let i = manifest.text.indexOf("\n"); i !== -1 && i < at; i = manifest.text.indexOf("\n", i + 1))
    line++;
  return line;
}
