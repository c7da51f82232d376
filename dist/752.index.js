"use strict";
exports.id = 752;
exports.ids = [752];
exports.modules = {

/***/ 9752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   problemsMarkdown: () => (/* binding */ problemsMarkdown)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);

/** The comment when manifests are invalid: nothing was estimated, here is every problem (the first 200). */
function problemsMarkdown(problems, marker) {
    return [
        marker,
        '### Train Budget',
        '',
        `**❌ ${problems.length} manifest problem${problems.length === 1 ? '' : 's'}: nothing was estimated**`,
        '',
        ...problems.slice(0, 200).map((p) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(`${p.file}:${p.line}:${p.col}`)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(p.message)}`),
        ...(problems.length > 200 ? ['', `_and ${problems.length - 200} more: the log of the workflow run lists every one._`] : []),
        '',
    ].join('\n');
}


/***/ })

};
;