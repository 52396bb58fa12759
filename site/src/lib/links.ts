// Links inside the site, under the configured base (GitHub Pages project sites live under /<repo>/).

/** A site path with the base prefixed: `page("agents/analyze/")` → `/repo/agents/analyze/`. */
export function page(path = ""): string {
  // The CLI sets AETHER_SITE_BASE; import.meta.env.BASE_URL can be shadowed by a host's own
  // process.env.BASE_URL (vitest sets one), so it is only the fallback.
  const base = (process.env.AETHER_SITE_BASE ?? import.meta.env.BASE_URL).replace(/\/?$/, "/");
  return `${base}${path.replace(/^\//, "")}`;
}

/** Base of GitHub links: GITHUB_SERVER_URL on GitHub Enterprise Server, else github.com. */
export function serverUrl(): string {
  return (process.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/$/, "");
}
