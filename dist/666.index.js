"use strict";
exports.id = 666;
exports.ids = [666];
exports.modules = {

/***/ 6666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changeViolations: () => (/* binding */ changeViolations),
/* harmony export */   compareReports: () => (/* binding */ compareReports)
/* harmony export */ });
const key = (j) => `${j.file}\u0000${j.name}`;
/** What a job adds to the total: nothing when it does not fit (it cannot run). */
const cost = (j) => (j.memory.fits ? j.cost_usd.expected : 0);
/** Same estimate: a touched manifest whose job comes out the same (a comment edited, say) is unchanged. */
const same = (a, b) => Math.abs(a.cost_usd.expected - b.cost_usd.expected) < 0.005 && a.compute.gpu_hours.expected === b.compute.gpu_hours.expected &&
    a.memory.per_gpu_bytes.total === b.memory.per_gpu_bytes.total && a.hardware.gpu === b.hardware.gpu && a.hardware.count === b.hardware.count;
/**
 * Matches jobs by file and name. `touched` lists the files the pull request changes: a job in an untouched file
 * is unchanged by definition, whatever the estimator says.
 */
function compareReports(base, head, touched, notes = []) {
    const before = new Map(base.map((j) => [key(j), j]));
    const jobs = [];
    for (const after of head.jobs) {
        const b = before.get(key(after)) ?? null;
        before.delete(key(after));
        const status = !touched.has(after.file) ? 'unchanged' : b === null ? 'added' : same(after, b) ? 'unchanged' : 'changed';
        jobs.push({ name: after.name, file: after.file, status, before: b, after, cost_delta_usd: cost(after) - (b ? cost(b) : 0) });
    }
    for (const b of before.values()) {
        jobs.push({ name: b.name, file: b.file, status: 'removed', before: b, after: null, cost_delta_usd: -cost(b) });
    }
    // As in the report's totals, a job that does not fit adds no cost.
    const beforeCost = base.reduce((s, j) => s + cost(j), 0);
    const afterCost = head.totals.cost_usd.expected;
    return {
        jobs, before_cost_usd: beforeCost, after_cost_usd: afterCost, delta_usd: afterCost - beforeCost,
        delta_percent: beforeCost > 0 ? ((afterCost - beforeCost) / beforeCost) * 100 : null, notes,
    };
}
/** Limits on the change: a cost increase above max_cost_increase_usd or max_cost_increase_percent. */
function changeViolations(c, limits) {
    const out = [];
    if (limits.max_cost_increase_usd !== undefined && c.delta_usd > limits.max_cost_increase_usd) {
        out.push({ limit: 'max_cost_increase_usd', max: limits.max_cost_increase_usd, actual: c.delta_usd });
    }
    if (limits.max_cost_increase_percent !== undefined && c.delta_percent !== null && c.delta_percent > limits.max_cost_increase_percent) {
        out.push({ limit: 'max_cost_increase_percent', max: limits.max_cost_increase_percent, actual: c.delta_percent });
    }
    return out;
}


/***/ })

};
;