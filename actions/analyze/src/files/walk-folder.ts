// Files of a folder that is not a git repository, honouring the .gitignore files in it as git would.
import type { Dirent } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ignore, { type Ignore } from "ignore";

/** Paths found by walking, relative and POSIX, plus what the walk itself left out. */
export interface FolderWalk {
  paths: string[];
  /** Files and folders matched by a .gitignore (a folder counts once). */
  ignored: number;
  /** Folders holding their own `.git`: nested repositories, left to their own analysis. */
  nestedRepos: string[];
}

interface IgnoreFrame {
  /** Folder of the .gitignore, relative to the root ("" for the root). */
  base: string;
  rules: Ignore;
}

/** Walk `root` without following symlinks (they are returned as paths, for the caller to judge). */
export async function walkFolder(root: string): Promise<FolderWalk> {
  const walk: FolderWalk = { paths: [], ignored: 0, nestedRepos: [] };
  await walkDir(root, "", [], walk);
  return walk;
}

async function walkDir(root: string, dir: string, frames: IgnoreFrame[], walk: FolderWalk): Promise<void> {
  const abs = path.join(root, dir);
  let entries: Dirent[];
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch {
    return; // An unreadable folder has nothing we can analyse; its files are not listed at all.
  }
  if (dir !== "" && entries.some((entry) => entry.name === ".git")) {
    walk.nestedRepos.push(dir);
    return;
  }
  const own = await readIgnoreFile(abs, dir);
  const active = own ? [...frames, own] : frames;
  for (const entry of entries) {
    if (entry.name === ".git") continue;
    const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
    const isDir = entry.isDirectory();
    if (isIgnored(active, rel, isDir)) {
      walk.ignored++;
    } else if (isDir) {
      await walkDir(root, rel, active, walk);
    } else {
      walk.paths.push(rel);
    }
  }
}

async function readIgnoreFile(abs: string, dir: string): Promise<IgnoreFrame | null> {
  try {
    const text = await readFile(path.join(abs, ".gitignore"), "utf8");
    return { base: dir, rules: ignore().add(text) };
  } catch {
    return null;
  }
}

function isIgnored(frames: IgnoreFrame[], rel: string, isDir: boolean): boolean {
  for (const frame of frames) {
    const local = frame.base === "" ? rel : rel.slice(frame.base.length + 1);
    if (frame.rules.ignores(isDir ? `${local}/` : local)) return true;
  }
  return false;
}
