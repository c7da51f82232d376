export const id = 822;
export const ids = [822];
export const modules = {

/***/ 7822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseManifest: () => (/* binding */ parseManifest)
});

// UNUSED EXPORTS: MAX_FILE_BYTES

// EXTERNAL MODULE: ./src/manifest/parse.ts + 28 modules
var parse = __webpack_require__(5617);
// EXTERNAL MODULE: ./src/manifest/issues.ts + 1 modules
var issues = __webpack_require__(8242);
// EXTERNAL MODULE: ./src/manifest/schema.ts
var schema = __webpack_require__(6470);
;// CONCATENATED MODULE: ./src/manifest/zod-validate.ts


/** Each schema, and the one whose keys an "unknown key" message lists (a job's: with the model's forms). */
const SCHEMAS = {
    job: [schema/* jobSchemaModelDeferred */.LC, schema/* jobSchema */.jQ],
    catalogId: [schema/* modelCatalogId */.OA, schema/* modelCatalogId */.OA],
    parameters: [schema/* modelParameters */.aD, schema/* modelParameters */.aD],
    config: [schema/* modelConfig */.aY, schema/* modelConfig */.aY],
    architecture: [schema/* modelArchitecture */.jz, schema/* modelArchitecture */.jz],
};
/** Validation with zod: the data zod returns, or each issue as a message that says what is wrong and what would be right. */
const zodValidate = (name, value, data, at) => {
    const [schema, explainWith] = SCHEMAS[name];
    const r = schema.safeParse(value);
    return r.success ? { ok: true, data: r.data } : { ok: false, problems: r.error.issues.flatMap((issue) => (0,issues/* explainIssue */.Jp)(issue, data, explainWith, at)) };
};

;// CONCATENATED MODULE: ./src/manifest/load.ts



/**
 * Parses and validates one manifest's text with zod: every problem at once, or the normalized jobs. The action
 * loads this module only for a manifest the fast check does not pass (load-all.ts, loadManifestsLazily).
 */
function parseManifest(text, opts) {
    return (0,parse/* parseManifestWith */.X)(text, opts, zodValidate);
}


/***/ })

};
