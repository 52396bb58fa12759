// Questions the pages ask of the store: latest per agent, the default-branch history, reports per PR.

import { getCollection } from "astro:content";
import { type AgentName, agentNames, compareText, type Report } from "@aetherstack/kit";

let cached: Promise<Report[]> | undefined;

/** Every report, oldest first (ids sort by start time). Read once per build. */
export function allReports(): Promise<Report[]> {
  cached ??= getCollection("reports").then((entries) =>
    entries.map((e) => e.data as Report).sort((a, b) => compareText(a.id, b.id)),
  );
  return cached;
}

export const agentTitles: Record<AgentName, string> = {
  analyze: "Analyze",
  docgen: "DocGen",
  testgen: "TestGen",
  sync: "Sync",
};

/** One line per agent for a newcomer: what its reports are about. */
export const agentBlurbs: Record<AgentName, string> = {
  analyze: "Code and history: size, complexity, hotspots, ownership, dependencies and hygiene.",
  docgen: "Documentation written and kept up to date from the code.",
  testgen: "Tests proposed for code that lacks them.",
  sync: "Repository files kept in step with their sources.",
};

/** Reports of the default branch (not of a pull request): the ones trends are drawn from. */
export function mainline(reports: readonly Report[]): Report[] {
  return reports.filter((r) => r.pullRequest === null);
}

/** Agents that have at least one report, in the house order. */
export function agentsWithReports(reports: readonly Report[]): AgentName[] {
  const present = new Set(reports.map((r) => r.agent));
  return agentNames.filter((a) => present.has(a));
}

/** The report a reader means by "latest": newest of the default branch, else newest of any. */
export function latestOf(reports: readonly Report[], agent: AgentName): Report | undefined {
  const own = reports.filter((r) => r.agent === agent);
  return mainline(own).at(-1) ?? own.at(-1);
}

export interface PullRequestReports {
  number: number;
  title: string | undefined;
  /** Oldest first. */
  reports: Report[];
}

/** Pull requests that have reports, newest activity first. */
export function pullRequests(reports: readonly Report[]): PullRequestReports[] {
  const byNumber = new Map<number, PullRequestReports>();
  for (const r of reports) {
    if (!r.pullRequest) continue;
    const pr = byNumber.get(r.pullRequest.number) ?? {
      number: r.pullRequest.number,
      title: undefined,
      reports: [],
    };
    pr.title = r.pullRequest.title ?? pr.title;
    pr.reports.push(r);
    byNumber.set(pr.number, pr);
  }
  return [...byNumber.values()].sort((a, b) => compareText(b.reports.at(-1)!.id, a.reports.at(-1)!.id));
}

/** The newest report of each agent for one pull request. */
export function latestPerAgent(reports: readonly Report[]): Report[] {
  return agentNames.flatMap((a) => {
    const last = reports.filter((r) => r.agent === a).at(-1);
    return last ? [last] : [];
  });
}

/** `2026-03-04 09:12 UTC`: absolute, so a static page never goes stale. */
export function when(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

/** The ref a report was made on, as a person says it. */
export function refLabel(report: Report): string {
  if (report.pullRequest) return `PR #${report.pullRequest.number}`;
  return report.ref ? report.ref.replace(/^refs\/(heads|tags)\//, "") : "—";
}
