// Every citation is checked against the repository: the file exists, the line exists, the quote is there.
import { readFile, realpath } from "node:fs/promises";
import path from "node:path";
import type { Citation, Insight } from "@aetherstack/kit";
import { type InsightAnswer, MAX_INSIGHTS } from "./answer-schema.ts";

/** A quote may sit this many lines away from the cited line and still count. */
const NEAR = 2;

export interface VerifiedInsights {
  insights: Insight[];
  /** Insights dropped because a citation did not check out (or they had none). */
  dropped: number;
}

/** Keep the insights whose every citation is real; count the rest. */
export async function verifyInsights(workspace: string, answers: InsightAnswer[]): Promise<VerifiedInsights> {
  const files = new Map<string, Promise<string[] | null>>();
  const linesOf = (file: string) => {
    if (!files.has(file)) files.set(file, readLines(workspace, file));
    return files.get(file)!;
  };
  const insights: Insight[] = [];
  let dropped = 0;
  for (const answer of answers) {
    const citations = answer.citations.map(
      (c): Citation => ({
        file: normalise(c.file),
        line: c.line,
        ...(c.quote?.trim() ? { quote: c.quote.trim() } : {}),
      }),
    );
    const checks = await Promise.all(citations.map(async (c) => holds(c, await linesOf(c.file))));
    if (citations.length === 0 || checks.includes(false) || insights.length >= MAX_INSIGHTS) {
      if (insights.length < MAX_INSIGHTS) dropped++;
      continue;
    }
    insights.push({
      title: clip(answer.title, 120),
      body: clip(answer.body, 1200),
      kind: answer.kind,
      citations,
    });
  }
  return { insights, dropped };
}

function holds(citation: Citation, lines: string[] | null): boolean {
  if (!lines || citation.line > lines.length) return false;
  if (!citation.quote) return true;
  const quote = squash(citation.quote);
  const from = Math.max(0, citation.line - 1 - NEAR);
  const near = lines.slice(from, citation.line + NEAR).map(squash);
  return near.some((line) => line.includes(quote)) || near.join(" ").includes(quote);
}

/** The file's lines, or null when it is not a readable file inside the workspace. */
async function readLines(workspace: string, file: string): Promise<string[] | null> {
  if (!file || path.isAbsolute(file) || file.split("/").some((p) => p === ".." || p === ".git")) return null;
  try {
    const root = await realpath(workspace);
    const real = await realpath(path.join(root, file));
    if (!real.startsWith(root + path.sep)) return null;
    return (await readFile(real, "utf8")).split(/\r?\n/);
  } catch {
    return null;
  }
}

function normalise(file: string): string {
  return file.trim().replace(/\\/g, "/").replace(/^\.\//, "");
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Trim to `max` characters and defuse @mentions outside code, so model text never pings anyone. */
function clip(text: string, max: number): string {
  const t = text.trim();
  const short = t.length > max ? `${t.slice(0, max - 1)}…` : t;
  return short
    .split("`")
    .map((part, i) => (i % 2 === 0 ? part.replace(/@(?=[A-Za-z0-9])/g, "@\u200b") : part))
    .join("`");
}
