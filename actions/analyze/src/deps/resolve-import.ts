// What an import specifier points at: another analysed file (resolved the way TS and Node do) or a package.
import { builtinModules } from "node:module";
import { posix } from "node:path";

const BUILTINS = new Set(builtinModules);

/** Extensions tried, in TypeScript's order, for a specifier written without one. */
const BARE_EXTENSIONS = [".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs"];

/** A JS extension in a specifier may name the TS source it compiles from (`./x.js` → `./x.ts`). */
const SOURCE_FOR: Record<string, string[]> = {
  ".js": [".ts", ".tsx", ".d.ts", ".js", ".jsx"],
  ".jsx": [".tsx", ".jsx"],
  ".mjs": [".mts", ".d.mts", ".mjs"],
  ".cjs": [".cts", ".d.cts", ".cjs"],
};

/** `./x`, `../x`, `.` or `..`: a file of this repository, not a package. */
export function isRelative(specifier: string): boolean {
  return specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../");
}

/**
 * Resolve a relative specifier from `from` (a workspace-relative POSIX path) to one of `files`,
 * or null when it points outside them (a stylesheet, a deleted file, a generated one). Candidates
 * are tried in order and built only as far as needed: thousands of imports are resolved per run.
 */
export function resolveRelative(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  const clean = specifier.replace(/[?#].*$/, "");
  const base = posix.normalize(posix.join(posix.dirname(from), clean));
  if (base.startsWith("../")) return null;
  const directoryOnly = clean.endsWith("/") || clean === "." || clean === "..";
  if (!directoryOnly) {
    const ext = posix.extname(base);
    const mapped = SOURCE_FOR[ext];
    if (mapped) {
      const stem = base.slice(0, -ext.length);
      return firstOf(files, stem, mapped) ?? (files.has(base) ? base : null);
    }
    // `./x`, or `./x.config` / `./data.json`: exact first, then as a stem, then as a folder.
    if (files.has(base)) return base;
    const asStem = firstOf(files, base, BARE_EXTENSIONS);
    if (asStem) return asStem;
  }
  const folder = base === "." || base === "./" ? "" : base.endsWith("/") ? base : `${base}/`;
  return firstOf(files, `${folder}index`, BARE_EXTENSIONS);
}

/** The first of `stem` + each extension that is one of `files`. */
function firstOf(files: ReadonlySet<string>, stem: string, extensions: readonly string[]): string | null {
  for (const ext of extensions) if (files.has(stem + ext)) return stem + ext;
  return null;
}

const PACKAGE_NAME = /^(?:@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*$/i;

/**
 * The npm package a bare specifier names (`@scope/pkg/sub` → `@scope/pkg`), or null when it
 * names none: a Node builtin, a URL or other scheme (`node:`, `data:`), a subpath import (`#x`),
 * or an alias that cannot be a package name (`@/components`, `~/lib`).
 */
export function packageName(specifier: string): string | null {
  if (specifier.startsWith("#") || specifier.startsWith("/") || isRelative(specifier)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier)) return null;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
  if (!PACKAGE_NAME.test(name)) return null;
  if (BUILTINS.has(name) || BUILTINS.has(specifier)) return null;
  return name;
}

/** The DefinitelyTyped package for a package: `react` → `@types/react`, `@scope/pkg` → `@types/scope__pkg`. */
export function typesPackage(name: string): string {
  return `@types/${name.startsWith("@") ? name.slice(1).replace("/", "__") : name}`;
}
