export const id = 558;
export const ids = [558];
export const modules = {

/***/ 70558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeInsights: () => (/* binding */ writeInsights)
});

// EXTERNAL MODULE: ./actions/kit/src/index.ts + 146 modules
var src = __webpack_require__(55585);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 2 modules
var schemas = __webpack_require__(88343);
;// CONCATENATED MODULE: ./actions/analyze/src/insights/answer-schema.ts
// The shape the model fills: the report's Insight, with `quote` nullable as strict JSON schemas require.


/** At most this many insights are kept, however many the model writes. */
const MAX_INSIGHTS = 5;
const CitationAnswer = src/* Citation */.uu.extend({
    quote: schemas/* string */.YjP().nullable().describe("a short fragment copied exactly from the cited line"),
});
const InsightAnswer = src/* Insight */.bq.extend({
    // No minimum here: an insight without citations is dropped and counted, not a reason to fail the call.
    citations: schemas/* array */.YOg(CitationAnswer),
});
const InsightsAnswer = schemas/* strictObject */.rej({ insights: schemas/* array */.YOg(InsightAnswer) });

;// CONCATENATED MODULE: ./actions/analyze/src/insights/insights-prompt.ts
const INSIGHTS_INSTRUCTIONS = [
    "You review a code repository for Aether Analyze. Below are the deterministic results of its analysis",
    "(summary, metrics, findings) and numbered code snippets of its hotspots and most complex functions.",
    "Write at most 5 items: `insight` explains what the results mean for this codebase (connect findings,",
    "do not restate them one by one); `suggestion` names one concrete next change and why.",
    "Every item cites at least one file and line taken from the snippets, and `quote` copies a short",
    "fragment (under 80 characters) exactly from that line. Never invent files, lines or numbers.",
    "Write plain sentences; put file paths and identifiers in backticks. Keep each body under 80 words.",
].join(" ");
const MAX_FINDINGS = 40;
function findingLine(f) {
    const where = f.location
        ? ` ${f.location.file}${f.location.startLine ? `:${f.location.startLine}` : ""}`
        : "";
    return `- [${f.severity}] ${f.ruleId}${where}: ${f.message}`;
}
/** The context parts, by priority: the report's facts first, then snippets by rank, then the PR. */
function insightsContext(draft, snippets, event) {
    const metrics = Object.entries(draft.metrics)
        .map(([k, v]) => `${k}: ${v}`)
        .join("\n");
    const parts = [
        {
            label: "Analyze summary and metrics",
            text: `${draft.summary}\n\n${metrics}`,
            priority: 100,
            required: true,
        },
    ];
    if (draft.findings.length > 0) {
        const shown = draft.findings.slice(0, MAX_FINDINGS).map(findingLine);
        const more = draft.findings.length - shown.length;
        parts.push({
            label: "Analyze findings",
            text: shown.join("\n") + (more > 0 ? `\n(${more} more findings not shown)` : ""),
            priority: 90,
        });
    }
    snippets.forEach((s, rank) => {
        parts.push({
            label: `${s.file} lines ${s.startLine}-${s.endLine}`,
            file: s.file,
            text: `Shown because: ${s.reason}\n${s.text}`,
            priority: 80 - rank,
        });
    });
    draft.sections.forEach((section, index) => {
        const text = sectionText(section);
        if (text)
            parts.push({ label: `Analyze section "${section.title}"`, text, priority: 50 - index });
    });
    const pr = pullRequest(event);
    if (pr)
        parts.push({ label: "Pull request title and description", text: pr, priority: 10 });
    return parts;
}
function pullRequest(event) {
    const pr = event.payload.pull_request;
    if (!pr)
        return null;
    const title = typeof pr.title === "string" ? pr.title : "";
    const body = typeof pr.body === "string" ? pr.body : "";
    return title || body ? `${title}\n\n${body}`.trim() : null;
}
const SECTION_ROWS = 5;
/** A section as plain lines: paragraphs, list items and the first rows of tables. */
function sectionText(section) {
    return section.blocks.map(blockText).filter(Boolean).join("\n");
}
function blockText(block) {
    switch (block.type) {
        case "paragraph":
        case "note":
            return plain(block.text);
        case "list":
            return block.items.map((item) => `- ${plain(item)}`).join("\n");
        case "table": {
            const rows = block.rows.slice(0, SECTION_ROWS).map((row) => row.map(plain).join(" | "));
            const more = block.rows.length - rows.length + (block.omitted ?? 0);
            return [block.columns.join(" | "), ...rows, ...(more > 0 ? [`(${more} more rows)`] : [])].join("\n");
        }
        case "code":
            return "";
    }
}
function plain(text) {
    if (typeof text === "string")
        return text;
    return text
        .map((part) => {
        if (typeof part === "string")
            return part;
        if ("code" in part)
            return `\`${part.code}\``;
        if ("strong" in part)
            return part.strong;
        return part.text;
    })
        .join("");
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./actions/analyze/src/insights/snippets.ts
// Numbered code around the findings worth explaining: top hotspots and complexity findings.


const SNIPPET_RULES = ["history/hotspot", "complexity/cognitive", "complexity/cyclomatic"];
const MAX_SNIPPETS = 8;
const MAX_LINES = 60;
const LEAD_LINES = 2;
const severityRank = { high: 0, medium: 1, low: 2, info: 3 };
/** The findings whose code is shown: hotspots and complexity, most severe first, one per file and line. */
function snippetFindings(findings) {
    const seen = new Set();
    return findings
        .filter((f) => f.location && SNIPPET_RULES.includes(f.ruleId))
        .sort((a, b) => severityRank[a.severity] - severityRank[b.severity] ||
        SNIPPET_RULES.indexOf(a.ruleId) - SNIPPET_RULES.indexOf(b.ruleId))
        .filter((f) => {
        const key = `${f.location?.file}:${f.location?.startLine ?? 1}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .slice(0, MAX_SNIPPETS);
}
/** Read the snippet of each finding from the workspace; unreadable files are skipped. */
async function readSnippets(workspace, findings) {
    const snippets = [];
    for (const finding of snippetFindings(findings)) {
        const location = finding.location;
        let text;
        try {
            text = await (0,promises_.readFile)(external_node_path_default().join(workspace, location.file), "utf8");
        }
        catch {
            continue;
        }
        const lines = text.split(/\r?\n/);
        const first = Math.min(Math.max(1, location.startLine ?? 1), lines.length);
        // A few lines above: the comment or decorator that introduces the code.
        const start = Math.max(1, first - LEAD_LINES);
        const end = Math.min(lines.length, location.endLine ?? first + MAX_LINES - 1, start + MAX_LINES - 1);
        const width = String(end).length;
        const numbered = lines
            .slice(start - 1, end)
            .map((line, i) => `${String(start + i).padStart(width)} | ${line}`)
            .join("\n");
        snippets.push({
            file: location.file,
            startLine: start,
            endLine: end,
            text: numbered,
            reason: finding.message,
        });
    }
    return snippets;
}

;// CONCATENATED MODULE: ./actions/analyze/src/insights/verify-citations.ts
// Every citation is checked against the repository: the file exists, the line exists, the quote is there.



/** A quote may sit this many lines away from the cited line and still count. */
const NEAR = 2;
/** Keep the insights whose every citation is real; count the rest. */
async function verifyInsights(workspace, answers) {
    const files = new Map();
    const linesOf = (file) => {
        if (!files.has(file))
            files.set(file, readLines(workspace, file));
        return files.get(file);
    };
    const insights = [];
    let dropped = 0;
    for (const answer of answers) {
        const citations = answer.citations.map((c) => ({
            file: normalise(c.file),
            line: c.line,
            ...(c.quote?.trim() ? { quote: c.quote.trim() } : {}),
        }));
        const checks = await Promise.all(citations.map(async (c) => holds(c, await linesOf(c.file))));
        if (citations.length === 0 || checks.includes(false) || insights.length >= MAX_INSIGHTS) {
            if (insights.length < MAX_INSIGHTS)
                dropped++;
            continue;
        }
        insights.push({
            title: clip(answer.title, 120),
            body: clip(answer.body, 1200),
            kind: answer.kind,
            citations,
        });
    }
    return { insights, dropped };
}
function holds(citation, lines) {
    if (!lines || citation.line > lines.length)
        return false;
    if (!citation.quote)
        return true;
    const quote = squash(citation.quote);
    const from = Math.max(0, citation.line - 1 - NEAR);
    const near = lines.slice(from, citation.line + NEAR).map(squash);
    return near.some((line) => line.includes(quote)) || near.join(" ").includes(quote);
}
/** The file's lines, or null when it is not a readable file inside the workspace. */
async function readLines(workspace, file) {
    if (!file || external_node_path_default().isAbsolute(file) || file.split("/").some((p) => p === ".." || p === ".git"))
        return null;
    try {
        const root = await (0,promises_.realpath)(workspace);
        const real = await (0,promises_.realpath)(external_node_path_default().join(root, file));
        if (!real.startsWith(root + (external_node_path_default()).sep))
            return null;
        return (await (0,promises_.readFile)(real, "utf8")).split(/\r?\n/);
    }
    catch {
        return null;
    }
}
function normalise(file) {
    return file.trim().replace(/\\/g, "/").replace(/^\.\//, "");
}
function squash(text) {
    return text.replace(/\s+/g, " ").trim();
}
/** Trim to `max` characters and defuse @mentions outside code, so model text never pings anyone. */
function clip(text, max) {
    const t = text.trim();
    const short = t.length > max ? `${t.slice(0, max - 1)}…` : t;
    return short
        .split("`")
        .map((part, i) => (i % 2 === 0 ? part.replace(/@(?=[A-Za-z0-9])/g, "@\u200b") : part))
        .join("`");
}

;// CONCATENATED MODULE: ./actions/analyze/src/insights/write-insights.ts
// Analyze's LLM part: cited insights on top of the deterministic report, verified, costed, never required.





/**
 * Ask the model for a few insights and suggestions, each citing file and line, and keep only
 * those whose citations check out in the repository. A failed call leaves the report as it was,
 * with one note saying what failed. Without a model (`ctx.llm` null) it adds nothing.
 */
async function writeInsights(ctx, input) {
    const llm = ctx.llm;
    if (!llm)
        return { insights: [], llm: null, notes: [] };
    const snippets = await readSnippets(ctx.workspace, input.draft.findings);
    if (snippets.length === 0 && !input.draft.findings.some((f) => f.location)) {
        // Every insight must cite a file and line; with none to point at, the call would be wasted.
        return {
            insights: [],
            llm: null,
            notes: ["LLM insights skipped: no finding points at a file and line to explain."],
        };
    }
    try {
        const answer = await ctx.logger.step("Writing insights", () => llm.generate({
            purpose: "analyze insights",
            instructions: INSIGHTS_INSTRUCTIONS,
            context: insightsContext(input.draft, snippets, ctx.event),
            schema: InsightsAnswer,
            schemaName: "analyze_insights",
            signal: ctx.signal,
        }));
        const verified = await verifyInsights(ctx.workspace, answer.value.insights);
        if (verified.dropped > 0) {
            ctx.logger.info(`Dropped ${verified.dropped} insight(s) whose citations are not in the repository.`);
        }
        return {
            insights: verified.insights,
            llm: { ...answer.usage, droppedClaims: verified.dropped },
            notes: [],
        };
    }
    catch (error) {
        // Insights are optional: even a bug here must not cost the user the deterministic report.
        const usage = (0,src/* isLlmError */.ce)(error) ? error.usage : null;
        const what = (0,src/* isLlmError */.ce)(error)
            ? (0,src/* errorMessage */.gJ)(error)
            : `unexpected error (${(0,src/* errorMessage */.gJ)(error)}); please report it`;
        if ((0,src/* isLlmError */.ce)(error))
            ctx.logger.warning(`LLM insights failed: ${what}`);
        else
            ctx.logger.error(`LLM insights failed: ${error instanceof Error && error.stack ? error.stack : what}`);
        return {
            insights: [],
            llm: usage && usage.calls > 0 ? usage : null,
            notes: [`LLM insights failed: ${what}. The rest of the report is unaffected.`],
        };
    }
}


/***/ })

};
