import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionsArtifactUploader } from "../../host/src/artifact-uploader.ts";
import { fakeRuntimeToken } from "../../kit/test/support/artifact-service.ts";
import { type GitHubServer, startGitHubServer } from "../../kit/test/support/github-server.ts";

let server: GitHubServer;
beforeAll(async () => {
  server = await startGitHubServer();
  // What the runner gives JavaScript actions, pointed at the loopback artifact service.
  process.env.ACTIONS_RUNTIME_TOKEN = fakeRuntimeToken();
  process.env.ACTIONS_RESULTS_URL = `${server.url}/`;
  process.env.GITHUB_WORKSPACE = mkdtempSync(path.join(os.tmpdir(), "aether-ws-"));
  process.env.GITHUB_SERVER_URL = "https://github.com";
});
afterAll(() => server.stop());

describe("the Actions artifact uploader", () => {
  it("uploads the report files as one zipped artifact through @actions/artifact", async () => {
    await actionsArtifactUploader().upload("aether-report-analyze", [
      { name: "report.json", content: '{"schemaVersion":1}\n' },
      { name: "report.md", content: "# Aether · Analyze\n" },
    ]);
    const artifact = server.artifacts.artifacts.get("aether-report-analyze");
    expect(artifact?.finalized).toBe(true);
    expect(artifact!.zip.subarray(0, 2).toString()).toBe("PK");
    expect(artifact!.zip.includes("report.json")).toBe(true);
    expect(artifact!.zip.includes("report.md")).toBe(true);
  });
});
