// Settings every agent has, because the engine (not the agent) acts on them.
import * as z from "zod";
import { int } from "./fields.ts";

/** Spread into each agent's config schema: `z.strictObject({ ...commonSettings, ... })`. */
export const commonSettings = {
  "fail-on": z
    .string()
    .default("never")
    .describe("never, high, medium, low, info, or new-<severity> such as new-high"),
  /** PR mode: compare with the same agent run on this git ref. */
  "base-ref": z.string().default("").describe("a branch, tag or commit SHA"),
  /** PR mode: compare with a stored report instead of re-running on the base. */
  "base-report": z.string().default("").describe("a path to a report JSON file"),
  "timeout-minutes": int(1, 360).default(15).describe("a whole number of minutes from 1 to 360"),
};

export type CommonSettings = {
  "fail-on": string;
  "base-ref": string;
  "base-report": string;
  "timeout-minutes": number;
};
