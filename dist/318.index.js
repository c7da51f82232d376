"use strict";
exports.id = 318;
exports.ids = [318];
exports.modules = {

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