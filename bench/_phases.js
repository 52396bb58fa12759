// Runs Analyze in-process on a folder with a logger that times each step; prints the timings as JSON.
// Used by analyze.js to say where a cold run spends its time. Usage: node bench/_phases.js <folder>
import { runAgent } from "@aetherstack/kit";
import { analyze } from "../actions/analyze/src/agent.ts";
import { analyzeConfigSchema } from "../actions/analyze/src/config.ts";

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
  workspace: process.argv[2],
  config: analyzeConfigSchema.parse({}),
  logger,
});
const totalMs = performance.now() - started;
console.log(JSON.stringify({ status: report.status, totalMs, steps }));
