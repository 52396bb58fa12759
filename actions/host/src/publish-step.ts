// After the pipeline: publish each report to GitHub as the step's settings say, one target never losing another.
import {
  type AgentOutcome,
  createGitHubClient,
  type EventInfo,
  type Logger,
  type PublishSettings,
  publishReport,
} from "@aetherstack/kit";
import { actionsArtifactUploader } from "./artifact-uploader.ts";

/** Publish every outcome to the targets the settings enable. */
export async function publishOutcomes(
  outcomes: AgentOutcome[],
  settings: PublishSettings,
  context: { env: NodeJS.ProcessEnv; event: EventInfo; workspace: string; logger: Logger },
): Promise<void> {
  const { env, event, workspace, logger } = context;
  const github = await createGitHubClient(
    settings,
    { token: env.GITHUB_TOKEN, apiUrl: env.GITHUB_API_URL, repository: env.GITHUB_REPOSITORY },
    { logger },
  );
  // The runner gives JavaScript actions the artifact service's token; without it (local runs) there is no upload.
  const artifacts = env.ACTIONS_RUNTIME_TOKEN ? actionsArtifactUploader() : null;
  for (const outcome of outcomes) {
    // publishReport logs one line per target and a warning per failure itself.
    await publishReport(outcome.report, {
      github,
      settings,
      event,
      logger,
      workspace,
      summaryFile: env.GITHUB_STEP_SUMMARY || null,
      artifacts,
      serverUrl: env.GITHUB_SERVER_URL,
      failOn: outcome.failOn,
    });
  }
}
