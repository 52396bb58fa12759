// The one collection of the site: every stored report, validated with kit's schema.

import { defineCollection } from "astro:content";
import { Report } from "@aetherstack/kit";
import { reportLoader } from "./loader/report-loader.ts";

export const collections = {
  reports: defineCollection({
    loader: reportLoader({
      // Set by `aether site build --reports`; relative paths are from where the build was started.
      store: process.env.AETHER_REPORTS ?? ".aether/reports",
      skipInvalid: process.env.AETHER_SKIP_INVALID === "1",
      // The CLI builds from the site's folder; file names in messages stay relative to where the user is.
      shownFrom: process.env.AETHER_CWD ?? process.cwd(),
    }),
    schema: Report,
  }),
};
