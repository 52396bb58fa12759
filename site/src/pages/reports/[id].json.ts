// Every report's JSON beside its permalink, as stored (after migration), for scripts and diffing.
import type { APIRoute, GetStaticPaths } from "astro";
import { allReports } from "../../lib/reports.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  (await allReports()).map((report) => ({ params: { id: report.id }, props: { report } }));

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(props.report, null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
