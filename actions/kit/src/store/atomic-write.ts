// Write files so a reader never sees half of one: a temp file in the same folder, then a rename.
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

/** Write `content` to `file` atomically, creating folders as needed; flushed to disk before the rename. */
export function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  return writeThenRename(file, content, true);
}

/**
 * Write a cache file atomically, without the flush: its reader checks what it reads (JSON, a key,
 * a digest), a cache lost to a crash is only rebuilt, and the flush costs a run tens of milliseconds.
 */
export function writeCacheFile(file: string, content: string | Uint8Array): Promise<void> {
  return writeThenRename(file, content, false);
}

/** A temp file in the same folder, then a rename; `durable` flushes it first, so a crash leaves the old file or the new one. */
async function writeThenRename(file: string, content: string | Uint8Array, durable: boolean): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(content);
    if (durable) await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Create `file` only if it does not exist; returns false when it already did. */
export async function createFileExclusive(file: string, content: string): Promise<boolean> {
  await mkdir(path.dirname(file), { recursive: true });
  try {
    const handle = await open(file, "wx");
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}
