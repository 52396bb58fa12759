#!/usr/bin/env node
// The `aether` command. It runs cli/dist, the bundle `npm ci` builds (cli/build/bundle.ts), while
// that was built from the files on disk now, and the TypeScript sources otherwise (Node's type
// stripping, so Node 24 is required).
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `aether: Node ${process.versions.node} is too old. Fix: run it through npm (npm run aether -- …), which uses the project's Node 24, or install Node 24.`,
  );
  process.exit(2);
}
// Cache compiled modules on disk: most of a warm run is otherwise spent loading and stripping types.
// Worker threads (which parse files) find the cache through the environment, not through this call.
const cache = (await import("node:module")).enableCompileCache?.();
if (cache?.directory) process.env.NODE_COMPILE_CACHE ??= cache.directory;
const { freshEntry } = await import("../build/fresh-entry.js");
const bundle = freshEntry();
const { main } = await import(
  bundle ? (await import("node:url")).pathToFileURL(bundle).href : "../src/main.ts"
);
await main(process.argv.slice(2));
