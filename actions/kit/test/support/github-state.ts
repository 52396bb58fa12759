// What the loopback GitHub API remembers, and which permission each write needs.

export interface Repo {
  owner: string;
  name: string;
  defaultBranch: string;
}

export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
}

export interface State {
  nextId: number;
  comments: Map<
    number,
    { id: number; issue: number; body: string; user: string; created_at: string; updated_at: string }
  >;
  /** Every comment ever created, including ones deleted later. */
  commentsCreated: number;
  checkRuns: Map<number, CheckRun>;
  reviewComments: {
    id: number;
    pull: number;
    path: string;
    line: number;
    side: string;
    body: string;
    commit_id: string;
  }[];
  reviews: { id: number; pull: number; commit_id: string }[];
  pullFiles: Map<
    number,
    { filename: string; status: string; patch?: string; additions: number; deletions: number }[]
  >;
  pulls: Map<number, { number: number; headSha: string; headRepo: string; baseRef: string; title: string }>;
  blobs: Map<string, string>;
  /** Flattened: tree sha → path → blob sha. */
  trees: Map<string, Map<string, string>>;
  commits: Map<string, GitCommit>;
  refs: Map<string, string>;
  sarifs: { id: string; commit_sha: string; ref: string; sarif: Record<string, unknown> }[];
  installations: number;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  external_id: string | null;
  status: string;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Record<string, unknown>[];
  started_at: string;
  completed_at: string | null;
}

/** Permission names GitHub checks for the operations we serve. */
export const writePermission: Record<string, string> = {
  "checks/create": "checks",
  "checks/update": "checks",
  "issues/create-comment": "pull-requests",
  "issues/update-comment": "pull-requests",
  "issues/delete-comment": "pull-requests",
  "pulls/create-review": "pull-requests",
  "git/create-tree": "contents",
  "git/create-blob": "contents",
  "git/create-commit": "contents",
  "git/create-ref": "contents",
  "git/update-ref": "contents",
  "code-scanning/upload-sarif": "security-events",
};
