import { findAccelerator, ACCELERATOR_IDS } from '../catalog/accelerators.js';
import { findModel, MODEL_IDS } from '../catalog/models.js';
import { PROVIDERS } from '../catalog/prices.js';
import type { Located } from './issues.js';
import type { RawArchitecture } from './schema.js';
import { didYouMean, closest } from './suggest.js';
import { acceleratorHint } from './gpu-names.js';
import { nearbyDivisors } from './divisors.js';
import { isAuto } from './gpus.js';
import type { Accelerator } from '../catalog/accelerators.js';

type Key = string | number;

/** Architecture rules: shapes that no real transformer has. */
export function architectureRules(a: RawArchitecture, at: Key[]): Located[] {
  const out: Located[] = [];
  const kv = a.kv_heads ?? a.attention_heads;
  if (a.attention_heads % kv !== 0) {
    const near = nearbyDivisors(a.attention_heads, kv);
    out.push({ path: [...at, 'kv_heads'], atKey: false, message: `kv_heads (${kv}) must divide attention_heads (${a.attention_heads})${near.length ? `; nearby divisors: ${near.join(', ')}` : ''}` });
  }
  if (a.head_dim === undefined && a.hidden_size % a.attention_heads !== 0) {
    out.push({ path: [...at, 'attention_heads'], atKey: false, message: `attention_heads (${a.attention_heads}) must divide hidden_size (${a.hidden_size}), or set head_dim` });
  }
  const experts = a.experts ?? 1;
  if (a.experts_per_token !== undefined && a.experts_per_token > experts) {
    out.push({ path: [...at, 'experts_per_token'], atKey: false, message: `experts_per_token (${a.experts_per_token}) must be at most experts (${experts})` });
  }
  if (a.experts !== undefined && a.experts > 1 && a.experts_per_token === undefined) {
    out.push({ path: [...at, 'experts'], atKey: true, message: `a mixture-of-experts model needs experts_per_token too (Mixtral routes each token to 2 of 8 experts)` });
  }
  return out;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const posInt = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
const rec = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * Rules across keys and against the catalogs. They run even when the schema found problems elsewhere in the
 * job (so every problem is reported at once), each reading only values of the right type.
 */
export function jobRules(rawJob: unknown, at: Key[]): Located[] {
  const out: Located[] = [];
  const job = rec(rawJob);
  const hardware = rec(job.hardware);
  const parallelism = rec(job.parallelism);
  const training = rec(job.training);
  const pricing = rec(job.pricing);
  const method = str(job.method);
  if (job.hardware !== undefined && hardware.gpu === undefined && hardware.cluster === undefined) {
    out.push({ path: [...at, 'hardware'], atKey: true, message: 'hardware needs gpu (an accelerator id, a list of ids, or auto) or cluster (an owned cluster named in train-budget.yml)' });
  }
  const gpuId = isAuto(hardware.gpu) ? undefined : str(hardware.gpu);
  const gpu = gpuId ? findAccelerator(gpuId) : undefined;
  if (gpuId && !gpu) {
    out.push({ path: [...at, 'hardware', 'gpu'], atKey: false, message: `unknown accelerator "${gpuId}"${acceleratorHint(gpuId) || didYouMean(gpuId, ACCELERATOR_IDS) || `; known: ${ACCELERATOR_IDS.join(', ')}, or auto`}` });
  }
  // A list of kinds: each must be known and able to run the job, located at its own entry.
  const listed = Array.isArray(hardware.gpu) ? hardware.gpu : [];
  listed.forEach((g, i) => {
    const id = str(g);
    if (!id) return;
    const a = findAccelerator(id);
    if (!a) out.push({ path: [...at, 'hardware', 'gpu', i], atKey: false, message: `unknown accelerator "${id}"${acceleratorHint(id) || didYouMean(id, ACCELERATOR_IDS) || `; known: ${ACCELERATOR_IDS.join(', ')}`}` });
    else out.push(...gpuRules(a, job, at, ['hardware', 'gpu', i]));
  });

  const modelId = str(job.model);
  if (modelId && !findModel(modelId)) {
    const near = closest(modelId, MODEL_IDS, 5);
    out.push({
      path: [...at, 'model'], atKey: false,
      message: `unknown model "${modelId}"${near.length ? ` (did you mean ${near.map((x) => `"${x}"`).join(', ')}?)` : ''}; give { parameters: 7B }, { config: path/to/config.json } or { architecture: {...} } for a model outside the catalog`,
    });
  }
  const isLora = method === 'lora' || method === 'qlora';
  if (job.lora !== undefined && method && !isLora && ['pretrain', 'full'].includes(method)) {
    out.push({ path: [...at, 'lora'], atKey: true, message: `lora settings apply to method lora or qlora only, but method is ${method}: remove the lora block or change the method` });
  }
  const precision = job.precision === undefined ? 'bf16' : str(job.precision);
  if (gpu && precision === 'fp8' && gpu.tflops.fp8 === null) {
    out.push({ path: [...at, 'precision'], atKey: false, message: `fp8 needs FP8 tensor cores (Hopper, Ada, Blackwell, MI300X), which ${gpu.id} lacks: use bf16${gpu.tflops.bf16 === null ? ' or fp16' : ''}` });
  }
  if (gpu && precision === 'bf16' && gpu.tflops.bf16 === null) {
    out.push({ path: [...at, job.precision === undefined ? 'hardware' : 'precision'], atKey: job.precision === undefined, message: `${gpu.id} has no bf16 support (pre-Ampere) and bf16 is the default precision: set precision: fp16 (mixed precision with loss scaling) or fp32` });
  }
  if (method === 'qlora' && precision === 'fp8') {
    out.push({ path: [...at, 'precision'], atKey: false, message: 'qlora computes in bf16 or fp16 over its 4-bit base weights: use bf16' });
  }
  const preference = rec(job.preference);
  if (job.preference !== undefined && method === 'pretrain') {
    out.push({ path: [...at, 'preference'], atKey: true, message: 'preference training fine-tunes a trained model: use method full, lora or qlora, or remove the preference block' });
  }
  const prefLoss = str(preference.loss);
  if ((prefLoss === 'orpo' || prefLoss === 'simpo') && (preference.reference === 'model' || preference.reference === 'precomputed')) {
    out.push({ path: [...at, 'preference', 'reference'], atKey: false, message: `${prefLoss} has no reference model (its loss uses the policy's log-probabilities only): use reference: none, or loss dpo` });
  }
  const baseBits = rec(job.lora).base_bits;
  if (baseBits === 8 && method === 'qlora') {
    out.push({ path: [...at, 'lora', 'base_bits'], atKey: false, message: 'base_bits 8 is an LLM.int8 base under method lora; qlora\'s base is 4-bit NF4: use method lora with base_bits 8, or drop base_bits' });
  }
  if (baseBits === 8 && precision === 'fp8') {
    out.push({ path: [...at, 'precision'], atKey: false, message: 'an 8-bit (LLM.int8) base computes in bf16 or fp16 (bitsandbytes Linear8bitLt): use bf16' });
  }
  const provider = str(pricing.provider);
  if (provider && !PROVIDERS.includes(provider.toLowerCase())) {
    out.push({ path: [...at, 'pricing', 'provider'], atKey: false, message: `unknown provider "${provider}"${didYouMean(provider, PROVIDERS) || `; known: ${PROVIDERS.join(', ')}`}, or set gpu_hour_usd` });
  }
  const tp = parallelism.tensor === undefined ? 1 : posInt(parallelism.tensor);
  const pp = parallelism.pipeline === undefined ? 1 : posInt(parallelism.pipeline);
  const count = posInt(hardware.count);
  if (count !== undefined && tp !== undefined && pp !== undefined) {
    if (count % (tp * pp) !== 0) {
      out.push({ path: [...at, 'hardware', 'count'], atKey: false, message: `count (${count}) must be a multiple of tensor x pipeline (${tp} x ${pp} = ${tp * pp})` });
    } else {
      const dp = count / (tp * pp);
      const micro = training.micro_batch_size === undefined ? 1 : posInt(training.micro_batch_size);
      const global = posInt(training.global_batch_size);
      if (global !== undefined && micro !== undefined && global % (micro * dp) !== 0) {
        out.push({
          path: [...at, 'training', 'global_batch_size'], atKey: false,
          message: `global_batch_size (${global}) must be a multiple of micro_batch_size x data-parallel GPUs (${micro} x ${dp} = ${micro * dp})`,
        });
      }
    }
  }
  if (gpu && tp !== undefined && tp > gpu.gpus_per_node) {
    out.push({ path: [...at, 'parallelism', 'tensor'], atKey: false, message: `tensor parallelism (${tp}) beyond one ${gpu.id} node (${gpu.gpus_per_node} GPUs) is not supported: its all-reduces need NVLink-class bandwidth` });
  }
  const ep = posInt(parallelism.expert);
  if (ep !== undefined && ep > 1) {
    // Expert parallelism (Lepikhin et al. 2020, GShard): each of `ep` data-parallel ranks holds experts / ep routed experts.
    const catalog = modelId ? findModel(modelId) : undefined;
    const inline = rec(rec(job.model).architecture);
    const experts = catalog ? catalog.architecture.experts : typeof inline.experts === 'number' ? inline.experts : undefined;
    if (experts !== undefined && experts <= 1) {
      out.push({ path: [...at, 'parallelism', 'expert'], atKey: false, message: `expert parallelism (${ep}) needs a mixture-of-experts model; ${catalog?.id ?? 'this model'} is dense: remove parallelism.expert or set it to 1` });
    } else if (experts !== undefined && experts % ep !== 0) {
      out.push({ path: [...at, 'parallelism', 'expert'], atKey: false, message: `expert parallelism (${ep}) must divide the model's ${experts} routed experts` });
    }
    if (count !== undefined && tp !== undefined && pp !== undefined && count % (tp * pp) === 0 && (count / (tp * pp)) % ep !== 0) {
      out.push({ path: [...at, 'parallelism', 'expert'], atKey: false, message: `expert parallelism (${ep}) must divide the data-parallel GPUs (count / (tensor x pipeline) = ${count / (tp * pp)})` });
    }
  }
  const vs = posInt(parallelism.virtual_stages);
  if (vs !== undefined && vs > 1 && pp === 1) {
    // Interleaving (Narayanan et al. 2021 §2.2.2) splits each pipeline GPU's layers into chunks: without stages there is nothing to interleave.
    out.push({ path: [...at, 'parallelism', 'virtual_stages'], atKey: false, message: `virtual_stages (${vs}) interleaves pipeline stages, but pipeline is 1: set parallelism.pipeline or remove virtual_stages` });
  }
  const zero = typeof parallelism.zero === 'number' ? parallelism.zero : undefined;
  if (parallelism.offload === 'optimizer_and_params' && zero !== undefined && zero !== 3) {
    out.push({ path: [...at, 'parallelism', 'offload'], atKey: false, message: `offloading parameters needs ZeRO stage 3 (zero: 3); zero is ${zero}` });
  }
  if (parallelism.offload === 'optimizer' && zero === 0) {
    out.push({ path: [...at, 'parallelism', 'offload'], atKey: false, message: 'optimizer offload (ZeRO-Offload) needs ZeRO stage 1, 2 or 3; zero is 0' });
  }
  return out;
}

/** What one accelerator of a list must support: the job's precision and its tensor degree within a node. */
function gpuRules(gpu: Accelerator, job: Record<string, unknown>, at: Key[], where: Key[]): Located[] {
  const precision = job.precision === undefined ? 'bf16' : str(job.precision);
  const tp = posInt(rec(job.parallelism).tensor) ?? 1;
  const out: Located[] = [];
  if (precision === 'fp8' && gpu.tflops.fp8 === null) out.push({ path: [...at, ...where], atKey: false, message: `${gpu.id} has no FP8 tensor cores and precision is fp8: remove it from the list or use bf16` });
  if (precision === 'bf16' && gpu.tflops.bf16 === null) out.push({ path: [...at, ...where], atKey: false, message: `${gpu.id} has no bf16 support (pre-Ampere) and precision is bf16: remove it from the list or set precision: fp16` });
  if (tp > gpu.gpus_per_node) out.push({ path: [...at, ...where], atKey: false, message: `tensor parallelism (${tp}) is more than one ${gpu.id} node holds (${gpu.gpus_per_node} GPUs): remove it from the list or lower parallelism.tensor` });
  return out;
}
