"use strict";
exports.id = 23;
exports.ids = [23];
exports.modules = {

/***/ 1023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchAll: () => (/* binding */ fetchAll),
/* harmony export */   hubOptionsFromEnv: () => (/* binding */ hubOptionsFromEnv)
/* harmony export */ });
/* unused harmony exports offlineFromEnv, fetchHubConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _manifest_suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7271);
/* harmony import */ var _catalog_models_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5842);





/** config.json files are a few kilobytes; anything larger is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** huggingface_hub's default download timeout, 10 s (HF_HUB_DOWNLOAD_TIMEOUT, docs: package_reference/environment_variables). */
const DEFAULT_TIMEOUT_S = 10;
/** huggingface_hub's reading of a boolean variable such as HF_HUB_OFFLINE: 1, ON, YES or TRUE, any case. */
const isTrue = (v) => v !== undefined && ['1', 'ON', 'YES', 'TRUE'].includes(v.trim().toUpperCase());
/** HF_HUB_OFFLINE=1 forbids fetching, as it does for huggingface_hub and transformers. */
function offlineFromEnv(env = process.env) {
    return isTrue(env.HF_HUB_OFFLINE);
}
/**
 * The options from the environment, named as huggingface_hub names them: HF_ENDPOINT, HF_TOKEN,
 * HF_HUB_DOWNLOAD_TIMEOUT (seconds per attempt); the cache is the runner's tool cache in the action, else
 * $XDG_CACHE_HOME or ~/.cache (%LOCALAPPDATA% on Windows), under train-budget/hf-configs.
 */
function hubOptionsFromEnv(env = process.env) {
    const base = env.RUNNER_TOOL_CACHE || env.XDG_CACHE_HOME || (env.LOCALAPPDATA ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache'));
    const timeout = Number(env.HF_HUB_DOWNLOAD_TIMEOUT);
    return {
        endpoint: (env.HF_ENDPOINT || 'https://huggingface.co').replace(/\/+$/, ''),
        ...(env.HF_TOKEN ? { token: env.HF_TOKEN } : {}),
        timeoutMs: 1000 * (env.HF_HUB_DOWNLOAD_TIMEOUT && Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, 600) : DEFAULT_TIMEOUT_S),
        retries: 2,
        cacheDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'train-budget', 'hf-configs'),
    };
}
function split(id) {
    const at = id.indexOf('@');
    return at < 0 ? { repo: id, revision: 'main' } : { repo: id.slice(0, at), revision: id.slice(at + 1) };
}
function cachePath(dir, repo, revision) {
    const safe = (s) => s.replace(/[^\w.-]/g, '_');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, ...repo.split('/').map(safe), safe(revision), 'config.json');
}
/**
 * Fetches {endpoint}/{repo}/resolve/{revision}/config.json with HF_TOKEN when set, a timeout per attempt and
 * retries for network failures, 429 and 5xx; a cached copy answers without the network. The errors say what to
 * do: a gated model needs an HF_TOKEN and the licence accepted, a missing one a catalog id, a network failure a
 * local config.json.
 */
async function fetchHubConfig(id, opts, fetchImpl = fetch) {
    const { repo, revision } = split(id);
    const cached = opts.cacheDir ? cachePath(opts.cacheDir, repo, revision) : null;
    if (cached) {
        try {
            return { ok: true, config: JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(cached, 'utf8')), source: `${repo}@${revision} config.json (cached)` };
        }
        catch {
            /* not cached (or unreadable): fetch it */
        }
    }
    const url = `${opts.endpoint}/${repo}/resolve/${encodeURIComponent(revision)}/config.json`;
    let last = '';
    for (let attempt = 0; attempt <= opts.retries; attempt++) {
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(), opts.timeoutMs);
        try {
            const res = await fetchImpl(url, { headers: { accept: 'application/json', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) }, signal: abort.signal, redirect: 'follow' });
            const body = await res.text();
            if (res.ok) {
                if (body.length > MAX_CONFIG_BYTES)
                    return { ok: false, error: `${url} is larger than 1 MiB: not a config.json` };
                let config;
                try {
                    config = JSON.parse(body);
                }
                catch {
                    return { ok: false, error: `${url} is not JSON` };
                }
                if (cached) {
                    try {
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cached, '..'), { recursive: true });
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(`${cached}.tmp`, body);
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(`${cached}.tmp`, cached);
                    }
                    catch {
                        /* a cache that cannot be written only costs a fetch next time */
                    }
                }
                return { ok: true, config, source: `${repo}@${revision} config.json from ${opts.endpoint}` };
            }
            const hubMessage = res.headers.get('x-error-message');
            const said = hubMessage ? `: "${hubMessage}"` : '';
            if (res.status === 401 || res.status === 403) {
                return { ok: false, error: `model "${repo}" is gated or private on the Hub (HTTP ${res.status}${said}): accept its licence on its Hub page and set HF_TOKEN (in the action: an HF_TOKEN secret passed as env), or pin a local config.json with model: { config: path/to/config.json }` };
            }
            if (res.status === 404) {
                const near = (0,_manifest_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .kp)(repo.split('/')[1] ?? repo, _catalog_models_js__WEBPACK_IMPORTED_MODULE_3__/* .MODEL_IDS */ .$g, 3);
                return { ok: false, error: `model "${repo}"${revision !== 'main' ? ` at revision ${revision}` : ''} has no config.json on the Hub (HTTP 404${said})${near.length ? `; catalog ids that resolve offline: ${near.join(', ')}` : ''}` };
            }
            last = `HTTP ${res.status}`;
            if (res.status !== 429 && res.status < 500)
                break;
        }
        catch (e) {
            last = abort.signal.aborted ? `no answer within ${opts.timeoutMs / 1000} s` : e.message;
        }
        finally {
            clearTimeout(timer);
        }
    }
    return { ok: false, error: `could not fetch ${url} (${last}; ${opts.retries + 1} attempt${opts.retries ? 's' : ''}): check the network or HF_ENDPOINT, or pin a local config.json with model: { config: path/to/config.json }` };
}
/** Fetches every wanted id, one at a time (a handful per repository), in a stable order. */
async function fetchAll(ids, opts, fetchImpl) {
    const out = new Map();
    for (const id of [...new Set(ids)].sort())
        out.set(id, await fetchHubConfig(id, opts, fetchImpl));
    return out;
}


/***/ })

};
;