// The GitHub client type agents see in their context. The publishing layer fills it in.
import type { Octokit } from "@octokit/rest";
import type { ClientTuning } from "./client.ts";

/** An authenticated Octokit for the repository the run is for. */
export interface GitHubClient {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** How the client authenticated; a GitHub App installation token can also be read-only. */
  auth: "token" | "app";
  /** The REST API base URL, `https://api.github.com` unless on GitHub Enterprise Server. */
  apiUrl: string;
  /** Waits and retries, shared by the writes that must not be repeated blindly. */
  tuning: ClientTuning;
}
