// Line counts for the few commits that need them, in one `git diff-tree --stdin` over just those.
import { gitLines } from "@aetherstack/kit";
import { countArgs } from "./git-commands.ts";
import { type CommitRecord, type FileChange, parseLog } from "./parse-log.ts";

/**
 * Give every change of the commits in `hashes` its added and deleted lines, in place. A change git
 * does not list again (it would have to diff differently) is left uncounted.
 */
export async function countLines(
  workspace: string,
  prefix: string,
  commits: readonly CommitRecord[],
  hashes: ReadonlySet<string>,
): Promise<void> {
  const wanted = new Map<string, CommitRecord>();
  for (const commit of commits) if (hashes.has(commit.hash)) wanted.set(commit.hash, commit);
  if (wanted.size === 0) return;
  const input = `${[...wanted.keys()].join("\n")}\n`;
  const lines = gitLines(workspace, countArgs(prefix), { input, background: true });
  for await (const counted of parseLog(lines)) {
    const record = wanted.get(counted.hash);
    if (!record) continue;
    const byChange = new Map(counted.changes.map((change) => [changeKey(change), change]));
    for (const change of record.changes) {
      const match = byChange.get(changeKey(change));
      if (match?.added === undefined) continue;
      change.added = match.added;
      change.deleted = match.deleted;
    }
  }
}

const changeKey = (change: FileChange) => `${change.from ?? ""}\0${change.path}`;
