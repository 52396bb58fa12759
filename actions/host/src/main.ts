// The one Action bundle: every agent's action (through its generated dist/index.js, which sets
// AETHER_AGENT) and the umbrella action (whose `agent` input picks one, or all) run this entry.
import { runAction } from "./run-action.ts";

await runAction(process.env.AETHER_AGENT || "from-input");
