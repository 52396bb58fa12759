// Everything learnt from one file's text: line counts and markers for all, functions and imports for scripts.
import { readFileSync } from "node:fs";
import { analyzeScript, isScriptLanguage } from "../complexity/analyze-script.ts";
import type { FileFacts, SourceFile } from "../facts.ts";
import { countLines } from "./line-counts.ts";

/** Lines longer than this on average mean minified code: counted, never parsed. */
const MINIFIED_AVERAGE_LINE = 500;

/** Read and measure one file. Throws when it cannot be read. Invalid UTF-8 arrives as replacement characters. */
export function measureFile(abs: string, file: SourceFile, bytes: number): FileFacts {
  return measureText(file, bytes, readFileSync(abs, "utf8"));
}

export function measureText(file: SourceFile, bytes: number, text: string): FileFacts {
  const { lines, markers } = countLines(text, file.language ?? "");
  const facts: FileFacts = { ...file, bytes, lines, markers };
  const lineCount = lines.code + lines.comment + lines.blank;
  if (!isScriptLanguage(file.language) || text.length / Math.max(lineCount, 1) > MINIFIED_AVERAGE_LINE) {
    return facts;
  }
  return { ...facts, ...analyzeScript(file.path, text, file.language!) };
}
