// Runs Analyze in-process, the way the CLI would, with a logger that times each step.
// Prints { report, totalMs, steps } as JSON. Used by analyze.js for the phase breakdown, and in
// place of the CLI when the CLI cannot run. Usage: node bench/_run-agent.js <folder> [base-report.json]
import { readFileSync } from "node:fs";
import { parseReport, runAgent } from "@aetherstack/kit";
import { analyze } from "../actions/analyze/src/agent.ts";
import { analyzeConfigSchema } from "../actions/analyze/src/config.ts";

const [workspace, basePath] = process.argv.slice(2);
const steps = {};
const logger = {
  debug() {},
  info() {},
  warning() {},
  error(message) {
    console.error(message);
  },
  async step(name, work) {
    const started = performance.now();
    try {
      return await work();
    } finally {
      steps[name] = performance.now() - started;
    }
  },
};
const started = performance.now();
const report = await runAgent(analyze, {
  workspace,
  config: analyzeConfigSchema.parse({}),
  logger,
  baseReport: basePath ? parseReport(readFileSync(basePath, "utf8"), basePath) : null,
});
const totalMs = performance.now() - started;
console.log(JSON.stringify({ report, totalMs, steps }));
