"use strict";
exports.id = 505;
exports.ids = [505];
exports.modules = {

/***/ 7505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   settingsChangeLines: () => (/* binding */ settingsChangeLines)
/* harmony export */ });
/* harmony import */ var _budget_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5261);

const LIMIT_ORDER = [..._budget_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_LIMITS */ .$, 'max_total_cost_usd'];
const show = (v) => (v === undefined ? 'none' : String(v));
function limitChanges(scope, before, after) {
    const out = [];
    for (const k of LIMIT_ORDER)
        if (before[k] !== after[k])
            out.push(`${scope} ${(0,_budget_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .flagName */ .G)(k)} ${show(before[k])} → ${show(after[k])}`);
    return out;
}
const canonical = (s) => JSON.stringify(s ? { defaults: s.defaults, rules: s.rules, clusters: s.clusters, projects: s.projects } : null);
/**
 * What a pull request changes in train-budget.yml, as lines for the comment: limit changes (which are not
 * applied: the base branch's limits judge the pull request) and whether prices, clusters or defaults changed
 * (which the estimates do use). No lines when nothing changed.
 */
function settingsChangeLines(base, head, file) {
    if (canonical(base) === canonical(head))
        return [];
    if (base === null)
        return [`This pull request adds ${file}: its limits apply once it is merged; until then the action's inputs judge every job.${head && (head.rules.length || head.clusters.length) ? ' Its prices and clusters are used in the estimates.' : ''}`];
    if (head === null)
        return [`This pull request removes ${file}: its limits still judge this pull request (from the base branch); prices are catalog prices.`];
    const changes = [];
    const names = [...new Set([...base.projects.map((p) => p.name), ...head.projects.map((p) => p.name)])];
    for (const n of names) {
        const b = base.projects.find((p) => p.name === n);
        const h = head.projects.find((p) => p.name === n);
        if (!b)
            changes.push(`adds project ${n}`);
        else if (!h)
            changes.push(`removes project ${n}`);
        else {
            changes.push(...limitChanges(`project ${n}`, b.limits, h.limits));
            if (JSON.stringify(b.paths) !== JSON.stringify(h.paths))
                changes.push(`project ${n} paths ${b.paths.join(', ')} → ${h.paths.join(', ')}`);
        }
    }
    const lines = [];
    if (changes.length)
        lines.push(`This pull request changes the budget in ${file} (${changes.join('; ')}): the base branch's limits judge it until the change is merged.`);
    const priced = [];
    if (JSON.stringify(base.rules) !== JSON.stringify(head.rules))
        priced.push('price rules');
    if (JSON.stringify(base.clusters) !== JSON.stringify(head.clusters))
        priced.push('clusters');
    if (JSON.stringify(base.defaults) !== JSON.stringify(head.defaults) || JSON.stringify(base.projects.map((p) => p.defaults)) !== JSON.stringify(head.projects.map((p) => p.defaults)))
        priced.push('defaults');
    if (priced.length)
        lines.push(`This pull request changes the ${priced.join(', ')} in ${file}: the estimates use the pull request's version.`);
    return lines;
}


/***/ })

};
;