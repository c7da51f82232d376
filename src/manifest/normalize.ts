import { findAccelerator } from '../catalog/accelerators.js';
import { findModel } from '../catalog/models.js';
import { parseCount } from './counts.js';
import { allowedGpus, isAuto } from './gpus.js';
import type { RawArchitecture, RawJob } from './schema.js';
import type { Job, ModelSpec, Position } from './types.js';
import type { Architecture } from '../catalog/architecture.js';
import { cleanText } from '../report/sanitize.js';

/** An architecture as written, with the documented defaults applied. */
export function architectureWithDefaults(a: RawArchitecture): Architecture {
  const experts = a.experts ?? 1;
  const out: Architecture = {
    layers: a.layers,
    hidden_size: a.hidden_size,
    intermediate_size: a.intermediate_size,
    attention_heads: a.attention_heads,
    kv_heads: a.kv_heads ?? a.attention_heads,
    vocab_size: a.vocab_size,
    tied_embeddings: a.tied_embeddings ?? false,
    gated_mlp: a.gated_mlp ?? true,
    experts,
    experts_per_token: experts > 1 ? a.experts_per_token ?? 2 : 1,
  };
  if (a.head_dim !== undefined) out.head_dim = a.head_dim;
  return out;
}

/** The preference block's defaults: DPO, and a reference model unless the loss has none (ORPO, SimPO). */
function preferenceOf(p: NonNullable<RawJob['preference']>): NonNullable<Job['preference']> {
  const loss = p.loss ?? 'dpo';
  return { loss, reference: p.reference ?? (loss === 'orpo' || loss === 'simpo' ? 'none' : 'model') };
}

/** A job that passed the schema and the rules, with every default applied (see the manifest reference). */
export function normalizeJob(raw: RawJob, model: ModelSpec, file: string, index: number | null, positions: Record<string, Position>): Job {
  const isLora = raw.method === 'lora' || raw.method === 'qlora';
  const ckpt = raw.training?.gradient_checkpointing;
  const modelSpec: ModelSpec = model.kind === 'catalog' ? { kind: 'catalog', id: findModel(model.id)!.id } : model;
  return {
    // Free text from the manifest and the file system, cleaned once here so no renderer can print it raw.
    file: cleanText(file, 1000),
    index,
    name: cleanText(raw.name),
    model: modelSpec,
    method: raw.method,
    precision: raw.precision ?? 'bf16',
    optimizer: raw.optimizer ?? 'adamw',
    lora: isLora ? { rank: raw.lora?.rank ?? 16, targets: raw.lora?.targets ?? 'all_linear', ...(raw.lora?.base_bits === 8 && raw.method === 'lora' ? { base_bits: 8 as const } : {}) } : null,
    ...(raw.preference ? { preference: preferenceOf(raw.preference) } : {}),
    data: { tokens: tokensOf(raw.data), epochs: raw.data?.epochs ?? 1 },
    training: {
      sequence_length: raw.training?.sequence_length ?? 2048,
      micro_batch_size: raw.training?.micro_batch_size ?? 1,
      global_batch_size: raw.training?.global_batch_size ?? null,
      gradient_checkpointing: ckpt === true ? 'full' : ckpt === false || ckpt === undefined ? 'none' : ckpt,
      flash_attention: raw.training?.flash_attention ?? true,
      loss: raw.training?.loss ?? 'standard',
      master_weights: raw.training?.master_weights ?? true,
      optimizer_in_backward: raw.training?.optimizer_in_backward ?? false,
    },
    hardware: hardwareOf(raw),
    parallelism: {
      zero: raw.parallelism?.zero ?? null,
      tensor: raw.parallelism?.tensor ?? 1,
      pipeline: raw.parallelism?.pipeline ?? 1,
      sequence_parallel: raw.parallelism?.sequence_parallel ?? true,
      offload: raw.parallelism?.offload ?? 'none',
      expert: raw.parallelism?.expert ?? 1,
      ...(raw.parallelism?.virtual_stages !== undefined ? { virtual_stages: raw.parallelism.virtual_stages } : {}),
    },
    pricing: {
      provider: raw.pricing?.provider?.toLowerCase() ?? null,
      market: raw.pricing?.market ?? 'on_demand',
      region: raw.pricing?.region === undefined ? null : cleanText(raw.pricing.region, 60),
      gpu_hour_usd: raw.pricing?.gpu_hour_usd ?? null,
    },
    efficiency: { mfu: raw.efficiency?.mfu ?? null },
    checkpoints: { keep: raw.checkpoints?.keep ?? 2 },
    runs_per_year: raw.runs_per_year ?? null,
    plan: { objective: raw.plan?.objective ?? 'cost', deadline_hours: raw.plan?.deadline_hours ?? null, max_cost_usd: raw.plan?.max_cost_usd ?? null },
    positions,
  };
}

/** data.tokens, or data.examples x data.tokens_per_example (the rules make sure one of them is there). */
function tokensOf(data: RawJob['data']): number {
  if (data?.tokens !== undefined) return parseCount(data.tokens)!;
  return Math.round(parseCount(data?.examples ?? 0)! * (data?.tokens_per_example ?? 0));
}

/** MAX_COUNT: the default of hardware.max_count, the most GPUs the planner and count auto consider. */
export const DEFAULT_MAX_COUNT = 4096;

function hardwareOf(raw: RawJob): Job['hardware'] {
  const g = raw.hardware.gpu;
  const cluster = raw.hardware.cluster;
  // A cluster without gpu: its GPUs are known once train-budget.yml is read (src/settings/apply.ts fills them in).
  if (g === undefined) return { gpu: '', count: raw.hardware.count ?? 'auto', gpus: [], gpu_choice: 'one', max_count: raw.hardware.max_count ?? DEFAULT_MAX_COUNT, network_gbps: raw.hardware.network_gbps ?? null, ...(cluster ? { cluster } : {}), ...(raw.hardware.host_ram_gb !== undefined ? { host_ram_gb: raw.hardware.host_ram_gb } : {}) };
  const gpus = allowedGpus(g, raw.precision ?? 'bf16', raw.parallelism?.tensor ?? 1);
  const gpu = Array.isArray(g) || isAuto(g) ? gpus[0] ?? 'h100-80gb' : findAccelerator(g)!.id;
  return { gpu, count: raw.hardware.count ?? 'auto', gpus, gpu_choice: Array.isArray(g) ? 'list' : isAuto(g) ? 'auto' : 'one', max_count: raw.hardware.max_count ?? DEFAULT_MAX_COUNT, network_gbps: raw.hardware.network_gbps ?? null, ...(cluster ? { cluster } : {}), ...(raw.hardware.host_ram_gb !== undefined ? { host_ram_gb: raw.hardware.host_ram_gb } : {}) };
}
