// The publish action: the privileged workflow_run job that posts an analysis run's artifact. It runs in
// the shared Action bundle (actions/host), which calls this when AETHER_ACTION is "publish".
import { appendFileSync } from "node:fs";
import path from "node:path";
import {
  createGitHubClient,
  describeOutcome,
  errorMessage,
  isConfigurationError,
  publishConfigScope,
  readConfigFile,
  readEventFile,
  resolveConfig,
} from "@aetherstack/kit";
import { readActionInputs } from "../../host/src/action-inputs.ts";
import { actionLogger } from "../../host/src/action-logger.ts";
import { publishArtifactReports } from "./publish-artifact.ts";

export async function runPublishAction(): Promise<void> {
  const logger = actionLogger();
  try {
    const env = process.env;
    const inputs = readActionInputs(env);
    const reportDir = inputs["report-dir"] || "aether-report";
    const failOn = inputs["fail-on"] || "never";
    delete inputs["report-dir"];
    delete inputs["fail-on"];
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    // The default branch's config is trusted (this job never checks out the PR); missing is fine.
    const { publish: settings } = resolveConfig(await readConfigFile(workspace), inputs, {
      publish: publishConfigScope,
    });
    const github = await createGitHubClient(
      settings,
      { token: env.GITHUB_TOKEN, apiUrl: env.GITHUB_API_URL, repository: env.GITHUB_REPOSITORY },
      { logger },
    );
    const event = await readEventFile(env.GITHUB_EVENT_PATH ?? "", env.GITHUB_EVENT_NAME);
    const results = await publishArtifactReports({
      reportDir: path.resolve(workspace, reportDir),
      event,
      github,
      settings,
      logger,
      workspace,
      summaryFile: env.GITHUB_STEP_SUMMARY || null,
      serverUrl: env.GITHUB_SERVER_URL,
      failOn,
    });
    const failed = results.flatMap((r) => r.outcomes).filter((o) => o.status === "failed");
    if (failed.length > 0) {
      logger.error(failed.map(describeOutcome).join("\n"));
      process.exitCode = 1;
    }
    if (env.GITHUB_OUTPUT) {
      appendFileSync(
        env.GITHUB_OUTPUT,
        `conclusion=${results.some((r) => r.conclusion === "failure") ? "failure" : "success"}\n`,
      );
    }
  } catch (error) {
    logger.error(
      isConfigurationError(error)
        ? error.message
        : `AetherStack publish failed unexpectedly; please report this with the log: ${error instanceof Error ? error.stack : errorMessage(error)}`,
    );
    process.exitCode = 1;
  }
}
