// Repository hygiene: the files a project is expected to have, files too large to keep, and TODO-style markers.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { type Block, type Finding, fingerprint, type Section, type Text } from "@aetherstack/kit";
import type { FileFacts, SourceFile } from "../facts.ts";
import { markerTable } from "./marker-table.ts";

const README = /^readme(\.[a-z0-9]+)?$/i;
const LICENSE = /^(licen[cs]e|copying|unlicense)([.-][a-z0-9.-]+)?$/i;
const WORKFLOW = /\.ya?ml$/i;
/** CI outside GitHub Actions still counts: the check is about having CI, not about which. */
const OTHER_CI = [
  ".gitlab-ci.yml",
  ".circleci/config.yml",
  "azure-pipelines.yml",
  "Jenkinsfile",
  ".travis.yml",
];
const TEST_FOLDER = /(^|\/)(tests?|__tests__|specs?|e2e|testing)\//i;
const TEST_FILE =
  /([._-](test|spec)\.[^/]+$)|(_test\.[^/]+$)|((^|\/)test_[^/]+\.py$)|((Test|Tests|Spec)\.(java|kt|cs|scala|swift)$)/;

interface Check {
  name: string;
  found: string | null;
  ruleId: string;
  severity: Finding["severity"];
  missing: string;
  suggestion: string;
}

/**
 * Check README, LICENSE, CI and tests; report files over the size limit and where TODO-style
 * markers gather. Every finding is fingerprinted by what it is about, never by a line.
 */
export async function checkHygiene(
  workspace: string,
  files: SourceFile[],
  facts: FileFacts[],
  options: { largeFileBytes: number },
): Promise<{ section: Section; findings: Finding[]; metrics: Record<string, number> }> {
  const checks = await projectChecks(workspace, files);
  const large = files.filter((f) => f.bytes > options.largeFileBytes).sort((a, b) => b.bytes - a.bytes);
  const findings: Finding[] = [
    ...checks.filter((c) => !c.found).map(missingFinding),
    ...large.map((file) => largeFileFinding(file, options.largeFileBytes)),
  ];
  const blocks: Block[] = [checksTable(checks, large.length, options.largeFileBytes)];
  const markers = markerTable(facts);
  if (markers) blocks.push(...markers);
  const metrics: Record<string, number> = { "hygiene.large-files": large.length };
  for (const check of checks) metrics[`hygiene.${check.name.toLowerCase()}`] = check.found ? 1 : 0;
  return { section: { id: "hygiene", title: "Hygiene", blocks }, findings, metrics };
}

async function projectChecks(workspace: string, files: SourceFile[]): Promise<Check[]> {
  const [rootNames, githubNames, docsNames, workflows] = await Promise.all([
    names(workspace),
    names(path.join(workspace, ".github")),
    names(path.join(workspace, "docs")),
    names(path.join(workspace, ".github", "workflows")),
  ]);
  const readme =
    rootNames.find((n) => README.test(n)) ??
    prefixed(
      ".github/",
      githubNames.find((n) => README.test(n)),
    ) ??
    prefixed(
      "docs/",
      docsNames.find((n) => README.test(n)),
    );
  const license = rootNames.find((n) => LICENSE.test(n)) ?? null;
  const workflow = prefixed(
    ".github/workflows/",
    workflows.find((n) => WORKFLOW.test(n)),
  );
  const paths = new Set(files.map((f) => f.path));
  const ci = workflow ?? OTHER_CI.find((p) => paths.has(p)) ?? null;
  const test = files.find((f) => TEST_FOLDER.test(f.path) || TEST_FILE.test(f.path))?.path ?? null;
  return [
    {
      name: "README",
      found: readme ?? null,
      ruleId: "hygiene/missing-readme",
      severity: "medium",
      missing: "No README: nobody can tell what this repository is or how to use it.",
      suggestion: "Add a README.md saying what the project does, how to install it and how to run it.",
    },
    {
      name: "License",
      found: license,
      ruleId: "hygiene/missing-license",
      severity: "low",
      missing: "No LICENSE file: without one, others may not legally use or contribute to the code.",
      suggestion: "Add a LICENSE file (https://choosealicense.com helps pick one).",
    },
    {
      name: "CI",
      found: ci,
      ruleId: "hygiene/missing-ci",
      severity: "low",
      missing: "No CI workflow (.github/workflows/*.yml): changes are not built or tested automatically.",
      suggestion:
        "Add a workflow in .github/workflows/ that installs, builds and runs the tests on every push.",
    },
    {
      name: "Tests",
      found: test,
      ruleId: "hygiene/missing-tests",
      severity: "medium",
      missing: "No tests found (no test/ or spec/ folder, no *.test.*, *.spec.* or *_test.* files).",
      suggestion: "Add tests beside the code, starting with the parts that change most.",
    },
  ];
}

async function names(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

function prefixed(prefix: string, name: string | undefined): string | null {
  return name ? `${prefix}${name}` : null;
}

function missingFinding(check: Check): Finding {
  return {
    ruleId: check.ruleId,
    severity: check.severity,
    message: check.missing,
    fingerprint: fingerprint(check.ruleId, undefined, check.name),
    suggestion: check.suggestion,
  };
}

function largeFileFinding(file: SourceFile, limit: number): Finding {
  return {
    ruleId: "hygiene/large-file",
    severity: "low",
    message: `${file.path} is ${size(file.bytes)}, over the ${size(limit)} limit: it was counted but not parsed.`,
    location: { file: file.path },
    fingerprint: fingerprint("hygiene/large-file", file.path, "size"),
    suggestion: "Keep large data out of the repository (Git LFS, a release asset), or raise large-file-kb.",
  };
}

function checksTable(checks: Check[], largeFiles: number, limit: number): Block {
  const rows: Text[][] = checks.map((c) => [c.name, c.found ? [{ code: c.found }] : "missing"]);
  rows.push([`Files over ${size(limit)}`, largeFiles === 0 ? "none" : String(largeFiles)]);
  return { type: "table", columns: ["Check", "Found"], rows };
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MiB`;
  return `${Math.round(bytes / 1024)} KiB`;
}
