// The one report shape every agent produces and every host, store and page reads.
import * as z from "zod";

/** Current report schema version. Bump it with a migration in `migrate.ts`. */
export const SCHEMA_VERSION = 1;

export const severities = ["high", "medium", "low", "info"] as const;
export const Severity = z.enum(severities);
export type Severity = z.infer<typeof Severity>;

/** Inline text: plain, code, a link or strong. Kept structural so rendering builds a tree, never a string. */
export const Inline = z.union([
  z.string(),
  z.strictObject({ code: z.string() }),
  z.strictObject({ text: z.string(), href: z.string() }),
  z.strictObject({ strong: z.string() }),
]);
export type Inline = z.infer<typeof Inline>;
export const Text = z.union([z.string(), z.array(Inline)]);
export type Text = z.infer<typeof Text>;

export const Block = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("paragraph"), text: Text }),
  z.strictObject({ type: z.literal("list"), items: z.array(Text), ordered: z.boolean().optional() }),
  z.strictObject({
    type: z.literal("table"),
    columns: z.array(z.string()).min(1),
    /** Alignment per column; numbers usually right. */
    align: z.array(z.enum(["left", "right", "center"])).optional(),
    rows: z.array(z.array(Text)),
    /** How many rows were left out to keep the table readable. */
    omitted: z.number().int().nonnegative().optional(),
  }),
  z.strictObject({ type: z.literal("code"), lang: z.string().optional(), text: z.string() }),
  z.strictObject({ type: z.literal("note"), tone: z.enum(["info", "warning"]), text: Text }),
]);
export type Block = z.infer<typeof Block>;

export const Section = z.strictObject({
  /** Stable id (`languages`, `hotspots`); the site and comments link to it. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  blocks: z.array(Block),
});
export type Section = z.infer<typeof Section>;

export const Location = z.strictObject({
  file: z.string(),
  startLine: z.number().int().positive().optional(),
  endLine: z.number().int().positive().optional(),
});
export type Location = z.infer<typeof Location>;

export const FindingStatus = z.enum(["new", "fixed", "unchanged"]);
export type FindingStatus = z.infer<typeof FindingStatus>;

export const Finding = z.strictObject({
  /** Rule id, stable across versions: `complexity/cognitive`, `deps/cycle`. */
  ruleId: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  severity: Severity,
  message: z.string(),
  location: Location.optional(),
  /** Survives line shifts and edits elsewhere: built from the rule, the file and a logical key. */
  fingerprint: z.string().regex(/^[0-9a-f]{16,64}$/),
  /** Set in PR mode, against a base report. */
  status: FindingStatus.optional(),
  suggestion: z.string().optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Citation = z.strictObject({
  file: z.string(),
  line: z.number().int().positive(),
  /** Text that must appear on or near that line for the citation to be kept. */
  quote: z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;

export const Insight = z.strictObject({
  title: z.string(),
  body: z.string(),
  kind: z.enum(["insight", "suggestion"]),
  citations: z.array(Citation).min(1),
});
export type Insight = z.infer<typeof Insight>;

export const LlmUsage = z.strictObject({
  provider: z.string(),
  model: z.string(),
  calls: z.number().int().nonnegative(),
  inputTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  /** US dollars, from the configured price table; null when the model has no price. */
  costUsd: z.number().nonnegative().nullable(),
  cached: z.number().int().nonnegative().default(0),
  droppedClaims: z.number().int().nonnegative().default(0),
  /** What the context budget left out, in the user's words. */
  leftOut: z.array(z.string()).default([]),
});
export type LlmUsage = z.infer<typeof LlmUsage>;

export const agentNames = ["analyze", "docgen", "testgen", "sync"] as const;
export const AgentName = z.enum(agentNames);
export type AgentName = z.infer<typeof AgentName>;

export const Report = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Unique and sortable: `<startedAt compact>-<agent>-<short commit>`. */
  id: z.string().regex(/^[0-9]{8}T[0-9]{6}Z-[a-z]+-[0-9a-z]+$/),
  agent: AgentName,
  tool: z.strictObject({ name: z.literal("aetherstack"), version: z.string() }),
  /** `owner/name` when known (from the event or the git remote). */
  repo: z.string().nullable(),
  commit: z.string().nullable(),
  ref: z.string().nullable(),
  event: z.string(),
  pullRequest: z
    .strictObject({
      number: z.number().int().positive(),
      title: z.string().optional(),
      baseRef: z.string().optional(),
      baseCommit: z.string().optional(),
    })
    .nullable(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  status: z.enum(["ok", "failed", "skipped"]),
  /** One line a person reads first. */
  summary: z.string(),
  /** Headline numbers keyed by dotted names (`code.lines`, `findings.high`); the site charts them over time. */
  metrics: z.record(z.string(), z.number()),
  sections: z.array(Section),
  findings: z.array(Finding),
  /** Findings of the base that are gone, in PR mode. */
  fixed: z.array(Finding).default([]),
  insights: z.array(Insight).default([]),
  llm: LlmUsage.nullable().default(null),
  /** Things the reader should know about how the report was made (shallow clone, skipped files). */
  notes: z.array(z.string()).default([]),
});
export type Report = z.infer<typeof Report>;
/** A report as written by hand or by older code: defaults not yet applied. */
export type ReportInput = z.input<typeof Report>;

/** What an agent returns; the engine adds identity, timing and repository facts. */
export const ReportDraft = Report.pick({
  summary: true,
  metrics: true,
  sections: true,
  findings: true,
  insights: true,
  notes: true,
  llm: true,
}).partial({ insights: true, notes: true, llm: true });
export type ReportDraft = z.input<typeof ReportDraft>;
