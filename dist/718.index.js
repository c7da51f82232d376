"use strict";
exports.id = 718;
exports.ids = [718,318];
exports.modules = {

/***/ 7718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postComment: () => (/* binding */ postComment)
/* harmony export */ });
/* harmony import */ var _github_status_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(957);
/* harmony import */ var _github_comment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7318);
/* harmony import */ var _github_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9373);
/* harmony import */ var _report_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1211);
/* harmony import */ var _report_fit_body_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3426);





const COMMENT_POINTER = '_The rest does not fit in one comment (65,536 characters): see the workflow run\'s job summary and annotations for all of it._';
const FORK_HINT = 'the token cannot write to this pull request (a pull request from a fork gets a read-only token). The job summary, outputs and the budget check still apply. To comment on fork pull requests, set comment: off here, upload the comment-file output, and post it from a workflow_run workflow with post-comment-file (README, Pull requests from forks); do not check out a fork\'s code under pull_request_target.';
/** Posts or edits the pull-request comment; a failure is a warning, never the step's verdict. */
async function postComment(client, pull, body, inputs) {
    if (inputs.comment === 'off')
        return;
    if (!client) {
        _github_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e('Train Budget: no github-token, so no pull-request comment');
        return;
    }
    try {
        // The last guard on size: GitHub refuses a body over 65,536 characters (422), and then nothing is posted.
        const fitted = (0,_report_fit_body_js__WEBPACK_IMPORTED_MODULE_2__/* .fitBody */ .KM)((0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanMarkdownBody */ .r0)(body), { max: _report_fit_body_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_MAX_CHARS */ .dq, unit: 'chars', pointer: COMMENT_POINTER });
        const outcome = await (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_3__.upsertComment)(client, pull, fitted, inputs.comment, inputs.commentTag);
        if (outcome.action !== 'skipped') {
            _github_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('comment-id', String(outcome.comment.id));
            _github_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('comment-url', outcome.comment.html_url);
            _github_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Train Budget: comment ${outcome.action} (${outcome.comment.html_url})`);
        }
    }
    catch (e) {
        const status = (0,_github_status_js__WEBPACK_IMPORTED_MODULE_4__/* .statusOf */ .c)(e);
        if (status === 403)
            _github_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Train Budget could not comment: ${FORK_HINT}`);
        else
            _github_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Train Budget could not comment on the pull request (${status ?? e.message}); the verdict below still applies`);
    }
}


/***/ }),

/***/ 7318:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTIONS_BOT: () => (/* binding */ ACTIONS_BOT),
/* harmony export */   marker: () => (/* binding */ marker),
/* harmony export */   upsertComment: () => (/* binding */ upsertComment)
/* harmony export */ });
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(957);

/** The hidden marker that finds a comment again; the tag keeps several workflows' comments apart. */
const marker = (tag) => `<!-- train-budget:${tag} -->`;
const normalize = (s) => s.replace(/\r\n/g, '\n').trim();
/** The login the workflow's GITHUB_TOKEN writes as. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Logins whose comments may be the action's own: the workflow token's bot, and the token's user when it is a
 * personal token (GET /user answers). Anyone can paste the marker into a comment; only these are edited.
 */
async function ownLogins(client) {
    const me = client.identity ? await client.identity() : null;
    return new Set([ACTIONS_BOT, ...(me ? [me] : [])]);
}
/**
 * Posts the report on the pull request. `update`: the comment carrying this tag's marker and written by the
 * token's own identity (`ownLogins`) is edited in place
 * (found through every page of comments), and left alone when its body is already this one; `new`: a fresh
 * comment each run; `off`: nothing.
 */
async function upsertComment(client, issue, body, mode, tag) {
    if (mode === 'off')
        return { action: 'skipped' };
    if (mode === 'update') {
        const m = marker(tag);
        const own = await ownLogins(client);
        let existing;
        for await (const page of client.comments(issue)) {
            existing = page.find((c) => c.body.includes(m) && c.author !== undefined && own.has(c.author));
            if (existing)
                break;
        }
        if (existing) {
            if (normalize(existing.body) === normalize(body))
                return { action: 'unchanged', comment: existing };
            try {
                return { action: 'updated', comment: await client.updateComment(existing.id, body) };
            }
            catch (e) {
                // Deleted between the listing and the edit: post a fresh one instead.
                if ((0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c)(e) !== 404)
                    throw e;
            }
        }
    }
    return { action: 'created', comment: await client.createComment(issue, body) };
}


/***/ })

};
;