// Analyze's settings: the `analyze:` section of .github/aether.yml and the action's inputs.
import { bool, commonSettings, int, list } from "@aetherstack/kit";
import * as z from "zod";

export const analyzeConfigSchema = z.strictObject({
  ...commonSettings,
  /** Left out on top of .gitignore and vendored/generated files. */
  exclude: list().default([]).describe("a list of gitignore-style patterns"),
  "history-months": int(1, 120).default(12).describe("a whole number of months from 1 to 120"),
  /** Functions at or above these are medium findings; at twice the value, high. */
  "cognitive-threshold": int(1, 1000).default(15).describe("a whole number from 1 to 1000"),
  "cyclomatic-threshold": int(1, 1000).default(10).describe("a whole number from 1 to 1000"),
  /** Files larger than this are reported by hygiene and not parsed. */
  "large-file-kb": int(1, 1_000_000).default(1024).describe("a whole number of KiB"),
  /** Read and write the per-file and history caches in the cache folder. */
  cache: bool().default(true).describe("true or false"),
});

export type AnalyzeConfig = z.output<typeof analyzeConfigSchema>;
