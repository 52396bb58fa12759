import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../actions/kit/test/support/temp-repo.ts";
import { aether } from "./run-cli.ts";
import { sampleRepo } from "./sample-repo.ts";

describe("aether site build", () => {
  it("builds the site of a real Analyze store into a folder anywhere on disk", () => {
    const repo = sampleRepo();
    expect(aether(["run", "analyze", repo]).code).toBe(0);
    const out = path.join(tempDir("aether-site-out-"), "site");
    const run = aether(["site", "build", "--reports", path.join(repo, ".aether/reports"), "--out", out], {
      cwd: repo,
    });
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/Built \d+ pages/);
    expect(existsSync(path.join(out, ".prerender"))).toBe(false);
    expect(readFileSync(path.join(out, "agents/analyze/index.html"), "utf8")).toContain(
      "cognitive complexity",
    );
  });
});
