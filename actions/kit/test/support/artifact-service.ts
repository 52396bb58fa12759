// A loopback stand-in for the runner's artifact service (ACTIONS_RESULTS_URL): the Twirp calls
// @actions/artifact makes, and the blob upload it sends the zip to. Lets an e2e run upload for real.
import type { IncomingMessage, ServerResponse } from "node:http";

export interface StoredArtifact {
  name: string;
  /** The uploaded zip. */
  zip: Buffer;
  finalized: boolean;
}

/** A token the artifact client accepts: a JWT whose `scp` names the run and job (not signed; never checked). */
export function fakeRuntimeToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part({ scp: "Actions.GenericRead Actions.Results:run-1:job-1" })}.sig`;
}

export class ArtifactService {
  readonly artifacts = new Map<string, StoredArtifact>();
  private blocks = new Map<string, Buffer[]>();

  /** Handle the request if it is for the artifact service; false when it is a REST API request. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL, body: string, base: string): boolean {
    const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.ArtifactService\/(\w+)$/.exec(url.pathname);
    if (twirp) {
      const input = JSON.parse(body || "{}") as { name?: string; size?: string; nameFilter?: string };
      const reply = (o: object) => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(o));
      };
      switch (twirp[1]) {
        case "CreateArtifact":
          this.artifacts.set(input.name!, { name: input.name!, zip: Buffer.alloc(0), finalized: false });
          reply({
            ok: true,
            signedUploadUrl: `${base}/artifact-blob/${encodeURIComponent(input.name!)}?sig=test`,
          });
          return true;
        case "FinalizeArtifact":
          if (this.artifacts.get(input.name!)) this.artifacts.get(input.name!)!.finalized = true;
          reply({ ok: true, artifactId: String(this.artifacts.size) });
          return true;
        case "ListArtifacts":
          reply({ artifacts: [] });
          return true;
        default:
          res.statusCode = 404;
          reply({ code: "not_found", msg: `loopback artifact service has no ${twirp[1]}` });
          return true;
      }
    }
    const blob = /^\/artifact-blob\/([^/]+)$/.exec(url.pathname);
    if (blob && req.method === "PUT") {
      const name = decodeURIComponent(blob[1]!);
      const comp = url.searchParams.get("comp");
      if (comp === "block") {
        this.blocks.set(name, [...(this.blocks.get(name) ?? []), Buffer.from(body, "latin1")]);
      } else {
        const artifact = this.artifacts.get(name);
        const parts = comp === "blocklist" ? (this.blocks.get(name) ?? []) : [Buffer.from(body, "latin1")];
        if (artifact) artifact.zip = Buffer.concat(parts);
      }
      res.statusCode = 201;
      res.setHeader("etag", '"0x1"');
      res.setHeader("x-ms-request-id", "loopback");
      res.setHeader("x-ms-version", "2024-08-04");
      res.setHeader("x-ms-request-server-encrypted", "true");
      res.end();
      return true;
    }
    return false;
  }
}
