// The GitHub client type agents see in their context. The publishing layer fills it in.
import type { Octokit } from "@octokit/rest";

/** An authenticated Octokit for the repository the run is for. */
export interface GitHubClient {
  octokit: Octokit;
  owner: string;
  repo: string;
}
