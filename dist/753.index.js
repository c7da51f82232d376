export const id = 753;
export const ids = [753];
export const modules = {

/***/ 1753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  comparePull: () => (/* binding */ comparePull)
});

// EXTERNAL MODULE: ./src/budget/compare.ts
var compare = __webpack_require__(6666);
// EXTERNAL MODULE: ./src/github/status.ts
var github_status = __webpack_require__(957);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/estimate/estimate.ts + 12 modules
var estimate = __webpack_require__(8339);
// EXTERNAL MODULE: ./src/manifest/files.ts
var files = __webpack_require__(698);
// EXTERNAL MODULE: ./src/manifest/load.ts + 43 modules
var load = __webpack_require__(2534);
;// CONCATENATED MODULE: ./src/action/base.ts






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
/**
 * Reads each manifest the pull request touches as it is at the base commit (through the contents API, so a
 * shallow checkout is enough), with the config.json files it names, and estimates it. A manifest new in the pull
 * request has no base version; one that cannot be read is reported and compared as unchanged.
 */
async function estimateBase(client, baseSha, prefix, headFiles, pullFiles) {
    const toRoot = (repoPath) => (prefix === '' ? repoPath : repoPath.startsWith(prefix + '/') ? repoPath.slice(prefix.length + 1) : null);
    const toRepo = (rootPath) => (prefix === '' ? rootPath : `${prefix}/${rootPath}`);
    const head = new Set(headFiles);
    const touched = new Set();
    const unreadable = new Set();
    const notes = [];
    const estimates = [];
    const wanted = [];
    for (const f of pullFiles) {
        if (!(0,files/* isManifestName */.zU)(f.filename) && !(f.previous_filename && (0,files/* isManifestName */.zU)(f.previous_filename)))
            continue;
        const now = toRoot(f.filename);
        if (f.status === 'removed') {
            if (now !== null)
                wanted.push({ headName: now, basePath: now });
            continue;
        }
        if (now === null || !head.has(now))
            continue;
        touched.add(now);
        if (f.status === 'added')
            continue;
        const before = f.status === 'renamed' && f.previous_filename ? toRoot(f.previous_filename) : now;
        if (before !== null)
            wanted.push({ headName: now, basePath: before });
    }
    for (const w of wanted) {
        let text;
        try {
            text = await client.fileAt(toRepo(w.basePath), baseSha);
        }
        catch (e) {
            notes.push(`could not read the base version of ${w.basePath} (${(0,github_status/* statusOf */.c)(e) ?? e.message}): compared as unchanged`);
            unreadable.add(w.headName);
            continue;
        }
        if (text === null)
            continue; // no base version: the job is new
        const configs = new Map();
        for (const c of configPaths(text)) {
            const rel = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(w.basePath), c));
            if (rel.startsWith('..') || external_node_path_.posix.isAbsolute(rel))
                continue;
            try {
                const t = await client.fileAt(toRepo(rel), baseSha);
                configs.set(rel, t === null ? { ok: false, error: 'no such file at the base commit' } : { ok: true, text: t });
            }
            catch (e) {
                configs.set(rel, { ok: false, error: `unreadable at the base commit (${(0,github_status/* statusOf */.c)(e) ?? e.message})` });
            }
        }
        const parsed = (0,load/* parseManifest */.N)(text, {
            file: w.headName,
            repoPath: w.basePath,
            readRepoFile: (p) => configs.get(p) ?? { ok: false, error: 'no such file at the base commit' },
        });
        if (parsed.problems.length) {
            const p = parsed.problems[0];
            notes.push(`the base version of ${w.basePath} is not a valid manifest (${p.line}:${p.col}: ${p.message}): compared as new`);
            continue;
        }
        estimates.push(...parsed.jobs.map(estimate/* estimateJob */.qV));
    }
    return { estimates, touched, unreadable, notes };
}

;// CONCATENATED MODULE: ./src/action/pull.ts



/**
 * The pull request against its base branch: which manifests it touches, their base versions estimated, and the
 * comparison. Loaded only on a pull-request event with a token.
 */
async function comparePull(client, pull, prefix, files, report) {
    let pullFiles = [];
    const notes = [];
    try {
        pullFiles = await client.pullFiles(pull.number);
    }
    catch (e) {
        notes.push(`could not list the pull request's files (${(0,github_status/* statusOf */.c)(e) ?? e.message}): every manifest is compared as unchanged`);
    }
    const base = await estimateBase(client, pull.base_sha, prefix, files, pullFiles);
    const touched = new Set([...base.touched].filter((f) => !base.unreadable.has(f)));
    const unchangedHead = report.jobs.filter((j) => !touched.has(j.file));
    // Base side: the base versions read (touched and removed files) and, for every file the pull request
    // leaves alone (or whose base could not be read), the head estimate itself.
    return (0,compare/* compareReports */.l)([...base.estimates, ...unchangedHead], report, touched, [...notes, ...base.notes]);
}


/***/ })

};
