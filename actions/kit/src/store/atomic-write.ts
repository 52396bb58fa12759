// Write files so a reader never sees half of one: a temp file in the same folder, then a rename.
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";

export interface WriteOptions {
  /**
   * Flush the content to disk before the rename (the default), so a crash leaves the old file or
   * the new one. Off for caches (writeCacheFile): the flush costs a run tens of milliseconds.
   */
  durable?: boolean;
}

/** Write `content` to `file` atomically, creating folders as needed. */
export async function writeFileAtomic(
  file: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(content);
    if (options.durable !== false) await handle.sync();
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

/**
 * Write a cache file atomically, without the flush: its reader checks what it reads (JSON, a key,
 * a digest), and a cache lost to a crash is only rebuilt.
 */
export function writeCacheFile(file: string, content: string | Uint8Array): Promise<void> {
  return writeFileAtomic(file, content, { durable: false });
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
