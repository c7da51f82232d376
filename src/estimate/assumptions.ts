import type { Accelerator } from '../catalog/accelerators.js';
import type { Job } from '../manifest/types.js';
import type { Efficiency } from './efficiency.js';
import { HOST_MEMORY_GBPS, matmulCeiling, peakTflops } from './efficiency.js';
import { stepWords } from './step-words.js';
import type { Run } from './estimate.js';
import type { Layout } from './layout.js';
import type { ResolvedModel } from './model.js';
import { GIB, MEMORY_UNDERESTIMATE } from './memory.js';
import { int8BaseAssumption } from './int8-base.js';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const sci = (x: number) => x.toExponential(2).replace('e+', 'e');

export interface AssumptionContext {
  job: Job;
  gpu: Accelerator;
  model: ResolvedModel;
  tokens: number;
  minCount: number | null;
  count: number;
  layout: Layout;
  eff: Efficiency;
  run: Run;
  energyNote: string;
  range: { low: number; high: number };
}

/** Every assumption behind an estimate, in words, with its source: what the report lists under each job. */
export function describeAssumptions(c: AssumptionContext): string[] {
  const { job, gpu, layout, eff, run: r } = c;
  const out: string[] = [];
  if (job.imported) out.push(...job.imported.notes);
  if (c.model.assumption) out.push(c.model.assumption);
  if (job.hardware.gpus.length > 1) out.push(`GPU kind: ${gpu.id}, the cheapest of the ${job.hardware.gpus.length} kinds hardware.gpu allows (\`train-budget plan\` compares them all)`);
  if (job.hardware.count === 'auto') {
    out.push(c.minCount === null ? `no number of ${gpu.id} GPUs holds this job with these settings` : `count auto: ${c.count} ${gpu.id} ${c.count === c.minCount ? 'is the fewest that fit' : `is the cheapest count that fits${job.plan.deadline_hours !== null ? ` and meets the deadline of ${job.plan.deadline_hours} hours` : ''} (the fewest that fit: ${c.minCount})`}${c.count > gpu.gpus_per_node ? ` (whole ${gpu.gpus_per_node}-GPU nodes)` : ''}`);
  }
  out.push(`layout: ZeRO stage ${layout.zero}${job.parallelism.zero === null ? ' (default for the GPU count)' : ''}, tensor ${layout.tensor} x pipeline ${layout.pipeline} x data ${layout.data_parallel}, ${layout.micro_batches} micro-batch${layout.micro_batches === 1 ? '' : 'es'} of ${job.training.micro_batch_size} per step`);
  const peak = peakTflops(gpu, job.precision);
  if (job.efficiency.mfu !== null) {
    out.push(`efficiency: MFU ${pct(r.mfu)} as set in the manifest`);
  } else {
    const st = eff.step;
    const share = (x: number) => pct(x / st.total);
    const parts = [
      `compute ${share(st.compute)} (kernels at ${pct(eff.kernel)} of ${gpu.id}'s ${peak.tflops} dense ${peak.used} TFLOPS, ${gpu.memory_bandwidth_tbps} TB/s, width ${c.model.arch.hidden_size}${eff.method < 1 ? `, QLoRA dequantisation x${eff.method}` : ''}${job.training.gradient_checkpointing !== 'none' ? `, recomputation ${job.training.gradient_checkpointing}` : ''})`,
      ...(st.data_parallel / st.total >= 0.005 ? [`exposed data-parallel communication ${share(st.data_parallel)}`] : []),
      ...(st.tensor_parallel / st.total >= 0.005 ? [`tensor-parallel ${share(st.tensor_parallel)}`] : []),
      ...(st.offload / st.total >= 0.005 ? [`CPU offload ${share(st.offload)}`] : []),
      ...(st.bubble / st.total >= 0.005 ? [`pipeline bubble ${share(st.bubble)}`] : []),
    ];
    out.push(`efficiency: MFU ${pct(r.mfu)}; each step is ${parts.join(' + ')}; calibrated on published runs (docs/methodology.md)`);
    out.push(...stepWords({ job, gpu, layout, step: st }));
  }
  if (job.efficiency.mfu !== null && job.efficiency.mfu > r.mfu) out.push(`efficiency: the given MFU ${pct(job.efficiency.mfu)} is capped at ${pct(r.mfu)}: with ${job.training.gradient_checkpointing} recomputation the GPU also does the extra forward work, and hardware utilisation cannot exceed 100%`);
  const ceiling = matmulCeiling(gpu);
  if (!ceiling.measured) out.push(gpu.class === 'datacenter' ? `${gpu.id}: no published matmul measurement and no calibration run for this GPU; it is taken to reach what A100/H100 reach` : `${gpu.id}: consumer and workstation cards sustain about their rated tensor peak (${ceiling.share}x the data-centre parts' share, read from torchtune single-GPU fine-tunes)`);
  if (gpu.generation === 'cdna2' || gpu.generation === 'cdna3') out.push(`${gpu.id}: no AMD run is in the calibration set; its matmuls are taken at ${pct(ceiling.share)} of the NVIDIA parts' share, from measured matmul ceilings (ml-engineering MAMF table)`);
  if (job.lora?.base_bits === 8) out.push(int8BaseAssumption);
  if (job.precision === 'fp8') out.push('fp8: only the linear layers\' matmuls run at the fp8 rate; attention, norms and activations stay at 16 bits (Transformer Engine)');
  if (peak.used !== job.precision) out.push(`${gpu.id} has no ${job.precision} tensor-core rate: its ${peak.used} rate is used`);
  out.push(`time: ${sci(r.flops_model_total)} training FLOPs over ${sci(c.tokens)} tokens; ${pct(r.goodput)} goodput for restarts, checkpoints and evaluation; range ${c.range.low}x to ${c.range.high}x the expected time`);
  out.push(`price: $${r.price.gpu_hour_usd.toFixed(4)} per GPU-hour, ${r.price.source}, as of ${r.price.as_of}`);
  out.push(...r.price.notes);
  out.push(c.energyNote);
  if (job.parallelism.offload !== 'none') out.push(`CPU offload (${job.parallelism.offload}): gradients${job.parallelism.offload === 'optimizer_and_params' ? ', weights' : ''} and updated weights cross PCIe each step and the optimizer steps on the CPU at ~${HOST_MEMORY_GBPS} GB/s of host memory per node (an allowance of ours)`);
  if (c.model.arch.experts > 1) out.push(`mixture of experts: FLOPs use the active parameters; ${c.layout.expert > 1 ? `expert-parallel all-to-all (${c.layout.expert} ranks) counted on the critical path, routing assumed balanced` : 'no expert parallelism (parallelism.expert: 1), so no all-to-all'}; router imbalance is not modelled`);
  out.push(`memory: activations per Korthikanti et al. 2022 (16-bit${job.training.gradient_checkpointing === 'selective' ? ', op-level selective checkpointing' : ''}), ${job.training.loss} loss (${job.training.loss === 'standard' ? 'fp32 logits of the whole micro-batch, as PyTorch and Hugging Face keep them' : job.training.loss === 'chunked' ? '16-bit logits, fp32 work one chunk at a time' : 'no logits kept'})${job.training.master_weights ? '' : ', pure 16-bit weights and optimizer states'}; 1 GiB CUDA context, 0.5 GiB NCCL buffers on several GPUs, 5% allocator fragmentation`);
  const spare = r.fits ? gpu.memory_gib * GIB - r.memory.total : -1;
  if (spare >= 0 && spare < MEMORY_UNDERESTIMATE * r.memory.total) out.push(`memory: fits with ${(spare / GIB).toFixed(1)} GiB to spare: within the model's error (estimates run up to ${pct(MEMORY_UNDERESTIMATE)} below measured peaks, docs/methodology.md)`);
  out.push('storage: dataset as raw text (~4 bytes/token) plus token ids; resumable checkpoints hold weights and optimizer states' + (job.lora ? ' (adapters only for LoRA)' : ''));
  return out;
}
