// The Analyze action's entry, bundled into dist/index.js.
import { runAction } from "@aetherstack/host";
import { analyze } from "./agent.ts";

await runAction([analyze as never]);
