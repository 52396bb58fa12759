// The one Octokit setup: retries, throttling, timeouts, token or GitHub App auth, any API base URL.
import type { Octokit } from "@octokit/rest";
import { ConfigurationError, errorMessage } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { GitHubClient } from "./client-types.ts";
import type { PublishSettings } from "./settings.ts";

/** Octokit and its plugins, loaded on the first client: a run that publishes nothing never loads them. */
async function loadOctokit() {
  const [rest, { retry }, { throttling }, { createAppAuth }, { default: Bottleneck }] = await Promise.all([
    import("@octokit/rest"),
    import("@octokit/plugin-retry"),
    import("@octokit/plugin-throttling"),
    import("@octokit/auth-app"),
    import("bottleneck"),
  ]);
  return { RetryingOctokit: rest.Octokit.plugin(retry, throttling), Bottleneck, createAppAuth };
}
type OctokitLib = Awaited<ReturnType<typeof loadOctokit>>;

/** How patient the client is. Production waits like GitHub asks; tests shrink every wait. */
export interface ClientTuning {
  /** One "second" of a retry-after or backoff, in ms (1000 in production). */
  retryUnitMs: number;
  /** Gap between writes, in ms (GitHub asks for 1000; notification-triggering writes get 3×). */
  writeSpacingMs: number;
  /** Abort one request after this long; it is then retried like a 5xx. */
  timeoutMs: number;
  /** Retries of a 5xx, timeout or secondary rate limit. */
  retries: number;
}

export const defaultTuning: ClientTuning = {
  retryUnitMs: 1000,
  writeSpacingMs: 1000,
  timeoutMs: 30_000,
  retries: 3,
};

export interface ClientEnv {
  token?: string;
  apiUrl?: string;
  /** `owner/name`, from GITHUB_REPOSITORY. */
  repository?: string;
}

export interface ClientOptions {
  logger?: Logger;
  tuning?: Partial<ClientTuning>;
}

/**
 * Build the GitHub client for a run: a token (the settings' `github-token`, else the environment's),
 * or a GitHub App's installation token for the repository. Null when there is no credential.
 */
export async function createGitHubClient(
  settings: Pick<PublishSettings, "github-token" | "app-id" | "app-private-key" | "api-url">,
  env: ClientEnv,
  options: ClientOptions = {},
): Promise<GitHubClient | null> {
  const apiUrl = (settings["api-url"] || env.apiUrl || "https://api.github.com").replace(/\/+$/, "");
  const [owner, repo] = (env.repository ?? "").split("/");
  if (!owner || !repo) {
    if (!settings["github-token"] && !env.token && !settings["app-id"]) return null;
    throw new ConfigurationError({
      input: "GITHUB_REPOSITORY",
      problem: `"${env.repository ?? ""}" is not an owner/name repository`,
      fix: "run inside GitHub Actions, or set GITHUB_REPOSITORY=owner/name",
    });
  }
  const tuning = { ...defaultTuning, ...options.tuning };
  if (settings["app-id"] || settings["app-private-key"]) {
    const lib = await loadOctokit();
    const token = await appInstallationToken(lib, settings, apiUrl, owner, repo, tuning);
    return {
      octokit: makeOctokit(lib, token, apiUrl, tuning, options.logger),
      owner,
      repo,
      auth: "app",
      apiUrl,
      tuning,
    };
  }
  const token = settings["github-token"] || env.token;
  if (!token) return null;
  return {
    octokit: makeOctokit(await loadOctokit(), token, apiUrl, tuning, options.logger),
    owner,
    repo,
    auth: "token",
    apiUrl,
    tuning,
  };
}

function makeOctokit(
  { RetryingOctokit, Bottleneck }: OctokitLib,
  token: string,
  baseUrl: string,
  tuning: ClientTuning,
  logger?: Logger,
): Octokit {
  const limiter = (minTime: number) => new Bottleneck.Group({ minTime, maxConcurrent: 1 });
  const octokit = new RetryingOctokit({
    auth: token,
    baseUrl,
    userAgent: "aetherstack",
    log: {
      debug: () => {},
      info: () => {},
      warn: (message: string) => logger?.debug(message),
      error: (message: string) => logger?.debug(message),
    },
    request: { fetch: fetchWithTimeout(tuning.timeoutMs) },
    // 409 ("Git Repository is empty", merge conflicts) is an answer, not a hiccup: never retry it.
    retry: {
      retries: tuning.retries,
      retryAfterBaseValue: tuning.retryUnitMs,
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
    },
    throttle: {
      retryAfterBaseValue: tuning.retryUnitMs,
      fallbackSecondaryRateRetryAfter: 60,
      write: limiter(tuning.writeSpacingMs),
      notifications: limiter(tuning.writeSpacingMs * 3),
      onRateLimit: (after: number, request: { method: string; url: string }, _o: unknown, count: number) => {
        logger?.warning(`GitHub rate limit reached on ${request.method} ${request.url}; waiting ${after} s`);
        return count < tuning.retries && after <= 600;
      },
      onSecondaryRateLimit: (
        after: number,
        request: { method: string; url: string },
        _o: unknown,
        count: number,
      ) => {
        logger?.info(`GitHub secondary rate limit on ${request.method} ${request.url}; waiting ${after} s`);
        return count < tuning.retries;
      },
    },
  });
  // plugin-retry counts retries on `options.request`, which is the instance's shared defaults object
  // unless the call brings its own: without a fresh copy per call, every exhausted retry makes all later
  // waits longer ((n+1)² s). Hooks share one options object, so replace the property in place.
  octokit.hook.wrap("request", (request, options) => {
    options.request = { ...options.request };
    return request(options);
  });
  return octokit;
}

/** A fetch that gives up after `ms`, so a hung request becomes a retryable error instead of a hung job. */
function fetchWithTimeout(ms: number): typeof fetch {
  return (input, init) => {
    const signal = init?.signal
      ? AbortSignal.any([init.signal, AbortSignal.timeout(ms)])
      : AbortSignal.timeout(ms);
    return fetch(input, { ...init, signal });
  };
}

async function appInstallationToken(
  { RetryingOctokit, createAppAuth }: OctokitLib,
  settings: Pick<PublishSettings, "app-id" | "app-private-key">,
  apiUrl: string,
  owner: string,
  repo: string,
  tuning: ClientTuning,
): Promise<string> {
  if (!settings["app-id"] || !settings["app-private-key"]) {
    throw new ConfigurationError({
      input: settings["app-id"] ? "input app-private-key" : "input app-id",
      problem: "is missing: a GitHub App needs both its id and its private key",
      fix: "set app-id and app-private-key (from secrets), or use github-token instead",
    });
  }
  const app = new RetryingOctokit({
    baseUrl: apiUrl,
    authStrategy: createAppAuth,
    auth: { appId: settings["app-id"], privateKey: settings["app-private-key"].replace(/\\n/g, "\n") },
    request: { fetch: fetchWithTimeout(tuning.timeoutMs) },
    retry: { retries: tuning.retries, retryAfterBaseValue: tuning.retryUnitMs },
    throttle: { enabled: false, onRateLimit: () => false, onSecondaryRateLimit: () => false },
  });
  try {
    const { data } = await app.rest.apps.getRepoInstallation({ owner, repo });
    const auth = (await app.auth({
      type: "installation",
      installationId: data.id,
      repositoryNames: [repo],
    })) as { token: string };
    return auth.token;
  } catch (error) {
    throw new ConfigurationError({
      input: "input app-id",
      problem: `could not get an installation token for ${owner}/${repo} (${errorMessage(error)})`,
      fix: "install the GitHub App on this repository and check app-id and app-private-key",
    });
  }
}
