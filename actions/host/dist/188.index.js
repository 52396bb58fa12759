export const id = 188;
export const ids = [188];
export const modules = {

/***/ 44188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deterministicDraft: () => (/* binding */ deterministicDraft),
  hasFileFactsCache: () => (/* reexport */ hasFileFactsCache),
  historyFacts: () => (/* binding */ historyFacts),
  warmFilePool: () => (/* binding */ warmFilePool)
});

// EXTERNAL MODULE: ./actions/kit/src/index.ts + 146 modules
var src = __webpack_require__(55585);
;// CONCATENATED MODULE: ./actions/analyze/src/first-rows.ts
// The few rows a table shows out of thousands of candidates, without sorting them all: each
// candidate is compared with the rows kept so far, and most are turned away by the last one.
/**
 * Offer `item` to `kept`, which holds the first `count` items offered so far in `compare` order:
 * the rows a stable sort of every item offered, cut to `count`, would give (ties keep their order).
 */
function keepFirst(kept, item, count, compare) {
    if (count <= 0)
        return;
    if (kept.length === count && compare(item, kept[count - 1]) >= 0)
        return;
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1]) < 0)
        at--;
    kept.splice(at, 0, item);
    if (kept.length > count)
        kept.pop();
}
/** The first `count` of `items` in `compare` order, as `[...items].sort(compare).slice(0, count)`. */
function firstRows(items, count, compare) {
    const kept = [];
    for (const item of items)
        keepFirst(kept, item, count, compare);
    return kept;
}

;// CONCATENATED MODULE: ./actions/analyze/src/complexity/complexity-report.ts
// The complexity section, findings and metrics, from the functions measured in each JS/TS file.


/** Rows of the worst-functions table. */
const WORST_SHOWN = 15;
/** Parse errors listed in the section; the rest are counted. */
const PARSE_ERRORS_SHOWN = 20;
const OTHER_LANGUAGES_NAMED = 5;
/**
 * Summarise complexity across files.
 *
 * A function over both thresholds is reported once, for cognitive complexity: it is the measure
 * that says how hard the code is to read, and two findings for one function are noise.
 *
 * One pass over every function, with no copy of each: a repository has tens of thousands, and a
 * PR run rebuilds this section from all of them.
 */
function complexityReport(facts, thresholds) {
    const analysed = facts.filter((file) => file.functions !== undefined || file.parseError !== undefined);
    const failed = analysed.filter((file) => file.parseError !== undefined);
    const findings = [];
    const worst = [];
    let functions = 0;
    let cognitiveTotal = 0;
    let cognitiveMax = 0;
    for (const file of analysed) {
        const list = file.functions ?? [];
        functions += list.length;
        let flagged = false;
        for (const fn of list) {
            cognitiveTotal += fn.cognitive;
            if (fn.cognitive > cognitiveMax)
                cognitiveMax = fn.cognitive;
            keepWorst(worst, fn, file.path);
            flagged ||= isFlagged(fn, thresholds);
        }
        if (flagged)
            findings.push(...fileFindings(file, thresholds));
    }
    findings.push(...failed.map(parseErrorFinding));
    const metrics = {
        "complexity.functions": functions,
        "complexity.cognitive.total": cognitiveTotal,
        "complexity.cognitive.max": cognitiveMax,
        "complexity.cognitive.mean": functions ? round2(cognitiveTotal / functions) : 0,
        "complexity.files.parsed": analysed.length - failed.length,
        "complexity.files.failed": failed.length,
    };
    const blocks = [
        coverageParagraph(facts, analysed.length, functions),
        ...worstTable(worst, functions),
        thresholdsParagraph(thresholds),
        ...parseErrorBlocks(failed),
    ];
    return { section: { id: "complexity", title: "Complexity", blocks }, findings, metrics };
}
/** Table order: most complex first, then by place. */
function worseFirst(a, b) {
    return (b.fn.cognitive - a.fn.cognitive ||
        b.fn.cyclomatic - a.fn.cyclomatic ||
        (0,src/* compareText */.n6)(a.file, b.file) ||
        a.fn.startLine - b.fn.startLine);
}
/** Keep `worst` the WORST_SHOWN worst functions seen so far, in table order. */
function keepWorst(worst, fn, file) {
    const last = worst[WORST_SHOWN - 1];
    // Most functions are simpler than the table's last row: turned away before anything is built.
    if (last && fn.cognitive < last.fn.cognitive)
        return;
    keepFirst(worst, { fn, file }, WORST_SHOWN, worseFirst);
}
function isFlagged(fn, thresholds) {
    return (severityFor(fn.cognitive, thresholds.cognitive) !== null ||
        severityFor(fn.cyclomatic, thresholds.cyclomatic) !== null);
}
/**
 * The findings of a file's functions. A fingerprint key is the qualified name without `@line`,
 * plus an occurrence index when the name repeats in the file, so it is worked out in file order.
 */
function fileFindings(file, thresholds) {
    const seen = new Map();
    const findings = [];
    for (const fn of file.functions ?? []) {
        const base = fn.name.includes("@") ? fn.name.replace(/@\d+/g, "") : fn.name;
        const occurrence = seen.get(base) ?? 0;
        seen.set(base, occurrence + 1);
        const finding = functionFinding(fn, file.path, occurrence ? `${base}#${occurrence}` : base, thresholds);
        if (finding)
            findings.push(finding);
    }
    return findings;
}
function severityFor(value, threshold) {
    if (threshold <= 0 || value < threshold)
        return null;
    return value >= 2 * threshold ? "high" : "medium";
}
function functionFinding(fn, file, key, thresholds) {
    const location = { file, startLine: fn.startLine, endLine: fn.endLine };
    const cognitive = severityFor(fn.cognitive, thresholds.cognitive);
    if (cognitive) {
        return {
            ruleId: "complexity/cognitive",
            severity: cognitive,
            message: `\`${fn.name}\` has cognitive complexity ${fn.cognitive} (threshold ${thresholds.cognitive})`,
            location,
            fingerprint: (0,src/* fingerprint */.Rj)("complexity/cognitive", file, key),
            suggestion: "Flatten it: return early, and move nested branches and loops into named helpers.",
        };
    }
    const cyclomatic = severityFor(fn.cyclomatic, thresholds.cyclomatic);
    if (!cyclomatic)
        return null;
    return {
        ruleId: "complexity/cyclomatic",
        severity: cyclomatic,
        message: `\`${fn.name}\` has cyclomatic complexity ${fn.cyclomatic} (threshold ${thresholds.cyclomatic})`,
        location,
        fingerprint: (0,src/* fingerprint */.Rj)("complexity/cyclomatic", file, key),
        suggestion: "Split it by case: a lookup table or one function per branch needs fewer tests to cover.",
    };
}
function parseErrorFinding(file) {
    const error = file.parseError;
    return {
        ruleId: "syntax/parse-error",
        severity: "medium",
        message: `\`${file.path}\` could not be parsed: ${error.message} (line ${error.line})`,
        location: { file: file.path, startLine: error.line },
        // One per file: the message changes as the error is edited, the file is what the finding is about.
        fingerprint: (0,src/* fingerprint */.Rj)("syntax/parse-error", file.path, "parse-error"),
        suggestion: "Fix the syntax error; complexity after it is not measured.",
    };
}
function coverageParagraph(facts, analysed, functions) {
    const others = new Map();
    for (const file of facts) {
        if (file.functions !== undefined || file.parseError !== undefined)
            continue;
        const language = file.language ?? "unknown language";
        others.set(language, (others.get(language) ?? 0) + 1);
    }
    const otherCount = facts.length - analysed;
    const text = [
        `Functions are measured for JavaScript, TypeScript, JSX and TSX: ${analysed} ${plural(analysed, "file")}, ${functions} ${plural(functions, "function")}.`,
    ];
    if (otherCount > 0) {
        const named = [...others]
            .sort((a, b) => b[1] - a[1] || (0,src/* compareText */.n6)(a[0], b[0]))
            .slice(0, OTHER_LANGUAGES_NAMED)
            .map(([language, count]) => `${language} ${count}`);
        const more = others.size > OTHER_LANGUAGES_NAMED ? ", …" : "";
        text.push(` ${otherCount} ${plural(otherCount, "file")} in other languages got line counts only (${named.join(", ")}${more}).`);
    }
    return { type: "paragraph", text };
}
function worstTable(worst, functions) {
    if (functions === 0)
        return [];
    return [
        {
            type: "table",
            columns: ["Function", "Location", "Cognitive", "Cyclomatic", "Lines"],
            align: ["left", "left", "right", "right", "right"],
            rows: worst.map(({ fn, file }) => [
                [{ code: fn.name }],
                `${file}:${fn.startLine}`,
                String(fn.cognitive),
                String(fn.cyclomatic),
                String(fn.endLine - fn.startLine + 1),
            ]),
            ...(functions > WORST_SHOWN ? { omitted: functions - WORST_SHOWN } : {}),
        },
    ];
}
function thresholdsParagraph(thresholds) {
    return {
        type: "paragraph",
        text: `Findings at cognitive complexity ${thresholds.cognitive} or cyclomatic complexity ${thresholds.cyclomatic} (high at twice that); a function over both is reported once, for cognitive complexity.`,
    };
}
function parseErrorBlocks(failed) {
    if (failed.length === 0)
        return [];
    const items = failed
        .slice(0, PARSE_ERRORS_SHOWN)
        .map((file) => [{ code: `${file.path}:${file.parseError.line}` }, ` ${file.parseError.message}`]);
    if (failed.length > PARSE_ERRORS_SHOWN)
        items.push(`…and ${failed.length - PARSE_ERRORS_SHOWN} more`);
    return [
        {
            type: "note",
            tone: "warning",
            text: `${failed.length} ${plural(failed.length, "file")} could not be parsed completely; only what came before the error (or what the parser recovered) was measured.`,
        },
        { type: "list", items },
    ];
}
function plural(count, word) {
    return count === 1 ? word : `${word}s`;
}
function round2(value) {
    return Math.round(value * 100) / 100;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./actions/analyze/src/files/list-files.ts + 4 modules
var list_files = __webpack_require__(79549);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./actions/analyze/src/deps/package-manifests.ts
// The package.json files among the analysed files, and which of them governs a given source file.



/** Whether a workspace path is a package.json, which readManifests reads. */
const isManifest = (file) => file === "package.json" || file.endsWith("/package.json");
/** Read every package.json among the analysed files (workspace packages included: they are files too). */
async function readManifests(workspace, files) {
    const paths = files.map((file) => file.path).filter(isManifest);
    const results = await Promise.all(paths.map((p) => readManifest(workspace, p)));
    const manifests = [];
    const problems = [];
    for (const result of results) {
        if ("message" in result)
            problems.push(result);
        else
            manifests.push(result);
    }
    manifests.sort((a, b) => (0,src/* compareText */.n6)(a.path, b.path));
    return { manifests, problems };
}
async function readManifest(workspace, file) {
    let text;
    let json;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(workspace, file), "utf8");
        json = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
            path: file,
            message: `could not be read as JSON (${reason}); its dependencies were not checked`,
        };
    }
    const body = (json && typeof json === "object" ? json : {});
    const dependencies = keysOf(body.dependencies);
    const devDependencies = keysOf(body.devDependencies);
    const declared = new Set([
        ...dependencies,
        ...devDependencies,
        ...keysOf(body.peerDependencies),
        ...keysOf(body.optionalDependencies),
    ]);
    const dir = external_node_path_.posix.dirname(file);
    return {
        path: file,
        dir: dir === "." ? "" : dir,
        name: typeof body.name === "string" ? body.name : null,
        dependencies,
        devDependencies,
        declared,
        text,
    };
}
function keysOf(value) {
    return value && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
}
/** Finds the package.json files that govern a path: nearest first, then each ancestor's. */
class ManifestLookup {
    #byDir;
    #chains = new Map();
    constructor(manifests) {
        this.#byDir = new Map(manifests.map((manifest) => [manifest.dir, manifest]));
    }
    /** Manifests for a file, nearest first; empty when no package.json is above it. */
    forFile(file) {
        const dir = external_node_path_.posix.dirname(file);
        return this.#forDir(dir === "." ? "" : dir);
    }
    #forDir(dir) {
        const cached = this.#chains.get(dir);
        if (cached)
            return cached;
        const parent = dir === "" ? null : external_node_path_.posix.dirname(dir);
        const above = parent === null ? [] : this.#forDir(parent === "." ? "" : parent);
        const own = this.#byDir.get(dir);
        const chain = own ? [own, ...above] : above;
        this.#chains.set(dir, chain);
        return chain;
    }
}
/** The 1-based line declaring `name` under `"dependencies"`, for pointing a finding at it. */
function declarationLine(manifest, name) {
    const section = manifest.text.search(/"dependencies"\s*:/);
    if (section === -1)
        return undefined;
    const at = manifest.text.indexOf(JSON.stringify(name), section);
    if (at === -1)
        return undefined;
    let line = 1;
    for (let i = manifest.text.indexOf("\n"); i !== -1 && i < at; i = manifest.text.indexOf("\n", i + 1))
        line++;
    return line;
}

;// CONCATENATED MODULE: ./actions/analyze/src/deps/path-aliases.ts
// Import aliases declared in tsconfig/jsconfig `paths` (`@app/*`), so they are not mistaken for packages.


const CONFIG_NAME = /^[tj]sconfig(\..+)?\.json$/;
/** Whether a workspace path is a tsconfig/jsconfig, which readPathAliases reads. */
const isAliasConfig = (file) => CONFIG_NAME.test(file.slice(file.lastIndexOf("/") + 1));
/**
 * Read `compilerOptions.paths` from every tsconfig/jsconfig among the analysed files. Any config's
 * aliases apply everywhere: scoping them by `extends` and `include` would cost more than the rare
 * clash between an alias in one package and a real package name in another.
 */
async function readPathAliases(workspace, files) {
    const configs = files.map((file) => file.path).filter(isAliasConfig);
    const patterns = (await Promise.all(configs.map((p) => aliasPatterns(external_node_path_default().join(workspace, p))))).flat();
    const exact = new Set(patterns.filter((p) => !p.includes("*")));
    const prefixes = [
        ...new Set(patterns.filter((p) => p.includes("*")).map((p) => p.slice(0, p.indexOf("*")))),
    ];
    return (specifier) => exact.has(specifier) || prefixes.some((prefix) => specifier.startsWith(prefix));
}
async function aliasPatterns(file) {
    try {
        const config = JSON.parse(stripJsonComments(await (0,promises_.readFile)(file, "utf8")));
        const paths = config?.compilerOptions?.paths;
        return paths && typeof paths === "object" ? Object.keys(paths) : [];
    }
    catch {
        // A config we cannot read declares no aliases; TypeScript itself will complain about it.
        return [];
    }
}
/** tsconfig is JSON with comments and trailing commas; strip both, leaving strings alone. */
function stripJsonComments(text) {
    let out = "";
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '"') {
            const end = stringEnd(text, i);
            out += text.slice(i, end + 1);
            i = end;
        }
        else if (char === "/" && text[i + 1] === "/") {
            i = text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i) - 1;
        }
        else if (char === "/" && text[i + 1] === "*") {
            i = text.indexOf("*/", i + 2) === -1 ? text.length : text.indexOf("*/", i + 2) + 1;
        }
        else
            out += char;
    }
    return out.replace(/,(\s*[}\]])/g, "$1");
}
function stringEnd(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        if (text[i] === "\\")
            i++;
        else if (text[i] === '"')
            return i;
    }
    return text.length - 1;
}

;// CONCATENATED MODULE: ./actions/analyze/src/deps/dependencies-inputs.ts
// What the dependencies section is built from, as one digest for its part memo (part-memo.ts): each
// file's imports, the paths imports resolve against, and the package.json and tsconfig files read.




/**
 * A digest of everything dependenciesReport reads: every analysed file's path, language and imports
 * (lines included: findings point at them), and the version of each package.json and tsconfig it
 * reads (from the listing: a blob id or a modification time). Null when such a file's version is
 * not known, so the section is built afresh.
 */
function dependenciesInputs(listed, facts) {
    // One flat list, serialised once: building a string per file cost more than the hash.
    const parts = [];
    if (!addConfigVersions(parts, listed))
        return null;
    addImports(parts, facts);
    // JSON, not a separator: a specifier may hold any character, NUL included.
    return (0,external_node_crypto_.createHash)("sha256").update(JSON.stringify(parts)).digest("hex");
}
/** The version of each package.json and tsconfig listed; false when one has no known version. */
function addConfigVersions(parts, listed) {
    for (const file of listed) {
        if (!isManifest(file.path) && !isAliasConfig(file.path))
            continue;
        const stamp = (0,list_files/* listedStamp */.x)(file);
        if (!stamp)
            return false;
        parts.push(file.path, file.bytes, stamp.blob ?? stamp.mtimeMs);
    }
    return true;
}
/** Every analysed file's path, language and imports. */
function addImports(parts, facts) {
    for (const file of facts) {
        // The count first, so no two different lists of imports give the same text.
        parts.push(file.path, file.language ?? "", file.imports?.length ?? -1);
        for (const i of file.imports ?? [])
            parts.push(i.specifier, i.line, i.typeOnly ? 1 : 0);
    }
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./actions/analyze/src/deps/resolve-import.ts
// What an import specifier points at: another analysed file (resolved the way TS and Node do) or a package.


const BUILTINS = new Set(external_node_module_.builtinModules);
/** Extensions tried, in TypeScript's order, for a specifier written without one. */
const BARE_EXTENSIONS = [".ts", ".tsx", ".d.ts", ".js", ".jsx", ".mts", ".cts", ".mjs", ".cjs"];
/** A JS extension in a specifier may name the TS source it compiles from (`./x.js` → `./x.ts`). */
const SOURCE_FOR = {
    ".js": [".ts", ".tsx", ".d.ts", ".js", ".jsx"],
    ".jsx": [".tsx", ".jsx"],
    ".mjs": [".mts", ".d.mts", ".mjs"],
    ".cjs": [".cts", ".d.cts", ".cjs"],
};
/** `./x`, `../x`, `.` or `..`: a file of this repository, not a package. */
function isRelative(specifier) {
    return specifier === "." || specifier === ".." || specifier.startsWith("./") || specifier.startsWith("../");
}
/**
 * Resolve a relative specifier from `from` (a workspace-relative POSIX path) to one of `files`,
 * or null when it points outside them (a stylesheet, a deleted file, a generated one). Candidates
 * are tried in order and built only as far as needed: thousands of imports are resolved per run.
 */
function resolveRelative(from, specifier, files) {
    const clean = specifier.replace(/[?#].*$/, "");
    const base = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(from), clean));
    if (base.startsWith("../"))
        return null;
    const directoryOnly = clean.endsWith("/") || clean === "." || clean === "..";
    if (!directoryOnly) {
        const ext = external_node_path_.posix.extname(base);
        const mapped = SOURCE_FOR[ext];
        if (mapped) {
            const stem = base.slice(0, -ext.length);
            return firstOf(files, stem, mapped) ?? (files.has(base) ? base : null);
        }
        // `./x`, or `./x.config` / `./data.json`: exact first, then as a stem, then as a folder.
        if (files.has(base))
            return base;
        const asStem = firstOf(files, base, BARE_EXTENSIONS);
        if (asStem)
            return asStem;
    }
    const folder = base === "." || base === "./" ? "" : base.endsWith("/") ? base : `${base}/`;
    return firstOf(files, `${folder}index`, BARE_EXTENSIONS);
}
/** The first of `stem` + each extension that is one of `files`. */
function firstOf(files, stem, extensions) {
    for (const ext of extensions)
        if (files.has(stem + ext))
            return stem + ext;
    return null;
}
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*$/i;
/**
 * The npm package a bare specifier names (`@scope/pkg/sub` → `@scope/pkg`), or null when it
 * names none: a Node builtin, a URL or other scheme (`node:`, `data:`), a subpath import (`#x`),
 * or an alias that cannot be a package name (`@/components`, `~/lib`).
 */
function packageName(specifier) {
    if (specifier.startsWith("#") || specifier.startsWith("/") || isRelative(specifier))
        return null;
    if (/^[a-z][a-z0-9+.-]*:/i.test(specifier))
        return null;
    const parts = specifier.split("/");
    const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
    if (!PACKAGE_NAME.test(name))
        return null;
    if (BUILTINS.has(name) || BUILTINS.has(specifier))
        return null;
    return name;
}
/** The DefinitelyTyped package for a package: `react` → `@types/react`, `@scope/pkg` → `@types/scope__pkg`. */
function typesPackage(name) {
    return `@types/${name.startsWith("@") ? name.slice(1).replace("/", "__") : name}`;
}

;// CONCATENATED MODULE: ./actions/analyze/src/deps/import-cycles.ts

/** Relative runtime imports between the given files; type-only imports cannot make a runtime cycle. */
function importGraph(facts) {
    const files = new Set(facts.filter((file) => file.imports !== undefined).map((file) => file.path));
    const graph = new Map();
    for (const file of facts) {
        if (!file.imports)
            continue;
        const edges = new Map();
        for (const entry of file.imports) {
            if (entry.typeOnly || !isRelative(entry.specifier))
                continue;
            const target = resolveRelative(file.path, entry.specifier, files);
            if (target && target !== file.path && !edges.has(target))
                edges.set(target, entry.line);
        }
        graph.set(file.path, edges);
    }
    return graph;
}
/** Import cycles, each a group of two or more files that reach each other; sorted by first member. */
function findCycles(graph) {
    return stronglyConnected(graph)
        .filter((component) => component.length > 1)
        .map((component) => describeCycle(graph, component))
        .sort((a, b) => (a.members[0] < b.members[0] ? -1 : 1));
}
function describeCycle(graph, component) {
    const sorted = [...component].sort();
    const inside = new Set(sorted);
    const path = shortestCycle(graph, sorted[0], inside);
    const onPath = new Set(path);
    const members = [...path, ...sorted.filter((member) => !onPath.has(member))];
    const line = graph.get(path[0])?.get(path[1] ?? "") ?? 1;
    return { members, path, line };
}
/** Breadth-first from `start` back to itself, staying inside the component. */
function shortestCycle(graph, start, inside) {
    const parent = new Map();
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
        const node = queue[head];
        for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
            if (!inside.has(next))
                continue;
            if (next === start)
                return walkBack(parent, node, start);
            if (parent.has(next))
                continue;
            parent.set(next, node);
            queue.push(next);
        }
    }
    return [start];
}
function walkBack(parent, last, start) {
    const path = [last];
    for (let node = last; node !== start;) {
        node = parent.get(node);
        path.push(node);
    }
    return path.reverse();
}
/** Tarjan's algorithm, iterative so a long import chain cannot overflow the stack. */
function stronglyConnected(graph) {
    const state = {
        index: new Map(),
        low: new Map(),
        stack: [],
        onStack: new Set(),
        components: [],
    };
    for (const root of graph.keys())
        if (!state.index.has(root))
            connect(graph, root, state);
    return state.components;
}
function connect(graph, root, state) {
    const work = [import_cycles_open(graph, root, state)];
    while (work.length > 0) {
        const top = work.at(-1);
        const to = top.edges[top.next++];
        if (to === undefined) {
            work.pop();
            import_cycles_close(top, work.at(-1), state);
        }
        else if (!state.index.has(to))
            work.push(import_cycles_open(graph, to, state));
        else if (state.onStack.has(to))
            lower(state, top.node, state.index.get(to));
    }
}
function import_cycles_open(graph, node, state) {
    state.index.set(node, state.index.size);
    state.low.set(node, state.index.size - 1);
    state.stack.push(node);
    state.onStack.add(node);
    return { node, edges: [...(graph.get(node)?.keys() ?? [])], next: 0 };
}
function lower(state, node, value) {
    if (value < state.low.get(node))
        state.low.set(node, value);
}
function import_cycles_close(visit, parent, state) {
    if (parent)
        lower(state, parent.node, state.low.get(visit.node));
    if (state.low.get(visit.node) !== state.index.get(visit.node))
        return;
    const component = [];
    let member;
    do {
        member = state.stack.pop();
        state.onStack.delete(member);
        component.push(member);
    } while (member !== visit.node);
    state.components.push(component);
}

;// CONCATENATED MODULE: ./actions/analyze/src/deps/package-imports.ts
// Bare-specifier imports checked against the package.json files that govern each source file.



/**
 * Check every bare import. Declared means: in the nearest package.json or an ancestor's (hoisted
 * monorepo roots), a workspace package, or the `@types/` package for a type-only import. A tsconfig
 * `paths` alias, or a first segment naming a folder of the package or the workspace (`src/util`,
 * `components/x`, as `baseUrl` allows), is not a package at all.
 */
function checkPackageImports(facts, manifests, aliases = () => false) {
    const context = {
        aliases,
        lookup: new ManifestLookup(manifests),
        workspaceNames: new Set(manifests.flatMap((manifest) => (manifest.name ? [manifest.name] : []))),
        folders: folderSet(facts),
    };
    const result = {
        undeclared: [],
        imported: new Map(manifests.map((manifest) => [manifest, new Set()])),
        withSources: new Set(),
        withUnparsedImports: new Set(),
        outsidePackages: 0,
    };
    for (const file of facts) {
        if (file.imports)
            checkFile(file, file.imports, context, result);
        else if (file.language && UNPARSED_SCRIPT_HOSTS.has(file.language))
            for (const manifest of context.lookup.forFile(file.path))
                result.withUnparsedImports.add(manifest);
    }
    return result;
}
/** Linguist languages whose files import JS packages from embedded scripts this analysis does not parse. */
const UNPARSED_SCRIPT_HOSTS = new Set(["Vue", "Svelte", "Astro", "MDX"]);
function checkFile(file, imports, context, result) {
    const chain = context.lookup.forFile(file.path);
    const packages = imports.flatMap((entry) => {
        const name = packageName(entry.specifier);
        return name === null ? [] : [{ entry, name }];
    });
    if (chain.length === 0) {
        if (packages.length > 0)
            result.outsidePackages++;
        return;
    }
    for (const manifest of chain)
        result.withSources.add(manifest);
    const reported = new Set();
    for (const { entry, name } of packages) {
        for (const manifest of chain)
            result.imported.get(manifest).add(name);
        if (reported.has(name) || isDeclared(name, entry, chain, context))
            continue;
        reported.add(name);
        result.undeclared.push({
            file: file.path,
            line: entry.line,
            name,
            typeOnly: entry.typeOnly,
            manifest: chain[0],
        });
    }
}
function isDeclared(name, entry, chain, context) {
    if (context.workspaceNames.has(name))
        return true;
    const types = entry.typeOnly ? typesPackage(name) : null;
    if (chain.some((m) => m.declared.has(name) || (types !== null && m.declared.has(types))))
        return true;
    return context.aliases(entry.specifier) || isPathAlias(entry.specifier, chain[0], context.folders);
}
function folderSet(facts) {
    const folders = new Set();
    for (const file of facts) {
        for (let dir = external_node_path_.posix.dirname(file.path); dir !== "." && !folders.has(dir); dir = external_node_path_.posix.dirname(dir))
            folders.add(dir);
    }
    return folders;
}
function isPathAlias(specifier, manifest, folders) {
    if (specifier.startsWith("@"))
        return false;
    const first = specifier.split("/")[0];
    return folders.has(first) || folders.has(external_node_path_.posix.join(manifest.dir, first));
}

;// CONCATENATED MODULE: ./actions/analyze/src/deps/dependencies-report.ts
// The dependencies section: import cycles between files, and package imports against package.json.






/** Cycles listed in the section; all of them are findings. */
const CYCLES_SHOWN = 20;
/** Read the project files among `files` (listed or analysed: only their paths are used). */
async function readProjectFiles(workspace, files) {
    const [manifests, aliases] = await Promise.all([
        readManifests(workspace, files),
        readPathAliases(workspace, files),
    ]);
    return { manifests, aliases };
}
/**
 * Import cycles, undeclared and unused dependencies of the analysed files. `project` is
 * readProjectFiles' answer, when it was started earlier.
 */
async function dependenciesReport(workspace, facts, project = readProjectFiles(workspace, facts)) {
    const { manifests: { manifests, problems }, aliases, } = await project;
    const cycles = findCycles(importGraph(facts));
    const imports = checkPackageImports(facts, manifests, aliases);
    const unused = unusedDependencies(manifests, imports);
    const findings = [
        ...cycles.map(cycleFinding),
        ...imports.undeclared.map(undeclaredFinding),
        ...unused.map(unusedFinding),
    ];
    const metrics = {
        "deps.cycles": cycles.length,
        "deps.undeclared": imports.undeclared.length,
        "deps.unused": unused.length,
        "deps.declared": manifests.reduce((sum, m) => sum + m.dependencies.length + m.devDependencies.length, 0),
    };
    const blocks = [
        ...packageBlocks(manifests, imports, unused),
        ...problemBlocks(problems),
        ...cycleBlocks(cycles),
    ];
    return { section: { id: "dependencies", title: "Dependencies", blocks }, findings, metrics };
}
function unusedDependencies(manifests, imports) {
    return manifests.flatMap((manifest) => {
        // Without sources under it, "never imported" says nothing (a tooling-only package.json).
        if (!imports.withSources.has(manifest) || imports.withUnparsedImports.has(manifest))
            return [];
        const imported = imports.imported.get(manifest);
        return manifest.dependencies
            .filter((name) => !name.startsWith("@types/") && !imported.has(name))
            .map((name) => ({ manifest, name }));
    });
}
function cyclePath(cycle) {
    const inlines = [];
    for (const file of [...cycle.path, cycle.path[0]]) {
        if (inlines.length)
            inlines.push(" → ");
        inlines.push({ code: file });
    }
    const others = cycle.members.length - cycle.path.length;
    if (others > 0)
        inlines.push(` (and ${others} more ${others === 1 ? "file" : "files"} in the same loop)`);
    return inlines;
}
function cycleFinding(cycle) {
    const sorted = [...cycle.members].sort();
    const others = cycle.members.length - cycle.path.length;
    return {
        ruleId: "deps/cycle",
        severity: "medium",
        message: `Import cycle: ${[...cycle.path, cycle.path[0]].map((f) => `\`${f}\``).join(" → ")}${others > 0 ? ` (${cycle.members.length} files in the loop)` : ""}`,
        location: { file: cycle.path[0], startLine: cycle.line },
        fingerprint: (0,src/* fingerprint */.Rj)("deps/cycle", sorted[0], sorted.join("\n")),
        suggestion: "Move what both sides need into a module of its own, or make one of the imports type-only.",
    };
}
function undeclaredFinding(entry) {
    const what = entry.typeOnly
        ? `Types of \`${entry.name}\` are imported but neither it nor \`${typesPackage(entry.name)}\` is`
        : `\`${entry.name}\` is imported but not`;
    return {
        ruleId: "deps/undeclared",
        severity: "medium",
        message: `${what} declared in \`${entry.manifest.path}\` or a package.json above it`,
        location: { file: entry.file, startLine: entry.line },
        fingerprint: (0,src/* fingerprint */.Rj)("deps/undeclared", entry.file, entry.name),
        suggestion: `Add \`${entry.name}\` to \`${entry.manifest.path}\` (dependencies, or devDependencies if only tests and tools use it); it works today only if something else installs it.`,
    };
}
function unusedFinding({ manifest, name }) {
    const line = declarationLine(manifest, name);
    return {
        ruleId: "deps/unused",
        severity: "low",
        message: `\`${name}\` is in the dependencies of \`${manifest.path}\` but no file of that package imports it`,
        location: line ? { file: manifest.path, startLine: line } : { file: manifest.path },
        fingerprint: (0,src/* fingerprint */.Rj)("deps/unused", manifest.path, name),
        suggestion: "Remove it, or move it to devDependencies if only scripts and tools use it.",
    };
}
function packageBlocks(manifests, imports, unused) {
    if (manifests.length === 0)
        return [
            {
                type: "paragraph",
                text: "No package.json among the analysed files: package imports were not checked.",
            },
        ];
    const undeclaredBy = countBy(imports.undeclared.map((entry) => entry.manifest));
    const unusedBy = countBy(unused.map((entry) => entry.manifest));
    const blocks = [
        {
            type: "table",
            columns: ["package.json", "Dependencies", "Dev dependencies", "Undeclared", "Unused"],
            align: ["left", "right", "right", "right", "right"],
            rows: manifests.map((m) => [
                [{ code: m.path }],
                String(m.dependencies.length),
                String(m.devDependencies.length),
                String(undeclaredBy.get(m) ?? 0),
                String(unusedBy.get(m) ?? 0),
            ]),
        },
    ];
    if (unused.length > 0)
        blocks.push({
            type: "note",
            tone: "info",
            text: "Unused means no JS/TS file imports it: tools run only from package.json scripts or config files show up here too; check before removing.",
        });
    const unjudged = manifests.filter((m) => imports.withUnparsedImports.has(m) && m.dependencies.length > 0);
    if (unjudged.length > 0)
        blocks.push({
            type: "note",
            tone: "info",
            text: [
                "Unused dependencies were not judged for ",
                ...unjudged.flatMap((m, i) => (i ? [", ", { code: m.path }] : [{ code: m.path }])),
                ": Vue, Svelte, Astro or MDX files there import packages this analysis does not read.",
            ],
        });
    if (imports.outsidePackages > 0)
        blocks.push({
            type: "note",
            tone: "info",
            text: `${imports.outsidePackages} ${imports.outsidePackages === 1 ? "file imports" : "files import"} packages with no package.json above; those imports were not checked.`,
        });
    return blocks;
}
function problemBlocks(problems) {
    if (problems.length === 0)
        return [];
    return [
        {
            type: "note",
            tone: "warning",
            text: "Some package.json files could not be read; fix the JSON to have them checked.",
        },
        { type: "list", items: problems.map((p) => [{ code: p.path }, ` ${p.message}`]) },
    ];
}
function cycleBlocks(cycles) {
    if (cycles.length === 0)
        return [
            {
                type: "paragraph",
                text: "No import cycles between the analysed files (type-only imports left out).",
            },
        ];
    const items = cycles.slice(0, CYCLES_SHOWN).map(cyclePath);
    if (cycles.length > CYCLES_SHOWN)
        items.push(`…and ${cycles.length - CYCLES_SHOWN} more`);
    return [
        {
            type: "paragraph",
            text: `${cycles.length} import ${cycles.length === 1 ? "cycle" : "cycles"} (type-only imports left out):`,
        },
        { type: "list", items },
    ];
}
function countBy(items) {
    const counts = new Map();
    for (const item of items)
        counts.set(item, (counts.get(item) ?? 0) + 1);
    return counts;
}

;// CONCATENATED MODULE: ./actions/analyze/src/history/hotspots.ts
// Hotspots: files that are both complex and often changed, ranked, with the findings the worst of them earn.

/**
 * Above all of these a file counts as a hotspot (the `history.hotspots` metric) and, within the
 * top 10, a medium finding. The score alone is relative (the top file is always 100), so the
 * absolute floors keep a young or tidy repository from reporting its least bad file.
 */
const HOTSPOT_FLOOR = { score: 25, commits: 3, complexity: 15 };
/** The top few that are both clearly complex and changed often are high. */
const HOTSPOT_HIGH = { rank: 3, score: 50, commits: 8, complexity: 40 };
const TOP = 10;
/**
 * Linguist's markup, data and prose languages common in repositories. Their lines are not logic,
 * so without functions they are not ranked: a stylesheet or lockfile would otherwise top the list.
 * Kept here because facts carry only the language's name and this step is synchronous.
 */
const NOT_CODE = new Set(("JSON|JSON with Comments|JSON5|JSONLD|YAML|TOML|XML|SVG|HTML|CSS|SCSS|Sass|Less|Stylus|Markdown|MDX|Text|" +
    "reStructuredText|AsciiDoc|Org|TeX|CSV|TSV|INI|Dotenv|EditorConfig|Ignore List|Git Attributes|Git Config|" +
    "Jupyter Notebook|GraphQL|Protocol Buffer|Diff|robots.txt|Public Key|SQL|Gettext Catalog|Liquid|Handlebars|Mustache").split("|"));
/** Whether a file's size says something about its complexity when it has no measured functions. */
function linesAreCode(file) {
    return file.language !== null && !NOT_CODE.has(file.language);
}
/** Rank the files that still exist by churn × complexity, best first. */
function findHotspots(history, facts) {
    const byPath = new Map(facts.map((f) => [f.path, f]));
    const raw = history.files.flatMap((file) => {
        const current = byPath.get(file.path);
        return current && (current.functions || linesAreCode(current)) ? [measure(file, current)] : [];
    });
    // A reduce, not Math.max(...): a big repository changes more files than a call takes arguments.
    const max = raw.reduce((m, h) => Math.max(m, h.commits * h.complexity), 0);
    return raw
        .map((h) => ({ ...h, score: max ? Math.round((100 * h.commits * h.complexity) / max) : 0 }))
        .filter((h) => h.commits * h.complexity > 0)
        .sort((a, b) => b.commits * b.complexity - a.commits * a.complexity || (0,src/* compareText */.n6)(a.path, b.path));
}
function measure(file, facts) {
    const functions = facts.functions;
    let topFunction = null;
    for (const fn of functions ?? []) {
        if (!topFunction || fn.cognitive > topFunction.cognitive) {
            topFunction = { name: fn.name, line: fn.startLine, cognitive: fn.cognitive };
        }
    }
    return {
        path: file.path,
        commits: file.commits,
        authors: Object.keys(file.authors).length,
        complexity: functions ? functions.reduce((sum, fn) => sum + fn.cognitive, 0) : facts.lines.code,
        score: 0,
        topFunction,
    };
}
/** Whether a hotspot is over the floor that makes it worth counting and reporting. */
function overFloor(h) {
    return (h.score >= HOTSPOT_FLOOR.score &&
        h.commits >= HOTSPOT_FLOOR.commits &&
        h.complexity >= HOTSPOT_FLOOR.complexity);
}
/** `history/hotspot` findings: high for the top few that clear the high bar, medium for the rest of the top 10. */
function hotspotFindings(hotspots, windowMonths) {
    return hotspots
        .slice(0, TOP)
        .filter(overFloor)
        .map((h, index) => {
        const high = index < HOTSPOT_HIGH.rank &&
            h.score >= HOTSPOT_HIGH.score &&
            h.commits >= HOTSPOT_HIGH.commits &&
            h.complexity >= HOTSPOT_HIGH.complexity;
        const fn = h.topFunction;
        return {
            ruleId: "history/hotspot",
            severity: high ? "high" : "medium",
            message: `${h.path} changed in ${h.commits} commits by ${hotspots_plural(h.authors, "author")} in ${windowMonths} months ` +
                `and has complexity ${h.complexity} (hotspot score ${h.score})` +
                (fn ? `; its most complex function is ${fn.name} (cognitive ${fn.cognitive}).` : "."),
            location: fn ? { file: h.path, startLine: fn.line } : { file: h.path },
            // The file is the subject: its line, counts and score move with every change.
            fingerprint: (0,src/* fingerprint */.Rj)("history/hotspot", h.path, "hotspot"),
            suggestion: fn
                ? `Split ${fn.name} in ${h.path} into smaller functions, with tests, before its next change.`
                : `Split ${h.path} into smaller modules, with tests, before its next change.`,
        };
    });
}
/** The `hotspots` section: the top 10 with their score and most complex function. */
function hotspotsSection(history, hotspots) {
    const id = "hotspots";
    const title = "Hotspots";
    if (history.commits === 0)
        return { id, title, blocks: [{ type: "paragraph", text: history.missing ?? "" }] };
    if (hotspots.length === 0) {
        return {
            id,
            title,
            blocks: [
                { type: "paragraph", text: "No analysed file was changed in the window, so there are no hotspots." },
            ],
        };
    }
    const rows = hotspots
        .slice(0, TOP)
        .map((h, i) => [
        String(i + 1),
        [{ code: h.path }],
        String(h.score),
        String(h.commits),
        String(h.authors),
        String(h.complexity),
        h.topFunction
            ? [
                { code: h.topFunction.name },
                " at ",
                { code: `${h.path}:${h.topFunction.line}` },
                ` (${h.topFunction.cognitive})`,
            ]
            : "—",
    ]);
    return {
        id,
        title,
        blocks: [
            {
                type: "paragraph",
                text: `Files both complex and often changed in the last ${history.windowMonths} months. ` +
                    "Score is commits × complexity, scaled so the top file is 100; complexity is the sum of the " +
                    "cognitive complexity of a file's functions, or its lines of code where functions are not measured.",
            },
            {
                type: "table",
                columns: [
                    "#",
                    "File",
                    "Score",
                    "Commits",
                    "Authors",
                    "Complexity",
                    "Most complex function (cognitive)",
                ],
                align: ["right", "left", "right", "right", "right", "right", "left"],
                rows,
                ...(hotspots.length > TOP ? { omitted: hotspots.length - TOP } : {}),
            },
        ],
    };
}
function hotspots_plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
}

;// CONCATENATED MODULE: ./actions/analyze/src/history/most-changed.ts
// Which files the churn table lists. History reading counts lines for these files only, so the
// table and the reading share this one rule.


const CHURN_ROWS = 15;
/** The files the churn table lists: most commits first, then the latest change, then by path. */
function mostChanged(files) {
    return firstRows(files, CHURN_ROWS, (a, b) => b.commits - a.commits || later(a.lastChanged, b.lastChanged) || (0,src/* compareText */.n6)(a.path, b.path));
}
/** ISO times in one format order as strings do; the later one first. */
function later(a, b) {
    return a === b ? 0 : a > b ? -1 : 1;
}

;// CONCATENATED MODULE: ./actions/analyze/src/history/aggregate.ts
// Per-file history from per-commit records: follows renames to today's paths and applies the window.

/**
 * Sum commits into per-file history. `commits` must be newest first with no parent before its
 * children (git log's default order): a rename seen in a commit then maps the old path of every
 * older commit to the file's current name. A file gets line counts when all its changes have them.
 */
function aggregateHistory(commits, options) {
    const totals = new Map();
    const folders = {};
    const renamedTo = new Map();
    let count = 0;
    for (const commit of commits) {
        if (commit.time < options.since)
            continue;
        count++;
        const touched = new Set();
        for (const change of commit.changes) {
            const path = renamedTo.get(change.path) ?? change.path;
            if (options.exclude.has(path))
                continue;
            add(totals, path, commit, change);
            for (const folder of foldersOf(path))
                touched.add(folder);
        }
        for (const folder of touched) {
            const authors = folders[folder] ?? {};
            authors[commit.author] = (authors[commit.author] ?? 0) + 1;
            folders[folder] = authors;
        }
        // After the whole commit, so a path renamed away and re-created in one commit stays apart.
        for (const change of commit.changes) {
            if (change.from !== undefined)
                renamedTo.set(change.from, renamedTo.get(change.path) ?? change.path);
        }
    }
    const uncounted = new Map();
    const files = [...totals].map(([path, t]) => {
        const counted = t.uncounted.length === 0;
        if (!counted)
            uncounted.set(path, t.uncounted);
        return {
            path,
            commits: t.commits,
            ...(counted ? { linesAdded: t.linesAdded, linesDeleted: t.linesDeleted } : {}),
            authors: t.authors,
            lastChanged: new Date(t.lastChanged).toISOString(),
        };
    });
    files.sort((a, b) => b.commits - a.commits || (0,src/* compareText */.n6)(a.path, b.path));
    return { commits: count, files, folders, uncounted };
}
/** The folders a path counts toward: its top-level folder and the one below (`.` for top-level files). */
function foldersOf(path) {
    const parts = path.split("/");
    if (parts.length === 1)
        return ["."];
    if (parts.length === 2)
        return [parts[0]];
    return [parts[0], `${parts[0]}/${parts[1]}`];
}
function add(totals, path, commit, change) {
    let t = totals.get(path);
    if (!t) {
        t = {
            commits: 0,
            linesAdded: 0,
            linesDeleted: 0,
            uncounted: [],
            authors: {},
            lastChanged: commit.time,
            lastCommit: "",
        };
        totals.set(path, t);
    }
    if (change.added === undefined) {
        if (t.uncounted.at(-1) !== commit.hash)
            t.uncounted.push(commit.hash);
    }
    else {
        t.linesAdded += change.added;
        t.linesDeleted += change.deleted ?? 0;
    }
    if (t.lastCommit === commit.hash)
        return;
    t.lastCommit = commit.hash;
    t.commits++;
    t.authors[commit.author] = (t.authors[commit.author] ?? 0) + 1;
    if (commit.time > t.lastChanged)
        t.lastChanged = commit.time;
}

;// CONCATENATED MODULE: ./actions/analyze/src/history/ownership.ts
// Ownership per folder: who made most of the commits, how many people, and the bus factor.


/** A top-level folder with at least this many analysed files is also shown one level down. */
const BIG_FOLDER_FILES = 20;
/**
 * `history/bus-factor` is raised for a folder with at least this much code and this many commits,
 * where one author made more than `share` of them, in a repository with more than one author:
 * in a one-person project it would only repeat that fact for every folder.
 */
const BUS_FACTOR_RULE = { code: 200, commits: 10, share: 0.8 };
const MAX_ROWS = 25;
/** Ownership of every folder that still has analysed files and was changed in the window. */
function folderOwnership(history, facts) {
    const counts = history.folders ?? foldersFromFiles(history);
    const sizes = new Map();
    for (const file of facts) {
        for (const folder of foldersOf(file.path)) {
            const size = sizes.get(folder) ?? { files: 0, code: 0 };
            size.files++;
            size.code += file.lines.code;
            sizes.set(folder, size);
        }
    }
    const row = (folder, depth) => {
        const authors = counts[folder];
        const size = sizes.get(folder);
        return authors && size ? ownership(folder, depth, authors, size) : null;
    };
    const top = [...sizes.keys()].filter((f) => !f.includes("/")).flatMap((f) => row(f, 0) ?? []);
    return byCommits(top).flatMap((parent) => {
        if (parent.files < BIG_FOLDER_FILES)
            return [parent];
        const children = [...sizes.keys()]
            .filter((f) => f.startsWith(`${parent.folder}/`))
            .flatMap((f) => row(f, 1) ?? []);
        return children.length > 1 ? [parent, ...byCommits(children)] : [parent];
    });
}
function ownership(folder, depth, authors, size) {
    const ranked = Object.entries(authors).sort((a, b) => b[1] - a[1] || (0,src/* compareText */.n6)(a[0], b[0]));
    const commits = ranked.reduce((sum, [, n]) => sum + n, 0);
    let busFactor = 0;
    let covered = 0;
    while (covered * 2 <= commits && busFactor < ranked.length)
        covered += ranked[busFactor++][1];
    const [mainAuthor = "", mainCommits = 0] = ranked[0] ?? [];
    return {
        folder,
        depth,
        ...size,
        commits,
        authors: ranked.length,
        mainAuthor,
        share: commits ? mainCommits / commits : 0,
        busFactor,
    };
}
function byCommits(rows) {
    return rows.sort((a, b) => b.commits - a.commits || (0,src/* compareText */.n6)(a.folder, b.folder));
}
/** Without per-folder counts, file changes stand in for commits (a commit touching two files counts twice). */
function foldersFromFiles(history) {
    const folders = {};
    for (const file of history.files) {
        for (const folder of foldersOf(file.path)) {
            const authors = folders[folder] ?? {};
            for (const [author, n] of Object.entries(file.authors))
                authors[author] = (authors[author] ?? 0) + n;
            folders[folder] = authors;
        }
    }
    return folders;
}
/** `history/bus-factor` findings; a folder inside one already reported is not reported again. */
function busFactorFindings(rows, history) {
    if (history.authors <= 1)
        return [];
    const { windowMonths } = history;
    const flagged = new Set();
    const findings = [];
    for (const row of rows) {
        const { code, commits, share } = BUS_FACTOR_RULE;
        if (row.code < code || row.commits < commits || row.share <= share)
            continue;
        if (row.depth === 1 && flagged.has(row.folder.split("/")[0]))
            continue;
        flagged.add(row.folder);
        const where = folderLabel(row.folder);
        findings.push({
            ruleId: "history/bus-factor",
            severity: "medium",
            message: `${where}: ${personName(row.mainAuthor)} made ${Math.round(row.share * 100)}% of its ${row.commits} commits ` +
                `in the last ${windowMonths} months, so one person holds most of what is known about ${row.code} lines of code.`,
            ...(row.folder === "." ? {} : { location: { file: row.folder } }),
            fingerprint: (0,src/* fingerprint */.Rj)("history/bus-factor", row.folder, "single-owner"),
            suggestion: `Have a second person review and make changes in ${where}, and write down how it works.`,
        });
    }
    return findings;
}
/** The `ownership` section: a table of folders, with big ones also shown one level down. */
function ownershipSection(history, rows) {
    const id = "ownership";
    const title = "Ownership";
    if (history.commits === 0)
        return { id, title, blocks: [{ type: "paragraph", text: history.missing ?? "" }] };
    if (rows.length === 0) {
        return {
            id,
            title,
            blocks: [{ type: "paragraph", text: "No analysed folder was changed in the window." }],
        };
    }
    const shown = rows.slice(0, MAX_ROWS);
    return {
        id,
        title,
        blocks: [
            {
                type: "paragraph",
                text: `Who made the commits of the last ${history.windowMonths} months, by folder. ` +
                    "Bus factor is the smallest number of people who made more than half of a folder's commits.",
            },
            {
                type: "table",
                columns: [
                    "Folder",
                    "Files",
                    "Code lines",
                    "Commits",
                    "Authors",
                    "Main author",
                    "Share",
                    "Bus factor",
                ],
                align: ["left", "right", "right", "right", "right", "left", "right", "right"],
                rows: shown.map((r) => [
                    [r.depth ? "↳ " : "", { code: folderLabel(r.folder) }],
                    String(r.files),
                    r.code.toLocaleString("en-US"),
                    String(r.commits),
                    String(r.authors),
                    personName(r.mainAuthor),
                    `${Math.round(r.share * 100)}%`,
                    String(r.busFactor),
                ]),
                ...(rows.length > shown.length ? { omitted: rows.length - shown.length } : {}),
            },
        ],
    };
}
function folderLabel(folder) {
    return folder === "." ? "(top-level files)" : `${folder}/`;
}
/** `Ada Lovelace <ada@example.com>` → `Ada Lovelace`: reports are read in PRs, addresses are not needed there. */
function personName(author) {
    return author.replace(/\s*<[^>]*>$/, "") || author;
}

;// CONCATENATED MODULE: ./actions/analyze/src/history/history-report.ts



/** Sections, findings and metrics from the window's history and today's files; `hotspots` feeds suggestions. */
function historyReport(history, facts) {
    const hotspots = findHotspots(history, facts);
    const folders = folderOwnership(history, facts);
    const authors = countAuthors(history);
    const metrics = {
        "history.commits": history.commits,
        "history.authors": authors,
        "history.files.changed": history.files.length,
        "history.hotspots": hotspots.filter(overFloor).length,
    };
    // Over folders with real code only: a small folder one person wrote would pin it at 1 for ever.
    const substantial = folders.filter((f) => f.code >= BUS_FACTOR_RULE.code);
    if (substantial.length)
        metrics["history.bus-factor.min"] = Math.min(...substantial.map((f) => f.busFactor));
    return {
        sections: [
            churnSection(history, facts),
            hotspotsSection(history, hotspots),
            ownershipSection(history, folders),
        ],
        findings: [
            ...hotspotFindings(hotspots, history.windowMonths),
            ...busFactorFindings(folders, { authors, windowMonths: history.windowMonths }),
        ],
        metrics,
        hotspots,
    };
}
function countAuthors(history) {
    const people = new Set();
    const perAuthor = history.folders ? Object.values(history.folders) : history.files.map((f) => f.authors);
    for (const authors of perAuthor)
        for (const author of Object.keys(authors))
            people.add(author);
    return people.size;
}
/** The `churn` section: the analysed files changed most often in the window. */
function churnSection(history, facts) {
    const id = "churn";
    const title = "Churn";
    if (history.commits === 0)
        return { id, title, blocks: [{ type: "paragraph", text: history.missing ?? "" }] };
    const analysed = new Set(facts.map((f) => f.path));
    const changed = history.files.filter((f) => analysed.has(f.path));
    const blocks = [];
    if (history.missing)
        blocks.push({ type: "note", tone: "warning", text: history.missing });
    if (changed.length === 0) {
        blocks.push({ type: "paragraph", text: "No analysed file was changed in the window." });
        return { id, title, blocks };
    }
    const top = mostChanged(changed);
    blocks.push({
        type: "paragraph",
        text: `${history.commits.toLocaleString("en-US")} commits (merges left out) changed ${changed.length.toLocaleString("en-US")} analysed files in the last ${history.windowMonths} months. The most changed:`,
    }, {
        type: "table",
        columns: ["File", "Commits", "Authors", "Added", "Deleted", "Last changed"],
        align: ["left", "right", "right", "right", "right", "left"],
        rows: top.map((f) => [
            [{ code: f.path }],
            String(f.commits),
            String(Object.keys(f.authors).length),
            // Uncounted only when git could not count them, or a listed file could not be read.
            f.linesAdded === undefined ? "–" : `+${f.linesAdded.toLocaleString("en-US")}`,
            f.linesDeleted === undefined ? "–" : `−${f.linesDeleted.toLocaleString("en-US")}`,
            f.lastChanged.slice(0, 10),
        ]),
        ...(changed.length > top.length ? { omitted: changed.length - top.length } : {}),
    });
    return { id, title, blocks };
}

;// CONCATENATED MODULE: ./actions/analyze/src/history/parse-log.ts
// Turns git's `-z` per-commit output into commit records, streaming, in one pass: `git log
// --name-status` (which files, renames) and `git diff-tree --numstat` (with their lines).
const RS = "\x1e";
const US = "\x1f";
/**
 * The `--format` the parser expects: a record separator, then hash, committer time and
 * mailmap-resolved author, separated by unit separators. With `-z`, git ends it with NUL.
 */
const LOG_FORMAT = `${RS}%H${US}%ct${US}%aN <%aE>`;
const STAT = /^(\d+|-)\t(\d+|-)\t([\s\S]*)$/;
/** A `--name-status` entry's status: one path follows, or two (old, new) for a rename or copy. */
const STATUS = /^([ADMTUX]|[RC]\d*)$/;
/**
 * Parse `-z --format=LOG_FORMAT` output of `git log --name-status` or `git diff-tree --numstat`,
 * given as lines (as `gitLines` yields them).
 *
 * With `-z` every header and entry part ends in NUL: a numstat entry is `added\tdeleted\tpath\0`,
 * or `added\tdeleted\t\0old\0new\0` for a rename; a name-status entry is `M\0path\0`, or
 * `R087\0old\0new\0`. So any byte in a path is safe; newlines only appear between a header and
 * its entries, and inside paths, so lines are joined back before splitting on NUL.
 */
async function* parseLog(lines, options = {}) {
    const parser = new LogParser(options.ignoreChangesOf ?? new Set());
    let pending = "";
    let first = true;
    for await (const line of lines) {
        pending += first ? line : `\n${line}`;
        first = false;
        const tokens = pending.split("\0");
        pending = tokens.pop() ?? "";
        for (const token of tokens) {
            const done = parser.token(token);
            if (done)
                yield done;
        }
    }
    // With -z the output ends in NUL; anything left is a cut-off entry, but a header still ends a commit.
    const before = pending ? parser.token(pending) : null;
    if (before)
        yield before;
    const last = parser.finish();
    if (last)
        yield last;
}
class LogParser {
    current = null;
    ignoring = false;
    pending = null;
    ignore;
    constructor(ignore) {
        this.ignore = ignore;
    }
    /** Feed one NUL-terminated token; returns the previous commit when a new one starts. */
    token(raw) {
        if (this.pending) {
            this.path(this.pending, raw);
            return null;
        }
        const token = raw.startsWith("\n") ? raw.slice(1) : raw;
        if (token.startsWith(RS))
            return this.header(token.slice(1));
        if (STATUS.test(token)) {
            this.pending = { paths: token.length > 1 ? 2 : 1 };
            return null;
        }
        const stat = STAT.exec(token);
        if (!stat)
            return null;
        const added = stat[1] === "-" ? 0 : Number(stat[1]);
        const deleted = stat[2] === "-" ? 0 : Number(stat[2]);
        if (stat[3] === "")
            this.pending = { paths: 2, added, deleted };
        else
            this.add({ path: stat[3], added, deleted });
        return null;
    }
    /** A path of the pending entry; the entry is added with its last one. */
    path(pending, raw) {
        if (pending.paths === 2 && pending.from === undefined) {
            pending.from = raw;
            return;
        }
        const change = { path: raw };
        if (pending.added !== undefined)
            Object.assign(change, { added: pending.added, deleted: pending.deleted });
        if (pending.from !== undefined)
            change.from = pending.from;
        this.add(change);
        this.pending = null;
    }
    finish() {
        const done = this.current;
        this.current = null;
        return done;
    }
    header(text) {
        const done = this.current;
        const [hash = "", time = "0", author = ""] = text.split(US);
        this.current = { hash, time: Number(time) * 1000, author, changes: [] };
        this.ignoring = this.ignore.has(hash);
        return done;
    }
    add(change) {
        if (this.current && !this.ignoring)
            this.current.changes.push(change);
    }
}

;// CONCATENATED MODULE: ./actions/analyze/src/history/git-commands.ts
// The two git commands history reading runs. Their diff options must agree: the line counts of the
// second are matched to the file changes of the first, entry by entry.

/** Settings that would add to or reshape the output the parser reads. */
const SETTINGS = ["-c", "log.showSignature=false", "-c", "log.showRoot=true", "-c", "diff.relative=false"];
const DIFF = [
    "-z",
    "-M",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--encoding=UTF-8",
    `--format=${LOG_FORMAT}`,
];
/**
 * Every commit in `range` since `since`: which files each changed, with renames, but no line
 * counts (diffing every file's two versions would take three times as long).
 */
function logArgs(range, since, prefix) {
    const start = new Date(since).toISOString().replace(/\.\d{3}Z$/, "Z");
    return [
        ...SETTINGS,
        "log",
        "--no-merges",
        "--use-mailmap",
        "--name-status",
        ...DIFF,
        `--since=${start}`,
        // In a folder of a bigger repository: only its commits, with paths relative to it.
        ...(prefix ? ["--relative"] : []),
        range,
        "--",
        ...(prefix ? ["."] : []),
    ];
}
/** The same diffs with line counts, for the commits given on stdin (one hash a line). */
function countArgs(prefix) {
    return [
        ...SETTINGS,
        "diff-tree",
        "--stdin",
        "--root",
        "--numstat",
        ...DIFF,
        ...(prefix ? ["--relative"] : []),
        "--",
        ...(prefix ? ["."] : []),
    ];
}

;// CONCATENATED MODULE: ./actions/analyze/src/history/count-lines.ts
// Line counts for the few commits that need them, in one `git diff-tree --stdin` over just those.



/**
 * Give every change of the commits in `hashes` its added and deleted lines, in place. A change git
 * does not list again (it would have to diff differently) is left uncounted.
 */
async function countLines(workspace, prefix, commits, hashes) {
    const wanted = new Map();
    for (const commit of commits)
        if (hashes.has(commit.hash))
            wanted.set(commit.hash, commit);
    if (wanted.size === 0)
        return;
    const input = `${[...wanted.keys()].join("\n")}\n`;
    const lines = (0,src/* gitLines */.QS)(workspace, countArgs(prefix), { input, background: true });
    for await (const counted of parseLog(lines)) {
        const record = wanted.get(counted.hash);
        if (!record)
            continue;
        const byChange = new Map(counted.changes.map((change) => [changeKey(change), change]));
        for (const change of record.changes) {
            const match = byChange.get(changeKey(change));
            if (match?.added === undefined)
                continue;
            change.added = match.added;
            change.deleted = match.deleted;
        }
    }
}
const changeKey = (change) => `${change.from ?? ""}\0${change.path}`;

;// CONCATENATED MODULE: ./actions/analyze/src/history/history-cache.ts
// The history cache: parsed commits of the window and the head they were read at, so reruns read only new commits.



/**
 * Bump when CommitRecord or the way it is read changes; old files are then ignored. Version 2:
 * changes may have no line counts (an older Analyze reading them would sum missing numbers).
 */
const CACHE_VERSION = 2;
/** Where the cache lives inside the agent's cache folder. */
function historyCacheFile(cacheDir) {
    return external_node_path_default().join(cacheDir, `history-v${CACHE_VERSION}.json`);
}
/** Read the cache, or null when it is missing, unreadable or of another version (then history is rebuilt). */
async function loadHistoryCache(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, "utf8");
    }
    catch {
        return null;
    }
    try {
        const data = JSON.parse(text);
        const valid = data.version === CACHE_VERSION &&
            typeof data.key === "string" &&
            typeof data.head === "string" &&
            typeof data.since === "number" &&
            Array.isArray(data.commits);
        return valid ? data : null;
    }
    catch {
        return null;
    }
}
/** Write the cache atomically, so a run stopped halfway never leaves a torn file for the next. */
async function saveHistoryCache(file, cache) {
    await (0,src/* writeCacheFile */.kX)(file, JSON.stringify({ version: CACHE_VERSION, ...cache }));
    // The previous version's file is never read again; it would only take up room in a saved cache.
    await (0,promises_.rm)(external_node_path_default().join(external_node_path_default().dirname(file), `history-v${CACHE_VERSION - 1}.json`), { force: true });
}

// EXTERNAL MODULE: ./actions/analyze/src/code-hash.ts
var code_hash = __webpack_require__(74272);
;// CONCATENATED MODULE: ./actions/analyze/src/history/history-summary.ts
// The last run's per-file and per-folder sums of the window, reused while they still hold: the same
// head (no new commits), the same key (mailmap, folder, exclusions, this code), and a window that has
// only moved forward without passing its oldest commit (so no commit has left it).




const file = (cacheDir) => external_node_path_default().join(cacheDir, "history-summary-v1.json");
const fullKey = (key) => `${(0,code_hash/* codeHash */.A)(["history"])} ${key}`;
async function recallSummary(cacheDir, key, head, since) {
    try {
        const summary = JSON.parse(await (0,promises_.readFile)(file(cacheDir), "utf8"));
        const holds = summary.key === fullKey(key) &&
            summary.head === head &&
            since >= summary.since &&
            (summary.oldest === null || since <= summary.oldest);
        return holds ? summary.result : null;
    }
    catch {
        return null;
    }
}
/** Keep the sums for the next run; a failure only means the next run sums again. */
async function rememberSummary(cacheDir, summary) {
    await (0,src/* writeCacheFile */.kX)(file(cacheDir), JSON.stringify({ ...summary, key: fullKey(summary.key) })).catch(() => { });
}

// EXTERNAL MODULE: ./actions/analyze/src/history/repo-state.ts
var repo_state = __webpack_require__(20551);
;// CONCATENATED MODULE: ./actions/analyze/src/history/read-history.ts
// Reads the workspace's history in the window: one streamed git log pass, cached by commit across runs.










/**
 * Per-file churn and authorship for the last `months` months before `now`.
 *
 * Merge commits are left out (`--no-merges`): every change is counted once, on the commit and
 * author that made it, instead of again on whoever merged it. Dates are committer dates, which is
 * what `--since` filters on. Never throws for the repository's state: when history is missing or
 * partial, `missing` says why and what to do.
 */
async function readHistory(workspace, options) {
    const { months, now, logger } = options;
    const empty = (missing) => ({ missing, windowMonths: months, commits: 0, files: [] });
    const state = await (options.repo ?? (0,repo_state/* readRepoState */.KP)(workspace));
    if (state.kind === "none")
        return empty(state.reason);
    if (!state.head) {
        return empty("The repository has no commits yet, so there is no history for churn, hotspots and ownership. " +
            "Run Analyze again after the first commit.");
    }
    const since = windowStart(now, months);
    const [exclude, boundary] = await Promise.all([
        (0,repo_state/* submodulePaths */.Xg)(workspace, state),
        state.shallow ? (0,repo_state/* shallowBoundary */.N0)(workspace) : new Set(),
    ]);
    const repo = { workspace, head: state.head, prefix: state.prefix, cdup: state.cdup, boundary };
    // A shallow clone's cache would go stale the moment it is deepened; its history is short anyway.
    const cacheFile = options.cacheDir && !state.shallow ? historyCacheFile(options.cacheDir) : null;
    // With the same head, exclusions and settings, and no commit gone out of the window yet, the
    // last run's sums are this run's: the commits need not be loaded and summed again.
    const key = cacheFile ? await cacheKey(repo) : "";
    const summaryKey = cacheFile ? `${key} ${[...exclude].sort().join("\0")}` : "";
    const remembered = cacheFile ? await recallSummary(options.cacheDir, summaryKey, repo.head, since) : null;
    const current = await options.current;
    // The last run counted lines for the files its churn table showed; today's table may show others.
    if (remembered && shown(remembered, current).every((f) => f.linesAdded !== undefined)) {
        logger.debug("History: no new commits and none left the window; the last run's sums are reused.");
        return { missing: missingReason(false, remembered.commits, months), windowMonths: months, ...remembered };
    }
    let loaded;
    try {
        loaded = await readCommits(repo, since, cacheFile, key, logger);
    }
    catch (error) {
        if (!(error instanceof src/* GitError */.XS))
            throw error;
        return empty(`Reading the history failed (${gitWhy(error, "git log failed")}), so churn, hotspots and ownership are missing. ` +
            "Check that `git log` works in this checkout.");
    }
    const { commits } = loaded;
    const result = await sumWindow(repo, loaded, { since, exclude }, current, logger);
    if (cacheFile) {
        if (loaded.changed)
            await saveCommits(cacheFile, { key, head: repo.head, since, commits }, logger);
        await rememberSummary(options.cacheDir, {
            key: summaryKey,
            head: repo.head,
            since,
            oldest: oldest(commits, since),
            result,
        });
    }
    const partial = state.shallow && !(await boundaryBefore(workspace, boundary, since));
    return { missing: missingReason(partial, result.commits, months), windowMonths: months, ...result };
}
/**
 * Sum the window's commits, with line counts for the files the churn table shows: those of their
 * commits that have none yet are counted first (and `loaded` is marked changed, for the cache).
 */
async function sumWindow(repo, loaded, options, current, logger) {
    let aggregate = aggregateHistory(loaded.commits, options);
    const uncounted = toCount(aggregate, current);
    if (uncounted.size > 0) {
        try {
            await countLines(repo.workspace, repo.prefix, loaded.commits, uncounted);
            aggregate = aggregateHistory(loaded.commits, options);
            loaded.changed = true;
        }
        catch (error) {
            if (!(error instanceof src/* GitError */.XS))
                throw error;
            logger.warning(`Counting the lines of the most changed files failed (${gitWhy(error, "git diff-tree failed")}); the churn table shows their commits without lines.`);
        }
    }
    return { commits: aggregate.commits, files: aggregate.files, folders: aggregate.folders };
}
/** The oldest commit time in the window, or null when it has none. */
function oldest(commits, since) {
    let found = null;
    for (const c of commits)
        if (c.time >= since && (found === null || c.time < found))
            found = c.time;
    return found;
}
/** The files the churn table can show: among today's files, when they are known. */
function shown(sums, current) {
    return mostChanged(current ? sums.files.filter((f) => current.has(f.path)) : sums.files);
}
/** The commits whose lines the churn table's files still need. */
function toCount(aggregate, current) {
    const hashes = new Set();
    for (const file of shown(aggregate, current))
        for (const hash of aggregate.uncounted.get(file.path) ?? [])
            hashes.add(hash);
    return hashes;
}
/**
 * Commits in the window, newest first: the cache's, plus only what git has beyond the cached head.
 * `key` is the cache's (cacheKey), for `cacheFile`.
 */
async function readCommits(repo, since, cacheFile, key, logger) {
    const cached = cacheFile ? await usableCache(repo, cacheFile, key, since, logger) : null;
    const range = !cached ? repo.head : cached.head === repo.head ? null : `${cached.head}..${repo.head}`;
    const fresh = range ? await logCommits(repo, range, since) : [];
    const kept = cached ? cached.commits.filter((c) => c.time >= since) : [];
    logger.debug(`History: parsed ${fresh.length} commits from git log, reused ${kept.length} from the cache.`);
    // New commits descend from the cached head, so putting them first keeps children before parents.
    const commits = fresh.length ? [...fresh, ...kept] : kept;
    const unchanged = cached !== null && fresh.length === 0 && kept.length === cached.commits.length;
    return { commits, changed: !unchanged };
}
async function saveCommits(file, cache, logger) {
    try {
        await saveHistoryCache(file, cache);
    }
    catch (error) {
        logger.warning(`Could not write the history cache ${file} (${error.message}); the next run reads the whole window again.`);
    }
}
/** git's first line of complaint, or `fallback` when it said nothing. */
function gitWhy(error, fallback) {
    return error.stderr.trim().split("\n")[0] || fallback;
}
async function usableCache(repo, file, key, since, logger) {
    const cached = await loadHistoryCache(file);
    if (!cached)
        return null;
    if (cached.key !== key) {
        logger.debug("History cache was made with another .mailmap or folder: reading the whole window again.");
        return null;
    }
    if (cached.since > since) {
        logger.debug("The window reaches further back than the history cache: reading the whole window again.");
        return null;
    }
    if (cached.head === repo.head)
        return cached;
    const ancestor = await (0,src/* gitOrNull */.N3)(repo.workspace, ["merge-base", "--is-ancestor", cached.head, repo.head]);
    if (ancestor === null) {
        logger.info("History was rewritten since the last run (force-push or rebase): reading the whole window again.");
        return null;
    }
    return cached;
}
async function cacheKey(repo) {
    const mailmap = await (0,repo_state/* mailmapIdentity */.md)(repo.workspace, repo.cdup);
    return (0,external_node_crypto_.createHash)("sha256").update(`no-merges\0${repo.prefix}\0${mailmap}`).digest("hex").slice(0, 32);
}
/** One `git log` over `range`, streamed and parsed as it arrives. */
async function logCommits(repo, range, since) {
    const args = logArgs(range, since, repo.prefix);
    const commits = [];
    // In the background: on a cold run git log shares the cores with the file worker, and finishing
    // the files first (history is parsed as it streams) measured faster overall.
    const lines = (0,src/* gitLines */.QS)(repo.workspace, args, { background: true });
    for await (const commit of parseLog(lines, { ignoreChangesOf: repo.boundary })) {
        commits.push(commit);
    }
    return commits;
}
/** The window's first instant: `months` calendar months before `now`, to the second (git's precision). */
function windowStart(now, months) {
    const start = new Date(now.getTime());
    start.setUTCMonth(start.getUTCMonth() - months);
    return Math.floor(start.getTime() / 1000) * 1000;
}
/** Whether every boundary of a shallow clone is older than the window: then the window is complete. */
async function boundaryBefore(workspace, boundary, since) {
    if (boundary.size === 0)
        return false;
    const out = await (0,src/* gitOrNull */.N3)(workspace, ["show", "-s", "--format=%ct", ...boundary]);
    const times = (out ?? "").split("\n").filter(Boolean).map(Number);
    return times.length === boundary.size && times.every((t) => t * 1000 < since);
}
function missingReason(partial, commits, months) {
    if (partial) {
        return (`History is partial: this is a shallow clone, so only ${commits} commit${commits === 1 ? "" : "s"} of the last ${months} months could be read. ` +
            "With actions/checkout, set `fetch-depth: 0` so churn, hotspots and ownership cover the whole window.");
    }
    if (commits === 0) {
        return (`No commits in the last ${months} months, so churn, hotspots and ownership are empty. ` +
            "Raise `history-months` in the `analyze:` section of .github/aether.yml to look further back.");
    }
    return null;
}

;// CONCATENATED MODULE: ./actions/analyze/src/hygiene/marker-table.ts
// Where TODO, FIXME, HACK and XXX markers gather: the files with the most, as report blocks.

const KINDS = ["TODO", "FIXME", "HACK", "XXX"];
const TOP_FILES = 10;
/** A sentence with the totals and a table of the files with most markers; null when there are none. */
function markerTable(facts) {
    const withMarkers = facts
        .filter((f) => f.markers.length > 0)
        .sort((a, b) => b.markers.length - a.markers.length || (0,src/* compareText */.n6)(a.path, b.path));
    if (withMarkers.length === 0)
        return null;
    const totals = KINDS.map((kind) => [kind, countKind(withMarkers, kind)]).filter(([, n]) => n > 0);
    const summary = totals.map(([kind, n]) => `${n} ${kind}`).join(", ");
    return [
        { type: "paragraph", text: `Markers in comments: ${summary}, in ${withMarkers.length} files.` },
        {
            type: "table",
            columns: ["File", ...KINDS],
            align: ["left", "right", "right", "right", "right"],
            rows: withMarkers
                .slice(0, TOP_FILES)
                .map((f) => [[{ code: f.path }], ...KINDS.map((kind) => String(countKind([f], kind)))]),
            ...(withMarkers.length > TOP_FILES ? { omitted: withMarkers.length - TOP_FILES } : {}),
        },
    ];
}
function countKind(facts, kind) {
    let n = 0;
    for (const f of facts)
        for (const m of f.markers)
            if (m.kind === kind)
                n++;
    return n;
}

;// CONCATENATED MODULE: ./actions/analyze/src/hygiene/hygiene.ts
// Repository hygiene: the files a project is expected to have, files too large to keep, and TODO-style markers.




const README = /^readme(\.[a-z0-9]+)?$/i;
const LICENSE = /^(licen[cs]e|copying|unlicense)([.-][a-z0-9.-]+)?$/i;
const WORKFLOW = /\.ya?ml$/i;
/** CI outside GitHub Actions still counts: the check is about having CI, not about which. */
const OTHER_CI = [
    ".gitlab-ci.yml",
    ".circleci/config.yml",
    "azure-pipelines.yml",
    "Jenkinsfile",
    ".travis.yml",
];
const TEST_FOLDER = /(^|\/)(tests?|__tests__|specs?|e2e|testing)\//i;
const TEST_FILE = /([._-](test|spec)\.[^/]+$)|(_test\.[^/]+$)|((^|\/)test_[^/]+\.py$)|((Test|Tests|Spec)\.(java|kt|cs|scala|swift)$)/;
/**
 * Check README, LICENSE, CI and tests; report files over the size limit and where TODO-style
 * markers gather. Every finding is fingerprinted by what it is about, never by a line.
 */
async function checkHygiene(workspace, files, facts, options) {
    const checks = await projectChecks(workspace, files);
    const large = files.filter((f) => f.bytes > options.largeFileBytes).sort((a, b) => b.bytes - a.bytes);
    const findings = [
        ...checks.filter((c) => !c.found).map(missingFinding),
        ...large.map((file) => largeFileFinding(file, options.largeFileBytes)),
    ];
    const blocks = [checksTable(checks, large.length, options.largeFileBytes)];
    const markers = markerTable(facts);
    if (markers)
        blocks.push(...markers);
    const metrics = { "hygiene.large-files": large.length };
    for (const check of checks)
        metrics[`hygiene.${check.name.toLowerCase()}`] = check.found ? 1 : 0;
    return { section: { id: "hygiene", title: "Hygiene", blocks }, findings, metrics };
}
async function projectChecks(workspace, files) {
    const [rootNames, githubNames, docsNames, workflows] = await Promise.all([
        names(workspace),
        names(external_node_path_default().join(workspace, ".github")),
        names(external_node_path_default().join(workspace, "docs")),
        names(external_node_path_default().join(workspace, ".github", "workflows")),
    ]);
    const readme = rootNames.find((n) => README.test(n)) ??
        prefixed(".github/", githubNames.find((n) => README.test(n))) ??
        prefixed("docs/", docsNames.find((n) => README.test(n)));
    const license = rootNames.find((n) => LICENSE.test(n)) ?? null;
    const workflow = prefixed(".github/workflows/", workflows.find((n) => WORKFLOW.test(n)));
    const paths = new Set(files.map((f) => f.path));
    const ci = workflow ?? OTHER_CI.find((p) => paths.has(p)) ?? null;
    const test = files.find((f) => TEST_FOLDER.test(f.path) || TEST_FILE.test(f.path))?.path ?? null;
    return [
        {
            name: "README",
            found: readme ?? null,
            ruleId: "hygiene/missing-readme",
            severity: "medium",
            missing: "No README: nobody can tell what this repository is or how to use it.",
            suggestion: "Add a README.md saying what the project does, how to install it and how to run it.",
        },
        {
            name: "License",
            found: license,
            ruleId: "hygiene/missing-license",
            severity: "low",
            missing: "No LICENSE file: without one, others may not legally use or contribute to the code.",
            suggestion: "Add a LICENSE file (https://choosealicense.com helps pick one).",
        },
        {
            name: "CI",
            found: ci,
            ruleId: "hygiene/missing-ci",
            severity: "low",
            missing: "No CI workflow (.github/workflows/*.yml): changes are not built or tested automatically.",
            suggestion: "Add a workflow in .github/workflows/ that installs, builds and runs the tests on every push.",
        },
        {
            name: "Tests",
            found: test,
            ruleId: "hygiene/missing-tests",
            severity: "medium",
            missing: "No tests found (no test/ or spec/ folder, no *.test.*, *.spec.* or *_test.* files).",
            suggestion: "Add tests beside the code, starting with the parts that change most.",
        },
    ];
}
async function names(dir) {
    try {
        return await (0,promises_.readdir)(dir);
    }
    catch {
        return [];
    }
}
function prefixed(prefix, name) {
    return name ? `${prefix}${name}` : null;
}
function missingFinding(check) {
    return {
        ruleId: check.ruleId,
        severity: check.severity,
        message: check.missing,
        fingerprint: (0,src/* fingerprint */.Rj)(check.ruleId, undefined, check.name),
        suggestion: check.suggestion,
    };
}
function largeFileFinding(file, limit) {
    return {
        ruleId: "hygiene/large-file",
        severity: "low",
        message: `${file.path} is ${size(file.bytes)}, over the ${size(limit)} limit: it was counted but not parsed.`,
        location: { file: file.path },
        fingerprint: (0,src/* fingerprint */.Rj)("hygiene/large-file", file.path, "size"),
        suggestion: "Keep large data out of the repository (Git LFS, a release asset), or raise large-file-kb.",
    };
}
function checksTable(checks, largeFiles, limit) {
    const rows = checks.map((c) => [c.name, c.found ? [{ code: c.found }] : "missing"]);
    rows.push([`Files over ${size(limit)}`, largeFiles === 0 ? "none" : String(largeFiles)]);
    return { type: "table", columns: ["Check", "Found"], rows };
}
function size(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MiB`;
    return `${Math.round(bytes / 1024)} KiB`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./actions/analyze/src/complexity/ast.ts
// The one tree shape the walker reads: ESTree, as oxc gives it and as Babel gives it with its estree plugin.
/**
 * Offsets where each line starts: line n (1-based) starts at `starts[n - 1]`. Lines end at `\n`
 * only, as line counting has them (Babel also broke lines at a lone `\r`, U+2028 and U+2029).
 */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
        starts.push(i + 1);
    return starts;
}
/** The 1-based line holding `offset`. */
function lineAt(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return low + 1;
}

// EXTERNAL MODULE: ./node_modules/@babel/parser/lib/index.js
var lib = __webpack_require__(5429);
;// CONCATENATED MODULE: ./actions/analyze/src/complexity/script-parsers.ts
// The two parsers behind parseScript: oxc (native, several times faster) and Babel (Flow, and platforms oxc has no binary for).



const DECLARATION_FILE = /\.d\.[mc]?ts$/;
/** The file's dialect, by extension first (it is exact), the linguist name second. */
function dialect(path, language) {
    if (DECLARATION_FILE.test(path))
        return "dts";
    const ext = path.slice(path.lastIndexOf(".")).toLowerCase();
    if (ext === ".tsx")
        return "tsx";
    if (ext === ".ts" || ext === ".mts" || ext === ".cts")
        return "ts";
    if (language === "TSX")
        return "tsx";
    if (language === "TypeScript")
        return "ts";
    return "js";
}
let binding;
let oxc = null;
/** oxc-parser when its native binding loads here; null (found out once, then remembered) when it does not. */
function oxcBinding() {
    if (binding !== undefined)
        return binding;
    try {
        const loaded = (0,external_node_module_.createRequire)(import.meta.url)("oxc-parser");
        loaded.parseSync("probe.js", "", {});
        binding = loaded;
    }
    catch {
        binding = null;
    }
    return binding;
}
function loadOxc() {
    const loaded = oxcBinding();
    if (loaded && !oxc)
        oxc = oxcParser(loaded);
    return oxc;
}
/**
 * Raw transfer hands the tree over as one buffer instead of JSON: two to four times faster per file,
 * but its first use in a thread costs about 40 ms (measured on two small files: 49 ms against 6 ms
 * by JSON). A run that parses a handful of files, as in a PR, is done before that pays off.
 */
const PARSED_BY_JSON_FIRST = 16;
function oxcParser(binding) {
    const raw = binding.rawTransferSupported();
    let parsed = 0;
    return {
        name: "oxc",
        parse(path, text, language, sourceType) {
            const kind = dialect(path, language);
            parsed++;
            let result;
            try {
                result = binding.parseSync(path, text, {
                    lang: kind === "js" ? "jsx" : kind,
                    // oxc's sloppy mode that also allows a top-level `return`, as Node runs CommonJS files.
                    sourceType: sourceType === "script" ? "commonjs" : sourceType,
                    preserveParens: false,
                    experimentalRawTransfer: raw && parsed > PARSED_BY_JSON_FIRST,
                });
            }
            catch (thrown) {
                return { program: null, shape: "oxc-js", error: { line: 1, message: String(thrown) }, fatal: true };
            }
            return oxcAttempt(result, kind === "js" ? "oxc-js" : "oxc-ts", text);
        },
    };
}
/** What oxc gave back, as an attempt: the tree, or the error that stopped it. */
function oxcAttempt(result, shape, text) {
    if (result.errors.length === 0)
        return { program: result.program, shape, error: null, fatal: false };
    // oxc returns an empty program when it cannot go on; anything else is a recovered tree.
    const fatal = result.program.body.length === 0 && text.trim().length > 0;
    // When it gave up, the error that stopped it is the last one: recovery cuts above that, not
    // above an earlier mistake it had read past.
    const reported = fatal ? lastError(result.errors) : result.errors[0];
    const error = { line: lineAt(lineStarts(text), errorOffset(reported)), message: reported.message };
    return { program: fatal ? null : result.program, shape, error, fatal };
}
const errorOffset = (error) => error.labels?.[0]?.start ?? 0;
function lastError(errors) {
    return errors.reduce((last, error) => (errorOffset(error) >= errorOffset(last) ? error : last));
}
// --- Babel ------------------------------------------------------------------------------------
/** Plugins every file gets: syntax that is valid (or widely used) in both JS and TS. */
const COMMON = [
    ["estree", { classFeatures: true }],
    "decorators",
    "decoratorAutoAccessors",
    "explicitResourceManagement",
    "deprecatedImportAssert",
];
/** Babel plugins for a file, by its dialect. */
function babelPlugins(path, language, text) {
    const kind = dialect(path, language);
    if (kind === "tsx")
        return ["typescript", "jsx", ...COMMON];
    if (kind === "ts" || kind === "dts")
        return [["typescript", { dts: kind === "dts" }], ...COMMON];
    // Plain JS gets JSX (React projects write it in .js) and Flow only when the file asks for it.
    return text.includes("@flow") ? ["jsx", "flow", ...COMMON] : ["jsx", ...COMMON];
}
function babelAttempt(text, plugins, sourceType) {
    try {
        const file = (0,lib/* parse */.qg)(text, {
            sourceType,
            plugins,
            errorRecovery: true,
            attachComment: false,
            createImportExpressions: true,
            allowReturnOutsideFunction: true,
            allowAwaitOutsideFunction: sourceType === "script",
            allowNewTargetOutsideFunction: true,
            allowSuperOutsideMethod: true,
            allowUndeclaredExports: true,
        });
        const first = file.errors?.[0];
        return {
            program: file.program,
            shape: "babel",
            error: first ? babelError(first) : null,
            fatal: false,
            code: first?.reasonCode,
        };
    }
    catch (thrown) {
        return { program: null, shape: "babel", error: babelError(thrown), fatal: true };
    }
}
const babelParser = {
    name: "babel",
    parse(path, text, language, sourceType) {
        const plugins = babelPlugins(path, language, text);
        const first = babelAttempt(text, plugins, sourceType);
        if (first.code !== "UnsupportedParameterDecorator")
            return first;
        // TypeScript's experimentalDecorators (Angular, NestJS) decorate parameters; only the legacy proposal parses that.
        const legacy = plugins.map((plugin) => (plugin === "decorators" ? "decorators-legacy" : plugin));
        return babelAttempt(text, legacy, sourceType);
    },
};
function babelError(error) {
    const { loc, message } = (error ?? {});
    const text = typeof message === "string" ? message : String(error);
    return { line: Math.max(1, loc?.line ?? 1), message: text.replace(/\s*\(\d+:\d+\)$/, "") };
}
// --- choice -----------------------------------------------------------------------------------
/**
 * The parser for a file: oxc, unless the file is Flow (oxc does not read Flow) or oxc's native
 * binding is missing on this platform. `prefer` forces one, for tests that hold both to the same answers.
 */
function parserFor(text, prefer) {
    if (prefer === "babel" || text.includes("@flow"))
        return babelParser;
    const fast = loadOxc();
    if (fast)
        return fast;
    if (prefer === "oxc")
        throw new Error("oxc-parser's native binding does not load on this platform");
    return babelParser;
}

;// CONCATENATED MODULE: ./actions/analyze/src/complexity/declaration-imports.ts


let visitor = null;
/**
 * The imports of a declaration file, all type-only, and its first syntax error. Null when oxc's
 * binding is missing here, or when oxc gave up on the file: the caller then parses it the usual
 * way (Babel; or oxc with recovery of what precedes the error).
 */
function declarationImports(path, text) {
    const oxc = oxcBinding();
    if (!oxc?.rawTransferSupported())
        return null;
    const lines = lineStarts(text);
    const state = visitorState(oxc);
    state.imports = [];
    state.lines = lines;
    let parsed;
    try {
        parsed = oxc.parseSync(path, text, { lang: "dts", sourceType: "module", experimentalLazy: true });
    }
    catch {
        return null;
    }
    try {
        // oxc gives up with an empty program: then the caller's recovery reads what is above the error.
        if (parsed.errors.length > 0 && parsed.program.body.length === 0 && text.trim().length > 0)
            return null;
        parsed.visit(state.instance);
        const imports = state.imports;
        const first = parsed.errors[0];
        if (!first)
            return { functions: [], imports };
        const parseError = { line: lineAt(lines, errorOffset(first)), message: first.message };
        return { functions: [], imports, parseError };
    }
    catch {
        // The lazy visitor is experimental in oxc: on any surprise, the usual parse reads the file.
        return null;
    }
    finally {
        parsed.dispose?.();
    }
}
/** One visitor for every file, filling the current file's list. */
function visitorState(oxc) {
    if (visitor)
        return visitor;
    const state = { imports: [], lines: [], instance: {} };
    const add = (source, node) => {
        if (source?.type === "StringLiteral")
            state.imports.push({ specifier: source.value, line: lineAt(state.lines, node.start), typeOnly: true });
    };
    const Lazy = oxc.experimentalGetLazyVisitor();
    state.instance = new Lazy({
        ImportDeclaration: (node) => add(node.source, node),
        ExportNamedDeclaration: (node) => add(node.source, node),
        // `export { a } from "m"`, which oxc's own tree tells apart from a local `export { a }`.
        ExportFromDeclaration: (node) => add(node.source, node),
        ExportAllDeclaration: (node) => add(node.source, node),
        TSImportEqualsDeclaration: (node) => {
            const reference = node.moduleReference;
            if (reference.type === "TSExternalModuleReference")
                add(reference.expression, node);
        },
    });
    visitor = state;
    return state;
}

;// CONCATENATED MODULE: ./actions/analyze/src/complexity/parse-script.ts

/** How many earlier cut points to try when the parser gives up, before settling for nothing. */
const RECOVERY_ATTEMPTS = 6;
/**
 * Parse as a module, falling back to a script (sloppy-mode code: `with`, legacy octals).
 * When the parser gives up, parse the text before the error line with its open brackets
 * closed, or else the longest prefix ending at a top-level-looking line, so the functions
 * above a typo are still measured.
 */
function parseScript(path, text, language, prefer) {
    const parser = parserFor(text, prefer);
    const parse = (source, sourceType) => parser.parse(path, source, language, sourceType);
    let best = parse(text, "module");
    if (best.error) {
        const script = parse(text, "script");
        if (!script.fatal && (best.fatal || !script.error))
            best = script;
    }
    if (best.fatal && best.error) {
        const recovered = recoverPrefix(text, best.error.line, (source) => parse(source, "module"));
        return { shape: best.shape, program: recovered, error: best.error, trustedBefore: best.error.line };
    }
    return { shape: best.shape, program: best.program, error: best.error };
}
function recoverPrefix(text, errorLine, parse) {
    const starts = firstLineStarts(text, errorLine);
    const cut = starts.at(-1);
    const closed = parse(text.slice(0, cut) + closers(text, cut));
    if (!closed.fatal)
        return closed.program;
    for (const start of topLevelCuts(text, starts)) {
        const prefix = parse(text.slice(0, start));
        if (!prefix.fatal)
            return prefix.program;
    }
    return null;
}
/** Offsets where lines 1..`upTo` start. */
function firstLineStarts(text, upTo) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1 && starts.length < upTo; i = text.indexOf("\n", i + 1))
        starts.push(i + 1);
    return starts;
}
/** The last few line starts that look like top-level statements: they begin in column 0. */
function topLevelCuts(text, starts) {
    const cuts = [];
    for (let line = starts.length - 1; line > 0 && cuts.length < RECOVERY_ATTEMPTS; line--) {
        const start = starts[line];
        if (!/[\s}]/.test(text[start] ?? " "))
            cuts.push(start);
    }
    return cuts;
}
const CLOSER = { "{": "}", "(": ")", "[": "]" };
/**
 * The brackets that close what is open at `end`, skipping strings and comments. Rough (a regex
 * literal can fool it), which only costs a failed attempt: the caller has another way.
 */
function closers(text, end) {
    const open = [];
    for (let i = 0; i < end; i++) {
        const skipped = skipNonCode(text, i, end);
        if (skipped !== i)
            i = skipped;
        else if (CLOSER[text[i]])
            open.push(CLOSER[text[i]]);
        else if (text[i] === "}" || text[i] === ")" || text[i] === "]")
            open.pop();
    }
    return `\n${open.reverse().join("")}\n`;
}
/** If a string or comment starts at `i`, the offset of its last character; otherwise `i`. */
function skipNonCode(text, i, end) {
    const char = text[i];
    if (char === '"' || char === "'" || char === "`")
        return skipString(text, i, char, end);
    if (char !== "/")
        return i;
    if (text[i + 1] === "/")
        return upTo(text.indexOf("\n", i), end);
    if (text[i + 1] === "*")
        return upTo(text.indexOf("*/", i + 2) + 1, end);
    return i;
}
function upTo(found, end) {
    return found <= 0 || found > end ? end : found;
}
function skipString(text, start, quote, end) {
    for (let i = start + 1; i < end; i++) {
        if (text[i] === "\\")
            i++;
        else if (text[i] === quote)
            return i;
        else if (quote !== "`" && text[i] === "\n")
            return i;
    }
    return end;
}

;// CONCATENATED MODULE: ./actions/analyze/src/complexity/function-names.ts
/** The name of a unit nothing names: where it starts. */
function anonymous(line) {
    return `<anonymous>@${line}`;
}
/** A class or object member's key as written: `parse`, `#secret`, `"quoted"`, `[Symbol.iterator]`. */
function keyName(key, computed, text) {
    if (!computed) {
        if (key.type === "Identifier")
            return key.name;
        if (key.type === "PrivateIdentifier")
            return `#${key.name}`;
    }
    if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number"))
        return String(key.value);
    const source = text.slice(key.start, key.end);
    return source.length > 0 && source.length <= 40 ? `[${source}]` : "[computed]";
}
/** Getters and setters keep their kind, so a pair does not share one name. */
function accessorName(kind, name) {
    return kind === "get" || kind === "set" ? `${kind} ${name}` : name;
}
/** `module.exports.parse`, `Parser.prototype.parse`, `this.parse` → `parse`, `Parser.parse`. */
function memberName(node) {
    if (node.type === "Identifier")
        return node.name;
    if (node.type !== "MemberExpression" || node.computed || node.property.type !== "Identifier")
        return undefined;
    const property = node.property.name;
    const object = node.object;
    if (object.type === "ThisExpression")
        return property;
    if (object.type === "Identifier" && (object.name === "exports" || object.name === "module"))
        return property;
    const owner = memberName(object);
    if (owner === undefined || owner === "exports")
        return property;
    if (property === "prototype" || property === "exports")
        return owner;
    return `${owner}.${property}`;
}
/** `module.exports = function …` is the default export; `module.exports = { … }` adds no prefix. */
function assignedName(node) {
    const left = node.left;
    const isModuleExports = left.type === "MemberExpression" &&
        left.object.type === "Identifier" &&
        left.object.name === "module" &&
        left.property.type === "Identifier" &&
        left.property.name === "exports";
    if (!isModuleExports)
        return memberName(left);
    return node.right.type === "ObjectExpression" ? undefined : "default";
}
/** HOCs and factories (`memo(() => …)`, `defineComponent({ … })`) lend their result's name to the first argument. */
function lendsName(callee) {
    if (callee.type === "Identifier")
        return true;
    return (callee.type === "MemberExpression" &&
        callee.object.type === "Identifier" &&
        /^[A-Z]/.test(callee.object.name));
}

;// CONCATENATED MODULE: ./actions/analyze/src/complexity/script-imports.ts
/** Record an import whose source is a string literal (a computed `import(x)` names no file). */
function addImport(imports, source, line, typeOnly) {
    const specifier = literalString(source);
    if (specifier !== undefined)
        imports.push({ specifier, line, typeOnly });
}
function literalString(node) {
    if (node?.type === "Literal" && typeof node.value === "string")
        return node.value;
    if (node?.type === "TemplateLiteral" && node.expressions.length === 0)
        return node.quasis[0]?.value.cooked ?? undefined;
    return undefined;
}
const isType = (kind) => kind === "type" || kind === "typeof";
/** `import type …`, or every specifier marked `type`: nothing is imported at runtime. */
function isTypeImport(node) {
    if (isType(node.importKind))
        return true;
    const specifiers = node.specifiers ?? [];
    return (specifiers.length > 0 && specifiers.every((s) => s.type === "ImportSpecifier" && isType(s.importKind)));
}
/** `export type … from`, or every specifier marked `type`. */
function isTypeExport(node) {
    if (node.exportKind === "type")
        return true;
    const specifiers = node.specifiers ?? [];
    return (node.type === "ExportNamedDeclaration" &&
        specifiers.length > 0 &&
        specifiers.every((s) => s.type === "ExportSpecifier" && s.exportKind === "type"));
}

;// CONCATENATED MODULE: ./actions/analyze/src/complexity/script-walker.ts



/** oxc's nodes of one type have the same fields within one shape, so each type's are looked up once. */
const CHILD_KEYS = {
    "oxc-js": new Map(),
    "oxc-ts": new Map(),
};
/** A fresh walk over one file's text, whose tree has this shape. */
function newWalk(text, shape) {
    const childKeys = shape === "babel" ? null : CHILD_KEYS[shape];
    return { text, lines: lineStarts(text), childKeys, frames: [], scope: [], functions: [], imports: [] };
}
const lineOf = (walk, node) => lineAt(walk.lines, node.start);
/** Visit a node with the handler for its kind, or its children when no handler cares. */
function visit(node, walk, name) {
    if (!node || typeof node.type !== "string")
        return;
    const handler = handlerFor(node.type);
    if (handler)
        handler(node, walk, name);
    else
        visitChildren(node, walk);
}
/** Fields that never hold code, on either parser's nodes. */
const NOT_CHILDREN = new Set(["type", "start", "end", "loc", "range", "extra", "comments", "errors"]);
/** The fields of `node` that hold (or, being null, could hold) child nodes; scalars never do. */
function fieldsWithNodes(node) {
    return Object.keys(node).filter((key) => !NOT_CHILDREN.has(key) && (node[key] === null || typeof node[key] === "object"));
}
function visitChildren(node, walk) {
    let keys = walk.childKeys?.get(node.type);
    if (!keys) {
        keys = fieldsWithNodes(node);
        walk.childKeys?.set(node.type, keys);
    }
    for (const key of keys) {
        const child = node[key];
        if (Array.isArray(child)) {
            for (const item of child)
                if (item)
                    visit(item, walk);
        }
        else if (child)
            visit(child, walk);
    }
}
// --- complexity bookkeeping -------------------------------------------------------------------
function decision(walk) {
    const frame = walk.frames.at(-1);
    if (frame)
        frame.fact.cyclomatic++;
}
function cognitive(walk, amount) {
    const frame = walk.frames.at(-1);
    if (frame)
        frame.fact.cognitive += amount;
}
/** A structure that pays for how deeply it sits (if, loops, switch, catch, ternary). */
function structural(walk) {
    const frame = walk.frames.at(-1);
    if (frame)
        frame.fact.cognitive += 1 + frame.nesting;
}
function nested(node, walk) {
    const frame = walk.frames.at(-1);
    if (frame)
        frame.nesting++;
    visit(node, walk);
    if (frame)
        frame.nesting--;
}
function visitIf(node, walk, elseIf) {
    decision(walk);
    if (elseIf)
        cognitive(walk, 1);
    else
        structural(walk);
    visit(node.test, walk);
    nested(node.consequent, walk);
    const alternate = node.alternate;
    if (!alternate)
        return;
    if (alternate.type === "IfStatement")
        visitIf(alternate, walk, true);
    else {
        cognitive(walk, 1);
        nested(alternate, walk);
    }
}
/** Loops: one decision, one nesting-weighted increment; only the body is nested. */
function loop(...heads) {
    return (node, walk) => {
        decision(walk);
        structural(walk);
        for (const head of heads)
            visit(node[head], walk);
        nested(node.body, walk);
    };
}
/** `a && b && c || d`: every operator is a decision, every change of operator a cognitive increment. */
function visitLogical(node, walk) {
    const operators = [];
    collectSequence(node, walk, operators);
    let changes = 0;
    for (let i = 0; i < operators.length; i++)
        if (operators[i] !== operators[i - 1])
            changes++;
    cognitive(walk, changes);
}
function collectSequence(node, walk, operators) {
    if (node.type !== "LogicalExpression") {
        visit(node, walk);
        return;
    }
    decision(walk);
    collectSequence(node.left, walk, operators);
    operators.push(node.operator);
    collectSequence(node.right, walk, operators);
}
// --- functions ---------------------------------------------------------------------------------
/** `name` is the unit's own name; `at` is where it starts (a method's key, not its parameter list). */
function visitFunction(node, walk, name, at = node) {
    // Overloads and declarations (`declare function`, abstract methods) have no body: no code to measure.
    if (!node.body)
        return;
    const parent = walk.frames.at(-1);
    const params = node.params;
    const fact = {
        name: [...walk.scope, name].join("."),
        startLine: lineOf(walk, at),
        endLine: lineAt(walk.lines, Math.max(node.start, node.end - 1)),
        cyclomatic: 1,
        cognitive: 0,
        params: params.filter((p) => !(p.type === "Identifier" && p.name === "this")).length,
    };
    walk.functions.push(fact);
    walk.frames.push({ fact, nesting: parent ? parent.nesting + 1 : 0 });
    walk.scope.push(name);
    for (const param of params)
        visit(param, walk);
    visit(node.body, walk);
    walk.scope.pop();
    walk.frames.pop();
}
function visitClass(node, walk, name) {
    // Class decorators carry code too (`@Module({ useFactory: () => … })`).
    for (const decorator of node.decorators ?? [])
        visit(decorator, walk);
    visit(node.superClass, walk);
    walk.scope.push(node.id?.name ?? name ?? anonymous(lineOf(walk, node)));
    visit(node.body, walk);
    walk.scope.pop();
}
/** A class field or object property: a function as its value is named after the key. */
function visitMember(node, walk) {
    const computed = node.computed === true;
    if (computed)
        visit(node.key, walk);
    for (const decorator of node.decorators ?? [])
        visit(decorator, walk);
    visit(node.value, walk, keyName(node.key, computed, walk.text));
}
/** A method (class or object): its function value carries the key's name, and the key's line. */
function visitMethod(node, walk) {
    const computed = node.computed === true;
    if (computed)
        visit(node.key, walk);
    for (const decorator of node.decorators ?? [])
        visit(decorator, walk);
    const name = accessorName(node.kind, keyName(node.key, computed, walk.text));
    visitFunction(node.value, walk, name, node);
}
// --- imports -----------------------------------------------------------------------------------
function visitCall(node, walk, name) {
    const [first, ...rest] = node.arguments;
    const callee = node.callee;
    if (callee.type === "Identifier" && callee.name === "require" && node.arguments.length === 1)
        addImport(walk.imports, first, lineOf(walk, node), false);
    visit(callee, walk);
    visit(first, walk, name !== undefined && lendsName(callee) ? name : undefined);
    for (const argument of rest)
        visit(argument, walk);
}
// --- the table ---------------------------------------------------------------------------------
const passName = (node, walk, name) => visit(node.expression, walk, name);
const handlers = {
    FunctionDeclaration: (node, walk, name) => visitFunction(node, walk, node.id?.name ?? name ?? anonymous(lineOf(walk, node))),
    FunctionExpression: (node, walk, name) => visitFunction(node, walk, name ?? node.id?.name ?? anonymous(lineOf(walk, node))),
    ArrowFunctionExpression: (node, walk, name) => visitFunction(node, walk, name ?? anonymous(lineOf(walk, node))),
    MethodDefinition: visitMethod,
    TSAbstractMethodDefinition: visitMethod,
    Property: (node, walk) => {
        if (node.method || node.kind === "get" || node.kind === "set")
            visitMethod(node, walk);
        else
            visitMember(node, walk);
    },
    ClassDeclaration: visitClass,
    ClassExpression: visitClass,
    PropertyDefinition: visitMember,
    AccessorProperty: visitMember,
    ObjectExpression: (node, walk, name) => {
        if (name !== undefined)
            walk.scope.push(name);
        for (const property of node.properties)
            visit(property, walk);
        if (name !== undefined)
            walk.scope.pop();
    },
    VariableDeclarator: (node, walk) => {
        const named = node.id.type === "Identifier";
        if (!named)
            visit(node.id, walk);
        visit(node.init, walk, named ? node.id.name : undefined);
    },
    AssignmentExpression: (node, walk) => {
        if (node.operator === "&&=" || node.operator === "||=" || node.operator === "??=")
            decision(walk);
        visit(node.left, walk);
        visit(node.right, walk, assignedName(node));
    },
    AssignmentPattern: (node, walk) => {
        visit(node.left, walk);
        visit(node.right, walk, node.left.type === "Identifier" ? node.left.name : undefined);
    },
    ExportDefaultDeclaration: (node, walk) => visit(node.declaration, walk, "default"),
    TSModuleDeclaration: (node, walk) => {
        const id = node.id;
        walk.scope.push(id.type === "Identifier"
            ? id.name
            : id.type === "Literal"
                ? String(id.value)
                : walk.text.slice(id.start, id.end));
        visit(node.body, walk);
        walk.scope.pop();
    },
    CallExpression: visitCall,
    ParenthesizedExpression: passName,
    TSAsExpression: passName,
    TSSatisfiesExpression: passName,
    TSNonNullExpression: passName,
    TSTypeAssertion: passName,
    TypeCastExpression: passName,
    IfStatement: (node, walk) => visitIf(node, walk, false),
    ConditionalExpression: (node, walk) => {
        decision(walk);
        structural(walk);
        visit(node.test, walk);
        nested(node.consequent, walk);
        nested(node.alternate, walk);
    },
    SwitchStatement: (node, walk) => {
        structural(walk);
        visit(node.discriminant, walk);
        for (const branch of node.cases)
            nested(branch, walk);
    },
    SwitchCase: (node, walk) => {
        if (node.test)
            decision(walk);
        visit(node.test, walk);
        for (const statement of node.consequent)
            visit(statement, walk);
    },
    ForStatement: loop("init", "test", "update"),
    ForInStatement: loop("left", "right"),
    ForOfStatement: loop("left", "right"),
    WhileStatement: loop("test"),
    DoWhileStatement: loop("test"),
    CatchClause: (node, walk) => {
        decision(walk);
        structural(walk);
        visit(node.param, walk);
        nested(node.body, walk);
    },
    LogicalExpression: visitLogical,
    BreakStatement: (node, walk) => {
        if (node.label)
            cognitive(walk, 1);
    },
    ContinueStatement: (node, walk) => {
        if (node.label)
            cognitive(walk, 1);
    },
    ImportDeclaration: (node, walk) => addImport(walk.imports, node.source, lineOf(walk, node), isTypeImport(node)),
    ExportNamedDeclaration: (node, walk) => {
        if (node.source)
            addImport(walk.imports, node.source, lineOf(walk, node), isTypeExport(node));
        visit(node.declaration, walk);
    },
    ExportAllDeclaration: (node, walk) => addImport(walk.imports, node.source, lineOf(walk, node), isTypeExport(node)),
    TSImportEqualsDeclaration: (node, walk) => {
        const reference = node.moduleReference;
        if (reference.type === "TSExternalModuleReference")
            addImport(walk.imports, reference.expression, lineOf(walk, node), node.importKind === "type");
    },
    ImportExpression: (node, walk) => {
        addImport(walk.imports, node.source, lineOf(walk, node), false);
        visit(node.source, walk);
    },
};
/** TypeScript nodes that hold runtime code; every other `TS…` node (types, declarations) is skipped unvisited. */
const TYPE_NODES_WITH_CODE = new Set([
    "TSAsExpression",
    "TSSatisfiesExpression",
    "TSNonNullExpression",
    "TSTypeAssertion",
    "TSInstantiationExpression",
    "TSModuleDeclaration",
    "TSModuleBlock",
    "TSEnumDeclaration",
    "TSEnumBody",
    "TSEnumMember",
    "TSExportAssignment",
    "TSImportEqualsDeclaration",
    "TSParameterProperty",
    "TSExternalModuleReference",
    "TSAbstractMethodDefinition",
]);
const skip = () => { };
function handlerFor(type) {
    const handler = handlers[type];
    if (handler)
        return handler;
    // Flow's type nodes are walked through rather than skipped: none is a handled kind, so they add nothing.
    if (type.startsWith("TS") && !TYPE_NODES_WITH_CODE.has(type)) {
        handlers[type] = skip;
        return skip;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/analyze/src/complexity/analyze-script.ts



/** Linguist names that get full analysis; linguist files .mjs/.cjs/.jsx under JavaScript and .mts/.cts under TypeScript. */
const SCRIPT_LANGUAGES = new Set(["JavaScript", "TypeScript", "TSX", "JSX"]);
const analyze_script_DECLARATION_FILE = /\.d\.[mc]?ts$/;
/** Whether a file of this linguist language gets functions and imports (JS, JSX, TS, TSX). */
function isScriptLanguage(language) {
    return language !== null && SCRIPT_LANGUAGES.has(language);
}
/**
 * Measure every function-like unit of a JS/TS file and list its imports.
 *
 * `prefer` picks the parser (tests hold both to the same answers); by default it is oxc, with
 * Babel for Flow and where oxc's binary is missing.
 *
 * A declaration file (.d.ts) has no functions, only type-only imports.
 *
 * Never throws: a syntax error becomes `parseError`, alongside whatever the parser could
 * still read (everything, when the parser recovered; the part above the error, when it gave up).
 */
function analyzeScript(path, text, language, prefer) {
    const declaration = analyze_script_DECLARATION_FILE.test(path);
    let walk = null;
    let parseError;
    try {
        // Only its imports, read lazily by oxc (Babel's tree is walked like any other).
        const imports = declaration && prefer !== "babel" ? declarationImports(path, text) : null;
        if (imports)
            return imports;
        const parsed = parseScript(path, text, language, prefer);
        walk = newWalk(text, parsed.shape);
        if (parsed.error)
            parseError = { line: parsed.error.line, message: parsed.error.message };
        visit(parsed.program, walk);
        const before = parsed.trustedBefore;
        if (before !== undefined)
            walk.functions = walk.functions.filter((fn) => fn.endLine < before);
    }
    catch (error) {
        // A bug of ours (or the parser's) on one odd file must not sink the whole report.
        parseError = {
            line: 1,
            message: `Could not analyse this file: ${error instanceof Error ? error.message : String(error)}`,
        };
    }
    const functions = walk?.functions ?? [];
    // A declaration file only ever describes types: nothing it imports runs.
    const imports = declaration
        ? (walk?.imports ?? []).map((entry) => ({ ...entry, typeOnly: true }))
        : (walk?.imports ?? []);
    return parseError ? { functions, imports, parseError } : { functions, imports };
}

;// CONCATENATED MODULE: ./actions/analyze/src/inventory/comment-syntax.ts
// How each language writes comments and strings, for counting lines the way cloc does.
const str = (quote, multiline = false, escapes = true) => ({
    open: quote,
    close: quote,
    escapes,
    multiline,
});
const block = (open, close) => ({ open, close });
const syntax = (line, blocks, strings, nested = false, regex = false) => ({ line, block: blocks, nested, strings, regex });
const quotes = [str('"'), str("'")];
const cBlock = block("/*", "*/");
const htmlBlock = block("<!--", "-->");
const families = {
    c: syntax(["//"], [cBlock], quotes),
    cNested: syntax(["//"], [cBlock], quotes, true),
    javascript: syntax(["//"], [cBlock], [...quotes, str("`", true)], false, true),
    go: syntax(["//"], [cBlock], [str('"'), str("'"), str("`", true, false)]),
    // `'a` is a lifetime in Rust, not a string, so only double quotes delimit strings.
    rust: syntax(["//"], [cBlock], [str('"')], true),
    php: syntax(["//", "#"], [cBlock], quotes),
    css: syntax([], [cBlock], quotes),
    hash: syntax(["#"], [], quotes),
    // cloc counts Python docstrings (any triple-quoted string) as comments.
    python: syntax(["#"], [block('"""', '"""'), block("'''", "'''")], quotes),
    hashNoStrings: syntax(["#"], [], []),
    powershell: syntax(["#"], [block("<#", "#>")], quotes),
    coffee: syntax(["#"], [block("###", "###")], quotes),
    julia: syntax(["#"], [block("#=", "=#")], quotes, true),
    hcl: syntax(["#", "//"], [cBlock], [str('"')]),
    nix: syntax(["#"], [cBlock], [str('"')]),
    ini: syntax([";", "#"], [], []),
    sql: syntax(["--"], [cBlock], [str("'"), str('"')]),
    lua: syntax(["--"], [block("--[[", "]]")], quotes),
    haskell: syntax(["--"], [block("{-", "-}")], [str('"')], true),
    dashOnly: syntax(["--"], [], [str('"')]),
    lisp: syntax([";"], [block("#|", "|#")], [str('"')], true),
    semicolon: syntax([";"], [], [str('"')]),
    percent: syntax(["%"], [], [str('"')]),
    matlab: syntax(["%"], [block("%{", "%}")], [str("'")]),
    prolog: syntax(["%"], [cBlock], quotes),
    markup: syntax([], [htmlBlock], []),
    component: syntax(["//"], [htmlBlock, cBlock], quotes),
    ocaml: syntax([], [block("(*", "*)")], [str('"')], true),
    fsharp: syntax(["//"], [block("(*", "*)")], [str('"')], true),
    pascal: syntax(["//"], [block("{", "}"), block("(*", "*)")], [str("'")]),
    fortran: syntax(["!"], [], quotes),
    basic: syntax(["'"], [], [str('"')]),
    vim: syntax(['"'], [], [str("'")]),
    batch: syntax(["::", "REM ", "rem ", "@REM ", "@rem "], [], []),
    zig: syntax(["//"], [], [str('"')]),
};
// Kept as "|"-separated lists so the table stays readable.
const comment_syntax_names = (list) => list.split("|");
/** Linguist language names by comment family; languages not listed have no comment syntax. */
const languagesByFamily = {
    c: comment_syntax_names("C|C++|C#|Java|Scala|Dart|Objective-C|Objective-C++|Groovy|SCSS|Less|Stylus|JSON with Comments|JSON5|Protocol Buffer|Solidity|Vala|Haxe|Apex|GLSL|HLSL|Cuda|Hack|Thrift|Gradle|Jsonnet|Cap'n Proto|D|Ballerina|Smithy|ActionScript|AssemblyScript|Processing|Metal|WGSL|Typst|Odin|V|Carbon"),
    cNested: comment_syntax_names("Kotlin|Swift"),
    javascript: comment_syntax_names("JavaScript|TypeScript|TSX|JSX|QML"),
    go: comment_syntax_names("Go"),
    rust: comment_syntax_names("Rust"),
    php: comment_syntax_names("PHP"),
    css: comment_syntax_names("CSS"),
    hash: comment_syntax_names("Shell|Ruby|Perl|TOML|Makefile|Dockerfile|CMake|R|Elixir|Tcl|Awk|Crystal|GraphQL|Starlark|Raku|Puppet|Nginx|ApacheConf|Gemfile.lock|Git Config|Ignore List|Dotenv|Fish|Tcsh|Zsh|Meson|Procfile|Just|Nushell|Git Attributes|EditorConfig|Pip Requirements|Bicep|Jinja|Vim Snippet|Nim|Ansible|Alpine Abuild|Shell Session|sed|Gnuplot|Caddyfile|Terraform Template"),
    python: comment_syntax_names("Python|Cython|Starlark Python"),
    hashNoStrings: comment_syntax_names("YAML|Properties|Java Properties|Option List"),
    powershell: comment_syntax_names("PowerShell"),
    coffee: comment_syntax_names("CoffeeScript"),
    julia: comment_syntax_names("Julia"),
    hcl: comment_syntax_names("HCL|Terraform"),
    nix: comment_syntax_names("Nix"),
    ini: comment_syntax_names("INI"),
    sql: comment_syntax_names("SQL|PLpgSQL|PLSQL|TSQL|SQLPL"),
    lua: comment_syntax_names("Lua|Luau"),
    haskell: comment_syntax_names("Haskell|Elm|PureScript|Agda|Idris"),
    dashOnly: comment_syntax_names("Ada|VHDL|Cabal Config"),
    lisp: comment_syntax_names("Common Lisp|Racket|Scheme"),
    semicolon: comment_syntax_names("Emacs Lisp|Clojure|Assembly|Unix Assembly|NASL|Fennel"),
    percent: comment_syntax_names("Erlang|TeX|PostScript"),
    matlab: comment_syntax_names("MATLAB"),
    prolog: comment_syntax_names("Prolog"),
    markup: comment_syntax_names("HTML|XML|SVG|Markdown|XSLT|MDX|Handlebars|XML Property List|Mustache"),
    component: comment_syntax_names("Vue|Svelte|Astro"),
    ocaml: comment_syntax_names("OCaml|Standard ML|Coq"),
    fsharp: comment_syntax_names("F#"),
    pascal: comment_syntax_names("Pascal|Delphi"),
    fortran: comment_syntax_names("Fortran|Fortran Free Form"),
    basic: comment_syntax_names("Visual Basic .NET|VBA|VBScript|Visual Basic 6.0"),
    vim: comment_syntax_names("Vim Script"),
    batch: comment_syntax_names("Batchfile"),
    zig: comment_syntax_names("Zig"),
};
const byLanguage = new Map();
for (const [family, languages] of Object.entries(languagesByFamily)) {
    for (const name of languages)
        byLanguage.set(name, families[family]);
}
/** Comment syntax of a linguist language, or null when it has none (JSON, Text, CSV). */
function commentSyntax(language) {
    return byLanguage.get(language) ?? null;
}

;// CONCATENATED MODULE: ./actions/analyze/src/inventory/line-counts.ts

const CODE = 0;
const BLOCK = 1;
const STRING = 2;
const NEWLINE = 10;
const BACKSLASH = 92;
const SLASH = 47;
const OPEN_CLASS = 91;
const CLOSE_CLASS = 93;
/** Words after which `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORD = new Set("return typeof instanceof in of new delete void throw case do else yield await".split(" "));
/** A marker starts a word and is followed by `:`, `(`, a space or the end: not `TODO-style` or `TODO/FIXME`. */
const MARKER = /(?<![\w/-])(TODO|FIXME|HACK|XXX)(?=[:(\s]|$)/;
const MARKER_HINT = /TODO|FIXME|HACK|XXX/;
const MARKER_TEXT_MAX = 120;
const tokenStarts = new WeakMap();
/**
 * Count code, comment and blank lines the way cloc does: blank lines are whitespace only (even
 * inside a comment), comment lines hold nothing but comments, every other line is code. Comment
 * tokens inside strings are not comments. Languages without comment syntax count as all code.
 */
function line_counts_countLines(text, language) {
    const syntax = commentSyntax(language);
    if (!syntax)
        return { lines: countWithoutComments(text), markers: [] };
    const s = newScanner(text, syntax);
    // cloc counts a shebang as code, even where `#` starts a comment.
    if (text.startsWith("#!"))
        skipShebang(s);
    while (s.i < text.length)
        step(s);
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== NEWLINE)
        endLine(s);
    return { lines: s.lines, markers: s.markers ?? [] };
}
function countWithoutComments(text) {
    const lines = { code: 0, comment: 0, blank: 0 };
    let nonBlank = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === NEWLINE) {
            if (nonBlank)
                lines.code++;
            else
                lines.blank++;
            nonBlank = false;
        }
        else if (c > 32) {
            nonBlank = true;
        }
    }
    if (text.length > 0 && text.charCodeAt(text.length - 1) !== NEWLINE) {
        if (nonBlank)
            lines.code++;
        else
            lines.blank++;
    }
    return lines;
}
function newScanner(text, syntax) {
    return {
        text,
        syntax,
        tokenStart: tokenStartsOf(syntax),
        i: 0,
        mode: CODE,
        block: null,
        depth: 0,
        string: null,
        nonBlank: false,
        hasCode: false,
        commentFrom: -1,
        commentTo: -1,
        line: 1,
        lines: { code: 0, comment: 0, blank: 0 },
        markers: MARKER_HINT.test(text) ? [] : null,
    };
}
function tokenStartsOf(syntax) {
    let starts = tokenStarts.get(syntax);
    if (!starts) {
        starts = new Uint8Array(128);
        const tokens = [...syntax.line, ...syntax.block.map((b) => b.open), ...syntax.strings.map((x) => x.open)];
        for (const token of tokens)
            starts[token.charCodeAt(0)] = 1;
        tokenStarts.set(syntax, starts);
    }
    return starts;
}
function skipShebang(s) {
    const end = s.text.indexOf("\n");
    s.nonBlank = true;
    s.hasCode = true;
    s.i = end === -1 ? s.text.length : end;
}
function step(s) {
    if (s.text.charCodeAt(s.i) === NEWLINE) {
        endLine(s);
        s.i++;
    }
    else if (s.mode === CODE) {
        inCode(s);
    }
    else if (s.mode === BLOCK) {
        inBlock(s);
    }
    else {
        inString(s);
    }
}
/** Runs of code up to a newline or a token, in one loop: most characters of most files. */
function inCode(s) {
    const { text, tokenStart } = s;
    let i = s.i;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === NEWLINE)
            break;
        if (c > 32) {
            s.nonBlank = true;
            if (c < 128 && tokenStart[c] === 1) {
                s.i = i;
                if (enterToken(s))
                    return;
            }
            s.hasCode = true;
        }
        i++;
    }
    s.i = i;
}
/** Block comments first, so `--[[` wins over `--` and `"""` over `"`. */
function enterToken(s) {
    const { text, syntax, i } = s;
    for (const block of syntax.block) {
        if (text.startsWith(block.open, i)) {
            s.mode = BLOCK;
            s.block = block;
            s.depth = 1;
            s.i = i + block.open.length;
            if (s.commentFrom === -1)
                s.commentFrom = s.i;
            return true;
        }
    }
    for (const open of syntax.line) {
        if (text.startsWith(open, i)) {
            const end = text.indexOf("\n", i);
            if (s.commentFrom === -1)
                s.commentFrom = i + open.length;
            s.i = end === -1 ? text.length : end;
            s.commentTo = s.i;
            return true;
        }
    }
    if (syntax.regex && text.charCodeAt(i) === SLASH) {
        const end = regexEnd(text, i);
        if (end !== -1) {
            s.hasCode = true;
            s.i = end;
            return true;
        }
    }
    for (const string of syntax.strings) {
        if (text.startsWith(string.open, i)) {
            s.mode = STRING;
            s.string = string;
            s.hasCode = true;
            s.i = i + string.open.length;
            return true;
        }
    }
    return false;
}
/**
 * Where a regular expression literal starting at `i` ends, or -1 when the `/` divides. A quote or
 * backtick inside `/[\`'"]/` must not open a string, nor `//` inside `/a\/\//` a comment.
 */
function regexEnd(text, i) {
    if (!valueExpected(text, i))
        return -1;
    let inClass = false;
    for (let j = i + 1; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === NEWLINE)
            return -1;
        if (c === BACKSLASH)
            j++;
        else if (c === OPEN_CLASS)
            inClass = true;
        else if (c === CLOSE_CLASS)
            inClass = false;
        else if (c === SLASH && !inClass)
            return j + 1;
    }
    return -1;
}
/** Whether the code before `i` ends where a value may start: after an operator, `(`, `,`, a keyword. */
function valueExpected(text, i) {
    let j = i - 1;
    while (j >= 0 && text.charCodeAt(j) <= 32)
        j--;
    if (j < 0)
        return true;
    const c = text[j];
    if (c === ")" || c === "]")
        return false;
    if (!/[\w$]/.test(c))
        return true;
    let start = j;
    while (start > 0 && /[\w$]/.test(text[start - 1]))
        start--;
    return REGEX_AFTER_WORD.has(text.slice(start, j + 1));
}
function inBlock(s) {
    const { text } = s;
    const block = s.block;
    const close = block.close.charCodeAt(0);
    const open = s.syntax.nested ? block.open.charCodeAt(0) : -1;
    let i = s.i;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === NEWLINE)
            break;
        if (c > 32)
            s.nonBlank = true;
        if (c === open && text.startsWith(block.open, i)) {
            s.depth++;
            i += block.open.length;
        }
        else if (c === close && text.startsWith(block.close, i)) {
            s.commentTo = i;
            s.depth--;
            i += block.close.length;
            if (s.depth === 0) {
                s.mode = CODE;
                break;
            }
        }
        else {
            i++;
        }
    }
    s.i = i;
}
function inString(s) {
    const { text } = s;
    const string = s.string;
    const close = string.close.charCodeAt(0);
    let i = s.i;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === NEWLINE)
            break;
        if (c > 32) {
            s.nonBlank = true;
            s.hasCode = true;
        }
        if (c === BACKSLASH && string.escapes) {
            // Never step over a newline: the line must still be counted.
            i += text.charCodeAt(i + 1) === NEWLINE ? 1 : 2;
        }
        else if (c === close && text.startsWith(string.close, i)) {
            s.mode = CODE;
            i += string.close.length;
            break;
        }
        else {
            i++;
        }
    }
    s.i = i;
}
function endLine(s) {
    if (!s.nonBlank)
        s.lines.blank++;
    else if (s.hasCode)
        s.lines.code++;
    else
        s.lines.comment++;
    if (s.markers && s.commentFrom !== -1) {
        const to = s.commentTo > s.commentFrom ? s.commentTo : s.i;
        const marker = findMarker(s.text.slice(s.commentFrom, to), s.line);
        if (marker)
            s.markers.push(marker);
    }
    if (s.mode === STRING && !s.string.multiline)
        s.mode = CODE;
    s.nonBlank = false;
    s.hasCode = false;
    s.line++;
    // A line that starts inside a block comment has comment text from its first character.
    s.commentFrom = s.mode === BLOCK ? s.i + 1 : -1;
    s.commentTo = -1;
}
function findMarker(comment, line) {
    const match = MARKER.exec(comment);
    if (!match)
        return null;
    const text = comment.slice(match.index).trim().slice(0, MARKER_TEXT_MAX);
    return { kind: match[1], line, text };
}

;// CONCATENATED MODULE: ./actions/analyze/src/inventory/measure-file.ts
// Everything learnt from one file's text: line counts and markers for all, functions and imports for scripts.



/** Lines longer than this on average mean minified code: counted, never parsed. */
const MINIFIED_AVERAGE_LINE = 500;
/** Read and measure one file. Throws when it cannot be read. Invalid UTF-8 arrives as replacement characters. */
function measureFile(abs, file, bytes) {
    return measureText(file, bytes, (0,external_node_fs_.readFileSync)(abs, "utf8"));
}
function measureText(file, bytes, text) {
    const { lines, markers } = line_counts_countLines(text, file.language ?? "");
    const facts = { ...file, bytes, lines, markers };
    const lineCount = lines.code + lines.comment + lines.blank;
    if (!isScriptLanguage(file.language) || text.length / Math.max(lineCount, 1) > MINIFIED_AVERAGE_LINE) {
        return facts;
    }
    return { ...facts, ...analyzeScript(file.path, text, file.language) };
}

;// CONCATENATED MODULE: ./actions/analyze/src/inventory/file-pool.ts
// Files are read and measured by a pool of worker threads with capped heaps: parser garbage stays out
// of the main heap (lower peak memory), and the main thread reads history meanwhile.



/**
 * Small on purpose: the ASTs of ordinary files fit, and a small heap is collected often, which keeps
 * peak memory down. A file that needs more is measured in this thread instead. A young generation
 * of 24 MB rather than 32 MB lowered a cold run's peak RSS on the benchmark tree by about 28 MiB
 * (to about 260 MiB), for 1 to 2% of its time.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 24 };
const WORKER_FILE = new URL(workerName(), import.meta.url);
/**
 * From sources, the worker's .ts beside this file; in the Action bundle, the worker's own bundle
 * beside it (scripts/build-dist.js). A call, not a literal, so the bundler leaves the name alone.
 */
function workerName() {
    return import.meta.url.endsWith(".ts") ? "./file-worker.ts" : "./file-worker.js";
}
/** After this many workers ran out of memory, the rest is measured in this thread. */
const MAX_OUT_OF_MEMORY = 3;
/**
 * A pool of worker threads; each file goes to the worker with the fewest files waiting. When no
 * worker can run (a bundle without the worker file, a platform without threads) every file is
 * measured in this thread.
 */
function filePool(options = {}) {
    const count = options.workers ?? Math.max(1, Math.min(4, (0,external_node_os_.availableParallelism)() - 1));
    if (count === 0)
        return thisThread;
    const lanes = Array.from({ length: count }, () => workerLane(options));
    const laneFor = () => {
        if (lanes.length === 1)
            return lanes[0];
        let best = lanes[0];
        for (const lane of lanes)
            if (lane.waiting() < best.waiting())
                best = lane;
        return best;
    };
    const prefetched = new Map();
    return {
        capacity: count * BATCH * IN_FLIGHT,
        measure(abs, file, bytes) {
            const early = prefetched.get(abs);
            prefetched.delete(abs);
            return early ?? laneFor().measure(abs, file, bytes);
        },
        prefetch(abs, file, bytes) {
            if (prefetched.has(abs))
                return;
            const facts = laneFor().measure(abs, file, bytes, { eager: true });
            // Asked for later, or never (the file turned out to be cached): no unhandled rejection.
            facts.catch(() => { });
            prefetched.set(abs, facts);
        },
        warmUp() {
            for (const lane of lanes)
                lane.warmUp();
        },
        async close() {
            await Promise.all(lanes.map((lane) => lane.close()));
        },
    };
}
/** No worker at all: for a handful of files. */
const thisThread = {
    capacity: 1,
    measure: async (abs, file, bytes) => measureFile(abs, file, bytes),
    prefetch: () => { },
    warmUp: () => { },
    close: async () => { },
};
/** Files per message: a message costs far more than the clone of what it carries. */
const BATCH = 8;
/**
 * Batches sent and not answered yet. Enough for the worker to keep busy while this thread is
 * (parsing git log, summing history: stretches of tens of milliseconds): with 2, the worker sat
 * idle for half a second of a cold run on the benchmark tree, and the run took 11% longer.
 */
const IN_FLIGHT = 8;
/** One worker thread, sent files in batches. */
function workerLane(options) {
    const { workerFile = WORKER_FILE, limits = WORKER_LIMITS } = options;
    const queue = [];
    const inFlight = new Map();
    let outOfMemory = 0;
    let worker = null;
    let usable = true;
    let nextId = 0;
    const inThread = ({ task, resolve, reject }) => {
        try {
            resolve(measureFile(task.abs, task.file, task.bytes));
        }
        catch (error) {
            reject(error);
        }
    };
    const start = () => {
        if (!usable)
            return null;
        try {
            const started = new external_node_worker_threads_.Worker(workerFile, { resourceLimits: limits });
            started.on("message", ({ id, answers }) => {
                const batch = inFlight.get(id);
                if (!batch || worker !== started)
                    return;
                inFlight.delete(id);
                batch.forEach(({ resolve, reject }, i) => {
                    const answer = answers[i];
                    if ("facts" in answer)
                        resolve(answer.facts);
                    else
                        reject(new Error(answer.error));
                });
                pump();
            });
            started.on("error", (error) => failed(started, error));
            started.on("exit", () => failed(started, null));
            return started;
        }
        catch {
            usable = false;
            return null;
        }
    };
    /** Out of memory: the files in flight go in-thread and a fresh worker takes the rest. Anything else: no worker. */
    const failed = (which, error) => {
        if (worker !== which)
            return;
        worker = null;
        if (error?.code === "ERR_WORKER_OUT_OF_MEMORY")
            outOfMemory++;
        if (error?.code !== "ERR_WORKER_OUT_OF_MEMORY" || outOfMemory >= MAX_OUT_OF_MEMORY)
            usable = false;
        const lost = [...inFlight.values()].flat();
        inFlight.clear();
        for (const item of lost)
            inThread(item);
        pump();
    };
    /** Send what is queued; `eager` sends every full batch, however many are in flight. */
    const pump = (eager = false) => {
        while (queue.length > 0 && (inFlight.size < IN_FLIGHT || (eager && queue.length >= BATCH))) {
            worker ??= start();
            if (!worker) {
                for (const item of queue.splice(0))
                    inThread(item);
                return;
            }
            const batch = queue.splice(0, BATCH);
            const id = nextId++;
            inFlight.set(id, batch);
            worker.postMessage({ id, tasks: batch.map((item) => item.task) });
        }
    };
    return {
        capacity: BATCH * IN_FLIGHT,
        waiting: () => queue.length + [...inFlight.values()].reduce((sum, batch) => sum + batch.length, 0),
        measure(abs, file, bytes, how) {
            return new Promise((resolve, reject) => {
                queue.push({ task: { abs, file, bytes }, resolve, reject });
                pump(how?.eager);
            });
        },
        warmUp() {
            worker ??= start();
        },
        /** Files still waiting or in flight are measured here first, so no promise is left hanging. */
        async close() {
            const closing = worker;
            worker = null;
            usable = false;
            const pending = [...[...inFlight.values()].flat(), ...queue.splice(0)];
            inFlight.clear();
            for (const item of pending)
                inThread(item);
            if (closing)
                await closing.terminate();
        },
    };
}

;// CONCATENATED MODULE: ./actions/analyze/src/inventory/languages-section.ts
// The languages section and the inventory's headline numbers, from the facts of every file.

const languages_section_MAX_ROWS = 25;
/** Per-language totals, most code first; files of no known language are left out. */
function languageTotals(facts) {
    const totals = new Map();
    for (const file of facts) {
        if (!file.language)
            continue;
        const row = totals.get(file.language) ?? {
            language: file.language,
            files: 0,
            code: 0,
            comment: 0,
            blank: 0,
        };
        row.files++;
        row.code += file.lines.code;
        row.comment += file.lines.comment;
        row.blank += file.lines.blank;
        totals.set(file.language, row);
    }
    return [...totals.values()].sort((a, b) => b.code - a.code || (0,src/* compareText */.n6)(a.language, b.language));
}
/** The `languages` section: a table per language and a line saying what was left out and why. */
function languagesSection(facts, skipped) {
    const totals = languageTotals(facts);
    const n = (value) => value.toLocaleString("en-US");
    const blocks = [];
    if (totals.length === 0) {
        blocks.push({ type: "paragraph", text: "No source files in a known language." });
    }
    else {
        blocks.push({
            type: "table",
            columns: ["Language", "Files", "Code", "Comment", "Blank"],
            align: ["left", "right", "right", "right", "right"],
            rows: totals
                .slice(0, languages_section_MAX_ROWS)
                .map((t) => [t.language, n(t.files), n(t.code), n(t.comment), n(t.blank)]),
            ...(totals.length > languages_section_MAX_ROWS ? { omitted: totals.length - languages_section_MAX_ROWS } : {}),
        });
    }
    const unknown = facts.filter((f) => !f.language).length;
    const leftOut = skippedText(skipped, unknown);
    if (leftOut)
        blocks.push({ type: "paragraph", text: leftOut });
    return { id: "languages", title: "Languages", blocks };
}
const REASONS = [
    {
        key: "vendored",
        words: "vendored (third-party folders such as node_modules/, vendor/, dist/)",
        examples: ["vendored"],
    },
    {
        key: "generated",
        words: "generated (lock files, minified or marked generated)",
        examples: ["generated"],
    },
    { key: "binary", words: "binary", examples: ["binary"] },
    { key: "ignored", words: "ignored (.gitignore or the exclude setting)", examples: ["ignored"] },
    {
        key: "other",
        words: "other (symlinks, submodules or nested repositories, unreadable files)",
        examples: ["symlink", "submodule", "unreadable"],
    },
];
function skippedText(skipped, unknown) {
    const parts = [];
    for (const reason of REASONS) {
        const count = skipped[reason.key];
        if (!count)
            continue;
        const examples = reason.examples.flatMap((key) => skipped.examples[key] ?? []).slice(0, 3);
        const part = [`${count.toLocaleString("en-US")} ${reason.words}`];
        if (examples.length) {
            part.push(", e.g. ");
            examples.forEach((example, i) => {
                if (i > 0)
                    part.push(", ");
                part.push({ code: example });
            });
        }
        parts.push(part);
    }
    if (unknown)
        parts.push([`${unknown.toLocaleString("en-US")} in no language linguist knows (listed, not counted)`]);
    if (parts.length === 0)
        return null;
    const text = ["Left out of the counts: "];
    parts.forEach((part, i) => {
        text.push(...(i > 0 ? ["; ", ...part] : part));
    });
    text.push(".");
    return text;
}
/** Headline numbers: files, code/comment/blank lines, TODO-style markers, and code lines per language. */
function inventoryMetrics(facts) {
    const totals = languageTotals(facts);
    const metrics = {
        files: facts.length,
        "lines.code": totals.reduce((sum, t) => sum + t.code, 0),
        "lines.comment": totals.reduce((sum, t) => sum + t.comment, 0),
        "lines.blank": totals.reduce((sum, t) => sum + t.blank, 0),
        "markers.todo": facts.reduce((sum, f) => sum + f.markers.length, 0),
    };
    for (const t of totals)
        metrics[`lines.code.${t.language}`] = t.code;
    return metrics;
}

;// CONCATENATED MODULE: ./actions/analyze/src/files/map-limit.ts
// Run async work over many items with a bounded number in flight, keeping the input order.
/** Map `items` through `work`, at most `limit` at a time; results keep the input order. */
async function mapLimit(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ./actions/analyze/src/files/path-cache.ts
var path_cache = __webpack_require__(86834);
// EXTERNAL MODULE: ./actions/analyze/src/complexity/parser-version.ts
var parser_version = __webpack_require__(79819);
;// CONCATENATED MODULE: ./actions/analyze/src/inventory/file-facts-cache.ts
// The per-file cache: what was learnt from each file, keyed by its size and modification time, so a
// rerun with nothing changed reads no file contents.





/**
 * Bump when line counting, markers or the script analysis change what they produce; old cache
 * files are then ignored and rebuilt.
 */
const ANALYZER_VERSION = 1;
/** Folders whose code shapes the cached facts. */
const ANALYZER_FOLDERS = ["inventory", "complexity", "files"];
/** Load the cache of `cacheDir`; a missing, torn or older file gives an empty cache. */
function loadFileFactsCache(cacheDir) {
    const code = `v${ANALYZER_VERSION} ${(0,code_hash/* codeHash */.A)(ANALYZER_FOLDERS)} ${(0,parser_version/* parserVersion */.W)()}`;
    return (0,path_cache/* loadPathCache */.sL)(cacheFile(cacheDir), code);
}
/** Whether `cacheDir` has a per-file cache of this version at all; without one, every file is read. */
function hasFileFactsCache(cacheDir) {
    return (0,external_node_fs_.existsSync)(cacheFile(cacheDir));
}
const cacheFile = (cacheDir) => external_node_path_default().join(cacheDir, `file-facts-v${ANALYZER_VERSION}.json`);
/** Whether the cache holds facts for this version of `filePath` (cachedFacts would give them). */
function hasFacts(cache, filePath, stamp) {
    return matchingEntry(cache, filePath, stamp) !== null;
}
/** Cached facts for `filePath` when its stamp is unchanged, else null. */
function cachedFacts(cache, filePath, stamp) {
    const entry = matchingEntry(cache, filePath, stamp);
    return entry && { path: filePath, bytes: stamp.bytes, language: stamp.language, ...entry.facts };
}
function matchingEntry(cache, filePath, stamp) {
    const entry = cache.entries.get(filePath);
    if (!entry || entry.language !== stamp.language)
        return null;
    const same = stamp.blob && entry.blob
        ? entry.blob === stamp.blob
        : entry.bytes === stamp.bytes && entry.mtimeMs === stamp.mtimeMs;
    return same ? entry : null;
}
function rememberFacts(cache, facts, stamp) {
    const { path: filePath, bytes: _bytes, language: _language, ...rest } = facts;
    (0,path_cache/* setEntry */.RY)(cache, filePath, { ...stamp, facts: rest });
}

;// CONCATENATED MODULE: ./actions/analyze/src/inventory/large-file-lines.ts
// Line counts of files too large to hold as text: streamed in chunks, every non-blank line counted as code.

const large_file_lines_NEWLINE = 10;
/** Whitespace bytes as cloc's `^\s*$` sees them: space, tab, CR, vertical tab, form feed. */
function isBlankByte(byte) {
    return byte === 32 || (byte >= 9 && byte <= 13);
}
/** Count lines of a large file with constant memory; comments are not told apart. */
async function countLargeFileLines(abs) {
    const counts = { code: 0, comment: 0, blank: 0 };
    let lineHasText = false;
    let lineStarted = false;
    for await (const chunk of (0,external_node_fs_.createReadStream)(abs, { highWaterMark: 1024 * 1024 })) {
        for (let i = 0; i < chunk.length; i++) {
            const byte = chunk[i];
            if (byte === large_file_lines_NEWLINE) {
                if (lineHasText)
                    counts.code++;
                else
                    counts.blank++;
                lineHasText = false;
                lineStarted = false;
            }
            else {
                lineStarted = true;
                if (!lineHasText && !isBlankByte(byte))
                    lineHasText = true;
            }
        }
    }
    if (lineStarted) {
        if (lineHasText)
            counts.code++;
        else
            counts.blank++;
    }
    return counts;
}

;// CONCATENATED MODULE: ./actions/analyze/src/inventory/read-file-facts.ts
// Read each listed file once: line counts and markers for all, functions and imports for scripts.








/** Fewer files than this to read are read in this thread: starting a worker would cost more. */
const FEW_FILES = 20;
/**
 * Learn what each file holds. Files whose git blob id (tracked, unchanged) or else size and
 * modification time match the cache are not read at all. Unreadable files are left out with a
 * warning rather than failing the run.
 */
async function readFileFacts(workspace, files, options) {
    const cache = options.cacheDir ? await loadFileFactsCache(options.cacheDir) : null;
    // A rerun after a small change (or a small repository) reads a handful of files: in this
    // thread, sooner than a worker could start, or finish starting.
    const few = filesToRead(files, cache) < FEW_FILES;
    if (few)
        await options.pool?.close();
    const pool = few ? filePool({ workers: 0 }) : (options.pool ?? filePool());
    let read;
    try {
        read = await mapLimit(files, pool.capacity, (file) => factsOf(workspace, file, { cache, pool, options }));
    }
    finally {
        await pool.close();
    }
    const facts = read.filter((f) => f !== null);
    if (cache) {
        await (0,path_cache/* savePathCache */.fE)(cache, new Set(facts.map((f) => f.path))).catch((error) => {
            options.logger.warning(`Could not write the file cache in ${options.cacheDir}: ${String(error)}`);
        });
    }
    return facts;
}
/** Files the cache cannot answer for (or may not: files listing did not stamp). */
function filesToRead(files, cache) {
    let count = 0;
    for (const file of files) {
        const listed = (0,list_files/* listedStamp */.x)(file);
        const stamp = listed && { bytes: file.bytes, ...listed, language: file.language };
        if (!cache || !stamp || !hasFacts(cache, file.path, stamp))
            count++;
    }
    return count;
}
async function factsOf(workspace, file, reading) {
    const { cache, pool, options } = reading;
    // Joined only when needed: a rerun finds almost every file in the cache, and thousands of joins add up.
    const abs = () => external_node_path_default().join(workspace, file.path);
    try {
        const listed = (0,list_files/* listedStamp */.x)(file);
        const info = listed ? { size: file.bytes, mtimeMs: listed.mtimeMs } : (0,external_node_fs_.statSync)(abs());
        const stamp = {
            bytes: info.size,
            mtimeMs: info.mtimeMs,
            blob: listed?.blob ?? null,
            language: file.language,
        };
        const hit = cache ? cachedFacts(cache, file.path, stamp) : null;
        if (hit)
            return hit;
        const facts = info.size > options.largeFileBytes
            ? { ...file, bytes: info.size, lines: await countLargeFileLines(abs()), markers: [] }
            : await pool.measure(abs(), file, info.size);
        if (cache)
            rememberFacts(cache, facts, stamp);
        return facts;
    }
    catch (error) {
        options.logger.warning(`Skipped ${file.path}: could not read it (${error.message}).`);
        return null;
    }
}

// EXTERNAL MODULE: ./actions/analyze/src/keyed-file.ts
var keyed_file = __webpack_require__(98829);
;// CONCATENATED MODULE: ./actions/analyze/src/part-memo.ts
// One part of the draft (a section with its findings and metrics) kept from the last run and reused
// while what it is built from is unchanged. A pull request changes a few files, and most parts of
// the report do not depend on what changed in them: the dependencies section, say, depends on
// imports, and most edits touch none. Reusing such a part spares rebuilding it from every file.






/**
 * The part `name` as built by `build`, or as kept from the last run when `inputs()` (a digest of
 * everything `build` reads; worked out only when there is a cache folder) is the same and so is
 * the code that built it. No cache folder, or no digest (something `build` reads has no known
 * version), always builds. The value must survive JSON: plain objects, arrays, strings, numbers.
 */
async function memoPart(cacheDir, name, inputs, build) {
    const digest = cacheDir ? inputs() : null;
    if (!cacheDir || digest === null)
        return build();
    const file = partFile(cacheDir, name);
    // Node's version too (what counts as a builtin module, not a package, comes with it), and the
    // locale rows are sorted in.
    const key = (0,external_node_crypto_.createHash)("sha256")
        .update(`${(0,code_hash/* codeHash */.A)()}\0${process.version}\0${src/* textOrderLocale */.CY}\0${digest}`)
        .digest("hex");
    const kept = await (0,keyed_file/* readKeyed */.P)(file, key);
    const json = kept === null ? null : (0,src/* unseal */.Du)(kept);
    if (json !== null)
        return JSON.parse(json);
    const value = await build();
    // A cache that cannot be written costs the next run time, not this run its report.
    await (0,keyed_file/* writeKeyed */.E)(file, key, (0,src/* seal */.od)(JSON.stringify(value))).catch(() => { });
    return value;
}
/**
 * Whether a part `name` was kept at all: without one, this run builds it for sure, and can start
 * reading what it needs early.
 */
function hasPart(cacheDir, name) {
    return cacheDir !== null && (0,external_node_fs_.existsSync)(partFile(cacheDir, name));
}
const partFile = (cacheDir, name) => external_node_path_default().join(cacheDir, `analyze-part-${name}-v1.txt`);

;// CONCATENATED MODULE: ./actions/analyze/src/suggestions.ts
// Concrete next steps, derived only from the facts and findings above them: nothing here is guessed.

const MAX_SUGGESTIONS = 8;
const rank = { high: 0, medium: 1, low: 2, info: 3 };
/** The `suggestions` section: hotspot splits first, then the most severe findings' own suggestions. */
function suggestionsSection(input) {
    const items = [...hotspotSuggestions(input), ...findingSuggestions(input.findings)].slice(0, MAX_SUGGESTIONS);
    return {
        id: "suggestions",
        title: "Suggestions",
        blocks: items.length
            ? [{ type: "list", ordered: true, items }]
            : [{ type: "paragraph", text: "Nothing stands out: no hotspots or findings call for action." }],
    };
}
function hotspotSuggestions({ hotspots, history }) {
    return hotspots
        .filter((h) => h.topFunction && h.commits >= 2)
        .slice(0, 3)
        .map((h) => {
        const fn = h.topFunction;
        const who = h.authors === 1 ? "one author" : `${h.authors} authors`;
        return [
            "Split ",
            { code: fn.name },
            " in ",
            { code: `${h.path}:${fn.line}` },
            `: cognitive ${fn.cognitive}, changed ${h.commits} times in ${history.windowMonths} months, ${who}.`,
        ];
    });
}
function findingSuggestions(findings) {
    const seen = new Set();
    return [...findings]
        .filter((f) => f.suggestion && f.ruleId !== "history/hotspot")
        .sort((a, b) => rank[a.severity] - rank[b.severity])
        .filter((f) => {
        const key = f.suggestion;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .map((f) => {
        const at = f.location?.startLine ? `${f.location.file}:${f.location.startLine}` : f.location?.file;
        const where = at ? [" (", { code: at }, ")"] : [];
        // The finding says what is wrong and where; its suggestion, what to do about it.
        return [...(0,src/* codeSpans */.tE)(f.message.replace(/\.$/, "")), ...where, ": ", ...(0,src/* codeSpans */.tE)(f.suggestion)];
    });
}

;// CONCATENATED MODULE: ./actions/analyze/src/summary-line.ts
// The one line a person reads first, from the headline metrics.

/** "12,345 lines of code in 321 files · 4 hotspots · 2 high, 7 medium findings". */
function summaryLine(metrics, findings) {
    const n = (v) => (v ?? 0).toLocaleString("en-US");
    const parts = [`${n(metrics["lines.code"])} lines of code in ${n(metrics.files)} files`];
    if (metrics["history.hotspots"])
        parts.push(`${n(metrics["history.hotspots"])} hotspots`);
    const counts = (0,src/* countBySeverity */.Ot)(findings);
    const bySeverity = ["high", "medium", "low"]
        .filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${s}`);
    parts.push(bySeverity.length ? `${bySeverity.join(", ")} findings` : "no findings");
    return parts.join(" · ");
}

;// CONCATENATED MODULE: ./actions/analyze/src/deterministic-draft.ts












/** For the agent's first-run start, which loads this module rather than the cache's. */

/** The history in the configured window (it does not depend on the listing, so it can start first). */
function historyFacts(ctx, cacheDir, repo, listing) {
    const { config, logger, workspace } = ctx;
    return logger.step("Reading history", () => readHistory(workspace, {
        months: config["history-months"],
        now: ctx.clock.now(),
        cacheDir,
        logger,
        repo,
        current: Promise.resolve(listing).then((listed) => new Set(listed.files.map((f) => f.path))),
    }));
}
/** A file pool with its workers starting now, for a run that will read every file (a first run). */
function warmFilePool() {
    const pool = filePool();
    pool.warmUp();
    return pool;
}
/**
 * The facts of the workspace, read in parallel, and the report draft derived from them. `repo` is
 * the run's readRepoState; `reading` is the history read already under way, if any; `pool`, the
 * file pool warmed up meanwhile, if any (closed here).
 */
async function deterministicDraft(ctx, listing, largeFileBytes, cacheDir, repo, reading = historyFacts(ctx, cacheDir, repo, listing), pool) {
    const { config, logger, workspace } = ctx;
    // Without a kept dependencies part, this run builds one: its package.json and tsconfig files are
    // read now, beside the files' facts, instead of after them, when nothing else is left to do.
    const early = hasPart(cacheDir, "dependencies") ? null : readProjectFiles(workspace, listing.files);
    early?.catch(() => { });
    const [facts, history] = await Promise.all([
        logger.step("Reading files", () => readFileFacts(workspace, listing.files, { cacheDir, largeFileBytes, logger, pool })),
        reading,
    ]);
    const complexity = complexityReport(facts, {
        cognitive: config["cognitive-threshold"],
        cyclomatic: config["cyclomatic-threshold"],
    });
    const [deps, hygiene] = await Promise.all([
        memoPart(cacheDir, "dependencies", () => dependenciesInputs(listing.files, facts), () => dependenciesReport(workspace, facts, early ?? readProjectFiles(workspace, listing.files))),
        checkHygiene(workspace, listing.files, facts, { largeFileBytes }),
    ]);
    const past = historyReport(history, facts);
    const findings = [...complexity.findings, ...past.findings, ...deps.findings, ...hygiene.findings];
    const sections = [
        suggestionsSection({ facts, history, hotspots: past.hotspots, findings }),
        languagesSection(facts, listing.skipped),
        complexity.section,
        ...past.sections,
        deps.section,
        hygiene.section,
    ];
    const notes = [];
    if (!listing.gitRepo)
        notes.push("This folder is not a git repository: files were analysed, but there is no history.");
    if (history.missing && listing.gitRepo)
        notes.push(history.missing);
    const metrics = {
        ...inventoryMetrics(facts),
        ...complexity.metrics,
        ...past.metrics,
        ...deps.metrics,
        ...hygiene.metrics,
    };
    return { summary: summaryLine(metrics, findings), metrics, sections, findings, notes };
}


/***/ })

};
