// Astro config for the report site. The CLI (`aether site build`) passes outDir, base and cacheDir inline.
import { defineConfig } from "astro/config";

export default defineConfig({
  // GitHub Pages project sites live under /<repo>/; `aether site build --base` sets it.
  base: process.env.AETHER_SITE_BASE ?? "/",
  trailingSlash: "ignore",
  build: { format: "directory" },
  devToolbar: { enabled: false },
  vite: {
    // kit is TypeScript source inside the workspace: let Vite compile it rather than Node load it raw.
    ssr: { noExternal: ["@aetherstack/kit"] },
  },
});
