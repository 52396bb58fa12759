// The Logger for the GitHub Action host: lines into the Actions log, steps as collapsible groups.
import * as core from "@actions/core";
import type { Logger } from "@aetherstack/kit";

export function actionLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    step: (name, work) => core.group(name, work),
  };
}
