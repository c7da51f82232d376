"use strict";
exports.id = 584;
exports.ids = [584];
exports.modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   octokitClient: () => (/* binding */ octokitClient)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9373);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);




/** How many times a rate-limited request is tried again before giving up. */
const RATE_LIMIT_RETRIES = 2;
/** Longest wait for a rate limit to lift; past it the call fails instead of stalling the job. */
const MAX_RATE_LIMIT_WAIT_S = 60;
/**
 * A client over @actions/github's Octokit (its base URL follows GITHUB_API_URL, so GitHub Enterprise Server
 * works), with Octokit's retry plugin (5xx: 3 retries, 1 s, 4 s, 9 s apart) and throttling plugin (rate limits:
 * waits for retry-after, twice at most, never more than a minute).
 */
function octokitClient(token, owner, repo) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        throttle: {
            onRateLimit: (retryAfter, options, _o, retryCount) => {
                _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub rate limit on ${options.method} ${options.url}: ${retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S ? `retrying in ${retryAfter} s` : 'giving up'}`);
                return retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
            },
            onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
                _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub secondary rate limit on ${options.method} ${options.url}: ${retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S ? `retrying in ${retryAfter} s` : 'giving up'}`);
                return retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
    return {
        async *comments(issue) {
            for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 })) {
                yield page.data.map((c) => ({ id: c.id, body: c.body ?? '', html_url: c.html_url, ...(c.user?.login ? { author: c.user.login } : {}) }));
            }
        },
        async createComment(issue, body) {
            const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
            return { id: data.id, body: data.body ?? '', html_url: data.html_url };
        },
        async updateComment(id, body) {
            const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
            return { id: data.id, body: data.body ?? '', html_url: data.html_url };
        },
        async fileAt(path, ref) {
            try {
                const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref });
                if (Array.isArray(data) || data.type !== 'file')
                    return null;
                if (data.encoding === 'base64' && typeof data.content === 'string')
                    return Buffer.from(data.content, 'base64').toString('utf8');
                return typeof data.content === 'string' ? data.content : null;
            }
            catch (e) {
                if (e.status === 404)
                    return null;
                throw e;
            }
        },
        async identity() {
            try {
                return (await octokit.rest.users.getAuthenticated()).data.login;
            }
            catch {
                return null; // 403 "Resource not accessible by integration" for GITHUB_TOKEN: the bot login below applies
            }
        },
        async pullFiles(pull) {
            const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pull, per_page: 100 });
            return files.map((f) => ({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}) }));
        },
        async pullsWithHead(headOwner, branch) {
            const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', head: `${headOwner}:${branch}`, per_page: 100 });
            return pulls.map((p) => ({ number: p.number, head_sha: p.head.sha }));
        },
    };
}



/***/ })

};
;