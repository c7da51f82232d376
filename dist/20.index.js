"use strict";
exports.id = 20;
exports.ids = [20,318,718];
exports.modules = {

/***/ 5020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postSaved: () => (/* binding */ postSaved)
/* harmony export */ });
/* unused harmony export defuseReferences */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_comment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7318);
/* harmony import */ var _github_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9373);
/* harmony import */ var _github_status_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(957);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(120);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7718);






/**
 * The second half of the fork recipe (README, "Pull requests from forks"): a `workflow_run` workflow with a write
 * token posts the comment a `pull_request` run rendered earlier (its `comment-file` output, passed on as an
 * artifact). Nothing of the fork is checked out or run here; the file is the only thing taken from the fork's
 * run, and it is treated as untrusted text:
 * - the pull request is found from GitHub's own payload (the run's head owner, branch and commit), never from the
 *   artifact, and its head must still be the commit the run estimated;
 * - the body must be a Train Budget comment for this tag and fit in one comment;
 * - control characters are escaped and mentions and issue references are broken, as the renderer does for every
 *   name it shows, so a forged file cannot ping a team or link issues in the bot's name.
 * The verdict stays the first run's check; this half only posts.
 */
const WJ = '\u2060';
/** `@team` and `#123` as plain text: a WORD JOINER after the sign (the renderer's own output never links either). */
const defuseReferences = (body) => body.replace(/@(?=[A-Za-z0-9_-])/g, `@${WJ}`).replace(/(?<!&)#(?=\d)/g, `#${WJ}`);
async function postSaved(inputs, event, client) {
    const path = inputs.postCommentFile;
    if (inputs.comment === 'off') {
        _github_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq('Train Budget: comment is off, nothing posted');
        return;
    }
    const run = event.run;
    if (!event.pull && !run) {
        _github_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`Train Budget: input post-comment-file is for a workflow_run workflow triggered by the pull_request run that rendered the comment; this is a ${event.name || 'run without an event'}`);
        return;
    }
    if (run && run.event !== 'pull_request' && run.event !== 'pull_request_target') {
        _github_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Train Budget: the triggering run was a ${run.event || 'run without an event'}, not a pull request: nothing to post`);
        return;
    }
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        _github_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`Train Budget: cannot read post-comment-file ${path} (${e.code ?? e.message}): download the pull_request run's artifact first`);
        return;
    }
    if (text.trim() === '') {
        _github_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq('Train Budget: the pull_request run had nothing to say (no manifests): nothing posted');
        return;
    }
    if (text.length > _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_COMMENT_LIMIT */ ._4) {
        _github_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`Train Budget: post-comment-file ${path} holds ${text.length} characters, more than one comment takes (${_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_COMMENT_LIMIT */ ._4}): it was not rendered by Train Budget`);
        return;
    }
    const m = (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_4__.marker)(inputs.commentTag);
    if (!text.startsWith(m)) {
        _github_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`Train Budget: post-comment-file ${path} is not a Train Budget comment for comment-tag "${inputs.commentTag}" (it must start with ${m}; give both halves the same comment-tag)`);
        return;
    }
    if (!client) {
        _github_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1('Train Budget: post-comment-file needs a github-token that can write pull-request comments');
        return;
    }
    let number = event.pull?.number ?? null;
    if (run) {
        try {
            const open = await client.pullsWithHead(run.head_owner, run.head_branch);
            number = open.find((p) => p.head_sha === run.head_sha)?.number ?? null;
        }
        catch (e) {
            _github_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`Train Budget: cannot list the pull requests of ${run.head_owner}:${run.head_branch} (${(0,_github_status_js__WEBPACK_IMPORTED_MODULE_5__/* .statusOf */ .c)(e) ?? e.message})`);
            return;
        }
        if (number === null) {
            // Pushed again since (the newer commit's run posts its own comment), or closed: not this run's to post.
            _github_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Train Budget: no open pull request has ${run.head_owner}:${run.head_branch} at ${run.head_sha.slice(0, 12)} as its head; nothing posted`);
            return;
        }
    }
    await (0,_post_js__WEBPACK_IMPORTED_MODULE_3__.postComment)(client, number, defuseReferences(text), inputs);
}


/***/ }),

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