// The loopback server's git data endpoints: refs with compare-and-swap, commits, trees, blobs, contents.
import type { GitHubServer } from "./github-server.ts";
import { gitCommitShape, invalid, notFound, type Routes, refShape } from "./github-shapes.ts";

export function resolveCommit(s: GitHubServer, ref: string | null): string | undefined {
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

export const gitRoutes: Routes = {
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
};
