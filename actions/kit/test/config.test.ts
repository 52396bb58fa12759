import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { commonSettings, int, list, readConfigFile, resolveConfig } from "../src/index.ts";
import { tempDir } from "./support/temp-repo.ts";

const schema = z.strictObject({
  ...commonSettings,
  "history-months": int(1, 120).default(12).describe("a whole number of months from 1 to 120"),
  exclude: list().default([]).describe("a list of patterns"),
});
const scopes = { config: { fileKey: "analyze" as const, schema, inputPrefix: "" } };

function workspaceWith(yaml: string): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, ".github"));
  writeFileSync(path.join(dir, ".github/aether.yml"), yaml);
  return dir;
}

describe("configuration", () => {
  it("takes the repo file under inputs, and inputs win", async () => {
    const file = await readConfigFile(
      workspaceWith("analyze:\n  history-months: 6\n  exclude: [fixtures/**]\n"),
    );
    expect(resolveConfig(file, {}, scopes).config).toMatchObject({
      "history-months": 6,
      exclude: ["fixtures/**"],
    });
    expect(
      resolveConfig(file, { "history-months": "3", exclude: "a/**, b/**" }, scopes).config,
    ).toMatchObject({
      "history-months": 3,
      exclude: ["a/**", "b/**"],
    });
  });

  it("treats an empty input as not set", async () => {
    const file = await readConfigFile(workspaceWith("analyze:\n  history-months: 6\n"));
    expect(resolveConfig(file, { "history-months": "" }, scopes).config["history-months"]).toBe(6);
  });

  it("names a bad input, what was wrong and what is allowed", () => {
    expect(() => resolveConfig({}, { "history-months": "lots" }, scopes)).toThrow(
      /^input history-months: expected number, received NaN \(got "lots"\)\. Fix: allowed: a whole number of months from 1 to 120\.$/,
    );
  });

  it("names an unknown input and lists the known ones", () => {
    expect(() => resolveConfig({}, { "histroy-months": "3" }, scopes)).toThrow(
      /input histroy-months: is not an input of this agent\. Fix: use one of .*history-months/,
    );
  });

  it("names an unknown key in the file", async () => {
    const file = await readConfigFile(workspaceWith("analyze:\n  months: 6\n"));
    expect(() => resolveConfig(file, {}, scopes)).toThrow(
      /\.github\/aether\.yml: analyze\.months: is not a known setting/,
    );
  });

  it("points at the line of a YAML syntax error", async () => {
    await expect(readConfigFile(workspaceWith("analyze:\n  exclude: [a\n  x: : y\n"))).rejects.toThrow(
      /\.github\/aether\.yml:\d+: is not valid YAML/,
    );
  });

  it("rejects an unknown top-level section", async () => {
    await expect(readConfigFile(workspaceWith("analyse:\n  x: 1\n"))).rejects.toThrow(
      /analyse: is not a known section\. Fix: use one of analyze/,
    );
  });

  it("a missing file is an empty config", async () => {
    expect(await readConfigFile(tempDir())).toEqual({});
  });
});
