import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSarif,
  commentableLines,
  lineHashes,
  memoryLogger,
  publishReport,
  rightSideLines,
} from "../src/index.ts";
import { type GitHubServer, startGitHubServer } from "./support/github-server.ts";
import {
  finding,
  HEAD_SHA,
  loopbackClient,
  type Payload,
  pullRequestEvent,
  sampleReport,
  settings,
} from "./support/publish-fixtures.ts";

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubServer();
});
afterAll(async () => {
  expect([...new Set(server.stats.invalidResponses)]).toEqual([]);
  await server.stop();
});

describe("primaryLocationLineHash", () => {
  // Vectors from github/codeql-action's own tests of its fingerprinting.
  it("matches codeql-action's hashes, whatever the line endings", () => {
    expect(lineHashes("")).toEqual(["c129715d7a2bc9a3:1"]);
    expect(lineHashes(" a\nb\n  \t\tc\n d")).toEqual([
      "271789c17abda88f:1",
      "54703d4cd895b18:1",
      "180aee12dab6264:1",
      "a23a3dc5e078b07b:1",
    ]);
    const lf = lineHashes(" hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n");
    expect(lf[0]).toBe("e9496ae3ebfced30:1");
    expect(lineHashes(" hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n")).toEqual(lf);
    expect(lineHashes(" hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r")).toEqual(lf);
  });

  it("numbers repeated lines so each keeps its own hash", () => {
    const hashes = lineHashes("x\n".repeat(300));
    expect(hashes[250]!.endsWith(":1")).toBe(false);
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});

describe("SARIF", () => {
  it("is a 2.1.0 log with our fingerprint and the line hash of the file", async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), "aether-sarif-"));
    writeFileSync(path.join(workspace, "app.ts"), "const a = 1;\nfunction parseArgs() {}\nexport {};\n");
    const f = finding("parseArgs", { location: { file: "app.ts", startLine: 2 } });
    const sarif = (await buildSarif(sampleReport({ findings: [f] }), workspace)) as Payload;
    expect(sarif.version).toBe("2.1.0");
    const [result] = sarif.runs[0].results;
    expect(result.ruleId).toBe("complexity/cognitive");
    expect(result.partialFingerprints).toEqual({
      "aetherFingerprint/v1": f.fingerprint,
      primaryLocationLineHash: lineHashes(readFileSync(path.join(workspace, "app.ts"), "utf8"))[1],
    });
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      "complexity/cognitive",
    ]);
  });

  it("is written and uploaded gzipped and base64-encoded", async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), "aether-sarif-"));
    const result = await publishReport(sampleReport(), {
      github: await loopbackClient(server),
      settings: settings({ publish: "sarif,sarif-upload" }),
      event: pullRequestEvent(),
      logger: memoryLogger(),
      workspace,
      summaryFile: null,
      artifacts: null,
      failOn: "never",
    });
    expect(result.outcomes.map((o) => o.status)).toEqual(["published", "published"]);
    expect(JSON.parse(readFileSync(path.join(workspace, "aether.sarif"), "utf8")).version).toBe("2.1.0");
    expect(server.state.sarifs).toHaveLength(1);
    expect(server.state.sarifs[0]).toMatchObject({ commit_sha: HEAD_SHA, ref: "refs/pull/2/head" });
    expect(server.stats.invalid).toEqual([]);
  });
});

describe("diff lines", () => {
  it("counts context and added lines on the right side and skips removed ones", () => {
    const patch =
      "@@ -10,4 +10,5 @@ function a() {\n context\n-removed\n+added one\n+added two\n context\n\\ No newline at end of file\n@@ -40 +41,2 @@\n+x\n y";
    expect([...rightSideLines(patch)]).toEqual([10, 11, 12, 13, 41, 42]);
  });

  it("allows only file-level comments when GitHub sends no patch", () => {
    const map = commentableLines([
      { filename: "logo.png" },
      { filename: "gone.ts", status: "removed", patch: "" },
    ]);
    expect(map.get("logo.png")).toBeNull();
    expect(map.has("gone.ts")).toBe(false);
  });
});
