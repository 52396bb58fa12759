export const id = 176;
export const ids = [176];
export const modules = {

/***/ 42176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPublishAction: () => (/* binding */ runPublishAction)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./actions/kit/src/index.ts + 146 modules
var src = __webpack_require__(55585);
// EXTERNAL MODULE: ./actions/host/src/action-inputs.ts
var action_inputs = __webpack_require__(44740);
// EXTERNAL MODULE: ./actions/host/src/action-logger.ts
var action_logger = __webpack_require__(93037);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./actions/publish/src/publish-artifact.ts
// The privileged half of the fork-PR pattern: post what the unprivileged run left in its artifact.
// It reads only data (report JSON, validated by the schema); it never checks out or runs PR code.



/** Find every `report.json` under the download folder, parse it through the report schema. */
async function readArtifactReports(dir) {
    const files = await findReportFiles(dir);
    if (files.length === 0) {
        throw new src/* ConfigurationError */.j1({
            input: `report-dir ${dir}`,
            problem: "holds no report.json",
            fix: "download the aether-report-* artifact of the triggering run into it (actions/download-artifact with run-id)",
        });
    }
    const reports = [];
    for (const file of files)
        reports.push({
            file,
            report: (0,src/* parseReport */.MM)(await (0,promises_.readFile)(file, "utf8"), external_node_path_default().relative(dir, file) || file),
        });
    return reports;
}
async function findReportFiles(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const out = [];
    for (const e of entries) {
        const abs = external_node_path_default().join(dir, e.name);
        if (e.isDirectory())
            out.push(...(await findReportFiles(abs)));
        else if (e.name === "report.json")
            out.push(abs);
    }
    return out.sort();
}
/**
 * Publish each report of the artifact. The artifact is untrusted: its report must be for this
 * repository and for the commit the triggering run built; its pull request must still point there.
 */
async function publishArtifactReports(options) {
    const payload = options.event.payload;
    const run = payload.workflow_run;
    if (options.event.name !== "workflow_run" || !run?.head_sha) {
        throw new src/* ConfigurationError */.j1({
            input: `event ${options.event.name}`,
            problem: "is not workflow_run, so there is no analysis run whose artifact to publish",
            fix: "trigger this workflow with `on: workflow_run: workflows: [<the analysis workflow>]`",
        });
    }
    const repository = payload.repository?.full_name ?? null;
    const results = [];
    for (const { file, report } of await readArtifactReports(options.reportDir)) {
        const where = external_node_path_default().relative(options.reportDir, file);
        if (report.repo !== null && repository !== null && report.repo !== repository) {
            throw untrusted(where, `is for ${report.repo}, not ${repository}`);
        }
        const event = await eventFor(report, run, options, where);
        results.push(await (0,src/* publishReport */.S3)(report, {
            github: options.github,
            settings: options.settings,
            event,
            logger: options.logger,
            workspace: options.workspace,
            summaryFile: options.summaryFile,
            artifacts: null,
            serverUrl: options.serverUrl,
            failOn: options.failOn,
            privileged: true,
        }));
    }
    return results;
}
async function eventFor(report, run, options, where) {
    const repository = options.event.payload.repository;
    if (!report.pullRequest) {
        if (report.commit !== run.head_sha)
            throw wrongCommit(where, report, run.head_sha);
        return {
            name: run.event ?? "push",
            payload: {
                after: run.head_sha,
                ref: run.head_branch ? `refs/heads/${run.head_branch}` : undefined,
                repository,
            },
        };
    }
    if (!options.github)
        return { name: "pull_request", payload: { number: report.pullRequest.number, repository } };
    const { octokit, owner, repo } = options.github;
    const { data: pr } = await octokit.rest.pulls.get({ owner, repo, pull_number: report.pullRequest.number });
    // actions/checkout checks out the test merge commit by default, so that is what the report may name.
    if (report.commit !== run.head_sha && report.commit !== pr.merge_commit_sha) {
        throw wrongCommit(where, report, run.head_sha);
    }
    if (pr.head.sha !== run.head_sha) {
        // A newer push is being analysed; its own run will publish. Posting this one would be stale.
        throw untrusted(where, `names PR #${pr.number}, whose head is now ${pr.head.sha.slice(0, 7)}, not ${run.head_sha.slice(0, 7)}`);
    }
    return { name: "pull_request", payload: { number: pr.number, pull_request: pr, repository } };
}
function wrongCommit(where, report, headSha) {
    return untrusted(where, `is for commit ${report.commit ?? "(none)"}, not ${headSha} which the triggering run built (nor its merge commit)`);
}
function untrusted(file, problem) {
    return new src/* ConfigurationError */.j1({
        input: `artifact ${file}`,
        problem,
        fix: "nothing was posted; publish only artifacts of the run that triggered this workflow",
    });
}

;// CONCATENATED MODULE: ./actions/publish/src/run-publish.ts
// The publish action: the privileged workflow_run job that posts an analysis run's artifact. It runs in
// the shared Action bundle (actions/host), which calls this when AETHER_ACTION is "publish".






async function runPublishAction() {
    const logger = (0,action_logger/* actionLogger */.v)();
    try {
        const env = process.env;
        const inputs = (0,action_inputs/* readActionInputs */.U)(env);
        const reportDir = inputs["report-dir"] || "aether-report";
        const failOn = inputs["fail-on"] || "never";
        delete inputs["report-dir"];
        delete inputs["fail-on"];
        const workspace = env.GITHUB_WORKSPACE || process.cwd();
        // The default branch's config is trusted (this job never checks out the PR); missing is fine.
        const { publish: settings } = (0,src/* resolveConfig */.pE)(await (0,src/* readConfigFile */.RG)(workspace), inputs, {
            publish: src/* publishConfigScope */.Wj,
        });
        const github = await (0,src/* createGitHubClient */.LX)(settings, { token: env.GITHUB_TOKEN, apiUrl: env.GITHUB_API_URL, repository: env.GITHUB_REPOSITORY }, { logger });
        const event = await (0,src/* readEventFile */.zh)(env.GITHUB_EVENT_PATH ?? "", env.GITHUB_EVENT_NAME);
        const results = await publishArtifactReports({
            reportDir: external_node_path_default().resolve(workspace, reportDir),
            event,
            github,
            settings,
            logger,
            workspace,
            summaryFile: env.GITHUB_STEP_SUMMARY || null,
            serverUrl: env.GITHUB_SERVER_URL,
            failOn,
        });
        const failed = results.flatMap((r) => r.outcomes).filter((o) => o.status === "failed");
        if (failed.length > 0) {
            logger.error(failed.map(src/* describeOutcome */.SS).join("\n"));
            process.exitCode = 1;
        }
        if (env.GITHUB_OUTPUT) {
            (0,external_node_fs_.appendFileSync)(env.GITHUB_OUTPUT, `conclusion=${results.some((r) => r.conclusion === "failure") ? "failure" : "success"}\n`);
        }
    }
    catch (error) {
        logger.error((0,src/* isConfigurationError */.p0)(error)
            ? error.message
            : `AetherStack publish failed unexpectedly; please report this with the log: ${error instanceof Error ? error.stack : (0,src/* errorMessage */.gJ)(error)}`);
        process.exitCode = 1;
    }
}


/***/ })

};
