// Response shapes of the loopback GitHub API, as GitHub's OpenAPI description requires them.
import type { GitHubServer } from "./github-server.ts";

export interface Call {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
}
export interface Answer {
  status?: number;
  body?: unknown;
  link?: string;
}
export type Routes = Record<string, (s: GitHubServer, call: Call) => Answer>;

/** `simple-user` for github-actions[bot], as GitHub sends it. */
export const bot = userShape("github-actions[bot]", 41898282, "Bot");

export function userShape(login: string, id: number, type: "Bot" | "User" | "Organization") {
  const api = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: type === "Bot" ? "MDM6Qm90NDE4OTgyODI=" : `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: "",
    url: api,
    html_url: `https://github.com/${login.replace("[bot]", "")}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    site_admin: false,
  };
}

/** The GitHub Actions app (`integration`), owner of check runs made with GITHUB_TOKEN. */
export const actionsApp = {
  id: 15368,
  slug: "github-actions",
  node_id: "MDM6QXBwMTUzNjg=",
  owner: userShape("github", 9919, "Organization"),
  name: "GitHub Actions",
  description: "Automate your workflow from idea to production",
  external_url: "https://help.github.com/en/actions",
  html_url: "https://github.com/apps/github-actions",
  created_at: "2018-07-30T09:30:17Z",
  updated_at: "2024-04-10T20:33:16Z",
  permissions: {
    checks: "write",
    contents: "write",
    issues: "write",
    pull_requests: "write",
    metadata: "read",
  },
  events: ["check_run", "pull_request", "push"],
};

export function page<T>(s: GitHubServer, call: Call, items: T[], path: string): Answer {
  const perPage = Math.min(Number(call.query.get("per_page") ?? 30), 100);
  const n = Number(call.query.get("page") ?? 1);
  const slice = items.slice((n - 1) * perPage, n * perPage);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link =
    n < last
      ? `<${s.url}${path}?per_page=${perPage}&page=${n + 1}>; rel="next", <${s.url}${path}?per_page=${perPage}&page=${last}>; rel="last"`
      : undefined;
  return { body: slice, link };
}

export const docs = "https://docs.github.com/rest";
export const notFound = (): Answer => ({
  status: 404,
  body: { message: "Not Found", documentation_url: docs, status: "404" },
});
export const invalid = (message: string, errors: unknown[] = []): Answer => ({
  status: 422,
  body: { message, errors, documentation_url: docs, status: "422" },
});

export function commentShape(
  s: GitHubServer,
  c: { id: number; issue: number; body: string; user: string; created_at: string; updated_at: string },
) {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: s.apiUrl(`/issues/comments/${c.id}`),
    html_url: s.htmlUrl(`/pull/${c.issue}#issuecomment-${c.id}`),
    issue_url: s.apiUrl(`/issues/${c.issue}`),
    body: c.body,
    user: bot,
    author_association: "NONE",
    created_at: c.created_at,
    updated_at: c.updated_at,
  };
}

export function checkShape(
  s: GitHubServer,
  r: GitHubServer["state"]["checkRuns"] extends Map<number, infer R> ? R : never,
) {
  return {
    id: r.id,
    node_id: `CR_${r.id}`,
    name: r.name,
    head_sha: r.head_sha,
    external_id: r.external_id,
    url: s.apiUrl(`/check-runs/${r.id}`),
    html_url: s.htmlUrl(`/runs/${r.id}`),
    details_url: s.htmlUrl(`/runs/${r.id}`),
    status: r.status,
    conclusion: r.conclusion,
    started_at: r.started_at,
    completed_at: r.completed_at,
    output: {
      ...r.output,
      annotations_count: r.annotations.length,
      annotations_url: s.apiUrl(`/check-runs/${r.id}/annotations`),
    },
    check_suite: { id: 5 },
    app: actionsApp,
    pull_requests: [],
  };
}

export function gitCommitShape(s: GitHubServer, sha: string) {
  const c = s.state.commits.get(sha)!;
  return {
    sha,
    node_id: `C_${sha.slice(0, 10)}`,
    url: s.apiUrl(`/git/commits/${sha}`),
    html_url: s.htmlUrl(`/commit/${sha}`),
    message: c.message,
    tree: { sha: c.tree, url: s.apiUrl(`/git/trees/${c.tree}`) },
    parents: c.parents.map((p) => ({
      sha: p,
      url: s.apiUrl(`/git/commits/${p}`),
      html_url: s.htmlUrl(`/commit/${p}`),
    })),
    author: {
      name: "github-actions[bot]",
      email: "41898282+github-actions[bot]@users.noreply.github.com",
      date: s.now(),
    },
    committer: { name: "GitHub", email: "noreply@github.com", date: s.now() },
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

export function refShape(s: GitHubServer, ref: string) {
  const sha = s.state.refs.get(ref)!;
  return {
    ref,
    node_id: `REF_${ref}`,
    url: s.apiUrl(`/git/${ref}`),
    object: { type: "commit", sha, url: s.apiUrl(`/git/commits/${sha}`) },
  };
}
