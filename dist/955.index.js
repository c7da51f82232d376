"use strict";
exports.id = 955;
exports.ids = [955];
exports.modules = {

/***/ 8955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseManifest: () => (/* binding */ parseManifest)
});

// UNUSED EXPORTS: MAX_FILE_BYTES

// EXTERNAL MODULE: ./src/manifest/parse.ts + 15 modules
var parse = __webpack_require__(5676);
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
    return r.success ? { ok: true, data: r.data } : { ok: false, problems: r.error.issues.flatMap((issue) => (0,issues/* explainIssue */.J)(issue, data, explainWith, at)) };
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/manifest/yaml-read.ts

/** Alias expansions allowed per document (the `yaml` package's guard against "billion laughs" documents). */
const MAX_ALIAS_COUNT = 100;
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
/** The text read with the yaml package: the document, its line starts and its data, or null after reporting why not. */
function readYaml(text, report) {
    let errors = 0;
    const say = (line, col, message) => {
        errors++;
        report(line, col, message);
    };
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
    for (const e of doc.errors) {
        const p = lines.linePos(e.pos[0]);
        const msg = e.code === 'DUPLICATE_KEY' ? 'duplicate key: each key may appear once in a mapping'
            : e.code === 'MULTIPLE_DOCS' ? 'a manifest holds one YAML document (no second "---"): list several jobs under jobs: instead'
                : `YAML syntax error: ${e.message.split('\n')[0]}`;
        say(p.line, p.col, msg);
    }
    (0,dist/* visit */.YR)(doc, (_key, node) => {
        if ((0,dist/* isNode */.Ll)(node) && node.tag && !CORE_TAGS.has(node.tag)) {
            const p = lines.linePos(node.range?.[0] ?? 0);
            const written = node.tag.startsWith('tag:yaml.org,2002:') ? `!!${node.tag.slice(18)}` : node.tag;
            say(p.line, p.col, `custom YAML tag "${written}" is not allowed: manifests hold plain data (strings, numbers, booleans, lists, mappings)`);
        }
    });
    for (const w of doc.warnings) {
        if (w.code === 'TAG_RESOLVE_FAILED')
            continue; // reported above as a custom tag
        const p = lines.linePos(w.pos[0]);
        say(p.line, p.col, `YAML: ${w.message.split('\n')[0]}`);
    }
    if (errors)
        return null;
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        say(1, 1, /alias/i.test(msg) ? `too many YAML aliases (more than ${MAX_ALIAS_COUNT} expansions): write the values out` : `YAML: ${msg}`);
        return null;
    }
    return { doc, lines, data };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/manifest/numbers.ts
var numbers = __webpack_require__(859);
;// CONCATENATED MODULE: ./src/import/values.ts

/** Ranges of trainer keys that have no manifest key of their own, built like numbers.ts's. */
const IMPORT_RANGES = {
    accumulation: (0,numbers/* intRange */.Zv)(1, numbers/* RANGES */.$M.global_batch_size.max, 'gradient accumulation steps: at most the global batch in sequences'),
    // Steps x global batch x sequence length are tokens, at most 1e16 (numbers.ts), so steps are far below.
    steps: (0,numbers/* intRange */.Zv)(1, 1e15, 'optimizer steps: the tokens they add up to are bounded by 1e16'),
    // num_train_epochs 0 appears in configs that train by max_steps: taken as "not set".
    epochs: { ...numbers/* RANGES */.$M.epochs, min: 0, exclusiveMin: false },
    zero_stage: (0,numbers/* intRange */.Zv)(0, 3, 'DeepSpeed ZeRO stages are 0, 1, 2 and 3 (deepspeed.ai/docs/config-json)'),
    quantization_bit: (0,numbers/* intRange */.Zv)(1, 16, 'bitsandbytes/HQQ/EETQ quantise to 2-8 bits; 16 is no quantisation'),
};
function importedNumber(v, kind) {
    const spelled = typeof v === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v.trim()) ? Number(v.trim()) : v;
    const bad = (0,numbers/* checkNumber */.ws)(spelled, kind);
    return bad ? { ok: false, error: bad } : { ok: true, value: spelled };
}
/** YAML booleans, and the strings trainers accept for them ("true", "auto" is not one). */
function importedBool(v) {
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'string' && /^(true|false)$/i.test(v))
        return v.toLowerCase() === 'true';
    return undefined;
}

// EXTERNAL MODULE: ./src/manifest/enums.ts
var enums = __webpack_require__(9791);
;// CONCATENATED MODULE: ./src/import/common.ts


/**
 * Optimizer names of HF TrainingArguments `optim` (transformers OptimizerNames) and axolotl `optimizer`,
 * mapped to the optimizer-state sizes the estimator knows: 8-bit and paged 8-bit AdamW keep 2 bytes of state
 * per parameter (bitsandbytes), 32-bit paged AdamW the full 8.
 */
function optimizerFrom(name) {
    const n = name.toLowerCase();
    if (/8bit/.test(n))
        return n.includes('lion') ? 'lion' : 'adamw_8bit';
    if (n.startsWith('adamw') || n.startsWith('paged_adamw') || n === 'adam' || n === 'adamw')
        return 'adamw';
    if (n.startsWith('adafactor'))
        return 'adafactor';
    if (n.includes('lion'))
        return 'lion';
    if (n.startsWith('sgd'))
        return 'sgd';
    return null;
}
/** LoRA target modules as PEFT spells them: `all-linear`/`all`, a list, or a comma-separated string. */
function loraTargetsFrom(r, key) {
    const v = r.raw(key);
    const list = typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : Array.isArray(v) ? v : null;
    if (list === null) {
        r.problem(key, `${key}: expected a list of module names or "all-linear", got ${JSON.stringify(v)}`);
        return;
    }
    if (list.length === 1 && typeof list[0] === 'string' && ['all', 'all-linear', 'all_linear'].includes(list[0].toLowerCase())) {
        r.set('lora.targets', 'all_linear', key);
        return;
    }
    const known = list.filter((m) => typeof m === 'string' && enums/* LORA_MODULES */.ve.includes(m));
    const other = list.filter((m) => !known.includes(m));
    if (other.length)
        r.warn(key, `LoRA target modules ${other.map((m) => JSON.stringify(m)).join(', ')} are not counted (known: ${enums/* LORA_MODULES */.ve.join(', ')})`);
    if (known.length)
        r.set('lora.targets', [...new Set(known)], key);
}
/** bf16 / fp16 / fp8 flags ("auto" = bf16 where the GPU has it: assumed so, and said). */
function precisionFrom(r) {
    const fp8 = r.raw('fp8');
    if (fp8 === true)
        return r.set('precision', 'fp8', 'fp8');
    for (const p of ['bf16', 'fp16']) {
        const v = r.raw(p);
        if (v === 'auto') {
            if (p === 'bf16') {
                r.set('precision', 'bf16', p);
                r.warn(p, 'bf16: auto is taken as bf16 (Ampere or newer); set precision: fp16 in the manifest for older GPUs');
            }
            continue;
        }
        const b = r.bool(p);
        if (b === true)
            return r.set('precision', p, p);
    }
    if (r.raw('tf32') === true && !r.given('bf16') && !r.given('fp16'))
        r.set('precision', 'fp32', 'tf32');
}
/** Attention implementation: FlashAttention 2/3 and PyTorch SDPA keep no sequence-squared matrix; eager does. */
function attentionFrom(r, key) {
    const v = r.raw(key);
    if (typeof v === 'boolean')
        return r.set('training.flash_attention', v, key);
    if (typeof v !== 'string')
        return;
    const s = v.toLowerCase();
    if (/flash|sdpa|fa2|fa3|auto|kernels-community/.test(s))
        r.set('training.flash_attention', true, key);
    else if (/eager|disabled/.test(s))
        r.set('training.flash_attention', false, key);
}
/** HF TrainingArguments keys shared by TRL and LLaMA-Factory (and axolotl's pass-throughs). */
function trainingArguments(r) {
    const micro = r.number('per_device_train_batch_size', 'micro_batch_size');
    if (micro !== null)
        r.set('training.micro_batch_size', micro, 'per_device_train_batch_size');
    const ga = r.number('gradient_accumulation_steps', IMPORT_RANGES.accumulation);
    if (ga !== null)
        r.counter('gradient_accumulation_steps', 'gradient_accumulation_steps', ga);
    const steps = r.steps('max_steps');
    if (steps !== null && steps > 0)
        r.counter('max_steps', 'max_steps', steps);
    const epochs = r.number('num_train_epochs', IMPORT_RANGES.epochs);
    if (epochs !== null && epochs > 0)
        r.set('data.epochs', epochs, 'num_train_epochs');
    precisionFrom(r);
    const gc = r.bool('gradient_checkpointing');
    if (gc !== null)
        r.set('training.gradient_checkpointing', gc ? 'full' : 'none', 'gradient_checkpointing');
    const optim = r.string('optim');
    if (optim !== null)
        optimizerKey(r, 'optim', optim);
    if (r.given('attn_implementation'))
        attentionFrom(r, 'attn_implementation');
    fsdpFrom(r);
    return { model: null, ...deepspeedRef(r) };
}
function optimizerKey(r, key, name) {
    const o = optimizerFrom(name);
    if (o)
        r.set('optimizer', o, key);
    else
        r.warn(key, `optimizer "${name}" is not one the estimate knows: its state is counted as AdamW's (8 bytes per trainable parameter)`);
}
/** `deepspeed:` as a path, or a DeepSpeed config written inline. */
function deepspeedRef(r) {
    const v = r.raw('deepspeed');
    if (typeof v === 'string' && v !== '')
        return { deepspeed: { path: v, key: 'deepspeed' }, deepspeedInline: null };
    if (v && typeof v === 'object' && !Array.isArray(v))
        return { deepspeed: null, deepspeedInline: 'deepspeed' };
    return { deepspeed: null, deepspeedInline: null };
}
/**
 * HF `fsdp:` ("full_shard auto_wrap offload", a list, or true) and `fsdp_config:` (FSDP plugin keys, with or
 * without their fsdp_ prefix): FULL_SHARD and HYBRID_SHARD shard parameters (ZeRO-3), SHARD_GRAD_OP gradients and
 * optimizer states (ZeRO-2); offload moves parameters and optimizer states to the CPU.
 */
function fsdpFrom(r) {
    const fsdp = r.raw('fsdp');
    const words = typeof fsdp === 'string' ? fsdp.toLowerCase().split(/[\s,]+/) : Array.isArray(fsdp) ? fsdp.map((x) => String(x).toLowerCase()) : fsdp === true ? ['full_shard'] : [];
    const cfg = r.raw('fsdp_config');
    const c = cfg && typeof cfg === 'object' && !Array.isArray(cfg) ? cfg : null;
    if (!words.length && !c)
        return;
    const key = words.length ? 'fsdp' : 'fsdp_config';
    const get = (k) => c?.[`fsdp_${k}`] ?? c?.[k];
    const strategy = String(get('sharding_strategy') ?? '').toUpperCase();
    const reshard = get('reshard_after_forward');
    let zero = 3;
    if (words.includes('shard_grad_op') || strategy === 'SHARD_GRAD_OP' || strategy === '2' || reshard === false)
        zero = 2;
    if (strategy === 'NO_SHARD')
        zero = 0;
    r.set('parallelism.zero', zero, key);
    if (words.includes('offload') || get('offload_params') === true || get('cpu_offload') === true)
        r.set('parallelism.offload', 'optimizer_and_params', key);
}

;// CONCATENATED MODULE: ./src/import/relevant.ts
/**
 * Keys that can change memory, time or tokens: a key of this shape that a format's reader does not take and
 * that is not on its list of harmless keys is listed as a warning, so a setting the estimate misses is seen.
 */
const RELEVANT = /batch|seq|len|lora|peft|quant|bit|precision|^fp\d|bf16|zero|fsdp|deepspeed|parallel|offload|checkpoint|steps$|epoch|optim|adapter|expert|moe|packing|context|tensor|pipeline|shard|unfrozen|freeze|dtype/;
/** Keys of that shape that never change the estimate (logging, evaluation, saving, schedules, dropout). */
const HARMLESS = new Set([
    'logging_steps', 'save_steps', 'eval_steps', 'warmup_steps', 'per_device_eval_batch_size', 'eval_batch_size', 'lora_alpha', 'lora_dropout',
    'lora_model_dir', 'eval_sample_packing', 'gradient_checkpointing_kwargs', 'saves_per_epoch', 'evals_per_epoch', 'save_total_limit',
    'lora_fan_in_fan_out', 'save_epochs', 'max_grad_norm', 'eval_max_new_tokens', 'sample_packing_bin_size', 'sample_packing_group_size',
    'pad_to_sequence_len', 'sample_packing_eff_est', 'max_new_tokens', 'cutoff_len_eval', 'eval_accumulation_steps', 'dataset_batch_size',
    'lora_on_cpu', 'pretraining_dataset_max_length', 'auto_find_batch_size', 'save_only_model', 'use_reentrant', 'torch_compile',
    'eval_do_concat_batches', 'logging_first_step', 'total_num_steps', 'dataloader_prefetch_factor', 'batching_workers', 'batching_strategy',
    'packing_strategy', 'eval_packing', 'max_prompt_length', 'max_completion_length', 'lora_task_type', 'lora_bias', 'deepspeed_multinode_launcher',
    'zero3_save_16bit_model', 'zero3_init_flag', 'load_best_model_at_end', 'hub_strategy', 'lr_scheduler_kwargs', 'peft_lora_alpha', 'lora_dropout_p',
]);
function warnUnknownRelevant(r, taken, what) {
    for (const k of r.keys()) {
        if (taken.has(k) || HARMLESS.has(k) || !RELEVANT.test(k))
            continue;
        const v = r.raw(k);
        if (v === null || v === undefined || v === false || v === '')
            continue; // an unset key changes nothing
        r.warn(k, `${what} key "${k}" may change the estimate but is not read: set the equivalent manifest key if it matters`);
    }
}

;// CONCATENATED MODULE: ./src/import/approximations.ts
/**
 * What an import estimates only approximately, said exactly at the key that causes it (a warning on the job:
 * CLI stderr, the comment, an annotation). The estimator models 16-bit, fp8, int8 (LLM.int8) and NF4 (QLoRA)
 * base weights and supervised training of one model; the preference stages differ from the estimate as written here.
 */
/**
 * An 8-bit base (bitsandbytes LLM.int8: load_in_8bit / quantization_bit 8) under LoRA: read as lora.base_bits 8,
 * which the estimator models (src/estimate/int8-base.ts: 1-byte weights with row scales, the int8 matmuls'
 * slowdown).
 */
function int8Base(r, key) {
    r.set('lora.base_bits', 8, key);
}
/** Preference objectives the estimator models (src/estimate/preference.ts), by the trainers' names for them. */
const MODELLED = { dpo: 'dpo', sigmoid: 'dpo', ipo: 'ipo', kto: 'kto', orpo: 'orpo', simpo: 'simpo' };
/** Stages that are not modelled, by what they run beside the trained model. */
const STAGES = {
    // A reward model is a classifier trained on pairs: SFT-like compute, no second model.
    rm: 'none',
    reward: 'none',
    // PPO (Ouyang et al. 2022) runs a policy, a value model, a reward model and a reference model, and generates.
    ppo: 'ppo',
    grpo: 'grpo',
};
/**
 * A preference stage: DPO, IPO, KTO, ORPO and SimPO are read as preference.loss (the reference model's passes
 * and memory are estimated); reward modelling is estimated as supervised training and PPO/GRPO said to be
 * well above the estimate (generation, value and reward models are not modelled).
 */
function preferenceStage(r, key, stage, said = `${key} ${stage}`) {
    const loss = MODELLED[stage.toLowerCase()];
    if (loss) {
        r.set('preference.loss', loss, key);
        return;
    }
    const kind = STAGES[stage.toLowerCase()];
    if (kind === undefined)
        return;
    if (kind === 'none') {
        r.warn(key, `${said}: estimated as supervised fine-tuning over data.tokens, which matches this stage's compute when data.tokens counts both the chosen and the rejected sequences`);
    }
    else {
        r.warn(key, `${said}: estimated as supervised fine-tuning over data.tokens; not in the estimate: generating completions${kind === 'ppo' ? ', the value and reward models' : ''} and the reference model (${stage} time and memory are well above this estimate)`);
    }
}
/**
 * Trainers count a preference batch in examples, a pair being one (TRL's per_device_train_batch_size, axolotl's
 * micro_batch_size); the pair runs as two sequences, [chosen, rejected] (TRL DPOTrainer's concatenated batch).
 * The manifest counts sequences, so a paired loss doubles the imported micro-batch. KTO's examples are single.
 */
function pairedBatch(s) {
    const loss = s.values.get('preference.loss');
    if (loss === undefined || loss === 'kto')
        return;
    const micro = s.values.get('training.micro_batch_size');
    if (typeof micro !== 'number')
        return;
    s.values.set('training.micro_batch_size', 2 * micro);
    const origin = s.origins.get('training.micro_batch_size');
    const why = `x 2: a preference pair is a chosen and a rejected sequence`;
    if (origin === undefined || origin === 'trainer default')
        s.defaults.push(`micro-batch ${micro} pairs ${why}, so ${2 * micro} sequences`);
    else
        s.origins.set('training.micro_batch_size', `${origin}, ${why}`);
}

;// CONCATENATED MODULE: ./src/import/axolotl.ts




/**
 * axolotl YAML (docs/config-reference in axolotl-ai-cloud/axolotl). Defaults where the config is silent are
 * axolotl's: 1 epoch, micro-batch 1, no accumulation, sequence_len 2048, no checkpointing, AdamW.
 */
const TAKEN = new Set([
    'base_model', 'adapter', 'load_in_4bit', 'load_in_8bit', 'lora_r', 'lora_target_modules', 'lora_target_linear', 'sequence_len', 'sample_packing',
    'micro_batch_size', 'gradient_accumulation_steps', 'num_epochs', 'max_steps', 'bf16', 'fp16', 'fp8', 'tf32', 'optimizer', 'gradient_checkpointing',
    'flash_attention', 'sdp_attention', 'xformers_attention', 'attn_implementation', 'deepspeed', 'fsdp', 'fsdp_config', 'fsdp_version',
    'tensor_parallel_size', 'dp_shard_size', 'base_model_config', 'revision_of_model', 'torch_dtype', 'rl',
]);
function readAxolotl(r) {
    const model = r.string('base_model');
    if (model === null && !r.given('base_model'))
        r.out.problems.push({ file: r.src.file, line: 1, col: 1, message: 'axolotl config without base_model: name the model to fine-tune (a Hub id such as meta-llama/Llama-3.1-8B)' });
    const adapter = r.string('adapter');
    const in4 = r.bool('load_in_4bit');
    const in8 = r.bool('load_in_8bit');
    if (adapter !== null && !['lora', 'qlora'].includes(adapter.toLowerCase())) {
        r.warn('adapter', `adapter "${adapter}" is estimated as LoRA (only lora and qlora are modelled)`);
    }
    if (adapter !== null) {
        const q = adapter.toLowerCase() === 'qlora' || in4 === true;
        r.set('method', q ? 'qlora' : 'lora', q && adapter.toLowerCase() !== 'qlora' ? 'load_in_4bit' : 'adapter');
        if (!q && in8 === true)
            int8Base(r, 'load_in_8bit');
    }
    else {
        r.set('method', 'full', 'base_model');
        if (r.given('unfrozen_parameters'))
            r.warn('unfrozen_parameters', 'only the unfrozen parameters train; the estimate counts a full fine-tune (all gradients and optimizer states)');
    }
    const rl = r.string('rl');
    if (rl !== null)
        preferenceStage(r, 'rl', rl);
    const rank = r.number('lora_r', 'lora_rank');
    if (rank !== null)
        r.set('lora.rank', rank, 'lora_r');
    if (r.bool('lora_target_linear') === true)
        r.set('lora.targets', 'all_linear', 'lora_target_linear');
    else if (r.given('lora_target_modules'))
        loraTargetsFrom(r, 'lora_target_modules');
    const seq = r.number('sequence_len', 'sequence_length');
    if (seq !== null)
        r.set('training.sequence_length', seq, 'sequence_len');
    const micro = r.number('micro_batch_size', 'micro_batch_size');
    if (micro !== null)
        r.set('training.micro_batch_size', micro, 'micro_batch_size');
    const ga = r.number('gradient_accumulation_steps', IMPORT_RANGES.accumulation);
    if (ga !== null)
        r.counter('gradient_accumulation_steps', 'gradient_accumulation_steps', ga);
    const epochs = r.number('num_epochs', IMPORT_RANGES.epochs);
    if (epochs !== null && epochs > 0)
        r.set('data.epochs', epochs, 'num_epochs');
    const steps = r.steps('max_steps');
    if (steps !== null && steps > 0)
        r.counter('max_steps', 'max_steps', steps);
    precisionFrom(r);
    const opt = r.string('optimizer');
    if (opt !== null)
        optimizerKey(r, 'optimizer', opt);
    const gc = r.raw('gradient_checkpointing');
    if (gc === true || gc === 'offload' || gc === 'true')
        r.set('training.gradient_checkpointing', 'full', 'gradient_checkpointing');
    else if (gc === false)
        r.set('training.gradient_checkpointing', 'none', 'gradient_checkpointing');
    for (const k of ['flash_attention', 'sdp_attention', 'xformers_attention'])
        if (r.raw(k) === true)
            r.set('training.flash_attention', true, k);
    if (r.given('attn_implementation'))
        attentionFrom(r, 'attn_implementation');
    fsdpFrom(r);
    const tp = r.number('tensor_parallel_size', 'tensor');
    if (tp !== null)
        r.set('parallelism.tensor', tp, 'tensor_parallel_size');
    warnUnknownRelevant(r, TAKEN, 'axolotl');
    r.out.default('training.micro_batch_size', 1, 'axolotl default micro_batch_size 1');
    r.out.default('training.sequence_length', 2048, 'axolotl default sequence_len 2048');
    r.out.default('data.epochs', 1, 'axolotl default num_epochs 1');
    r.out.default('training.gradient_checkpointing', 'none', 'axolotl default: no gradient checkpointing');
    r.out.default('training.flash_attention', true, 'axolotl sets no attention implementation: transformers\' default SDPA (memory-efficient attention) is assumed');
    if (r.out.values.get('method') !== 'full') {
        r.out.default('lora.rank', 8, 'LoRA rank 8 (PEFT LoraConfig default r=8; the config sets no lora_r)');
        r.out.default('lora.targets', ['q_proj', 'v_proj'], 'LoRA on q_proj and v_proj (PEFT\'s default target modules for Llama-style models; the config sets no lora_target_modules)');
    }
    return { model: model !== null ? { id: model, key: 'base_model' } : null, ...deepspeedRef(r) };
}

;// CONCATENATED MODULE: ./src/import/detect.ts
/**
 * The trainer a config was written for, from keys only it uses: axolotl's base_model / sequence_len /
 * micro_batch_size with num_epochs; LLaMA-Factory's stage / finetuning_type / cutoff_len / lora_target /
 * template; its newer format's model with peft_config / dist_config / micro_batch_size; TRL's
 * model_name_or_path with HF TrainingArguments. null when none fits.
 */
function detectFormat(data) {
    const has = (k) => k in data;
    if (has('base_model') || has('sequence_len') || (has('micro_batch_size') && has('num_epochs')) || has('adapter'))
        return 'axolotl';
    if (has('model') && !has('model_name_or_path') && (has('peft_config') || has('dist_config') || has('micro_batch_size') || has('model_class') || has('train_dataset')))
        return 'llama-factory-v1';
    if (has('stage') || has('finetuning_type') || has('cutoff_len') || has('lora_target') || has('template') || has('quantization_bit'))
        return 'llama-factory';
    if (has('model_name_or_path'))
        return 'trl';
    return null;
}

;// CONCATENATED MODULE: ./src/import/launchers.ts

/**
 * DeepSpeed JSON (deepspeed.ai/docs/config-json): zero_optimization.stage, offload_optimizer / offload_param
 * devices, bf16/fp16 enabled, and the batch keys. "auto" values are filled by the HF Trainer from the trainer
 * config, so they are taken from there (nothing is set from them here).
 */
function readDeepSpeed(r) {
    const zo = r.child('zero_optimization');
    if (r.given('zero_optimization')) {
        const stage = zo.raw('stage') === 'auto' ? null : zo.number('stage', IMPORT_RANGES.zero_stage);
        if (stage !== null)
            zo.set('parallelism.zero', stage, 'stage');
        const dev = (k) => {
            const v = zo.child(k).raw('device');
            return typeof v === 'string' ? v.toLowerCase() : null;
        };
        const param = dev('offload_param');
        const opt = dev('offload_optimizer');
        if (param === 'cpu' || param === 'nvme')
            zo.set('parallelism.offload', 'optimizer_and_params', 'offload_param');
        else if (opt === 'cpu' || opt === 'nvme')
            zo.set('parallelism.offload', 'optimizer', 'offload_optimizer');
        if (param === 'nvme' || opt === 'nvme')
            zo.warn(param === 'nvme' ? 'offload_param' : 'offload_optimizer', 'NVMe offload is estimated as CPU offload (host memory instead of disk)');
    }
    for (const p of ['bf16', 'fp16']) {
        const enabled = r.child(p).raw('enabled');
        if (enabled === true || enabled === 'true')
            r.child(p).set('precision', p, 'enabled');
    }
    const micro = r.raw('train_micro_batch_size_per_gpu') === 'auto' ? null : r.number('train_micro_batch_size_per_gpu', 'micro_batch_size');
    if (micro !== null)
        r.set('training.micro_batch_size', micro, 'train_micro_batch_size_per_gpu');
    const ga = r.raw('gradient_accumulation_steps') === 'auto' ? null : r.number('gradient_accumulation_steps', IMPORT_RANGES.accumulation);
    if (ga !== null)
        r.counter('gradient_accumulation_steps', 'gradient_accumulation_steps', ga);
}
/**
 * accelerate config YAML (`accelerate config`; huggingface/accelerate, commands/config/config_args.py):
 * num_processes is the GPU count over all machines; mixed_precision; DEEPSPEED with deepspeed_config.zero_stage
 * and offload devices; FSDP with fsdp_config (sharding strategy / reshard_after_forward, offload); MULTI_GPU is
 * plain data parallelism (ZeRO 0).
 */
function readAccelerate(r) {
    const n = r.number('num_processes', 'count');
    if (n !== null)
        r.set('hardware.count', n, 'num_processes');
    const mp = r.string('mixed_precision');
    if (mp !== null && ['bf16', 'fp16', 'fp8'].includes(mp.toLowerCase()))
        r.set('precision', mp.toLowerCase(), 'mixed_precision');
    else if (mp !== null && mp.toLowerCase() === 'no')
        r.set('precision', 'fp32', 'mixed_precision');
    const type = (r.string('distributed_type') ?? '').toUpperCase();
    let deepspeedFile = null;
    if (type === 'DEEPSPEED') {
        const ds = r.child('deepspeed_config');
        const file = ds.string('deepspeed_config_file');
        if (file)
            deepspeedFile = file;
        const stage = ds.number('zero_stage', IMPORT_RANGES.zero_stage);
        if (stage !== null)
            ds.set('parallelism.zero', stage, 'zero_stage');
        const param = String(ds.raw('offload_param_device') ?? 'none').toLowerCase();
        const opt = String(ds.raw('offload_optimizer_device') ?? 'none').toLowerCase();
        if (param !== 'none')
            ds.set('parallelism.offload', 'optimizer_and_params', 'offload_param_device');
        else if (opt !== 'none')
            ds.set('parallelism.offload', 'optimizer', 'offload_optimizer_device');
    }
    else if (type === 'FSDP') {
        const f = r.child('fsdp_config');
        const strategy = String(f.raw('fsdp_sharding_strategy') ?? '').toUpperCase();
        const reshard = f.raw('fsdp_reshard_after_forward');
        const zero = strategy === 'SHARD_GRAD_OP' || strategy === '2' || reshard === false ? 2 : strategy === 'NO_SHARD' || strategy === '3' ? 0 : 3;
        r.set('parallelism.zero', zero, 'fsdp_config');
        if (f.raw('fsdp_offload_params') === true)
            f.set('parallelism.offload', 'optimizer_and_params', 'fsdp_offload_params');
    }
    else if (type === 'MULTI_GPU' || type === 'NO') {
        r.set('parallelism.zero', 0, 'distributed_type');
    }
    return { deepspeedFile };
}

;// CONCATENATED MODULE: ./src/import/llama-factory.ts




/**
 * LLaMA-Factory YAML (hiyouga/LLaMA-Factory, src/llamafactory/hparams: ModelArguments, DataArguments,
 * FinetuningArguments, and HF TrainingArguments). Its defaults: finetuning_type lora, lora_rank 8, lora_target
 * all, cutoff_len 2048, gradient checkpointing on unless disable_gradient_checkpointing; TrainingArguments'
 * per_device_train_batch_size 8 and num_train_epochs 3.
 */
const llama_factory_TAKEN = new Set([
    'model_name_or_path', 'stage', 'finetuning_type', 'quantization_bit', 'quantization_method', 'lora_rank', 'lora_target', 'cutoff_len',
    'per_device_train_batch_size', 'gradient_accumulation_steps', 'num_train_epochs', 'max_steps', 'bf16', 'fp16', 'fp8', 'pure_bf16', 'tf32',
    'deepspeed', 'fsdp', 'fsdp_config', 'disable_gradient_checkpointing', 'gradient_checkpointing', 'flash_attn', 'optim', 'attn_implementation',
    'model_revision', 'infer_dtype',
]);
function readLlamaFactory(r) {
    const model = r.string('model_name_or_path');
    if (model === null && !r.given('model_name_or_path'))
        r.out.problems.push({ file: r.src.file, line: 1, col: 1, message: 'LLaMA-Factory config without model_name_or_path: name the model to fine-tune' });
    const stage = (r.string('stage') ?? 'sft').toLowerCase();
    // stage dpo with pref_loss orpo or simpo trains without a reference model (LLaMA-Factory FinetuningArguments).
    const prefLoss = (r.string('pref_loss') ?? 'sigmoid').toLowerCase();
    if (stage === 'dpo') {
        const known = ['sigmoid', 'ipo', 'orpo', 'simpo'].includes(prefLoss);
        if (!known)
            r.warn('pref_loss', `pref_loss ${prefLoss}: estimated as DPO (a reference forward pass per sequence)`);
        preferenceStage(r, r.given('pref_loss') ? 'pref_loss' : 'stage', known ? prefLoss : 'dpo');
    }
    else if (stage !== 'sft' && stage !== 'pt')
        preferenceStage(r, 'stage', stage);
    const type = (r.string('finetuning_type') ?? 'lora').toLowerCase();
    if (!r.given('finetuning_type'))
        r.out.defaults.push('LLaMA-Factory default finetuning_type lora');
    const qbit = r.number('quantization_bit', IMPORT_RANGES.quantization_bit);
    if (type === 'lora') {
        r.set('method', qbit === 4 ? 'qlora' : 'lora', qbit === 4 ? 'quantization_bit' : r.given('finetuning_type') ? 'finetuning_type' : 'model_name_or_path');
        if (qbit === 8)
            int8Base(r, 'quantization_bit');
        else if (qbit !== null && qbit !== 4)
            r.warn('quantization_bit', `a ${qbit}-bit base model is estimated as a 16-bit LoRA base: the weights line counts 2 bytes per base parameter where ${qbit} bits store ${qbit / 8} (memory is an upper bound)`);
    }
    else {
        if (type !== 'full')
            r.warn('finetuning_type', `finetuning_type ${type} trains part of the model: estimated as a full fine-tune`);
        r.set('method', 'full', 'finetuning_type');
    }
    const rank = r.number('lora_rank', 'lora_rank');
    if (rank !== null)
        r.set('lora.rank', rank, 'lora_rank');
    if (r.given('lora_target'))
        loraTargetsFrom(r, 'lora_target');
    const cutoff = r.number('cutoff_len', 'sequence_length');
    if (cutoff !== null)
        r.set('training.sequence_length', cutoff, 'cutoff_len');
    if (r.raw('pure_bf16') === true)
        r.set('precision', 'bf16', 'pure_bf16');
    if (r.given('flash_attn'))
        attentionFrom(r, 'flash_attn');
    if (r.bool('disable_gradient_checkpointing') === true)
        r.set('training.gradient_checkpointing', 'none', 'disable_gradient_checkpointing');
    const refs = trainingArguments(r);
    warnUnknownRelevant(r, llama_factory_TAKEN, 'LLaMA-Factory');
    r.out.default('training.gradient_checkpointing', 'full', 'LLaMA-Factory enables gradient checkpointing unless disable_gradient_checkpointing is set');
    r.out.default('training.sequence_length', 2048, 'LLaMA-Factory default cutoff_len 2048');
    r.out.default('training.micro_batch_size', 8, 'HF TrainingArguments default per_device_train_batch_size 8');
    r.out.default('data.epochs', 3, 'HF TrainingArguments default num_train_epochs 3');
    r.out.default('training.flash_attention', true, 'LLaMA-Factory default flash_attn auto (FlashAttention-2 or SDPA)');
    if (type === 'lora') {
        r.out.default('lora.rank', 8, 'LLaMA-Factory default lora_rank 8');
        r.out.default('lora.targets', 'all_linear', 'LLaMA-Factory default lora_target all');
    }
    return { ...refs, model: model !== null ? { id: model, key: 'model_name_or_path' } : null };
}
/**
 * LLaMA-Factory's newer format (src/llamafactory/v1/config): `model`, `peft_config`, `quant_config`,
 * `micro_batch_size`, `global_batch_size`, `dist_config`. Defaults: micro_batch_size 1, cutoff_len 2048,
 * num_train_epochs 3, activation checkpointing on, bf16 compute.
 */
const TAKEN_V1 = new Set(['model', 'model_class', 'peft_config', 'quant_config', 'micro_batch_size', 'global_batch_size', 'cutoff_len', 'num_train_epochs', 'max_steps', 'enable_activation_checkpointing', 'dist_config', 'optim_config', 'kernel_config']);
function readLlamaFactoryV1(r) {
    const model = r.string('model');
    if (model === null && !r.given('model'))
        r.out.problems.push({ file: r.src.file, line: 1, col: 1, message: 'LLaMA-Factory config without model: name the model to fine-tune' });
    const peft = r.child('peft_config');
    const quant = r.child('quant_config');
    const qbit = r.given('quant_config') ? quant.number('quantization_bit', IMPORT_RANGES.quantization_bit) : null;
    if (r.given('peft_config')) {
        const name = (peft.string('name') ?? 'lora').toLowerCase();
        if (name === 'lora') {
            r.set('method', qbit === 4 ? 'qlora' : 'lora', qbit === 4 ? 'quant_config' : 'peft_config');
            const rank = peft.number('r', 'lora_rank');
            if (rank !== null)
                peft.set('lora.rank', rank, 'r');
            if (peft.given('target_modules'))
                loraTargetsFrom(peft, 'target_modules');
        }
        else {
            peft.warn('name', `peft_config name ${name} trains part of the model: estimated as a full fine-tune`);
            r.set('method', 'full', 'peft_config');
        }
    }
    else {
        r.set('method', 'full', 'model');
    }
    const micro = r.number('micro_batch_size', 'micro_batch_size');
    if (micro !== null)
        r.set('training.micro_batch_size', micro, 'micro_batch_size');
    const global = r.number('global_batch_size', 'global_batch_size');
    if (global !== null)
        r.set('training.global_batch_size', global, 'global_batch_size');
    const cutoff = r.number('cutoff_len', 'sequence_length');
    if (cutoff !== null)
        r.set('training.sequence_length', cutoff, 'cutoff_len');
    const epochs = r.number('num_train_epochs', IMPORT_RANGES.epochs);
    if (epochs !== null && epochs > 0)
        r.set('data.epochs', epochs, 'num_train_epochs');
    const steps = r.steps('max_steps');
    if (steps !== null && steps > 0)
        r.counter('max_steps', 'max_steps', steps);
    const ckpt = r.bool('enable_activation_checkpointing');
    if (ckpt !== null)
        r.set('training.gradient_checkpointing', ckpt ? 'full' : 'none', 'enable_activation_checkpointing');
    if (r.given('dist_config')) {
        const dist = r.child('dist_config');
        const name = (dist.string('name') ?? '').toLowerCase();
        if (name.startsWith('fsdp'))
            dist.set('parallelism.zero', 3, 'name');
        else if (name === 'deepspeed' && dist.given('config_file')) {
            const path = dist.string('config_file');
            if (path)
                return finishV1(r, model, { deepspeed: { path, key: 'dist_config' }, deepspeedInline: null });
        }
    }
    const opt = r.child('optim_config');
    if (r.given('optim_config') && opt.given('name'))
        optimizerKey(opt, 'name', opt.string('name') ?? '');
    return finishV1(r, model, { deepspeed: null, deepspeedInline: null });
}
function finishV1(r, model, refs) {
    warnUnknownRelevant(r, TAKEN_V1, 'LLaMA-Factory');
    r.out.default('training.micro_batch_size', 1, 'LLaMA-Factory v1 default micro_batch_size 1');
    r.out.default('training.sequence_length', 2048, 'LLaMA-Factory v1 default cutoff_len 2048');
    r.out.default('data.epochs', 3, 'LLaMA-Factory v1 default num_train_epochs 3');
    r.out.default('training.gradient_checkpointing', 'full', 'LLaMA-Factory v1 default enable_activation_checkpointing true');
    r.out.default('precision', 'bf16', 'LLaMA-Factory v1 computes in bf16');
    if (r.out.values.get('method') !== 'full') {
        r.out.default('lora.rank', 8, 'PEFT LoraConfig default r 8');
        r.out.default('lora.targets', 'all_linear', 'LoRA on all linear layers');
    }
    return { ...refs, model: model !== null ? { id: model, key: 'model' } : null };
}

;// CONCATENATED MODULE: ./src/import/settings.ts

/**
 * What one import gathered, in the manifest's own key paths ('lora.rank', 'training.micro_batch_size', ...):
 * the value, and where it came from ("configs/qlora.yml:21:1 lora_r"). The first file to set a key wins, so
 * the trainer config is read before the DeepSpeed and accelerate files it names.
 */
class Settings {
    values = new Map();
    origins = new Map();
    /** Manifest key path -> where the file set it (trainer defaults have none). */
    locations = new Map();
    /** Trainer defaults applied where the config is silent, in words. */
    defaults = [];
    /** Keys not understood that would change the estimate, and approximations: located in their file. */
    warnings = [];
    problems = [];
    /** Steps and accumulation: they turn into tokens and the global batch once the GPU count is known. */
    counters = new Map();
    has(path) {
        return this.values.has(path);
    }
    set(path, value, origin, at) {
        if (this.values.has(path))
            return;
        this.values.set(path, value);
        this.origins.set(path, origin);
        if (at)
            this.locations.set(path, at);
    }
    pending = [];
    /** A trainer default: applied (and said) once every file is read, only where none of them set the key. */
    default(path, value, words) {
        this.pending.push({ path, value, words });
    }
    applyDefaults() {
        for (const d of this.pending) {
            if (this.values.has(d.path))
                continue;
            this.values.set(d.path, d.value);
            this.origins.set(d.path, 'trainer default');
            this.defaults.push(d.words);
        }
        this.pending.length = 0;
    }
    problem(src, path, message, atKey = false) {
        const p = atKey ? src.key(path) : src.at(path);
        this.problems.push({ file: src.file, line: p.line, col: p.col, message });
    }
    warn(src, path, message) {
        const p = src.key(path);
        this.warnings.push({ file: src.file, line: p.line, col: p.col, message });
    }
}
/** Reads keys of one file into Settings, locating every value it takes and every problem it finds. */
class FileReader {
    src;
    out;
    base;
    constructor(src, out, base = []) {
        this.src = src;
        this.out = out;
        this.base = base;
    }
    path(key) {
        return [...this.base, key];
    }
    obj() {
        let v = this.src.data;
        for (const k of this.base)
            v = v?.[k];
        return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
    }
    /** Reader for a nested mapping (peft_config:, deepspeed_config:). */
    child(key) {
        return new FileReader(this.src, this.out, this.path(key));
    }
    keys() {
        return Object.keys(this.obj());
    }
    raw(key) {
        return this.obj()[key];
    }
    /** Present and not null (trainer configs leave keys empty to mean "unset"). */
    given(key) {
        const v = this.raw(key);
        return v !== undefined && v !== null && v !== '';
    }
    origin(key) {
        const p = this.src.key(this.path(key));
        return `${this.src.file}:${p.line}:${p.col} ${[...this.base, key].join('.')}`;
    }
    problem(key, message) {
        this.out.problem(this.src, this.path(key), message);
    }
    warn(key, message) {
        this.out.warn(this.src, this.path(key), message);
    }
    /** A number under `key` (null when absent), or a located problem in the file's own terms. */
    number(key, kind) {
        if (!this.given(key))
            return null;
        const r = importedNumber(this.raw(key), kind);
        if (!r.ok) {
            this.problem(key, `${[...this.base, key].join('.')}: ${r.error}`);
            return null;
        }
        return r.value;
    }
    /** max_steps: -1 and 0 mean "not set" (HF TrainingArguments: train by epochs); else a step count in range. */
    steps(key) {
        const v = this.raw(key);
        if (v === -1 || v === 0 || v === '-1' || v === '0')
            return null;
        return this.number(key, IMPORT_RANGES.steps);
    }
    bool(key) {
        if (!this.given(key))
            return null;
        const b = importedBool(this.raw(key));
        if (b === undefined) {
            this.problem(key, `${[...this.base, key].join('.')}: expected true or false, got ${JSON.stringify(this.raw(key))}`);
            return null;
        }
        return b;
    }
    string(key) {
        if (!this.given(key))
            return null;
        const v = this.raw(key);
        if (typeof v !== 'string') {
            this.problem(key, `${[...this.base, key].join('.')}: expected a string, got ${JSON.stringify(v)}`);
            return null;
        }
        return v;
    }
    /** Where this file's `key` holds its value, in the file's words. */
    at(key) {
        const p = this.src.at(this.path(key));
        return { file: this.src.file, line: p.line, col: p.col, key: [...this.base, key].join('.'), value: this.raw(key) };
    }
    /** Sets a manifest key from this file's `key`, recording where it came from. */
    set(path, value, key) {
        this.out.set(path, value, this.origin(key), this.at(key));
    }
    counter(name, key, value) {
        if (!this.out.counters.has(name))
            this.out.counters.set(name, { value, origin: this.origin(key), src: this.src, path: this.path(key), at: this.at(key) });
    }
}

// EXTERNAL MODULE: ./src/manifest/depth.ts
var depth = __webpack_require__(4496);
// EXTERNAL MODULE: ./src/manifest/positions.ts
var positions = __webpack_require__(2285);
;// CONCATENATED MODULE: ./src/import/source.ts



/** Trainer configs are a few kilobytes; like manifests, anything over 1 MiB is refused unread. */
const MAX_BYTES = 1024 * 1024;
const source_MAX_ALIAS_COUNT = 100;
const source_CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
/**
 * Parses a YAML file (or a JSON one: JSON is YAML 1.2) with the manifest's safety rules: one document, no
 * custom tags, bounded aliases, a mapping at the top. Problems go to `problems`, located in the file itself.
 */
function parseSource(text, file, what, problems) {
    const report = (p, message) => problems.push({ file, line: p.line, col: p.col, message });
    if (Buffer.byteLength(text, 'utf8') > MAX_BYTES) {
        report({ line: 1, col: 1 }, `${what} is larger than 1 MiB: refused`);
        return null;
    }
    // The same nesting bound as manifests (src/manifest/depth.ts): the parser recurses once per level.
    const deep = (0,depth/* tooDeep */.DI)(text);
    if (deep !== null) {
        const head = text.slice(0, deep);
        report({ line: head.split('\n').length, col: deep - head.lastIndexOf('\n') }, `${what} nests deeper than ${depth/* MAX_NESTING */.M1} levels here: refused (a trainer config needs a handful)`);
        return null;
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
    const before = problems.length;
    for (const e of doc.errors) {
        report(lines.linePos(e.pos[0]), e.code === 'DUPLICATE_KEY' ? 'duplicate key: each key may appear once in a mapping' : `${what}: syntax error: ${e.message.split('\n')[0]}`);
    }
    (0,dist/* visit */.YR)(doc, (_k, node) => {
        if ((0,dist/* isNode */.Ll)(node) && node.tag && !source_CORE_TAGS.has(node.tag))
            report(lines.linePos(node.range?.[0] ?? 0), `custom YAML tag "${node.tag}" is not allowed: ${what} must hold plain data`);
    });
    if (problems.length > before)
        return null;
    let data;
    try {
        data = doc.toJS({ maxAliasCount: source_MAX_ALIAS_COUNT });
    }
    catch (e) {
        report({ line: 1, col: 1 }, `${what}: ${e.message.split('\n')[0]}`);
        return null;
    }
    if (!(0,dist/* isMap */.jh)(doc.contents) || data === null || typeof data !== 'object' || Array.isArray(data)) {
        report({ line: 1, col: 1 }, `${what} must be a mapping of keys`);
        return null;
    }
    const finder = new positions/* PositionFinder */._(doc, lines);
    return { file, data: data, at: (p) => finder.at(p), key: (p) => finder.key(p) };
}

;// CONCATENATED MODULE: ./src/import/trl.ts



/**
 * TRL CLI / alignment-handbook recipes: TRL ModelConfig (model_name_or_path, use_peft, load_in_4bit, lora_r,
 * lora_target_modules) with SFTConfig / HF TrainingArguments. SFTConfig's defaults (trl/trainer/sft_config.py):
 * max_length 1024, bf16 and gradient checkpointing on; ModelConfig's lora_r 16; TrainingArguments'
 * per_device_train_batch_size 8 and num_train_epochs 3.
 */
const trl_TAKEN = new Set([
    'model_name_or_path', 'use_peft', 'load_in_4bit', 'load_in_8bit', 'lora_r', 'lora_target_modules', 'max_length', 'max_seq_length',
    'per_device_train_batch_size', 'gradient_accumulation_steps', 'num_train_epochs', 'max_steps', 'bf16', 'fp16', 'tf32', 'gradient_checkpointing',
    'deepspeed', 'fsdp', 'fsdp_config', 'optim', 'attn_implementation', 'model_revision', 'torch_dtype', 'dtype', 'packing', 'use_bnb_nested_quant',
    'bnb_4bit_quant_type', 'use_liger_kernel', 'use_liger', 'precompute_ref_log_probs', 'precompute_ref_batch_size',
]);
function readTrl(r) {
    const model = r.string('model_name_or_path');
    if (model === null && !r.given('model_name_or_path'))
        r.out.problems.push({ file: r.src.file, line: 1, col: 1, message: 'TRL config without model_name_or_path: name the model to fine-tune' });
    const peft = r.bool('use_peft');
    const in4 = r.bool('load_in_4bit');
    const in8 = r.bool('load_in_8bit');
    if (peft === true) {
        r.set('method', in4 === true ? 'qlora' : 'lora', in4 === true ? 'load_in_4bit' : 'use_peft');
        if (in4 !== true && in8 === true)
            int8Base(r, 'load_in_8bit');
    }
    else {
        if (in4 === true)
            r.warn('load_in_4bit', 'load_in_4bit without use_peft: a quantised model cannot be fully fine-tuned; estimated as full fine-tuning');
        r.set('method', 'full', 'model_name_or_path');
    }
    const rank = r.number('lora_r', 'lora_rank');
    if (rank !== null)
        r.set('lora.rank', rank, 'lora_r');
    if (r.given('lora_target_modules'))
        loraTargetsFrom(r, 'lora_target_modules');
    for (const k of ['max_length', 'max_seq_length']) {
        const n = r.number(k, 'sequence_length');
        if (n !== null)
            r.set('training.sequence_length', n, k);
    }
    const refs = trainingArguments(r);
    warnUnknownRelevant(r, trl_TAKEN, 'TRL');
    // TRL's preference configs (DPOConfig, KTOConfig, ORPOConfig) take beta, SFTConfig none; the recipe's script
    // decides which trainer runs. KTOConfig alone has desirable_weight/undesirable_weight; DPOConfig's loss_type
    // names its loss (sigmoid is DPO's); otherwise the config is taken as DPO's, the one with a reference model.
    if (r.given('beta')) {
        const kto = r.given('desirable_weight') || r.given('undesirable_weight');
        const lossType = (r.string('loss_type') ?? 'sigmoid').toLowerCase();
        if (kto)
            preferenceStage(r, r.given('desirable_weight') ? 'desirable_weight' : 'undesirable_weight', 'kto');
        else if (r.given('loss_type'))
            preferenceStage(r, 'loss_type', ['sigmoid', 'ipo'].includes(lossType) ? lossType : 'dpo');
        else {
            preferenceStage(r, 'beta', 'dpo');
            r.warn('beta', 'beta: a DPO, KTO or ORPO setting (the recipe\'s script picks the trainer): estimated as DPO, with a reference model; set preference.loss in the manifest if it is ORPO or KTO');
        }
        if (r.bool('precompute_ref_log_probs') === true)
            r.set('preference.reference', 'precomputed', 'precompute_ref_log_probs');
    }
    r.out.default('training.sequence_length', 1024, 'TRL SFTConfig default max_length 1024');
    r.out.default('precision', 'bf16', 'TRL SFTConfig default bf16');
    r.out.default('training.gradient_checkpointing', 'full', 'TRL SFTConfig default gradient_checkpointing true');
    r.out.default('training.micro_batch_size', 8, 'HF TrainingArguments default per_device_train_batch_size 8');
    r.out.default('data.epochs', 3, 'HF TrainingArguments default num_train_epochs 3');
    if (r.out.values.get('method') !== 'full') {
        r.out.default('lora.rank', 16, 'TRL ModelConfig default lora_r 16');
        r.out.default('lora.targets', ['q_proj', 'v_proj'], 'LoRA on q_proj and v_proj (PEFT\'s default target modules for Llama-style models; lora_target_modules unset)');
    }
    return { ...refs, model: model !== null ? { id: model, key: 'model_name_or_path' } : null };
}

;// CONCATENATED MODULE: ./src/import/resolve.ts









const FORMAT_NAMES = { axolotl: 'axolotl', 'llama-factory': 'LLaMA-Factory', 'llama-factory-v1': 'LLaMA-Factory (v1)', trl: 'TRL' };
const formatName = (f) => FORMAT_NAMES[f];
/** `rel` from the folder `dir` inside the repository, or an error when it is absolute or leaves it. */
function join(dir, rel) {
    if (external_node_path_.posix.isAbsolute(rel) || /^[a-zA-Z]:[\\/]/.test(rel) || rel.includes('\\'))
        return null;
    const p = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, rel));
    return p === '..' || p.startsWith('../') ? null : p;
}
/**
 * Reads the trainer config a manifest imports, then the DeepSpeed JSON it names and the accelerate YAML the
 * manifest names. A path inside a trainer config is resolved as the trainer resolves it, from the folder it
 * is launched in: the config's own folder or any folder above it, up to the repository root.
 */
function readImport(req, manifestRepoPath, read, problems, where) {
    const configPath = join(external_node_path_.posix.dirname(manifestRepoPath), req.path);
    if (configPath === null) {
        where(`import path "${req.path}" must be relative to the manifest, with / separators, and stay inside the repository`);
        return null;
    }
    const text = read(configPath);
    if (!text.ok) {
        where(`import "${req.path}": ${text.error}`);
        return null;
    }
    const before = problems.length;
    const src = parseSource(text.text, configPath, 'trainer config', problems);
    if (!src)
        return null;
    const format = req.format ?? detectFormat(src.data);
    if (!format) {
        where(`cannot tell which trainer "${req.path}" is for: set import: { path: ${req.path}, format: axolotl | llama-factory | llama-factory-v1 | trl }`);
        return null;
    }
    const settings = new Settings();
    const reader = new FileReader(src, settings);
    const refs = format === 'axolotl' ? readAxolotl(reader)
        : format === 'llama-factory' ? readLlamaFactory(reader)
            : format === 'llama-factory-v1' ? readLlamaFactoryV1(reader)
                : readTrl(reader);
    const files = [configPath];
    const readNamed = (rel, from, key, what) => {
        const candidates = [];
        for (let dir = external_node_path_.posix.dirname(from.file);; dir = external_node_path_.posix.dirname(dir)) {
            const p = join(dir, rel);
            if (p !== null && !candidates.includes(p))
                candidates.push(p);
            if (dir === '.' || dir === '/' || dir === '')
                break;
        }
        if (!candidates.length) {
            settings.problem(from, [key], `${key}: "${rel}" must be a relative path inside the repository`);
            return null;
        }
        for (const p of candidates) {
            const t = read(p);
            if (!t.ok)
                continue;
            files.push(p);
            return parseSource(t.text, p, what, problems);
        }
        settings.problem(from, [key], `${key}: ${what} "${rel}" is not in the repository (looked for ${candidates.join(', ')})`);
        return null;
    };
    if (refs.deepspeed) {
        const ds = readNamed(refs.deepspeed.path, src, refs.deepspeed.key, 'DeepSpeed config');
        if (ds)
            readDeepSpeed(new FileReader(ds, settings));
    }
    else if (refs.deepspeedInline) {
        readDeepSpeed(reader.child(refs.deepspeedInline));
    }
    if (req.accelerate) {
        const accPath = join(external_node_path_.posix.dirname(manifestRepoPath), req.accelerate);
        const t = accPath === null ? null : read(accPath);
        if (accPath === null || !t || !t.ok) {
            where(`accelerate config "${req.accelerate}": ${accPath === null ? 'must be a relative path inside the repository' : t && !t.ok ? t.error : 'unreadable'}`);
        }
        else {
            files.push(accPath);
            const acc = parseSource(t.text, accPath, 'accelerate config', problems);
            if (acc) {
                const { deepspeedFile } = readAccelerate(new FileReader(acc, settings));
                if (deepspeedFile && !refs.deepspeed) {
                    const ds = readNamed(deepspeedFile, acc, 'deepspeed_config', 'DeepSpeed config');
                    if (ds)
                        readDeepSpeed(new FileReader(ds, settings));
                }
            }
        }
    }
    settings.applyDefaults();
    pairedBatch(settings);
    problems.push(...settings.problems);
    if (problems.length > before)
        return null;
    return { format, files, settings, model: refs.model ? { id: refs.model.id, src, key: refs.model.key } : null };
}

// EXTERNAL MODULE: ./src/catalog/models.ts + 1 modules
var models = __webpack_require__(5842);
;// CONCATENATED MODULE: ./src/import/merge.ts


const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Manifest keys win: the imported values fill only what the manifest leaves out, key by key. */
function overlay(under, over) {
    const out = { ...under };
    for (const [k, v] of Object.entries(over))
        out[k] = isObj(v) && isObj(under[k]) ? overlay(under[k], v) : v;
    return out;
}
function valueAtPath(o, path) {
    let v = o;
    for (const p of path.split('.'))
        v = isObj(v) ? v[p] : undefined;
    return v;
}
function leafPaths(o, prefix = '') {
    return Object.entries(o).flatMap(([k, v]) => (isObj(v) ? leafPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
/**
 * The job the manifest describes once its import is applied: the imported settings under the manifest's own
 * keys, tokens from max_steps when the config fixes the steps, and, for the report, which file each setting
 * came from, the trainer defaults used, and the warnings. Problems (no tokens, an unknown model) are located in
 * the file that can fix them.
 */
function mergeImport(manifestJob, imp, problems, atManifest, hubModel) {
    const s = imp.settings;
    const nested = {};
    for (const [path, value] of s.values) {
        const parts = path.split('.');
        let o = nested;
        for (const p of parts.slice(0, -1))
            o = (o[p] ??= {});
        o[parts[parts.length - 1]] = value;
    }
    const job = { ...manifestJob };
    delete job.import;
    const fromManifest = leafPaths(job).filter((p) => p !== 'name');
    const before = problems.length;
    // The model: the manifest's wins; else the trainer config's, from the catalog (offline) or the Hub.
    if (job.model === undefined && imp.model) {
        const found = (0,models/* findModel */.P6)(imp.model.id) ? { ok: true } : hubModel(imp.model.id);
        if (!found.ok) {
            const p = imp.model.src.at([imp.model.key]);
            problems.push({ file: imp.model.src.file, line: p.line, col: p.col, message: `${imp.model.key}: ${found.error}` });
        }
        else {
            nested.model = imp.model.id;
            const at = imp.model.src.at([imp.model.key]);
            s.locations.set('model', { file: imp.model.src.file, line: at.line, col: at.col, key: imp.model.key, value: imp.model.id });
            s.origins.set('model', `${imp.model.src.file}:${imp.model.src.key([imp.model.key]).line}:1 ${imp.model.key}`);
        }
    }
    const merged = overlay(nested, job);
    // A manifest that changes the method away from LoRA drops the imported adapter settings.
    if (merged.method !== 'lora' && merged.method !== 'qlora' && !isObj(job.lora))
        delete merged.lora;
    // Tokens: the manifest's data, else max_steps x global batch x sequence length.
    const data = isObj(merged.data) ? { ...merged.data } : {};
    const notes = [];
    const steps = s.counters.get('max_steps');
    const ga = s.counters.get('gradient_accumulation_steps')?.value ?? 1;
    const hw = isObj(merged.hardware) ? merged.hardware : {};
    const par = isObj(merged.parallelism) ? merged.parallelism : {};
    const training = isObj(merged.training) ? { ...merged.training } : {};
    const count = typeof hw.count === 'number' ? hw.count : null;
    const dp = count === null ? null : count / ((typeof par.tensor === 'number' ? par.tensor : 1) * (typeof par.pipeline === 'number' ? par.pipeline : 1));
    const micro = typeof training.micro_batch_size === 'number' ? training.micro_batch_size : 1;
    const seq = typeof training.sequence_length === 'number' ? training.sequence_length : 2048;
    if (training.global_batch_size === undefined && dp !== null && Number.isInteger(dp) && s.counters.has('gradient_accumulation_steps')) {
        training.global_batch_size = micro * ga * dp;
        s.origins.set('training.global_batch_size', `${s.counters.get('gradient_accumulation_steps').origin} x micro-batch x ${dp} data-parallel GPUs`);
        s.locations.set('training.global_batch_size', s.counters.get('gradient_accumulation_steps').at);
        merged.training = training;
    }
    const hasTokens = data.tokens !== undefined || (data.examples !== undefined && data.tokens_per_example !== undefined);
    if (!hasTokens) {
        if (steps && dp !== null && Number.isInteger(dp)) {
            const global = typeof training.global_batch_size === 'number' ? training.global_batch_size : micro * ga * dp;
            data.tokens = steps.value * global * seq;
            data.epochs = 1;
            const kept = s.defaults.filter((d) => !/epoch/.test(d));
            s.defaults.splice(0, s.defaults.length, ...kept);
            notes.push(`tokens: max_steps ${steps.value} (${steps.origin}) x global batch ${global} x ${seq} tokens = ${data.tokens}; max_steps fixes the run, so epochs are 1`);
            s.origins.set('data.tokens', steps.origin);
            s.locations.set('data.tokens', steps.at);
        }
        else if (steps) {
            const p = steps.src.key(steps.path);
            problems.push({ file: steps.src.file, line: p.line, col: p.col, message: `max_steps ${steps.value} fixes the steps, but the tokens per step depend on the GPU count: set hardware.count in the manifest (or data.tokens)` });
        }
        else {
            atManifest(['import'], `the imported config does not fix max_steps, so the tokens are unknown: add data.tokens, or data.examples with data.tokens_per_example`);
        }
    }
    merged.data = data;
    if (problems.length > before)
        return null;
    const fromImport = [...s.origins.entries()].filter(([k]) => !fromManifest.includes(k) && s.origins.get(k) !== 'trainer default');
    const byFile = new Map();
    for (const [k, origin] of fromImport) {
        const [where, ...key] = origin.split(' ');
        const file = where.replace(/:\d+:\d+$/, '');
        const line = /:(\d+):\d+$/.exec(where)?.[1];
        const value = valueAtPath(merged, k);
        const shown = value === undefined ? '' : ` ${Array.isArray(value) ? value.join('+') : String(value)}`;
        byFile.set(file, [...(byFile.get(file) ?? []), `${k}${shown} (${key.join(' ')}${line ? `, line ${line}` : ''})`]);
    }
    const lines = [...byFile.entries()].map(([f, ks]) => `from ${f}${f === imp.files[0] ? ` (${formatName(imp.format)})` : ''}: ${ks.join(', ')}`);
    if (fromManifest.length)
        lines.push(`from the manifest (wins over the imported files): ${fromManifest.join(', ')}`);
    if (s.defaults.length)
        lines.push(`${formatName(imp.format)} defaults used where the config is silent: ${s.defaults.join('; ')}`);
    lines.push(...notes, ...s.warnings.map((w) => `warning: ${w.file}:${w.line}:${w.col}: ${w.message}`));
    const locations = new Map([...s.locations].filter(([k]) => !fromManifest.includes(k)));
    return { raw: merged, info: { file: imp.files[0], format: imp.format, files: imp.files, notes: lines }, locations, warnings: [...s.warnings] };
}

;// CONCATENATED MODULE: ./src/manifest/load.ts






/** Everything: zod's messages, the yaml package for any YAML, and trainer configs read for `import:`. */
const FULL = { validate: zodValidate, readYaml: readYaml, readImport: readImport, mergeImport: mergeImport };
/**
 * Parses and validates one manifest's text with zod: every problem at once, or the normalized jobs. The action
 * loads this module only for a manifest the fast check does not pass (load-all.ts, loadManifestsLazily).
 */
function parseManifest(text, opts) {
    return (0,parse/* parseManifestWith */.X)(text, opts, FULL);
}


/***/ })

};
;