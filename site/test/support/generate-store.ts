// A realistic report store for tests and the benchmark: Analyze and other agents across months and PRs.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  type AgentName,
  type Finding,
  fingerprint,
  historyPath,
  markGenerated,
  Report,
  renderReport,
  reportId,
  type Severity,
} from "@aetherstack/kit";

export interface StoreOptions {
  /** How many reports in all. */
  reports: number;
  /** Agents to spread them over; Analyze gets about half. */
  agents?: AgentName[];
  /** How many months the history spans. */
  months?: number;
  /** One report in this many is a pull request's. */
  prEvery?: number;
  seed?: number;
  repo?: string;
}

const files = [
  "actions/kit/src/orchestrator.ts",
  "actions/kit/src/render/report-tree.ts",
  "actions/kit/src/store/report-store.ts",
  "actions/kit/src/report/parse.ts",
  "actions/kit/src/config/load.ts",
  "actions/analyze/src/agent.ts",
  "actions/analyze/src/history/aggregate.ts",
  "actions/analyze/src/history/parse-log.ts",
  "actions/analyze/src/complexity/parse-script.ts",
  "actions/analyze/src/inventory/comment-syntax.ts",
  "cli/src/main.ts",
  "cli/src/commands/run.ts",
  "site/src/lib/charts.ts",
  "extension/src/extension.ts",
];
const rules: { ruleId: string; severity: Severity; message: (f: string) => string; suggestion?: string }[] = [
  {
    ruleId: "complexity/cognitive",
    severity: "high",
    message: () => "Function `run` has cognitive complexity 34 (limit 15)",
    suggestion: "Split the branches into named steps.",
  },
  {
    ruleId: "complexity/cyclomatic",
    severity: "medium",
    message: () => "Function `parse` has cyclomatic complexity 18 (limit 10)",
  },
  {
    ruleId: "history/hotspot",
    severity: "medium",
    message: (f) => `${path.basename(f)} changes often and is complex`,
    suggestion: "Add tests before the next change.",
  },
  {
    ruleId: "deps/cycle",
    severity: "high",
    message: () => "Import cycle: report-tree.ts → nodes.ts → report-tree.ts",
  },
  { ruleId: "hygiene/large-file", severity: "low", message: () => "File is 412 lines (limit 300)" },
  { ruleId: "hygiene/todo", severity: "info", message: () => "TODO left in code: `handle shallow clones`" },
  {
    ruleId: "ownership/bus-factor",
    severity: "low",
    message: (f) => `${path.dirname(f)} has one author in 12 months`,
  },
];

/** A deterministic PRNG, so a seed gives the same store every time. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Build the reports (oldest first) without writing them. Every one passes the schema. */
export function generateReports(options: StoreOptions): Report[] {
  const rand = random(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const agents = options.agents ?? ["analyze", "docgen", "testgen", "sync"];
  const months = options.months ?? 6;
  const prEvery = options.prEvery ?? 4;
  const repo = options.repo ?? "aetherstack/aetherstack";
  const start = Date.UTC(2026, 5, 1, 9, 0, 0);
  const step = (months * 30 * 86_400_000) / Math.max(1, options.reports);
  let open: Finding[] = [];
  let lines = 8_000;
  let pr = 100;
  let prOpened = 0;
  const reports: Report[] = [];
  for (let i = 0; i < options.reports; i++) {
    const startedAt = new Date(start + i * step + Math.floor(rand() * 3_600_000));
    const agent = rand() < 0.5 || agents.length === 1 ? agents[0]! : pick(agents.slice(1));
    const commit = Array.from({ length: 40 }, () => "0123456789abcdef"[Math.floor(rand() * 16)]).join("");
    const isPr = i % prEvery === prEvery - 1;
    lines += Math.floor(rand() * 400) - 80;
    const fresh = Array.from({ length: Math.floor(rand() * 3) }, (_, k) => makeFinding(i, k));
    const gone = open.filter(() => rand() < 0.08);
    const head = [...open.filter((f) => !gone.includes(f)), ...fresh];
    if (!isPr) open = head;
    const findings: Finding[] =
      agent !== "analyze"
        ? head.filter((f) => f.severity === "info").slice(0, 3)
        : isPr
          ? head.map((f) => ({ ...f, status: fresh.includes(f) ? "new" : "unchanged" }))
          : head;
    const fixed = isPr && agent === "analyze" ? gone.map((f) => ({ ...f, status: "fixed" as const })) : [];
    // A pull request gets a report per push: some reports follow up on the previous PR.
    if (isPr && (pr === 100 || rand() < 0.5 || startedAt.getTime() - prOpened > 10 * 86_400_000)) {
      pr++;
      prOpened = startedAt.getTime();
    }
    const body = agent === "analyze" ? analyzeBody(findings, lines, rand) : otherBody(agent, rand);
    reports.push(
      Report.parse({
        schemaVersion: 1,
        id: reportId(agent, startedAt, commit),
        agent,
        tool: { name: "aetherstack", version: "0.1.0" },
        repo,
        commit,
        ref: isPr ? `refs/pull/${pr}/merge` : "refs/heads/main",
        event: isPr ? "pull_request" : "push",
        pullRequest: isPr ? { number: pr, title: prTitles[pr % prTitles.length], baseRef: "main" } : null,
        startedAt: startedAt.toISOString(),
        finishedAt: new Date(startedAt.getTime() + 40_000 + Math.floor(rand() * 60_000)).toISOString(),
        status: rand() < 0.02 ? "failed" : "ok",
        ...body,
        // As kit's runner records them: counts of the findings the report carries.
        metrics: { ...body.metrics, ...findingMetrics(findings, fixed) },
        findings,
        fixed,
        llm: agent === "analyze" && rand() < 0.4 ? null : usage(rand),
      }),
    );
  }
  return reports;

  function makeFinding(i: number, k: number): Finding {
    const rule = pick(rules);
    const file = pick(files);
    const startLine = 5 + Math.floor(rand() * 300);
    return {
      ruleId: rule.ruleId,
      severity: rule.severity,
      message: rule.message(file),
      location: { file, startLine, endLine: startLine + Math.floor(rand() * 30) },
      fingerprint: fingerprint(rule.ruleId, file, `${i}-${k}`),
      ...(rule.suggestion ? { suggestion: rule.suggestion } : {}),
    };
  }
}

function findingMetrics(findings: Finding[], fixed: Finding[]): Record<string, number> {
  const metrics: Record<string, number> = { "findings.total": findings.length };
  for (const s of ["high", "medium", "low", "info"] as const)
    metrics[`findings.${s}`] = findings.filter((f) => f.severity === s).length;
  if (findings.some((f) => f.status)) {
    metrics["findings.new"] = findings.filter((f) => f.status === "new").length;
    metrics["findings.fixed"] = fixed.length;
  }
  return metrics;
}

const prTitles = [
  "Cache history by commit",
  "Render hotspots table",
  "Fix shallow clone crash",
  "Add DocGen agent",
  "Speed up file listing",
  "Sticky PR comment",
];

function analyzeBody(findings: Finding[], lines: number, rand: () => number) {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const hotspots = findings.filter((f) => f.ruleId === "history/hotspot").length;
  const ts = Math.round(lines * 0.82);
  return {
    summary: `${lines.toLocaleString("en-US")} lines of code in ${Math.round(lines / 60)} files · ${hotspots} hotspots · ${count("high")} high, ${count("medium")} medium findings`,
    metrics: {
      files: Math.round(lines / 60),
      "lines.code": lines,
      "lines.comment": Math.round(lines * 0.18),
      "complexity.cognitive.max": 20 + Math.floor(rand() * 20),
      "complexity.cyclomatic.mean": Math.round((2 + rand()) * 100) / 100,
      "history.hotspots": hotspots,
      "findings.total": findings.length,
      "findings.high": count("high"),
      "findings.medium": count("medium"),
      "findings.low": count("low"),
      "findings.info": count("info"),
    },
    sections: [
      {
        id: "suggestions",
        title: "Suggestions",
        blocks: [
          {
            type: "list",
            items: [
              ["Split ", { code: "Orchestrator.run" }, " into steps: it is the top hotspot."],
              [
                { text: "Add tests", href: "https://example.com/testing" },
                " for the report store before its next change.",
              ],
            ],
          },
        ],
      },
      {
        id: "languages",
        title: "Languages",
        blocks: [
          {
            type: "table",
            columns: ["Language", "Files", "Code", "Comments"],
            align: ["left", "right", "right", "right"],
            rows: [
              [
                "TypeScript",
                String(Math.round(ts / 60)),
                ts.toLocaleString("en-US"),
                String(Math.round(ts * 0.2)),
              ],
              ["Astro", "9", String(Math.round(lines * 0.1)), "40"],
              ["YAML", "6", String(Math.round(lines * 0.05)), "12"],
              ["Markdown", "11", String(Math.round(lines * 0.03)), "0"],
            ],
          },
        ],
      },
      {
        id: "complexity",
        title: "Complexity",
        blocks: [
          {
            type: "paragraph",
            text: [
              "Full analysis for ",
              { strong: "TypeScript" },
              " and JavaScript; other languages are counted only.",
            ],
          },
          {
            type: "table",
            columns: ["Function", "Where", "Cognitive", "Cyclomatic"],
            align: ["left", "left", "right", "right"],
            rows: [
              [[{ code: "Orchestrator.run" }], [{ code: "actions/kit/src/orchestrator.ts:41" }], "34", "18"],
              [[{ code: "parseLog" }], [{ code: "actions/analyze/src/history/parse-log.ts:12" }], "22", "14"],
            ],
          },
        ],
      },
      {
        id: "hotspots",
        title: "Hotspots",
        blocks: [
          {
            type: "table",
            columns: ["File", "Changes", "Complexity"],
            align: ["left", "right", "right"],
            rows: [
              [[{ code: "actions/kit/src/orchestrator.ts" }], "41", "34"],
              [[{ code: "cli/src/main.ts" }], "23", "12"],
            ],
            omitted: 3,
          },
        ],
      },
      {
        id: "hygiene",
        title: "Hygiene",
        blocks: [
          {
            type: "note",
            tone: "info",
            text: [
              "History covers 12 months; pass ",
              { code: "fetch-depth: 0" },
              " to actions/checkout for all of it.",
            ],
          },
        ],
      },
    ],
    insights: [
      {
        title: "The orchestrator carries most change.",
        body: "It is edited in 40% of commits and is the most complex file.",
        kind: "insight" as const,
        citations: [{ file: "actions/kit/src/orchestrator.ts", line: 41 }],
      },
    ],
  };
}

function otherBody(agent: AgentName, rand: () => number) {
  const n = 1 + Math.floor(rand() * 12);
  const key = { docgen: "docs.pages", testgen: "tests.generated", sync: "sync.changes", analyze: "files" }[
    agent
  ];
  const what = { docgen: "doc pages updated", testgen: "tests written", sync: "files synced", analyze: "" }[
    agent
  ];
  return {
    summary: `${n} ${what}`,
    metrics: { [key]: n, "findings.total": 0 },
    sections: [
      {
        id: "changes",
        title: "Changes",
        blocks: [{ type: "list" as const, items: [[{ code: "docs/report-store.md" }, " updated"]] }],
      },
    ],
  };
}

function usage(rand: () => number) {
  const input = 2_000 + Math.floor(rand() * 30_000);
  const output = 300 + Math.floor(rand() * 3_000);
  return {
    provider: "openai",
    model: "gpt-4.1-mini",
    calls: 1 + Math.floor(rand() * 5),
    inputTokens: input,
    outputTokens: output,
    costUsd: Math.round((input * 0.4 + output * 1.6) / 10) / 100_000,
  };
}

/** Write reports into `dir` in the store layout, with each agent's latest.json and latest.md. */
export async function writeStore(dir: string, reports: readonly Report[]): Promise<void> {
  const latest = new Map<AgentName, Report>();
  for (const report of reports) {
    const file = path.join(dir, historyPath(report));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    if (!report.pullRequest) latest.set(report.agent, report);
  }
  for (const [agent, report] of latest) {
    await writeFile(path.join(dir, agent, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(
      path.join(dir, agent, "latest.md"),
      markGenerated(renderReport(report, { target: "file" })),
    );
  }
}

/** Generate and write a store in one go. */
export async function generateStore(dir: string, options: StoreOptions): Promise<Report[]> {
  const reports = generateReports(options);
  await writeStore(dir, reports);
  return reports;
}
