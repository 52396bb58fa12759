// The one Action bundle. Each action folder's generated dist/index.js names its action in
// AETHER_ACTION: an agent (whose action runs it), or "publish" (the fork-PR publisher); the umbrella
// action names none and reads its `agent` input, which picks one agent or all.
import { runAction } from "./run-action.ts";

const action = process.env.AETHER_ACTION;
if (action === "publish") {
  const { runPublishAction } = await import("../../publish/src/run-publish.ts");
  await runPublishAction();
} else {
  await runAction(action || "from-input");
}
