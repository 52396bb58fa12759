// The loopback server's endpoints: realistic response shapes over the server's state.
import { createRequire } from "node:module";
import type { GitHubServer } from "./github-server.ts";
import type { Payload } from "./publish-fixtures.ts";

const pullRequestExample: Payload = (
  createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as {
    name: string;
    examples: { action?: string; pull_request?: Payload }[];
  }[]
)
  .find((e) => e.name === "pull_request")!
  .examples.find((e) => e.action === "opened")!.pull_request!;

interface Call {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
}
interface Answer {
  status?: number;
  body?: unknown;
  link?: string;
}
export type Routes = Record<string, (s: GitHubServer, call: Call) => Answer>;

/** `simple-user` for github-actions[bot], as GitHub sends it. */
const bot = userShape("github-actions[bot]", 41898282, "Bot");

function userShape(login: string, id: number, type: "Bot" | "User" | "Organization") {
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
const actionsApp = {
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

function page<T>(s: GitHubServer, call: Call, items: T[], path: string): Answer {
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

const docs = "https://docs.github.com/rest";
const notFound = (): Answer => ({
  status: 404,
  body: { message: "Not Found", documentation_url: docs, status: "404" },
});
const invalid = (message: string, errors: unknown[] = []): Answer => ({
  status: 422,
  body: { message, errors, documentation_url: docs, status: "422" },
});

function commentShape(
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

function checkShape(
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

function gitCommitShape(s: GitHubServer, sha: string) {
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

function refShape(s: GitHubServer, ref: string) {
  const sha = s.state.refs.get(ref)!;
  return {
    ref,
    node_id: `REF_${ref}`,
    url: s.apiUrl(`/git/${ref}`),
    object: { type: "commit", sha, url: s.apiUrl(`/git/commits/${sha}`) },
  };
}

function resolveCommit(s: GitHubServer, ref: string | null): string | undefined {
  if (!ref) return s.state.refs.get(`refs/heads/${s.repo.defaultBranch}`);
  return (
    s.state.refs.get(`refs/heads/${ref}`) ??
    s.state.refs.get(ref) ??
    (s.state.commits.has(ref) ? ref : undefined)
  );
}

function isAncestor(s: GitHubServer, ancestor: string, sha: string): boolean {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length > 0) {
    const at = queue.pop()!;
    if (at === ancestor) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    queue.push(...(s.state.commits.get(at)?.parents ?? []));
  }
  return false;
}

export const routes: Routes = {
  "issues/list-comments": (s, call) =>
    page(
      s,
      call,
      s.issueComments(Number(call.params.issue_number)).map((c) => commentShape(s, c)),
      `/repos/${s.repo.owner}/${s.repo.name}/issues/${call.params.issue_number}/comments`,
    ),
  "issues/create-comment": (s, call) => {
    const body = String(call.body.body);
    if (body.length > 65_536) return invalid("Body is too long (maximum is 65536 characters)");
    const now = s.now();
    const c = {
      id: s.id(),
      issue: Number(call.params.issue_number),
      body,
      user: bot.login,
      created_at: now,
      updated_at: now,
    };
    s.state.comments.set(c.id, c);
    s.state.commentsCreated++;
    return { status: 201, body: commentShape(s, c) };
  },
  "issues/update-comment": (s, call) => {
    const c = s.state.comments.get(Number(call.params.comment_id));
    if (!c) return notFound();
    const body = String(call.body.body);
    if (body.length > 65_536) return invalid("Body is too long (maximum is 65536 characters)");
    c.body = body;
    c.updated_at = s.now();
    return { body: commentShape(s, c) };
  },
  "issues/delete-comment": (s, call) =>
    s.state.comments.delete(Number(call.params.comment_id)) ? { status: 204 } : notFound(),

  "checks/create": (s, call) => {
    const b = call.body as Payload;
    const annotations = (b.output?.annotations ?? []) as unknown[];
    if (annotations.length > 50) return invalid("Only 50 annotations are allowed per request");
    if ((b.output?.summary ?? "").length > 65_535)
      return invalid("output.summary is too long (maximum is 65535 characters)");
    if ((b.status === "completed" || b.completed_at) && !b.conclusion)
      return invalid("conclusion is required when status is completed");
    const now = s.now();
    const run = {
      id: s.id(),
      name: String(b.name),
      head_sha: String(b.head_sha),
      external_id: (b.external_id as string) ?? null,
      status: b.conclusion ? "completed" : ((b.status as string) ?? "queued"),
      conclusion: (b.conclusion as string) ?? null,
      output: {
        title: b.output?.title ?? null,
        summary: b.output?.summary ?? null,
        text: b.output?.text ?? null,
      },
      annotations: [...(annotations as Record<string, unknown>[])],
      started_at: (b.started_at as string) ?? now,
      completed_at: (b.completed_at as string) ?? (b.conclusion ? now : null),
    };
    s.state.checkRuns.set(run.id, run);
    return { status: 201, body: checkShape(s, run) };
  },
  "checks/update": (s, call) => {
    const run = s.state.checkRuns.get(Number(call.params.check_run_id));
    if (!run) return notFound();
    const b = call.body as Payload;
    const annotations = (b.output?.annotations ?? []) as Record<string, unknown>[];
    if (annotations.length > 50) return invalid("Only 50 annotations are allowed per request");
    if (b.output) {
      run.output = {
        title: b.output.title ?? run.output.title,
        summary: b.output.summary ?? run.output.summary,
        text: b.output.text ?? run.output.text,
      };
      run.annotations.push(...annotations);
    }
    if (b.conclusion) {
      run.conclusion = b.conclusion;
      run.status = "completed";
    }
    return { body: checkShape(s, run) };
  },
  "checks/get": (s, call) => {
    const run = s.state.checkRuns.get(Number(call.params.check_run_id));
    return run ? { body: checkShape(s, run) } : notFound();
  },
  "checks/list-for-ref": (s, call) => {
    const sha = resolveCommit(s, call.params.ref!) ?? call.params.ref;
    const name = call.query.get("check_name");
    const runs = [...s.state.checkRuns.values()].filter(
      (r) => r.head_sha === sha && (!name || r.name === name),
    );
    const p = page(
      s,
      call,
      runs.map((r) => checkShape(s, r)),
      `/repos/${s.repo.owner}/${s.repo.name}/commits/${call.params.ref}/check-runs`,
    );
    return { ...p, body: { total_count: runs.length, check_runs: p.body } };
  },
  "checks/list-annotations": (s, call) => {
    const run = s.state.checkRuns.get(Number(call.params.check_run_id));
    return run
      ? page(
          s,
          call,
          run.annotations,
          `/repos/${s.repo.owner}/${s.repo.name}/check-runs/${run.id}/annotations`,
        )
      : notFound();
  },

  "pulls/get": (s, call) => {
    const pr = s.state.pulls.get(Number(call.params.pull_number));
    if (!pr) return notFound();
    // The webhook's pull_request object is GitHub's full pull-request shape; adjust what the state says.
    const real = structuredClone(pullRequestExample);
    const [headOwner, headName] = pr.headRepo.split("/");
    real.number = pr.number;
    real.title = pr.title;
    real.html_url = s.htmlUrl(`/pull/${pr.number}`);
    real.url = s.apiUrl(`/pulls/${pr.number}`);
    real.head.sha = pr.headSha;
    real.head.label = `${headOwner}:${real.head.ref}`;
    real.head.repo = {
      ...real.head.repo,
      full_name: pr.headRepo,
      name: headName,
      owner: { ...real.head.repo.owner, login: headOwner },
      fork: pr.headRepo !== `${s.repo.owner}/${s.repo.name}`,
    };
    real.base.ref = pr.baseRef;
    real.base.sha = s.state.refs.get(`refs/heads/${pr.baseRef}`) ?? real.base.sha;
    real.auto_merge ??= null;
    return { body: real };
  },
  "pulls/list-files": (s, call) => {
    const files = s.state.pullFiles.get(Number(call.params.pull_number));
    if (!files) return notFound();
    return page(
      s,
      call,
      files.map((f, i) => ({
        sha: s.gitSha("blob", `${f.filename}${i}`),
        filename: f.filename,
        status: f.status,
        additions: f.additions,
        deletions: f.deletions,
        changes: f.additions + f.deletions,
        blob_url: s.htmlUrl(`/blob/HEAD/${f.filename}`),
        raw_url: s.htmlUrl(`/raw/HEAD/${f.filename}`),
        contents_url: s.apiUrl(`/contents/${f.filename}`),
        ...(f.patch !== undefined ? { patch: f.patch } : {}),
      })),
      `/repos/${s.repo.owner}/${s.repo.name}/pulls/${call.params.pull_number}/files`,
    );
  },
  "pulls/list-review-comments": (s, call) => {
    const pull = Number(call.params.pull_number);
    const list = s.state.reviewComments
      .filter((c) => c.pull === pull)
      .map((c) => ({
        id: c.id,
        node_id: `PRRC_${c.id}`,
        pull_request_review_id: 1,
        path: c.path,
        line: c.line,
        side: c.side,
        commit_id: c.commit_id,
        original_commit_id: c.commit_id,
        body: c.body,
        user: bot,
        diff_hunk: "@@",
        html_url: s.htmlUrl(`/pull/${pull}#discussion_r${c.id}`),
        url: s.apiUrl(`/pulls/comments/${c.id}`),
        pull_request_url: s.apiUrl(`/pulls/${pull}`),
        author_association: "NONE",
        created_at: s.now(),
        updated_at: s.now(),
        _links: {
          self: { href: s.apiUrl(`/pulls/comments/${c.id}`) },
          html: { href: s.htmlUrl(`/pull/${pull}#discussion_r${c.id}`) },
          pull_request: { href: s.apiUrl(`/pulls/${pull}`) },
        },
      }));
    return page(s, call, list, `/repos/${s.repo.owner}/${s.repo.name}/pulls/${pull}/comments`);
  },
  "pulls/create-review": (s, call) => {
    const pull = Number(call.params.pull_number);
    if (!s.state.pulls.has(pull)) return notFound();
    const lines = s.diffLines(pull);
    const comments = (call.body.comments ?? []) as {
      path: string;
      line?: number;
      side?: string;
      body: string;
    }[];
    for (const c of comments) {
      const inDiff = lines.get(c.path);
      if (!lines.has(c.path) || (inDiff && c.line !== undefined && !inDiff.has(c.line))) {
        return invalid("Unprocessable Entity", ["pull_request_review_thread.line must be part of the diff"]);
      }
    }
    const review = { id: s.id(), pull, commit_id: String(call.body.commit_id ?? "") };
    s.state.reviews.push(review);
    for (const c of comments) {
      s.state.reviewComments.push({
        id: s.id(),
        pull,
        path: c.path,
        line: c.line ?? 1,
        side: c.side ?? "RIGHT",
        body: c.body,
        commit_id: review.commit_id,
      });
    }
    return {
      body: {
        id: review.id,
        node_id: `PRR_${review.id}`,
        user: bot,
        body: String(call.body.body ?? ""),
        state: "COMMENTED",
        html_url: s.htmlUrl(`/pull/${pull}#pullrequestreview-${review.id}`),
        pull_request_url: s.apiUrl(`/pulls/${pull}`),
        commit_id: review.commit_id,
        author_association: "NONE",
        _links: { html: { href: "" }, pull_request: { href: "" } },
      },
    };
  },

  "git/get-ref": (s, call) => {
    const ref = `refs/${call.params.ref}`;
    if (!s.state.refs.has(ref)) {
      return s.state.refs.size === 0
        ? { status: 409, body: { message: "Git Repository is empty.", status: "409" } }
        : notFound();
    }
    return { body: refShape(s, ref) };
  },
  "git/create-ref": (s, call) => {
    const ref = String(call.body.ref);
    const sha = String(call.body.sha);
    if (!/^refs\/.+\/.+/.test(ref)) return invalid("Reference name is not valid");
    if (!s.state.commits.has(sha)) return invalid("Object does not exist");
    if (s.state.refs.has(ref)) return invalid("Reference already exists");
    s.state.refs.set(ref, sha);
    return { status: 201, body: refShape(s, ref) };
  },
  "git/update-ref": (s, call) => {
    const ref = `refs/${call.params.ref}`;
    const current = s.state.refs.get(ref);
    if (!current) return invalid("Reference does not exist");
    const sha = String(call.body.sha);
    if (!s.state.commits.has(sha)) return invalid("Object does not exist");
    // Compare-and-swap: without force, the new commit must descend from the current tip.
    if (call.body.force !== true && !isAncestor(s, current, sha))
      return invalid("Update is not a fast forward");
    s.state.refs.set(ref, sha);
    return { body: refShape(s, ref) };
  },
  "git/get-commit": (s, call) =>
    s.state.commits.has(call.params.commit_sha!)
      ? { body: gitCommitShape(s, call.params.commit_sha!) }
      : notFound(),
  "git/create-commit": (s, call) => {
    const tree = String(call.body.tree);
    const parents = (call.body.parents ?? []) as string[];
    if (!s.state.trees.has(tree)) return invalid("Tree SHA does not exist");
    if (parents.some((p) => !s.state.commits.has(p)))
      return invalid("Parent SHA does not exist or is not a commit object");
    const message = String(call.body.message);
    const sha = s.gitSha("commit", JSON.stringify({ tree, parents, message, at: s.now(), n: s.id() }));
    s.state.commits.set(sha, { sha, tree, parents, message });
    return { status: 201, body: gitCommitShape(s, sha) };
  },
  "git/create-blob": (s, call) => {
    const content =
      call.body.encoding === "base64"
        ? Buffer.from(String(call.body.content), "base64").toString("utf8")
        : String(call.body.content);
    const sha = s.gitSha("blob", content);
    s.state.blobs.set(sha, content);
    return { status: 201, body: { sha, url: s.apiUrl(`/git/blobs/${sha}`) } };
  },
  "git/create-tree": (s, call) => {
    const base = call.body.base_tree as string | undefined;
    if (base && !s.state.trees.has(base)) return invalid("base_tree is not a valid tree");
    const entries = new Map(base ? s.state.trees.get(base) : []);
    for (const e of (call.body.tree ?? []) as {
      path: string;
      sha?: string | null;
      content?: string;
      type?: string;
    }[]) {
      if (e.content !== undefined) {
        const blob = s.gitSha("blob", e.content);
        s.state.blobs.set(blob, e.content);
        entries.set(e.path, blob);
      } else if (e.sha === null) entries.delete(e.path);
      else if (e.sha) {
        if (!s.state.blobs.has(e.sha)) return invalid("tree.sha is not a valid blob");
        entries.set(e.path, e.sha);
      }
    }
    const sorted = [...entries].sort(([a], [b]) => a.localeCompare(b));
    const sha = s.gitSha("tree", JSON.stringify(sorted));
    s.state.trees.set(sha, new Map(sorted));
    return {
      status: 201,
      body: {
        sha,
        url: s.apiUrl(`/git/trees/${sha}`),
        truncated: false,
        tree: sorted.map(([path, blob]) => ({
          path,
          mode: "100644",
          type: "blob",
          sha: blob,
          size: s.state.blobs.get(blob)?.length ?? 0,
          url: s.apiUrl(`/git/blobs/${blob}`),
        })),
      },
    };
  },
  "repos/get-content": (s, call) => {
    const commit = resolveCommit(s, call.query.get("ref"));
    if (!commit) return notFound();
    const tree = s.state.trees.get(s.state.commits.get(commit)!.tree)!;
    const file = call.params.path!;
    const blob = tree.get(file);
    if (!blob) return notFound();
    const content = s.state.blobs.get(blob)!;
    return {
      body: {
        type: "file",
        encoding: "base64",
        size: content.length,
        name: file.split("/").at(-1),
        path: file,
        content: Buffer.from(content).toString("base64"),
        sha: blob,
        url: s.apiUrl(`/contents/${file}`),
        git_url: s.apiUrl(`/git/blobs/${blob}`),
        html_url: s.htmlUrl(`/blob/${commit}/${file}`),
        download_url: null,
        _links: { self: "", git: "", html: "" },
      },
    };
  },

  "code-scanning/upload-sarif": (s, call) => {
    let sarif: Record<string, unknown>;
    try {
      sarif = s.decodeSarif(String(call.body.sarif));
    } catch {
      return { status: 400, body: { message: "Invalid request: sarif is not gzip-compressed base64" } };
    }
    if (sarif.version !== "2.1.0") return { status: 400, body: { message: "SARIF version must be 2.1.0" } };
    const id = `sarif-${s.id()}`;
    s.state.sarifs.push({ id, commit_sha: String(call.body.commit_sha), ref: String(call.body.ref), sarif });
    return { status: 202, body: { id, url: s.apiUrl(`/code-scanning/sarifs/${id}`) } };
  },

  "apps/get-repo-installation": (s) => ({
    body: {
      id: 4242,
      app_id: 1,
      app_slug: "aetherstack",
      target_id: 1,
      target_type: "Organization",
      single_file_name: null,
      account: userShape(s.repo.owner, 1, "Organization"),
      permissions: { checks: "write", contents: "write", pull_requests: "write" },
      events: [],
      repository_selection: "selected",
      access_tokens_url: `${s.url}/app/installations/4242/access_tokens`,
      html_url: `https://github.com/organizations/${s.repo.owner}/settings/installations/4242`,
      repositories_url: `${s.url}/installation/repositories`,
      created_at: "2026-01-01T00:00:00Z",
      updated_at: "2026-01-01T00:00:00Z",
      suspended_by: null,
      suspended_at: null,
    },
  }),
  "apps/create-installation-access-token": (s) => {
    s.state.installations++;
    return {
      status: 201,
      body: {
        token: `ghs_installation${s.state.installations}`,
        expires_at: "2030-01-01T00:00:00Z",
        permissions: {},
        repository_selection: "selected",
      },
    };
  },
};
