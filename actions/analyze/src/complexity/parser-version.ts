// Which oxc-parser is installed, for cache keys: kept apart from the parsers so that reading it loads neither.
import { createRequire } from "node:module";

/**
 * The installed oxc-parser's version (Babel's is in our own bundle), for the caches' keys: another
 * parser may read some files differently. Read from its package.json: loading the binary here would
 * cost every warm run, and the main thread does not parse.
 */
export function parserVersion(): string {
  try {
    return `oxc-parser ${(createRequire(import.meta.url)("oxc-parser/package.json") as { version: string }).version}`;
  } catch {
    return "oxc-parser none";
  }
}
