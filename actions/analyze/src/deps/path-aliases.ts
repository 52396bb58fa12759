// Import aliases declared in tsconfig/jsconfig `paths` (`@app/*`), so they are not mistaken for packages.
import { readFile } from "node:fs/promises";
import path from "node:path";

/** Whether a bare specifier is a path alias rather than a package. */
export type AliasMatcher = (specifier: string) => boolean;

const CONFIG_NAME = /^[tj]sconfig(\..+)?\.json$/;

/** Whether a workspace path is a tsconfig/jsconfig, which readPathAliases reads. */
export const isAliasConfig = (file: string) => CONFIG_NAME.test(file.slice(file.lastIndexOf("/") + 1));

/**
 * Read `compilerOptions.paths` from every tsconfig/jsconfig among the analysed files. Any config's
 * aliases apply everywhere: scoping them by `extends` and `include` would cost more than the rare
 * clash between an alias in one package and a real package name in another.
 */
export async function readPathAliases(
  workspace: string,
  files: readonly { path: string }[],
): Promise<AliasMatcher> {
  const configs = files.map((file) => file.path).filter(isAliasConfig);
  const patterns = (await Promise.all(configs.map((p) => aliasPatterns(path.join(workspace, p))))).flat();
  const exact = new Set(patterns.filter((p) => !p.includes("*")));
  const prefixes = [
    ...new Set(patterns.filter((p) => p.includes("*")).map((p) => p.slice(0, p.indexOf("*")))),
  ];
  return (specifier) => exact.has(specifier) || prefixes.some((prefix) => specifier.startsWith(prefix));
}

async function aliasPatterns(file: string): Promise<string[]> {
  try {
    const config = JSON.parse(stripJsonComments(await readFile(file, "utf8"))) as {
      compilerOptions?: { paths?: unknown };
    };
    const paths = config?.compilerOptions?.paths;
    return paths && typeof paths === "object" ? Object.keys(paths) : [];
  } catch {
    // A config we cannot read declares no aliases; TypeScript itself will complain about it.
    return [];
  }
}

/** tsconfig is JSON with comments and trailing commas; strip both, leaving strings alone. */
export function stripJsonComments(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end + 1);
      i = end;
    } else if (char === "/" && text[i + 1] === "/") {
      i = text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i) - 1;
    } else if (char === "/" && text[i + 1] === "*") {
      i = text.indexOf("*/", i + 2) === -1 ? text.length : text.indexOf("*/", i + 2) + 1;
    } else out += char;
  }
  return out.replace(/,(\s*[}\]])/g, "$1");
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}
