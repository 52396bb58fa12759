// A loopback GitHub REST API for tests: every request is checked against GitHub's OpenAPI description,
// state is kept (comments, check runs, git objects and refs, PR files, SARIF uploads), and faults can be injected.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { gunzipSync } from "node:zlib";
import { rightSideLines } from "../../src/github/diff-lines.ts";
import { ArtifactService } from "./artifact-service.ts";
import { type Routes, routes } from "./github-routes.ts";
import type { Repo, State } from "./github-state.ts";
import { writePermission } from "./github-state.ts";
import { matchOperation, validateRequest, validateResponse } from "./openapi.ts";

export type { CheckRun, GitCommit, Repo, State } from "./github-state.ts";

export type FaultKind =
  | "500" // fails before GitHub acts
  | "502-after-write" // GitHub acts, the response is lost
  | "secondary-rate-limit" // 403 with retry-after
  | "422" // validation failure: not retried
  | "slow" // answers late but in time
  | "timeout"; // acts, then answers after the client gave up

export interface FaultRule {
  kind: FaultKind;
  /** Method and operationId to hit, such as "POST issues/create-comment"; omitted = any request. */
  on?: string | RegExp;
  /** How many requests to hit. */
  times: number;
  delayMs?: number;
}

export interface Stats {
  requests: number;
  faultsInjected: number;
  byKind: Record<string, number>;
  /** Requests that GitHub would reject as unknown or malformed. They fail the test. */
  invalid: string[];
  /** Responses of ours that do not match GitHub's description (our bug, not the client's). */
  invalidResponses: string[];
}

export interface GitHubServerOptions {
  repo?: Partial<Repo>;
  /** Start with no commits at all (GitHub answers 409 "Git Repository is empty"); default: a main branch with a README. */
  empty?: boolean;
  /** Tokens and what they may write; a token not listed may write everything. */
  tokens?: Record<string, { readOnly?: boolean; missing?: string[] }>;
}

/** Permission names GitHub checks for the operations we serve. */
export class GitHubServer {
  readonly repo: Repo;
  readonly state: State;
  readonly stats: Stats = { requests: 0, faultsInjected: 0, byKind: {}, invalid: [], invalidResponses: [] };
  /** The runner's artifact service, on the same port: set ACTIONS_RESULTS_URL to `url`. */
  readonly artifacts = new ArtifactService();
  private faults: FaultRule[] = [];
  private server: Server | null = null;
  private readonly tokens: NonNullable<GitHubServerOptions["tokens"]>;
  private clock = Date.parse("2026-12-01T12:00:00Z");
  url = "";

  constructor(options: GitHubServerOptions = {}) {
    this.repo = { owner: "Codertocat", name: "Hello-World", defaultBranch: "main", ...options.repo };
    this.tokens = options.tokens ?? {};
    this.state = {
      nextId: 1000,
      comments: new Map(),
      commentsCreated: 0,
      checkRuns: new Map(),
      reviewComments: [],
      reviews: [],
      pullFiles: new Map(),
      pulls: new Map(),
      blobs: new Map(),
      trees: new Map(),
      commits: new Map(),
      refs: new Map(),
      sarifs: [],
      installations: 0,
    };
    if (!options.empty) this.seedDefaultBranch();
  }

  private seedDefaultBranch(): void {
    const readme = "# Hello-World\n";
    const blob = this.gitSha("blob", readme);
    this.state.blobs.set(blob, readme);
    const entries = new Map([["README.md", blob]]);
    const tree = this.gitSha("tree", JSON.stringify([...entries]));
    this.state.trees.set(tree, entries);
    const commit = this.gitSha("commit", `initial ${tree}`);
    this.state.commits.set(commit, { sha: commit, tree, parents: [], message: "Initial commit" });
    this.state.refs.set(`refs/heads/${this.repo.defaultBranch}`, commit);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.stats.invalid.push(`server error: ${String(error)}`);
        if (!res.headersSent) this.send(res, 500, { message: "Server Error" });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Add faults; each rule hits the next `times` matching requests. */
  inject(...rules: FaultRule[]): void {
    this.faults.push(...rules.map((r) => ({ ...r })));
  }

  /** Faults added but not yet hit. */
  pendingFaults(): number {
    return this.faults.reduce((n, f) => n + f.times, 0);
  }

  /** Set up a pull request with its changed files (unified-diff patches). */
  addPullRequest(pr: {
    number: number;
    headSha: string;
    headRepo?: string;
    baseRef?: string;
    title?: string;
    files: { filename: string; patch?: string; status?: string }[];
  }): void {
    this.state.pulls.set(pr.number, {
      number: pr.number,
      headSha: pr.headSha,
      headRepo: pr.headRepo ?? `${this.repo.owner}/${this.repo.name}`,
      baseRef: pr.baseRef ?? this.repo.defaultBranch,
      title: pr.title ?? "Update the README",
    });
    this.state.pullFiles.set(
      pr.number,
      pr.files.map((f) => ({ status: "modified", additions: 1, deletions: 0, ...f })),
    );
  }

  /** The files of a branch (or commit) as path → content. */
  filesAt(refOrSha: string): Map<string, string> {
    const sha = this.state.refs.get(`refs/heads/${refOrSha}`) ?? refOrSha;
    const commit = this.state.commits.get(sha);
    const out = new Map<string, string>();
    if (!commit) return out;
    for (const [p, blob] of this.state.trees.get(commit.tree) ?? [])
      out.set(p, this.state.blobs.get(blob) ?? "");
    return out;
  }

  /** Comments on an issue or PR, oldest first. */
  issueComments(issue: number) {
    return [...this.state.comments.values()].filter((c) => c.issue === issue).sort((a, b) => a.id - b.id);
  }

  // ---- plumbing used by the routes ----

  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  id(): number {
    return this.state.nextId++;
  }

  gitSha(kind: string, content: string): string {
    return createHash("sha1").update(`${kind} ${content.length}\0${content}`).digest("hex");
  }

  apiUrl(path: string): string {
    return `${this.url}/repos/${this.repo.owner}/${this.repo.name}${path}`;
  }

  htmlUrl(path: string): string {
    return `https://github.com/${this.repo.owner}/${this.repo.name}${path}`;
  }

  decodeSarif(encoded: string): Record<string, unknown> {
    return JSON.parse(gunzipSync(Buffer.from(encoded, "base64")).toString("utf8")) as Record<string, unknown>;
  }

  diffLines(pull: number): Map<string, Set<number> | null> {
    const map = new Map<string, Set<number> | null>();
    for (const f of this.state.pullFiles.get(pull) ?? [])
      map.set(f.filename, f.patch ? rightSideLines(f.patch) : null);
    return map;
  }

  private takeFault(method: string, operationId: string): FaultRule | null {
    const key = `${method} ${operationId}`;
    const rule = this.faults.find(
      (f) =>
        f.times > 0 && (f.on === undefined || (typeof f.on === "string" ? f.on === key : f.on.test(key))),
    );
    if (!rule) return null;
    rule.times--;
    this.stats.faultsInjected++;
    this.stats.byKind[rule.kind] = (this.stats.byKind[rule.kind] ?? 0) + 1;
    return { ...rule };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.stats.requests++;
    if (process.env.AETHER_LOOPBACK_LOG)
      console.log(new Date().toISOString().slice(11, 23), req.method, req.url);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = (req.method ?? "GET").toUpperCase();
    const raw = await readBody(req);
    if (this.artifacts.handle(req, res, url, raw, this.url)) return;
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(Buffer.from(raw, "latin1").toString("utf8"));
      } catch {
        this.reject(res, `${method} ${url.pathname}: body is not JSON`);
        return;
      }
    }
    // GitHub Enterprise Server serves the same API under /api/v3.
    const match = matchOperation(method, url.pathname.replace(/^\/api\/v3(?=\/)/, ""));
    if (!match) {
      this.reject(res, `${method} ${url.pathname}: no such endpoint in GitHub's API`, 404);
      return;
    }
    const problems = validateRequest(match.operation, match.params, url.searchParams, body);
    if (problems.length > 0) {
      this.reject(res, `${method} ${match.operationId}: ${problems.join("; ")}`);
      return;
    }
    const auth = req.headers.authorization ?? "";
    if (!/^(token|bearer) \S+/i.test(auth)) {
      this.send(res, 401, { message: "Requires authentication", status: "401" });
      return;
    }
    const token = auth.split(" ")[1]!;
    const perm = writePermission[match.operationId];
    const grants = this.tokens[token];
    if (perm && grants && (grants.readOnly || grants.missing?.includes(perm))) {
      this.send(res, 403, {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest",
        status: "403",
      });
      return;
    }
    const { owner, repo } = match.params;
    if (owner !== undefined && (owner !== this.repo.owner || repo !== this.repo.name)) {
      this.send(res, 404, { message: "Not Found", status: "404" });
      return;
    }
    const fault = this.takeFault(method, match.operationId);
    if (fault?.kind === "500") return this.send(res, 500, { message: "Server Error" });
    if (fault?.kind === "secondary-rate-limit") {
      res.setHeader("retry-after", "1");
      return this.send(res, 403, {
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        documentation_url:
          "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
        status: "403",
      });
    }
    if (fault?.kind === "422")
      return this.send(res, 422, { message: "Validation Failed", errors: [], status: "422" });
    if (fault?.kind === "slow") await sleep(fault.delayMs ?? 200);
    const handler = (routes as Routes)[match.operationId];
    if (!handler) {
      this.reject(
        res,
        `${method} ${match.operationId}: valid, but the loopback server does not serve it`,
        501,
      );
      return;
    }
    const result = handler(this, {
      params: match.params,
      query: url.searchParams,
      body: (body ?? {}) as Record<string, unknown>,
    });
    if (fault?.kind === "502-after-write") return this.send(res, 502, { message: "Bad Gateway" });
    if (fault?.kind === "timeout") {
      await sleep(fault.delayMs ?? 2000);
      if (res.destroyed || req.destroyed) return;
    }
    const shape = validateResponse(match.operation, result.status ?? 200, result.body);
    if (shape.length > 0)
      this.stats.invalidResponses.push(`${method} ${match.operationId}: ${shape.slice(0, 5).join("; ")}`);
    if (result.link) res.setHeader("link", result.link);
    this.send(res, result.status ?? 200, result.body);
  }

  private reject(res: ServerResponse, problem: string, status = 422): void {
    this.stats.invalid.push(problem);
    this.send(res, status, { message: `loopback: ${problem}`, status: String(status) });
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    if (res.destroyed) return;
    res.statusCode = status;
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.setHeader("x-github-api-version-selected", "2022-11-28");
    res.setHeader("x-ratelimit-remaining", "4999");
    res.end(body === undefined ? "" : JSON.stringify(body));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    // latin1 keeps binary uploads (artifact zips) byte for byte; JSON bodies are decoded as UTF-8 before parsing.
    req.on("end", () => resolve(Buffer.concat(chunks).toString("latin1")));
    req.on("error", reject);
  });
}

/** Start a loopback server; remember to `stop()` it. */
export function startGitHubServer(options?: GitHubServerOptions): Promise<GitHubServer> {
  return new GitHubServer(options).start();
}
