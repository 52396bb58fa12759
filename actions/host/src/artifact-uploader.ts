// The ArtifactUploader kit's publishReport uses, on @actions/artifact: files go to a temp folder, then up.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { DefaultArtifactClient } from "@actions/artifact";
import type { ArtifactUploader } from "@aetherstack/kit";

/**
 * Upload workflow artifacts through the runner's artifact service. Only JavaScript actions get its
 * token (ACTIONS_RUNTIME_TOKEN), so this works inside our actions but not from a `run:` step.
 * Names are immutable within a run attempt: a second upload of the same name replaces the first.
 */
export function actionsArtifactUploader(
  options: { retentionDays?: number; tempDir?: string } = {},
): ArtifactUploader {
  const client = new DefaultArtifactClient();
  return {
    async upload(name, files) {
      const root = await mkdtemp(path.join(options.tempDir ?? os.tmpdir(), "aether-artifact-"));
      try {
        const paths: string[] = [];
        for (const file of files) {
          const abs = path.join(root, file.name);
          await mkdir(path.dirname(abs), { recursive: true });
          await writeFile(abs, file.content);
          paths.push(abs);
        }
        await client.deleteArtifact(name).catch(() => undefined);
        await client.uploadArtifact(name, paths, root, {
          retentionDays: options.retentionDays ?? 14,
          compressionLevel: 6,
        });
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
  };
}
