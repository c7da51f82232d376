"use strict";
exports.id = 20;
exports.ids = [20];
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
    const m = (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_4__/* .marker */ .xL)(inputs.commentTag);
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
    await (0,_post_js__WEBPACK_IMPORTED_MODULE_3__/* .postComment */ .G)(client, number, defuseReferences(text), inputs);
}


/***/ })

};
;