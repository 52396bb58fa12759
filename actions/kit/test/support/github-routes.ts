// The loopback server's endpoints: realistic response shapes over the server's state.
import { createRequire } from "node:module";
import { gitRoutes, resolveCommit } from "./github-git-routes.ts";
import {
  bot,
  checkShape,
  commentShape,
  invalid,
  notFound,
  page,
  type Routes,
  userShape,
} from "./github-shapes.ts";
import type { Payload } from "./publish-fixtures.ts";

export type { Routes } from "./github-shapes.ts";

const pullRequestExample: Payload = (
  createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as {
    name: string;
    examples: { action?: string; pull_request?: Payload }[];
  }[]
)
  .find((e) => e.name === "pull_request")!
  .examples.find((e) => e.action === "opened")!.pull_request!;

export const routes: Routes = {
  ...gitRoutes,
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
    // "body: Required when using REQUEST_CHANGES or COMMENT for the event parameter." (OAS pulls/create-review)
    if ((call.body.event === "COMMENT" || call.body.event === "REQUEST_CHANGES") && !call.body.body) {
      return invalid("Unprocessable Entity", ["body is required when event is COMMENT or REQUEST_CHANGES"]);
    }
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
