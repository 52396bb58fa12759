// The umbrella action's entry (the repository's root action.yml): its `agent` input picks the agent, or all.
import { runAction } from "@aetherstack/host";

await runAction("from-input");
