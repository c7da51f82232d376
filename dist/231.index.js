"use strict";
exports.id = 231;
exports.ids = [231];
exports.modules = {

/***/ 3231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   basePricing: () => (/* binding */ basePricing),
/* harmony export */   readBaseSettings: () => (/* binding */ readBaseSettings),
/* harmony export */   touchesSettings: () => (/* binding */ touchesSettings)
/* harmony export */ });
/**
 * train-budget.yml as it is at the base (the action reads it through GitHub's contents API, `estimate --base`
 * through `git show`). A file that cannot be read or is invalid is said, and the change's own file is used.
 * `why` names a read failure (the action gives the HTTP status); `fallback` says what is used instead, `at` where the base is.
 */
async function readBaseSettings(read, repoPath, opts = {}) {
    const { why = (e) => e.message, fallback = "the pull request's own limits are used", at = 'on the base branch' } = opts;
    let text;
    try {
        text = await read(repoPath);
    }
    catch (e) {
        return { ok: false, note: `could not read ${repoPath} ${at} (${why(e)}): ${fallback}` };
    }
    if (text === null)
        return { ok: true, settings: null };
    // Loaded here, not with this module: the action's run without a settings file never builds the settings schema.
    const { parseSettings } = await Promise.all(/* import() */[__webpack_require__.e(173), __webpack_require__.e(153), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 4502));
    const r = parseSettings(text, repoPath);
    if (!r.settings) {
        const p = r.problems[0];
        return { ok: false, note: `${repoPath} ${at} is not valid (${p.line}:${p.col}: ${p.message}): ${fallback}` };
    }
    return { ok: true, settings: r.settings };
}
/** Whether a change touches the settings file (a repository path), as the changed-file list says. */
const touchesSettings = (changed, repoPath) => changed.some((f) => f.filename === repoPath || f.previous_filename === repoPath);
/**
 * The settings that price the base side of a comparison. When the change edits train-budget.yml (and its base
 * version could be read: `base` is not undefined), the base is priced with the base's file and every job counts
 * as changed exactly when its estimate moves (`repriced`: compareWithBase re-estimates the jobs whose manifests
 * the change leaves alone). Otherwise both sides use the head's settings, so the change is the manifests'.
 * The action's pull-request run and the CLI's `estimate --base` / `plan --base` both decide here.
 */
function basePricing(changed, repoPath, base, head) {
    const repriced = base !== undefined && touchesSettings(changed, repoPath);
    return { book: repriced ? base : head, repriced };
}


/***/ })

};
;