// The CLI runs from its bundle (cli/dist) while the bundle matches the sources, and from the
// sources otherwise; both give the same report.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { distDir, freshEntry } from "../build/fresh-entry.js";
import { aether, nodeBin } from "./run-cli.ts";
import { sampleRepo } from "./sample-repo.ts";

const root = path.resolve(import.meta.dirname, "../..");

describe("the CLI's bundle", () => {
  it("is built and current (npm ci and npm test build it), from sources and build settings", () => {
    const inputs = JSON.parse(readFileSync(path.join(distDir, "build.json"), "utf8")).inputs.map(
      ([file]: [string]) => file,
    );
    for (const file of [
      "cli/src/main.ts",
      "actions/kit/src/report/schema.ts",
      "tsconfig.json",
      "cli/package.json",
    ])
      expect(inputs).toContain(file);
    expect(freshEntry(), "cli/dist is missing or stale: run `npm run build:cli`").toBe(
      path.join(distDir, "main.js"),
    );
  });

  it("is passed over once any input differs from what it was built from", () => {
    const copy = path.join(os.tmpdir(), `aether-dist-${process.pid}`);
    cpSync(distDir, copy, { recursive: true });
    expect(freshEntry(copy)).toBe(path.join(copy, "main.js"));
    const manifestFile = path.join(copy, "build.json");
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    const [file, size, mtimeMs] = manifest.inputs.find(([f]: [string]) => f.endsWith("agent.ts"));
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, inputs: [[file, size, mtimeMs - 1000]] }));
    expect(freshEntry(copy)).toBeNull();
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, inputs: [["cli/src/gone.ts", 1, 1]] }));
    expect(freshEntry(copy)).toBeNull();
    writeFileSync(manifestFile, "{");
    expect(freshEntry(copy)).toBeNull();
    writeFileSync(manifestFile, "null");
    expect(freshEntry(copy)).toBeNull();
    // An input saved while the build ran is recorded so that it never matches.
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, inputs: [[file, size, -1]] }));
    expect(freshEntry(copy)).toBeNull();
  });

  it("gives the same report as the sources", () => {
    const repo = sampleRepo();
    const args = ["run", "analyze", repo, "--json", "--no-save", "--input", "cache=false"];
    const bundled = aether(args);
    const sources = spawnSync(
      nodeBin,
      [
        "--input-type=module",
        "-e",
        `await (await import("./cli/src/main.ts")).main(${JSON.stringify(args)})`,
      ],
      { cwd: root, encoding: "utf8", env: { ...process.env, CI: "true", NO_COLOR: "1" } },
    );
    expect(bundled.code).toBe(0);
    expect(sources.status, sources.stderr).toBe(0);
    const strip = (json: string) => ({ ...JSON.parse(json), id: "", startedAt: "", finishedAt: "" });
    expect(strip(bundled.stdout)).toEqual(strip(sources.stdout));
  });
});
