import type { Job } from '../manifest/types.js';
import { groupDigits } from '../catalog/digits.js';
import { optimizerBytes } from './memory.js';

/**
 * Goodput of a fine-tune on one node, from named time terms rather than an allowance:
 *
 *   wall = train + load + saves + interruptions,   goodput = train / wall
 *
 * - load: the base model's 16-bit weights, read once at the start (and again after each interruption);
 * - saves: torchtune's recipes checkpoint at the end of every epoch (recipes/lora_finetune_single_device.py and
 *   full_finetune_single_device.py, `train()`: `self.save_checkpoint(epoch=curr_epoch)` after each epoch): the
 *   16-bit weights (LoRA: merged into the base, plus the adapters), and on every epoch but the last the
 *   optimizer state too, so that training can resume;
 * - storage: 2.6 GB/s read and 0.71 GB/s write per node, what Megatron-LM measured on Selene's parallel file
 *   system (Narayanan et al. 2021 §5.10: 384 nodes load a checkpoint at 1 TB/s and save at 273 GB/s);
 * - interruptions: 419 unexpected interruptions in 54 days of Llama 3 405B pre-training on up to 16,384 H100s
 *   (Llama Team 2024 §3.3.4, Table 5), 1.97e-5 per GPU-hour; each costs a reload and on average half an epoch of
 *   lost work (the last checkpoint is the previous epoch's).
 * No evaluation loop is charged: neither torchtune's single-device recipes nor Hugging Face's Trainer
 * (`eval_strategy` "no") evaluate during training unless asked.
 */
export const READ_GBPS_PER_NODE = 1000 / 384;
export const WRITE_GBPS_PER_NODE = 273 / 384;
export const INTERRUPTIONS_PER_GPU_HOUR = 419 / (16384 * 54 * 24);

export interface OneNodeTerms {
  /** Hours of steady training on the node (wall-clock, before goodput). */
  train_hours: number;
  load_hours: number;
  save_hours: number;
  interruption_hours: number;
  goodput: number;
}

export function oneNodeFinetuneGoodput(x: { job: Job; total: number; trainable: number; train_hours: number; gpus: number }): OneNodeTerms {
  const { job } = x;
  const epochs = Math.max(1, Math.ceil(job.data.epochs));
  const isLora = job.method === 'lora' || job.method === 'qlora';
  const weights = 2 * x.total + (isLora ? 2 * x.trainable : 0);
  const optimizer = isLora ? x.trainable * (4 + optimizerBytes(job.optimizer, 'fp32')) : x.total * optimizerBytes(job.optimizer, job.precision, job.training.master_weights);
  const load = (2 * x.total) / (READ_GBPS_PER_NODE * 1e9) / 3600;
  const saves = (epochs * weights + (epochs - 1) * optimizer) / (WRITE_GBPS_PER_NODE * 1e9) / 3600;
  const interruptions = INTERRUPTIONS_PER_GPU_HOUR * x.gpus * x.train_hours * (load + x.train_hours / epochs / 2);
  const wall = x.train_hours + load + saves + interruptions;
  return { train_hours: x.train_hours, load_hours: load, save_hours: saves, interruption_hours: interruptions, goodput: x.train_hours / wall };
}

/** The terms in words, for the estimate's assumptions. */
export function goodputWords(t: OneNodeTerms, epochs: number): string {
  const sec = (h: number) => `${groupDigits(Math.round(h * 3600))} s`;
  const saves = Math.max(1, Math.ceil(epochs));
  return `goodput on one node: loading the model ${sec(t.load_hours)}, ${saves} checkpoint save${saves > 1 ? 's' : ''} ${sec(t.save_hours)} (torchtune saves every epoch; ${READ_GBPS_PER_NODE.toFixed(1)} GB/s read and ${WRITE_GBPS_PER_NODE.toFixed(2)} GB/s written per node, as Megatron-LM measured), interruptions ${sec(t.interruption_hours)} (Llama 3's rate per GPU-hour); no evaluation during training`;
}
