"use strict";
exports.id = 37;
exports.ids = [37,502];
exports.modules = {

/***/ 4037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadSettings: () => (/* binding */ loadSettings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(698);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4502);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1664);





/**
 * Reads train-budget.yml at the repository root, or the file `config` names (relative to the root). A missing
 * default file means no settings; a missing named file is a problem. The file is read through the same
 * containment check as manifests (no path or symbolic link out of the root, regular files, at most 1 MiB).
 */
function loadSettings(root, config) {
    const named = config !== undefined && config !== '';
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, named ? config : _types_js__WEBPACK_IMPORTED_MODULE_4__/* .SETTINGS_FILE */ .t);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
        return { settings: null, file: null, problems: [{ file: config, line: 1, col: 1, message: 'the settings file must be inside the repository root' }] };
    }
    if (!named && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, _types_js__WEBPACK_IMPORTED_MODULE_4__/* .SETTINGS_FILE */ .t)))
        return { settings: null, problems: [], file: null };
    const read = (0,_manifest_files_js__WEBPACK_IMPORTED_MODULE_2__/* .repoFileReader */ .WI)(root)(rel);
    if (!read.ok)
        return { settings: null, file: rel, problems: [{ file: rel, line: 1, col: 1, message: `settings file ${read.error}` }] };
    const r = (0,_parse_js__WEBPACK_IMPORTED_MODULE_3__.parseSettings)(read.text, rel);
    return { settings: r.settings, problems: r.problems, file: rel };
}


/***/ }),

/***/ 4502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseSettings: () => (/* binding */ parseSettings)
});

// EXTERNAL MODULE: ./src/catalog/accelerators.ts
var accelerators = __webpack_require__(2591);
// EXTERNAL MODULE: ./src/catalog/prices.ts
var prices = __webpack_require__(4777);
// EXTERNAL MODULE: ./src/manifest/issues.ts + 1 modules
var issues = __webpack_require__(8242);
// EXTERNAL MODULE: ./src/manifest/problems.ts
var manifest_problems = __webpack_require__(1905);
// EXTERNAL MODULE: ./src/manifest/suggest.ts
var suggest = __webpack_require__(7271);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 16 modules
var schemas = __webpack_require__(3603);
// EXTERNAL MODULE: ./src/manifest/numbers.ts
var numbers = __webpack_require__(859);
// EXTERNAL MODULE: ./src/manifest/number-schema.ts
var number_schema = __webpack_require__(9114);
// EXTERNAL MODULE: ./src/manifest/schema.ts
var schema = __webpack_require__(6470);
;// CONCATENATED MODULE: ./src/settings/ranges.ts

/**
 * The ranges of train-budget.yml's numbers (and the compare-buy flags that describe a cluster), checked by the
 * one number validation (src/manifest/numbers.ts: numberSchema, checkNumber). Like its ranges, these lie far
 * beyond any real team's figures and refuse only typos, overflows and negative or zero values.
 */
const atLeast = (min, max, why) => ({ min, max, integer: false, why });
const SETTINGS_RANGES = {
    count: numbers/* RANGES */.$M.count,
    gpu_hour_usd: numbers/* RANGES */.$M.gpu_hour_usd,
    purchase_usd: (0,numbers/* positiveRange */.Rp)(1e12, 'the largest GPU clusters cost a few billion dollars (xAI Colossus, 2024: 100,000 H100s at about $25,000-30,000 each)'),
    amortize_years: (0,numbers/* positiveRange */.Rp)(100, 'GPUs are written off over 3-6 years'),
    power_kw_per_gpu: (0,numbers/* positiveRange */.Rp)(100, 'a GB200 superchip with its share of the rack draws about 2-3 kW'),
    pue: atLeast(1, 3, 'facility power / IT power: 1 is no overhead; published data centres run 1.1-1.6'),
    usd_per_kwh: (0,numbers/* positiveRange */.Rp)(100, 'electricity costs cents per kWh'),
    operations_usd_per_year: atLeast(0, 1e12, 'at most the purchase bound a year'),
    utilization: (0,numbers/* positiveRange */.Rp)(1, 'a share of the hours: greater than 0, at most 1'),
    discount_percent: (0,numbers/* positiveRange */.Rp)(100, 'a discount off the list price, below 100%'),
    runs_per_year: numbers/* RANGES */.$M.runs_per_year,
    limit_usd: atLeast(0, 1e13, 'ten trillion dollars, beyond any budget'),
    limit_hours: atLeast(0, 1e12, 'GPU-hours or hours: a million GPUs for a century is 8.8e11'),
    limit_gpus: (0,numbers/* intRange */.Zv)(0, 1e6, 'the same bound as a job\'s GPU count'),
    limit_co2_kg: atLeast(0, 1e12, 'a billion tonnes of CO2e, more than a large country emits a year'),
};

;// CONCATENATED MODULE: ./src/settings/schema.ts





/**
 * train-budget.yml, version 1, as zod schemas: the same objects generate `schema/train-budget.schema.json` for
 * editors, so every key carries a description and an example. Rules across keys and against the catalogs (GPU
 * and provider ids, names used once, a rule with one rate) live in `rules.ts`.
 */
// Every number goes through the one number validation (src/manifest/numbers.ts) with its range (ranges.ts).
const num = (kind, description, example) => (0,number_schema/* numberSchema */.n)(SETTINGS_RANGES[kind]).meta({ description: `${description} ${(0,numbers/* describeRange */.pC)(SETTINGS_RANGES[kind])}.`, examples: [example] });
const pricingDefaults = schemas/* strictObject */.rej({
    provider: schemas/* string */.YjP().min(1).meta({ description: 'Cloud provider from the price catalog (aws, gcp, azure, lambda, coreweave, runpod) for manifests that name none.', examples: ['coreweave'] }).optional(),
    market: schemas/* enum */.k5n(schema/* MARKETS */.AC).meta({ description: 'on_demand or spot, for manifests that name none.', examples: ['on_demand'] }).optional(),
    region: schemas/* string */.YjP().min(1).meta({ description: 'Cloud region for manifests that name none (grid carbon intensity; a region the catalog does not price is said in the report).', examples: ['us-east-1'] }).optional(),
})
    .meta({ description: 'Pricing defaults: apply to every manifest key the manifest does not set itself.' });
const defaultsSchema = schemas/* strictObject */.rej({ pricing: pricingDefaults.optional() })
    .meta({ description: 'Defaults for every manifest that does not say otherwise.' });
const limitsSchema = schemas/* strictObject */.rej({
    'max-cost-usd': num('limit_usd', 'Largest expected cost of one job, USD:', 5000).optional(),
    'max-gpu-hours': num('limit_hours', 'Largest expected GPU-hours of one job:', 2000).optional(),
    'max-gpus': num('limit_gpus', 'Most GPUs one job may use:', 256).optional(),
    'max-hours': num('limit_hours', 'Longest expected wall-clock of one job, hours:', 48).optional(),
    'max-co2-kg': num('limit_co2_kg', 'Largest expected CO2e of one job, kg:', 500).optional(),
    'max-total-cost-usd': num('limit_usd', "Largest expected cost of the project's jobs together, USD:", 20000).optional(),
})
    .meta({ description: 'Budget limits (expected values), named like the action inputs and CLI flags.' });
const priceRuleSchema = schemas/* strictObject */.rej({
    gpu: schemas/* string */.YjP().min(1).meta({ description: 'Accelerator id the rule applies to (`train-budget gpus` lists them); omit for every GPU.', examples: ['h100-80gb'] }).optional(),
    provider: schemas/* string */.YjP().min(1).meta({ description: 'Provider the rule applies to; omit for every provider. A provider rule applies to manifests priced at that provider (their own pricing.provider or the defaults).', examples: ['coreweave'] }).optional(),
    market: schemas/* enum */.k5n(schema/* MARKETS */.AC).meta({ description: 'on_demand or spot; omit for both.', examples: ['on_demand'] }).optional(),
    gpu_hour_usd: num('gpu_hour_usd', 'The rate per GPU-hour, USD: replaces the catalog price (give this or discount_percent);', 2.1).optional(),
    discount_percent: (0,number_schema/* numberSchema */.n)(SETTINGS_RANGES.discount_percent).lt(100).meta({ description: 'A discount off the catalog price, percent, 0 < d < 100 (give this or gpu_hour_usd).', examples: [30] }).optional(),
    source: schemas/* string */.YjP().min(1).max(200).meta({ description: 'Where the rate comes from (a contract, a quote): shown in the report beside the price.', examples: ['2026 contract'] }).optional(),
})
    .meta({ description: 'A price rule: the first whose gpu, provider and market (where given) match wins over the catalog, for estimates, alternatives and plans alike.' });
const clusterSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().regex(/^[A-Za-z0-9._-]{1,64}$/, { error: 'a cluster name holds letters, digits, ".", "_" and "-" (at most 64)' }).meta({ description: 'Name manifests use in hardware: { cluster: NAME }.', examples: ['lab-a100'] }),
    gpu: schemas/* string */.YjP().min(1).meta({ description: 'Accelerator id of its GPUs.', examples: ['a100-80gb'] }),
    count: num('count', 'GPUs in the cluster, the most one job can use:', 64),
    purchase_usd: num('purchase_usd', 'What the cluster cost: hardware, networking, installation, USD:', 1200000),
    amortize_years: num('amortize_years', 'Years the purchase is spread over:', 4),
    power_kw_per_gpu: num('power_kw_per_gpu', 'Power one busy GPU draws with its share of the host, kW:', 0.7),
    pue: num('pue', 'Power usage effectiveness of the room (facility power / IT power):', 1.3),
    usd_per_kwh: num('usd_per_kwh', 'Electricity price, USD per kWh:', 0.12),
    operations_usd_per_year: num('operations_usd_per_year', 'Staff, space and support per year, USD:', 90000),
    utilization: num('utilization', 'Share of the hours the cluster is busy (the purchase and operations are spread over the busy hours):', 0.6),
})
    .meta({ description: 'GPUs the team owns: the cost of one busy GPU-hour is derived from these figures.' });
const projectSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).max(100).meta({ description: 'Project name, shown in the report and in each violation of its limits.', examples: ['research'] }),
    paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).meta({ description: 'Globs of manifest paths relative to the repository root (** any folders, * within a name); the first project that matches a manifest is its project.', examples: [['research/**']] }),
    limits: limitsSchema.optional(),
    defaults: defaultsSchema.optional(),
    runs_per_year: num('runs_per_year', "How often each of the project's jobs runs a year, for compare-buy (a manifest's own runs_per_year wins):", 12).optional(),
})
    .meta({ description: 'A folder of the repository with its own budget and defaults.' });
const settingsSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(1, { error: 'unsupported settings version: this Train Budget reads version 1' }).meta({ description: 'Settings format version.', examples: [1] }),
    defaults: defaultsSchema.optional(),
    prices: schemas/* array */.YOg(priceRuleSchema).meta({ description: "The team's own rates: the first matching rule wins over the catalog." }).optional(),
    clusters: schemas/* array */.YOg(clusterSchema).meta({ description: 'GPUs the team owns.' }).optional(),
    projects: schemas/* array */.YOg(projectSchema).meta({ description: 'Budgets and defaults per folder; the first project whose paths match a manifest applies.' }).optional(),
})
    .meta({ description: 'Train Budget repository settings (train-budget.yml).' });

// EXTERNAL MODULE: ./src/manifest/depth.ts
var depth = __webpack_require__(4496);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/manifest/positions.ts
var positions = __webpack_require__(2285);
// EXTERNAL MODULE: ./src/manifest/parse.ts + 15 modules
var parse = __webpack_require__(5676);
;// CONCATENATED MODULE: ./src/settings/yaml.ts




const MAX_ALIAS_COUNT = 100;
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
/**
 * One YAML document as plain data, with positions for messages: the same strict reading manifests get (YAML 1.2
 * core schema, unique keys, no custom tags, one document, bounded aliases and size).
 */
function parseYaml(text, file, what) {
    const problems = [];
    const report = (line, col, message) => problems.push({ file, line, col, message });
    const size = Buffer.byteLength(text, 'utf8');
    if (size > parse/* MAX_FILE_BYTES */.g) {
        report(1, 1, `${what} is larger than 1 MiB (${size} bytes)`);
        return { data: null, finder: null, problems };
    }
    // The same nesting bound as manifests (src/manifest/depth.ts): the parser recurses once per level.
    const deep = (0,depth/* tooDeep */.DI)(text);
    if (deep !== null) {
        const head = text.slice(0, deep);
        report(head.split('\n').length, deep - head.lastIndexOf('\n'), `${what} nests deeper than ${depth/* MAX_NESTING */.M1} levels here: refused (the settings file needs about five)`);
        return { data: null, finder: null, problems };
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
    for (const e of doc.errors) {
        const p = lines.linePos(e.pos[0]);
        report(p.line, p.col, e.code === 'DUPLICATE_KEY' ? 'duplicate key: each key may appear once in a mapping' : e.code === 'MULTIPLE_DOCS' ? `${what} holds one YAML document (no second "---")` : `YAML syntax error: ${e.message.split('\n')[0]}`);
    }
    (0,dist/* visit */.YR)(doc, (_key, node) => {
        if ((0,dist/* isNode */.Ll)(node) && node.tag && !CORE_TAGS.has(node.tag)) {
            const p = lines.linePos(node.range?.[0] ?? 0);
            report(p.line, p.col, `custom YAML tag "${node.tag}" is not allowed: ${what} holds plain data`);
        }
    });
    for (const w of doc.warnings) {
        if (w.code === 'TAG_RESOLVE_FAILED')
            continue;
        const p = lines.linePos(w.pos[0]);
        report(p.line, p.col, `YAML: ${w.message.split('\n')[0]}`);
    }
    if (problems.length)
        return { data: null, finder: null, problems };
    try {
        const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return { data, finder: new positions/* PositionFinder */._(doc, lines), problems };
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        report(1, 1, /alias/i.test(msg) ? `too many YAML aliases (more than ${MAX_ALIAS_COUNT} expansions): write the values out` : `YAML: ${msg}`);
        return { data: null, finder: null, problems };
    }
}

;// CONCATENATED MODULE: ./src/settings/parse.ts







const LIMIT_KEYS = {
    'max-cost-usd': 'max_cost_usd', 'max-gpu-hours': 'max_gpu_hours', 'max-gpus': 'max_gpus', 'max-hours': 'max_hours', 'max-co2-kg': 'max_co2_kg', 'max-total-cost-usd': 'max_total_cost_usd',
};
/** Rules across keys and against the catalogs: ids that exist, names used once, one rate per price rule. */
function settingsRules(s) {
    const out = [];
    const gpu = (id, at) => {
        if (!(0,accelerators/* findAccelerator */.di)(id))
            out.push({ path: at, atKey: false, message: `unknown accelerator "${id}"${(0,suggest/* didYouMean */.au)(id, accelerators/* ACCELERATOR_IDS */.Dt) || `; known: ${accelerators/* ACCELERATOR_IDS */.Dt.join(', ')}`}` });
    };
    const provider = (p, at) => {
        if (!prices/* PROVIDERS */.xq.includes(p.toLowerCase()))
            out.push({ path: at, atKey: false, message: `unknown provider "${p}"${(0,suggest/* didYouMean */.au)(p, prices/* PROVIDERS */.xq) || `; known: ${prices/* PROVIDERS */.xq.join(', ')}`}` });
    };
    const defaults = (d, at) => {
        if (d?.pricing?.provider)
            provider(d.pricing.provider, [...at, 'pricing', 'provider']);
    };
    defaults(s.defaults, ['defaults']);
    (s.prices ?? []).forEach((r, i) => {
        const at = ['prices', i];
        if (r.gpu)
            gpu(r.gpu, [...at, 'gpu']);
        if (r.provider)
            provider(r.provider, [...at, 'provider']);
        if ((r.gpu_hour_usd === undefined) === (r.discount_percent === undefined)) {
            out.push({ path: at, atKey: false, message: `a price rule gives exactly one of gpu_hour_usd (a rate) or discount_percent (off the catalog price)${r.gpu_hour_usd !== undefined ? ', not both' : ''}` });
        }
        if (r.gpu_hour_usd !== undefined && r.discount_percent === undefined && r.gpu === undefined) {
            out.push({ path: [...at, 'gpu_hour_usd'], atKey: true, message: 'a rate per GPU-hour needs the gpu it is for: add gpu (or use discount_percent for every GPU)' });
        }
    });
    const clusterNames = new Set();
    (s.clusters ?? []).forEach((c, i) => {
        gpu(c.gpu, ['clusters', i, 'gpu']);
        if (clusterNames.has(c.name))
            out.push({ path: ['clusters', i, 'name'], atKey: false, message: `cluster name "${c.name}" is used twice: each cluster needs its own name` });
        clusterNames.add(c.name);
    });
    const projectNames = new Set();
    (s.projects ?? []).forEach((p, i) => {
        if (projectNames.has(p.name))
            out.push({ path: ['projects', i, 'name'], atKey: false, message: `project name "${p.name}" is used twice: each project needs its own name` });
        projectNames.add(p.name);
        defaults(p.defaults, ['projects', i, 'defaults']);
        p.paths.forEach((g, j) => {
            if (g.startsWith('/') || g.includes('\\') || g.split('/').includes('..'))
                out.push({ path: ['projects', i, 'paths', j], atKey: false, message: `path "${g}" must be a glob relative to the repository root with / separators (e.g. research/**)` });
        });
    });
    return out;
}
const lower = (x) => (x === undefined ? undefined : x.toLowerCase());
const pricing = (d) => {
    const p = d?.pricing ?? {};
    return { ...(p.provider ? { provider: lower(p.provider) } : {}), ...(p.market ? { market: p.market } : {}), ...(p.region ? { region: p.region } : {}) };
};
/** Parses and validates train-budget.yml: every problem at once, located, or the settings. */
function parseSettings(text, file) {
    const parsed = parseYaml(text, file, 'train-budget.yml');
    if (parsed.problems.length)
        return { settings: null, problems: parsed.problems };
    const { data, finder } = parsed;
    const problems = [];
    const put = (l) => {
        const p = l.atKey ? finder.key(l.path) : finder.at(l.path);
        problems.push({ file, line: p.line, col: p.col, message: l.message });
    };
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ file, line: 1, col: 1, message: 'train-budget.yml must be a mapping starting with version: 1 (see schema/train-budget.schema.json)' });
        return { settings: null, problems };
    }
    const checked = settingsSchema.safeParse(data);
    if (!checked.success) {
        for (const issue of checked.error.issues)
            for (const l of (0,issues/* explainIssue */.J)(issue, data, settingsSchema))
                put(l);
        return { settings: null, problems: (0,manifest_problems/* sortProblems */.dS)(problems) };
    }
    settingsRules(checked.data).forEach(put);
    if (problems.length)
        return { settings: null, problems: (0,manifest_problems/* sortProblems */.dS)(problems) };
    const s = checked.data;
    const limits = (l) => {
        const out = {};
        for (const [k, v] of Object.entries(l ?? {}))
            if (v !== undefined)
                out[LIMIT_KEYS[k]] = v;
        return out;
    };
    return {
        problems: [],
        settings: {
            file,
            defaults: pricing(s.defaults),
            rules: (s.prices ?? []).map((r, i) => ({
                label: `${file} prices[${i + 1}]`,
                gpu: r.gpu ? (0,accelerators/* findAccelerator */.di)(r.gpu).id : null,
                provider: lower(r.provider) ?? null,
                market: r.market ?? null,
                gpu_hour_usd: r.gpu_hour_usd ?? null,
                discount_percent: r.discount_percent ?? null,
                source: r.source ?? null,
            })),
            clusters: (s.clusters ?? []).map((c) => ({ ...c, gpu: (0,accelerators/* findAccelerator */.di)(c.gpu).id })),
            projects: (s.projects ?? []).map((p) => ({
                name: p.name, paths: p.paths, limits: limits(p.limits), hasLimits: Object.keys(p.limits ?? {}).length > 0, defaults: pricing(p.defaults), runs_per_year: p.runs_per_year ?? null,
            })),
        },
    };
}


/***/ })

};
;