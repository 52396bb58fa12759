// SARIF 2.1.0 for code scanning: one run, rules from the findings, the same fingerprints as everywhere else.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Finding, Report } from "../report/schema.ts";
import type { GitHubClient } from "./client-types.ts";
import { lineHashes } from "./line-hash.ts";

const sarifLevel: Record<Finding["severity"], "error" | "warning" | "note"> = {
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};

/** GitHub keeps 5,000 results per run (of 25,000 accepted); we send the most severe first. */
const MAX_RESULTS = 5_000;
const rank = { high: 0, medium: 1, low: 2, info: 3 } as const;

/**
 * Build the SARIF log. `partialFingerprints` carries our fingerprint (stable across edits) and
 * `primaryLocationLineHash` from the file in `workspace`, as upload-sarif would add it.
 */
export async function buildSarif(
  report: Report,
  workspace: string,
  serverUrl = "https://github.com",
): Promise<Record<string, unknown>> {
  const findings = [...report.findings]
    .filter((f) => f.status !== "fixed")
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .slice(0, MAX_RESULTS);
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const hashCache = new Map<string, Promise<string[] | null>>();
  const hashesOf = (file: string) => {
    let hit = hashCache.get(file);
    if (!hit) {
      hit = readFile(path.join(workspace, file), "utf8").then(lineHashes, () => null);
      hashCache.set(file, hit);
    }
    return hit;
  };
  const results = [];
  for (const f of findings) {
    const partialFingerprints: Record<string, string> = { "aetherFingerprint/v1": f.fingerprint };
    const line = f.location?.startLine ?? 1;
    if (f.location) {
      const hash = (await hashesOf(f.location.file))?.[line - 1];
      if (hash) partialFingerprints.primaryLocationLineHash = hash;
    }
    results.push({
      ruleId: f.ruleId,
      ruleIndex: ruleIds.indexOf(f.ruleId),
      level: sarifLevel[f.severity],
      message: { text: f.suggestion ? `${f.message} ${f.suggestion}` : f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.location?.file ?? ".", uriBaseId: "%SRCROOT%" },
            region: {
              startLine: line,
              ...(f.location?.endLine && f.location.endLine >= line ? { endLine: f.location.endLine } : {}),
            },
          },
        },
      ],
      partialFingerprints,
      ...(f.status ? { baselineState: f.status === "new" ? "new" : "unchanged" } : {}),
    });
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "AetherStack",
            semanticVersion: report.tool.version,
            informationUri: "https://github.com/aetherstack/aetherstack",
            rules: ruleIds.map((id) => ({
              id,
              name: id.replace(/[/-](\w)/g, (_m, c: string) => c.toUpperCase()),
              shortDescription: { text: id },
            })),
          },
        },
        automationDetails: { id: `aether/${report.agent}/` },
        ...(report.commit && report.repo
          ? {
              versionControlProvenance: [
                {
                  repositoryUri: `${serverUrl.replace(/\/$/, "")}/${report.repo}`,
                  revisionId: report.commit,
                },
              ],
            }
          : {}),
        results,
      },
    ],
  };
}

/** Upload a SARIF log (gzip, then base64) to code scanning; returns the upload id. */
export async function uploadSarif(
  github: GitHubClient,
  sarif: Record<string, unknown>,
  options: { commitSha: string; ref: string; startedAt: string },
): Promise<string> {
  const encoded = gzipSync(JSON.stringify(sarif)).toString("base64");
  if (encoded.length > 10 * 1024 * 1024 * 1.34) {
    throw new Error("the SARIF file is over code scanning's 10 MB (gzipped) limit");
  }
  const { data } = await github.octokit.rest.codeScanning.uploadSarif({
    owner: github.owner,
    repo: github.repo,
    commit_sha: options.commitSha,
    ref: options.ref,
    sarif: encoded,
    started_at: options.startedAt,
    tool_name: "AetherStack",
  });
  return data.id ?? "";
}
