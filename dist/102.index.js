"use strict";
exports.id = 102;
exports.ids = [102,666];
exports.modules = {

/***/ 6666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeViolations: () => (/* binding */ changeViolations),
/* harmony export */   compareReports: () => (/* binding */ compareReports)
/* harmony export */ });
const key = (j) => `${j.file}\u0000${j.name}`;
/** What a job adds to the total: nothing when it does not fit (it cannot run). */
const cost = (j) => (j.memory.fits ? j.cost_usd.expected : 0);
/** Same estimate: a touched manifest whose job comes out the same (a comment edited, say) is unchanged. */
const same = (a, b) => Math.abs(a.cost_usd.expected - b.cost_usd.expected) < 0.005 && a.compute.gpu_hours.expected === b.compute.gpu_hours.expected &&
    a.memory.per_gpu_bytes.total === b.memory.per_gpu_bytes.total && a.hardware.gpu === b.hardware.gpu && a.hardware.count === b.hardware.count;
/**
 * Matches jobs by file and name. `touched` lists the files the pull request changes: a job in an untouched file
 * is unchanged by definition, whatever the estimator says.
 */
function compareReports(base, head, touched, notes = []) {
    const before = new Map(base.map((j) => [key(j), j]));
    const jobs = [];
    for (const after of head.jobs) {
        const b = before.get(key(after)) ?? null;
        before.delete(key(after));
        const status = !touched.has(after.file) ? 'unchanged' : b === null ? 'added' : same(after, b) ? 'unchanged' : 'changed';
        jobs.push({ name: after.name, file: after.file, status, before: b, after, cost_delta_usd: cost(after) - (b ? cost(b) : 0) });
    }
    for (const b of before.values()) {
        jobs.push({ name: b.name, file: b.file, status: 'removed', before: b, after: null, cost_delta_usd: -cost(b) });
    }
    // As in the report's totals, a job that does not fit adds no cost.
    const beforeCost = base.reduce((s, j) => s + cost(j), 0);
    const afterCost = head.totals.cost_usd.expected;
    return {
        jobs, before_cost_usd: beforeCost, after_cost_usd: afterCost, delta_usd: afterCost - beforeCost,
        delta_percent: beforeCost > 0 ? ((afterCost - beforeCost) / beforeCost) * 100 : null, notes,
    };
}
/** Limits on the change: a cost increase above max_cost_increase_usd or max_cost_increase_percent. */
function changeViolations(c, limits) {
    const out = [];
    if (limits.max_cost_increase_usd !== undefined && c.delta_usd > limits.max_cost_increase_usd) {
        out.push({ limit: 'max_cost_increase_usd', max: limits.max_cost_increase_usd, actual: c.delta_usd });
    }
    if (limits.max_cost_increase_percent !== undefined && c.delta_percent !== null && c.delta_percent > limits.max_cost_increase_percent) {
        out.push({ limit: 'max_cost_increase_percent', max: limits.max_cost_increase_percent, actual: c.delta_percent });
    }
    return out;
}


/***/ }),

/***/ 8102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareWithBase: () => (/* binding */ compareWithBase)
});

// EXTERNAL MODULE: ./src/budget/compare.ts
var compare = __webpack_require__(6666);
// EXTERNAL MODULE: ./src/estimate/estimate.ts + 8 modules
var estimate = __webpack_require__(2251);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/manifest/files.ts
var files = __webpack_require__(698);
// EXTERNAL MODULE: ./src/manifest/load.ts + 15 modules
var load = __webpack_require__(8955);
;// CONCATENATED MODULE: ./src/compare/base.ts





/** Rounds of "parse, read the files it asked for" at the base commit: manifest -> trainer config -> DeepSpeed file. */
const MAX_IMPORT_ROUNDS = 4;
/** Files read at the base commit for one manifest, at most (a DeepSpeed path is looked for in each folder above its config). */
const MAX_BASE_FILES = 32;
/** `model.config` paths a manifest names (one job or `jobs:`), read without validating anything else. */
function configPaths(text) {
    try {
        const doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
        const jobs = doc?.jobs;
        const list = Array.isArray(jobs) ? jobs : [doc];
        return list.map((j) => j?.model?.config).filter((c) => typeof c === 'string');
    }
    catch {
        return [];
    }
}
/** The files each head manifest's jobs read besides the manifest (config.json), root-relative. */
function namedFiles(jobs) {
    const out = new Map();
    const add = (file, p) => {
        if (!out.has(file))
            out.set(file, new Set());
        out.get(file).add(p);
    };
    for (const j of jobs) {
        // An imported trainer config and the DeepSpeed/accelerate files it uses: changing lora_r there changes the job.
        for (const f of j.imported?.files ?? [])
            add(j.file, f);
        if (j.model.kind !== 'architecture' || !j.model.config_path || j.model.config_path.startsWith('hf:'))
            continue;
        add(j.file, j.model.config_path);
    }
    return out;
}
/**
 * Reads each manifest the change touches as it is at the base commit, with the config.json files it names, and
 * estimates it. A manifest counts as touched when it, or a file it names, changed. A manifest new in the change
 * has no base version; one that cannot be read is reported and compared as unchanged.
 */
async function estimateBase(read, prefix, headFiles, changed, named = new Map(), prepare = (j) => j, hub) {
    const toRoot = (repoPath) => (prefix === '' ? repoPath : repoPath.startsWith(prefix + '/') ? repoPath.slice(prefix.length + 1) : null);
    const toRepo = (rootPath) => (prefix === '' ? rootPath : `${prefix}/${rootPath}`);
    const head = new Set(headFiles);
    const touched = new Set();
    const unreadable = new Set();
    const notes = [];
    const estimates = [];
    const hubConfigs = new Map(hub?.configs ?? []);
    const wanted = new Map(); // head name -> base path
    for (const f of changed) {
        if (!(0,files/* isManifestName */.zU)(f.filename) && !(f.previous_filename && (0,files/* isManifestName */.zU)(f.previous_filename)))
            continue;
        const now = toRoot(f.filename);
        if (f.status === 'removed') {
            if (now !== null)
                wanted.set(now, now);
            continue;
        }
        if (now === null || !head.has(now))
            continue;
        touched.add(now);
        if (f.status === 'added')
            continue;
        const before = f.status === 'renamed' && f.previous_filename ? toRoot(f.previous_filename) : now;
        if (before !== null)
            wanted.set(now, before);
    }
    // A manifest left alone whose config.json changed: its jobs changed too, so read its base version.
    const changedPaths = new Set(changed.flatMap((f) => [f.filename, f.previous_filename ?? '']).map(toRoot).filter((p) => p !== null));
    for (const [file, files] of named) {
        if (touched.has(file) || !head.has(file) || ![...files].some((p) => changedPaths.has(p)))
            continue;
        touched.add(file);
        wanted.set(file, file);
    }
    for (const [headName, basePath] of wanted) {
        let text;
        try {
            text = await read(toRepo(basePath));
        }
        catch (e) {
            notes.push(`could not read the base version of ${basePath} (${errorText(e)}): compared as unchanged`);
            unreadable.add(headName);
            continue;
        }
        if (text === null)
            continue; // no base version: the job is new
        const configs = new Map();
        const fetchBase = async (rel) => {
            if (configs.has(rel) || rel === '..' || rel.startsWith('../') || external_node_path_.posix.isAbsolute(rel))
                return;
            try {
                const t = await read(toRepo(rel));
                configs.set(rel, t === null ? { ok: false, error: 'no such file at the base commit' } : { ok: true, text: t });
            }
            catch (e) {
                configs.set(rel, { ok: false, error: `unreadable at the base commit (${errorText(e)})` });
            }
        };
        for (const c of configPaths(text))
            await fetchBase(external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(basePath), c)));
        // Imported trainer configs name further files (DeepSpeed JSON, accelerate YAML), and models may be Hub ids:
        // parse, read what the parse asked for at the base commit (and fetch the config.json files it wanted), and
        // parse again, a few rounds at most.
        let parsed = (0,load.parseManifest)(text, { file: headName, repoPath: basePath, readRepoFile: (p) => configs.get(p) ?? { ok: false, error: 'no such file at the base commit' } });
        for (let round = 0; round < MAX_IMPORT_ROUNDS; round++) {
            const asked = [];
            const wanted = new Set();
            parsed = (0,load.parseManifest)(text, {
                file: headName,
                repoPath: basePath,
                readRepoFile: (p) => configs.get(p) ?? (asked.push(p), { ok: false, error: 'no such file at the base commit' }),
                ...(hub ? { hub: { configs: hubConfigs, wanted, offline: hub.offline } } : {}),
            });
            if ((!asked.length && !wanted.size) || configs.size + asked.length > MAX_BASE_FILES)
                break;
            for (const p of asked)
                await fetchBase(p);
            if (hub && wanted.size)
                for (const [id, c] of await hub.fetch([...wanted]))
                    hubConfigs.set(id, c);
        }
        if (parsed.problems.length) {
            const p = parsed.problems[0];
            notes.push(`the base version of ${basePath} is not a valid manifest (${p.line}:${p.col}: ${p.message}): compared as new`);
            continue;
        }
        // The base versions are priced like the head (the settings' price rules, clusters and today), so the change is the manifests'.
        estimates.push(...prepare(parsed.jobs).map(estimate/* estimateJob */.qV));
    }
    return { estimates, touched, unreadable, notes };
}
/** An HTTP status when the error has one, else its message. */
function errorText(e) {
    const s = e?.status;
    return typeof s === 'number' ? String(s) : e instanceof Error ? e.message : String(e);
}

;// CONCATENATED MODULE: ./src/compare/with-base.ts



/**
 * The head report against the base: the base versions of what changed, estimated, and for every manifest the
 * change leaves alone (or whose base could not be read) the head estimate itself. The action (GitHub's contents
 * API) and `estimate --base` (git show) differ only in how they read and list files.
 */
async function compareWithBase(read, changed, prefix, files, jobs, report, notes = [], prepare, hub, reprice) {
    const base = await estimateBase(read, prefix, files, changed, namedFiles(jobs), prepare, hub);
    const touched = new Set([...base.touched].filter((f) => !base.unreadable.has(f)));
    if (reprice) {
        // The price data behind every job changed (train-budget.yml's prices or clusters): the manifests the change
        // leaves alone are priced again as on the base (`prepare` holds the base settings); compareReports then
        // counts a job as changed exactly when its estimate moved.
        const left = reprice.filter((j) => !base.touched.has(j.file));
        base.estimates.push(...(prepare ?? ((js) => js))([...left]).map((j) => (0,estimate/* estimateJob */.qV)(j)));
        for (const j of left)
            touched.add(j.file);
    }
    const unchangedHead = report.jobs.filter((j) => !touched.has(j.file));
    return (0,compare.compareReports)([...base.estimates, ...unchangedHead], report, touched, [...notes, ...base.notes]);
}


/***/ })

};
;