"use strict";
exports.id = 153;
exports.ids = [153];
exports.modules = {

/***/ 8242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ explainIssue)
});

// UNUSED EXPORTS: allowedKeys

;// CONCATENATED MODULE: ./src/manifest/foreign-keys.ts
/**
 * Keys of the training configs people copy from, and where the same setting goes in a manifest. Names from
 * axolotl's config reference (sequence_len, micro_batch_size, lora_r, lora_target_modules, num_epochs,
 * base_model, load_in_4bit), Hugging Face TrainingArguments (per_device_train_batch_size, num_train_epochs,
 * gradient_accumulation_steps, max_seq_length in TRL's SFTConfig) and PEFT's LoraConfig (r, target_modules,
 * lora_alpha).
 */
const WHERE = {
    target_modules: 'lora.targets',
    lora_target_modules: 'lora.targets',
    lora_r: 'lora.rank',
    r: 'lora.rank',
    lora_alpha: 'nowhere: the estimate does not depend on it (leave it out)',
    lora_dropout: 'nowhere: the estimate does not depend on it (leave it out)',
    learning_rate: 'nowhere: the estimate does not depend on it (leave it out)',
    sequence_len: 'training.sequence_length',
    max_seq_length: 'training.sequence_length',
    seq_length: 'training.sequence_length',
    cutoff_len: 'training.sequence_length',
    micro_batch_size: 'training.micro_batch_size',
    per_device_train_batch_size: 'training.micro_batch_size',
    gradient_accumulation_steps: 'training.global_batch_size (micro_batch_size x GPUs x accumulation steps)',
    num_epochs: 'data.epochs',
    num_train_epochs: 'data.epochs',
    epochs: 'data.epochs',
    gradient_checkpointing: 'training.gradient_checkpointing',
    base_model: 'model (a catalog id, a Hugging Face id, or model.config)',
    model_name_or_path: 'model (a catalog id, a Hugging Face id, or model.config)',
    load_in_4bit: 'method: qlora',
    adapter: 'method (lora or qlora)',
};
/** ": a training-config key; in a manifest it is lora.targets", or "" for a key no trainer config uses. */
function foreignKeyHint(key, path) {
    const where = WHERE[key];
    if (!where)
        return '';
    // Only where the key would not be right anyway: `epochs` under data, `gradient_checkpointing` under training are fine.
    if (path.length > 1 && where.startsWith(`${String(path[path.length - 2])}.`))
        return '';
    return `: "${key}" comes from trainer configs (axolotl, Hugging Face TrainingArguments, PEFT); in a manifest it goes in ${where}`;
}

// EXTERNAL MODULE: ./src/manifest/suggest.ts
var suggest = __webpack_require__(7271);
// EXTERNAL MODULE: ./src/manifest/value-at.ts
var value_at = __webpack_require__(5276);
;// CONCATENATED MODULE: ./src/manifest/issues.ts



function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
    return String(v);
}
const EXPECTED = {
    number: 'a number',
    int: 'a whole number',
    string: 'a string',
    boolean: 'true or false',
    object: 'a mapping of keys',
    array: 'a list',
};
/** The keys a strict object schema allows, found by walking the schema along a path. */
function allowedKeys(schema, path) {
    let s = schema;
    const unwrap = (x) => {
        let cur = x;
        for (let i = 0; i < 10 && cur?.def; i++) {
            const t = cur.def.type;
            if (t === 'optional' || t === 'default' || t === 'nullable')
                cur = cur.def.innerType;
            else
                break;
        }
        return cur;
    };
    for (const k of path) {
        const u = unwrap(s);
        if (typeof k === 'number' && u?.def?.type === 'array')
            s = u.def.element;
        else if (u?.shape && typeof k === 'string')
            s = u.shape[k];
        else if (u?.def?.type === 'union') {
            const withShape = (u.def.options ?? []).map(unwrap).find((o) => o.shape?.[k]);
            s = withShape ? withShape.shape[k] : undefined;
        }
        else
            return [];
    }
    const u = unwrap(s);
    return u?.shape ? Object.keys(u.shape) : [];
}
/** One zod issue as a message that says what is wrong and what would be right. */
function explainIssue(issue, data, schema, base = []) {
    const path = [...base, ...issue.path];
    const got = (0,value_at/* valueAt */.f)(data, path);
    const last = path[path.length - 1];
    const name = last === undefined ? 'the manifest' : typeof last === 'number' ? `item ${last + 1}` : `"${last}"`;
    const shapeCodes = ['invalid_type', 'invalid_value', 'invalid_union', 'invalid_format'];
    if (got === undefined && shapeCodes.includes(issue.code))
        return [{ path, atKey: false, message: `missing required key ${name}` }];
    switch (issue.code) {
        case 'unrecognized_keys': {
            const allowed = allowedKeys(schema, issue.path);
            return issue.keys.map((k) => ({
                path: [...path, k],
                atKey: true,
                message: `unknown key "${k}"${foreignKeyHint(k, [...path, k]) || (0,suggest/* didYouMean */.au)(k, allowed) || (allowed.length ? ` (allowed here: ${allowed.join(', ')})` : '')}`,
            }));
        }
        case 'invalid_type': {
            const expected = EXPECTED[issue.expected] ?? issue.expected;
            if (issue.expected === 'int' && typeof got === 'number')
                return [{ path, atKey: false, message: `${name} must be a whole number, got ${got}` }];
            return [{ path, atKey: false, message: `${name} must be ${expected}, got ${describe(got)}` }];
        }
        case 'invalid_value': {
            if (issue.message && !issue.message.startsWith('Invalid'))
                return [{ path, atKey: false, message: `${issue.message} (got ${describe(got)})` }];
            const values = issue.values.map(String);
            const hint = typeof got === 'string' ? (0,suggest/* didYouMean */.au)(got, values) : '';
            return [{ path, atKey: false, message: `${name} must be one of ${values.join(' | ')}, got ${describe(got)}${hint}` }];
        }
        case 'too_small': {
            const min = Number(issue.minimum);
            if (issue.origin === 'array')
                return [{ path, atKey: false, message: `${name} must list at least ${min} item${min === 1 ? '' : 's'}` }];
            if (issue.origin === 'string')
                return [{ path, atKey: false, message: `${name} must not be empty` }];
            return [{ path, atKey: false, message: `${name} must be ${issue.inclusive ? 'at least' : 'greater than'} ${min}, got ${describe(got)}` }];
        }
        case 'too_big': {
            const max = Number(issue.maximum);
            if (issue.origin === 'string')
                return [{ path, atKey: false, message: `${name} must be at most ${max} characters long` }];
            return [{ path, atKey: false, message: `${name} must be ${issue.inclusive ? 'at most' : 'less than'} ${max}, got ${describe(got)}` }];
        }
        case 'invalid_format':
            return [{ path, atKey: false, message: `${name}: ${issue.message}, got ${describe(got)}` }];
        case 'invalid_union': {
            if (issue.message && !issue.message.startsWith('Invalid'))
                return [{ path, atKey: false, message: `${name}: ${issue.message}, got ${describe(got)}` }];
            return [{ path, atKey: false, message: `${name} has an unexpected form, got ${describe(got)}` }];
        }
        default:
            return [{ path, atKey: false, message: `${name}: ${issue.message}` }];
    }
}


/***/ }),

/***/ 9114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ numberSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3603);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(859);


/** A zod number with this range's bounds: validation and the generated JSON Schema both state them. */
function numberSchema(kind) {
    const r = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .rangeOf */ .be)(kind);
    let s = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig();
    if (r.integer)
        s = s.int();
    s = r.exclusiveMin ? s.gt(r.min) : s.min(r.min);
    return s.max(r.max);
}


/***/ }),

/***/ 6470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* reexport safe */ _enums_js__WEBPACK_IMPORTED_MODULE_5__.AC),
/* harmony export */   LC: () => (/* binding */ jobSchemaModelDeferred),
/* harmony export */   OA: () => (/* binding */ modelCatalogId),
/* harmony export */   aD: () => (/* binding */ modelParameters),
/* harmony export */   aY: () => (/* binding */ modelConfig),
/* harmony export */   jQ: () => (/* binding */ jobSchema),
/* harmony export */   jz: () => (/* binding */ modelArchitecture)
/* harmony export */ });
/* unused harmony exports refinements, architectureSchema, modelSchema, jobShape, jobsFileSchema, manifestSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9396);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3603);
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4857);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(859);
/* harmony import */ var _number_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9114);
/* harmony import */ var _enums_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9791);





/**
 * Training-job manifest v1, as zod schemas. These describe the file as written (before defaults and count
 * parsing): the same objects generate `schema/training-job.schema.json` for editors, so every key carries a
 * description and an example. Cross-field rules (kv_heads divides attention_heads, catalog ids, ...) live in
 * `rules.ts`, where they can say what would be right.
 */
/**
 * What each superRefine checks, by name, for the fast check generated from these schemas (fast-check.ts): a
 * refinement is a function zod cannot describe, so the generator refuses a schema with one not registered here.
 */
const refinements = zod__WEBPACK_IMPORTED_MODULE_3__/* .registry */ .u5();
const COUNT_RE = new RegExp(_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .COUNT_PATTERN */ .v);
const RANGE_COUNT_MAX = _numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .RANGES */ .$M.count.max;
const COUNT_HELP = 'a count: 2000000000, 2e9, 2_000_000_000, or a string with a suffix K/M/B/T such as "2B", "500M", "1.5T", "20K"';
// A count's range (numbers.ts) is checked on the value it spells, so "0", "1e400" and 1e300 are refused alike.
const count = (description, example, kind) => zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().regex(new RegExp(_counts_js__WEBPACK_IMPORTED_MODULE_0__/* .COUNT_PATTERN */ .v), { error: `expected ${COUNT_HELP}` })], { error: `expected ${COUNT_HELP}` })
    .superRefine((v, ctx) => {
    if (typeof v !== 'number' && !COUNT_RE.test(v))
        return; // not a count at all: the union said so
    const c = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .checkCount */ .wE)(v, kind);
    if (!c.ok)
        ctx.addIssue({ code: 'custom', message: c.error });
})
    .meta({ description: `${description} (${COUNT_HELP}; ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRange */ .pC)(kind)})`, examples: [example] })
    .register(refinements, { count: kind });
// With a kind, the range comes from numbers.ts (and so reaches the JSON Schema as minimum/maximum).
const posInt = (description, example, kind) => (kind ? (0,_number_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .numberSchema */ .n)(kind) : zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive()).meta({ description, examples: [example] });

const architectureSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    layers: posInt('Transformer blocks (num_hidden_layers).', 32, 'layers'),
    hidden_size: posInt('Model width d_model (hidden_size).', 4096, 'hidden_size'),
    intermediate_size: posInt('MLP width (intermediate_size); for mixture-of-experts, the width of each expert.', 14336, 'intermediate_size'),
    attention_heads: posInt('Query heads (num_attention_heads).', 32, 'attention_heads'),
    kv_heads: posInt('Key/value heads (num_key_value_heads) for grouped-query attention; must divide attention_heads. Default: attention_heads.', 8, 'kv_heads').optional(),
    vocab_size: posInt('Vocabulary size.', 128256, 'vocab_size'),
    tied_embeddings: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().meta({ description: 'Input and output embeddings share one matrix (tie_word_embeddings). Default false.', examples: [false] }).optional(),
    gated_mlp: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().meta({ description: 'true: gated MLP with three matrices (SwiGLU, GeGLU: Llama, Mistral, Qwen, Gemma); false: the plain two-matrix MLP (GPT-2/3, BLOOM, Falcon). Default true.', examples: [true] }).optional(),
    experts: posInt('Mixture of experts: routed experts per layer (num_local_experts). Omit for a dense model.', 8, 'experts').optional(),
    experts_per_token: posInt('Mixture of experts: experts each token is routed to (num_experts_per_tok); at most experts.', 2, 'experts_per_token').optional(),
    head_dim: posInt('Per-head width, when it is not hidden_size / attention_heads (Gemma 2: 256).', 128, 'head_dim').optional(),
})
    .meta({ description: 'The model\'s shape, in Hugging Face config.json terms.' });
const modelCatalogId = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).meta({
    description: 'A model id from the catalog (case-insensitive), e.g. llama-3.1-8b, mistral-7b, mixtral-8x7b, qwen2.5-72b, or a Hugging Face Hub id of a catalogued model (meta-llama/Llama-3.1-8B-Instruct; -Instruct/-Chat/-Base variants included). `train-budget models` lists them.',
    examples: ['llama-3.1-8b'],
});
const modelParameters = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    parameters: count('Total parameters, when only the size is known (treated as a dense Llama-style model of that size).', '7B', 'parameters'),
});
const modelConfig = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    config: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).meta({
        description: 'Path of a Hugging Face config.json in the repository, relative to this manifest (llama, mistral, mixtral, qwen2, gemma2, phi3 families and others with the same keys).',
        examples: ['models/my-model/config.json'],
    }),
});
const modelArchitecture = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({ architecture: architectureSchema });
const modelSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([modelCatalogId, modelParameters, modelConfig, modelArchitecture])
    .meta({ description: 'The model: a catalog id, { parameters }, { config: path/to/config.json } or { architecture: {...} }.', examples: ['llama-3.1-8b', { parameters: '7B' }] });
const loraSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    rank: posInt('LoRA rank r. Default 16.', 16, 'lora_rank').optional(),
    targets: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['all_linear', 'attention']), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .LORA_MODULES */ .ve)).min(1)], { error: `expected all_linear, attention, or a list of module names (${_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .LORA_MODULES */ .ve.join(', ')})` })
        .meta({ description: 'Adapted matrices: all_linear (default: attention and MLP), attention (q, k, v, o), or a list of module names.', examples: ['all_linear', ['q_proj', 'v_proj']] })
        .optional(),
    base_bits: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(8), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(16)], { error: 'expected 8 (an LLM.int8 base, bitsandbytes load_in_8bit) or 16' })
        .meta({ description: 'Bits of the frozen base\'s linear weights under method lora: 16 (default) or 8 (bitsandbytes LLM.int8: load_in_8bit, quantization_bit 8). Method qlora is the 4-bit base.', examples: [8] })
        .optional(),
})
    .meta({ description: 'LoRA settings (method lora or qlora only).' });
const preferenceSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    loss: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .PREFERENCE_LOSSES */ .Mk)
        .meta({ description: 'The preference objective: dpo (default; Rafailov et al. 2023), ipo, kto (unpaired, with its KL batch), orpo or simpo (no reference model).', examples: ['dpo'] })
        .optional(),
    reference: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .PREFERENCE_REFERENCES */ .lB)
        .meta({ description: 'The frozen reference model: model (default for dpo, ipo, kto: a forward pass each step; for a full fine-tune a second copy of the weights, none under LoRA where the adapter is switched off), precomputed (TRL precompute_ref_log_probs: one pass over the data before training) or none (orpo, simpo).', examples: ['precomputed'] })
        .optional(),
})
    .meta({ description: 'Preference training (DPO and kin) instead of supervised fine-tuning. data.tokens and training.micro_batch_size then count every sequence the policy trains on: a pair is a chosen and a rejected sequence.', examples: [{ loss: 'dpo' }] });
const dataSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    tokens: count('Training tokens per epoch. Required unless examples and tokens_per_example are given, or an imported trainer config fixes max_steps.', '2B', 'tokens').optional(),
    examples: count('Training examples per epoch (with tokens_per_example, instead of tokens).', '120K', 'examples').optional(),
    tokens_per_example: posInt('Average tokens per training example (prompt and answer), with examples.', 900, 'tokens_per_example').optional(),
    epochs: (0,_number_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .numberSchema */ .n)('epochs').meta({ description: 'Passes over the data; may be fractional. Default 1.', examples: [3] }).optional(),
})
    .meta({ description: 'How much the job trains on.' });
const trainingSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    sequence_length: posInt('Tokens per sequence. Default 2048.', 4096, 'sequence_length').optional(),
    micro_batch_size: posInt('Sequences per GPU per forward/backward pass. Default 1.', 4, 'micro_batch_size').optional(),
    global_batch_size: posInt('Sequences per optimizer step across all GPUs (micro batches x data-parallel GPUs x gradient accumulation).', 256, 'global_batch_size').optional(),
    gradient_checkpointing: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .CHECKPOINTING */ .Nw), zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()], { error: 'expected none, selective or full (or true = full, false = none)' })
        .meta({ description: 'Activation recomputation: none, selective (attention only, Korthikanti et al. 2022) or full; true = full, false = none. Default none.', examples: ['full'] })
        .optional(),
    flash_attention: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().meta({ description: 'FlashAttention (no sequence-length-squared attention matrix in memory). Default true.', examples: [true] }).optional(),
    loss: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .LOSSES */ .yP)
        .meta({ description: 'How the cross-entropy loss holds its logits: standard (default: PyTorch / Hugging Face, fp32 upcast of the whole batch), chunked (torchtune CEWithChunkedOutputLoss) or fused (Liger fused linear cross-entropy, cut-cross-entropy: no logits kept).', examples: ['chunked'] })
        .optional(),
    master_weights: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()
        .meta({ description: 'Keep an fp32 master copy of the weights (mixed precision, default true). false: pure 16-bit training as torchtune does, weights, gradients and optimizer states in bf16/fp16.', examples: [false] })
        .optional(),
    optimizer_in_backward: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()
        .meta({ description: 'Apply the optimizer step to each parameter during the backward pass and free its gradient at once (torchtune optimizer_in_bwd); no gradient accumulation. Default false.', examples: [true] })
        .optional(),
})
    .meta({ description: 'Batch and memory-saving settings.' });
const hardwareSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    gpu: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1)).min(1)], { error: 'expected an accelerator id, a list of ids, or auto' })
        .meta({
        description: 'Accelerator id from the catalog (case-insensitive), e.g. h100-80gb, a100-40gb, rtx-4090; or a list of ids, or auto (every accelerator with a cloud price): the planner and the estimate then choose the cheapest. `train-budget gpus` lists them.',
        examples: ['h100-80gb', ['h100-80gb', 'a100-80gb'], 'auto'],
    })
        .optional(),
    cluster: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).meta({ description: 'An owned cluster named in train-budget.yml (clusters): the job runs on its GPUs (gpu may then be left out), at most its count, priced at its derived cost per GPU-hour.', examples: ['lab-a100'] }).optional(),
    count: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().positive(), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz('auto')], { error: 'expected a positive whole number of GPUs, or auto' })
        .superRefine((v, ctx) => {
        if (v !== 'auto' && v > RANGE_COUNT_MAX)
            ctx.addIssue({ code: 'custom', message: `must be ${(0,_numbers_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRange */ .pC)('count')}, got ${v}` });
    })
        .meta({ description: 'Number of GPUs (a whole number from 1 to 1e6), or auto: the cheapest count that fits the job in memory and meets plan.deadline_hours (the report also gives the fewest that fit). Default auto.', examples: [8, 'auto'] })
        .register(refinements, { atMost: RANGE_COUNT_MAX })
        .optional(),
    max_count: posInt('Most GPUs the planner and count: auto may use. Default 4096.', 64, 'max_count').optional(),
    network_gbps: (0,_number_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .numberSchema */ .n)('network_gbps')
        .meta({ description: 'Network bandwidth between nodes per GPU, Gb/s one direction (one 400 Gb/s NIC per GPU: 400; a 4-GPU box on 10 GbE: 2.5). Default: the usual cluster for the GPU (e.g. 400 for H100, 200 for A100).', examples: [400] })
        .optional(),
    host_ram_gb: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()
        .positive()
        .max(1000000)
        .meta({ description: 'System RAM of each node, GB: what CPU offload must fit in. Default: the typical server for the GPU (AWS p5.48xlarge 2,048 GiB for H100, shared by the GPUs a job rents; a 128 GB desktop for consumer cards).', examples: [512] })
        .optional(),
})
    .meta({ description: 'Which GPUs and how many.' });
const parallelismSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    zero: zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(0), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(2), zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(3)], { error: 'expected ZeRO stage 0, 1, 2 or 3' })
        .meta({ description: 'ZeRO stage (Rajbhandari et al. 2020): 0 none, 1 optimizer states, 2 + gradients, 3 + parameters (= FSDP full shard). Default 0 on one GPU, 1 with pipeline stages, 3 otherwise.', examples: [3] })
        .optional(),
    tensor: posInt('Tensor-parallel degree (Megatron-LM); best kept within one node. Default 1.', 1, 'tensor').optional(),
    pipeline: posInt('Pipeline-parallel stages. Default 1.', 1, 'pipeline').optional(),
    virtual_stages: posInt('Model chunks per pipeline GPU in the interleaved 1F1B schedule (Narayanan et al. 2021 §2.2.2): the bubble shrinks by this factor. Megatron-LM: layers per stage / --num-layers-per-virtual-pipeline-stage. At most the layers per stage. Default 2 with pipeline stages (1 when a stage holds one layer).', 2, 'virtual_stages').optional(),
    sequence_parallel: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY()
        .meta({ description: 'With tensor parallelism, also split norms, dropout and residuals along the sequence (Korthikanti et al. 2022; Megatron-LM --sequence-parallel). Default true.', examples: [true] })
        .optional(),
    expert: posInt('Expert-parallel degree for mixture-of-experts models: routed experts sharded over this many data-parallel GPUs, tokens exchanged by all-to-all. Must divide the experts and the data-parallel GPUs. Default 1.', 8, 'expert').optional(),
    offload: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .OFFLOAD */ .Ov).meta({ description: 'Move state to CPU memory (ZeRO-Offload): none, optimizer, or optimizer_and_params. Default none.', examples: ['none'] }).optional(),
})
    .meta({ description: 'How the job is split across GPUs. All optional.' });
const pricingSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    provider: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).meta({ description: 'Cloud provider from the price catalog: aws, gcp, azure, lambda, coreweave, runpod.', examples: ['aws'] }).optional(),
    market: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .MARKETS */ .AC).meta({ description: 'on_demand (default) or spot.', examples: ['on_demand'] }).optional(),
    region: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).meta({ description: 'Cloud region, used for grid carbon intensity (e.g. us-east-1, europe-west4).', examples: ['us-east-1'] }).optional(),
    gpu_hour_usd: (0,_number_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .numberSchema */ .n)('gpu_hour_usd').meta({ description: 'Price per GPU-hour in USD; an explicit price wins over the catalog.', examples: [2.49] }).optional(),
})
    .meta({ description: 'Where the price per GPU-hour comes from. Optional.' });
const efficiencySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    mfu: (0,_number_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .numberSchema */ .n)('mfu').meta({ description: 'Model FLOPs utilisation, 0.01 <= mfu <= 1: overrides the calibrated default.', examples: [0.4] }).optional(),
})
    .meta({ description: 'Override the calibrated efficiency. Optional.' });
const planSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    objective: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .PLAN_OBJECTIVES */ .XS).meta({ description: 'What `train-budget plan` recommends: cost (default, the cheapest set-up within the deadline) or time (the fastest within max_cost_usd).', examples: ['cost'] }).optional(),
    deadline_hours: (0,_number_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .numberSchema */ .n)('deadline_hours').meta({ description: 'Wall-clock limit, hours, for the recommended set-up (and for count: auto).', examples: [720] }).optional(),
    max_cost_usd: (0,_number_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .numberSchema */ .n)('max_cost_usd').meta({ description: 'Cost limit, USD, for the fastest set-up (and for the recommended one).', examples: [50000] }).optional(),
})
    .meta({ description: 'Goals for the planner (`train-budget plan`) and the advice in estimates. Optional.' });
const checkpointsSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    keep: (0,_number_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .numberSchema */ .n)('checkpoints_keep').meta({ description: 'Checkpoints kept on disk at once. Default 2.', examples: [3] }).optional(),
})
    .meta({ description: 'Checkpoint retention, for the storage estimate.' });
const importPath = zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).meta({ description: 'Path of a trainer config (axolotl, LLaMA-Factory or TRL/HF TrainingArguments YAML), relative to this manifest.', examples: ['configs/qlora.yml'] });
const importSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([
    importPath,
    zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
        path: importPath,
        format: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .IMPORT_FORMATS */ .pP).meta({ description: 'The trainer config\'s format, when detection from its keys is not wanted: axolotl, llama-factory, llama-factory-v1 (the `model:`/`peft_config:` format) or trl.', examples: ['axolotl'] }).optional(),
        accelerate: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).meta({ description: 'Path of the accelerate config YAML the job is launched with (GPU count, ZeRO/FSDP, mixed precision), relative to this manifest.', examples: ['configs/accelerate/zero3.yaml'] }).optional(),
    }),
])
    .meta({ description: 'Read the job from a trainer\'s config (and the DeepSpeed/accelerate files it names); keys set in this manifest win.', examples: ['configs/qlora.yml', { path: 'configs/sft.yaml', format: 'trl', accelerate: 'configs/zero3.yaml' }] });
/** The keys of one job, with the model schema given (the full union, or a placeholder for two-stage checks). */
function jobShape(model) {
    return {
        version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1, { error: 'unsupported manifest version: this Train Budget reads version 1' }).meta({ description: 'Manifest format version. Default 1.', examples: [1] }).optional(),
        name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1).max(200).meta({ description: 'Job name, shown in reports.', examples: ['support-bot-sft'] }),
        model,
        method: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .METHODS */ .J8).meta({ description: 'pretrain, full (full fine-tuning), lora or qlora (4-bit NF4 base + LoRA adapters).', examples: ['qlora'] }),
        precision: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .PRECISIONS */ .st).meta({ description: 'Training precision: fp32, fp16, bf16 (default) or fp8 (Hopper/Ada/Blackwell/MI300).', examples: ['bf16'] }).optional(),
        optimizer: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_enums_js__WEBPACK_IMPORTED_MODULE_5__/* .OPTIMIZERS */ .r9).meta({ description: 'adamw (default), adamw_8bit, adafactor, sgd or lion.', examples: ['adamw'] }).optional(),
        lora: loraSchema.optional(),
        preference: preferenceSchema.optional(),
        import: importSchema.optional(),
        data: dataSchema.optional(),
        training: trainingSchema.optional(),
        hardware: hardwareSchema,
        parallelism: parallelismSchema.optional(),
        pricing: pricingSchema.optional(),
        efficiency: efficiencySchema.optional(),
        checkpoints: checkpointsSchema.optional(),
        runs_per_year: (0,_number_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .numberSchema */ .n)('runs_per_year').meta({ description: 'How often this job runs a year, for train-budget compare-buy (buy versus rent). Default: its project\'s runs_per_year in train-budget.yml, else once.', examples: [12] }).optional(),
        plan: planSchema.optional(),
    };
}
const jobSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej(jobShape(modelSchema)).meta({ description: 'One training job.' });
/** The same job with `model` unchecked: the first stage of validation, so a bad model gets its own precise error. */
const jobSchemaModelDeferred = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej(jobShape(zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()));
const jobsFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(1, { error: 'unsupported manifest version: this Train Budget reads version 1' }).meta({ description: 'Manifest format version. Default 1.', examples: [1] }).optional(),
    jobs: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(jobSchema).min(1).meta({ description: 'Several jobs in one file, e.g. a sweep.' }),
});
/** A manifest file: one job, or `jobs:` with a list of them. */
const manifestSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([jobSchema, jobsFileSchema]);


/***/ })

};
;