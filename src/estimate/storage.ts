import type { Method, Optimizer, Precision } from '../manifest/types.js';
import { optimizerBytes } from './memory.js';

/**
 * Disk the job needs:
 *  - the dataset: raw UTF-8 text at ~4 bytes per token (OpenAI's rule of thumb, "one token is about 4 characters
 *    of English") plus the tokenised copy training reads (2-byte ids for vocabularies up to 65,536, else 4);
 *  - the base model's 16-bit weights, downloaded once for fine-tuning;
 *  - resumable checkpoints: 16-bit weights plus the optimizer states with their fp32 master copy for full
 *    training (14 bytes/parameter more for AdamW); LoRA/QLoRA checkpoints hold only the adapters and their
 *    optimizer states. Times the checkpoints kept.
 */
export function storageBytes(x: { tokens: number; vocab: number; method: Method; precision: Precision; optimizer: Optimizer; total: number; trainable: number; keep: number }) {
  const idBytes = x.vocab <= 65536 ? 2 : 4;
  const dataset = x.tokens * (4 + idBytes);
  const isLora = x.method === 'lora' || x.method === 'qlora';
  const baseModel = x.method === 'pretrain' ? 0 : x.total * 2;
  const perCheckpoint = isLora ? x.trainable * (4 + optimizerBytes(x.optimizer, 'fp32')) : x.total * ((x.precision === 'fp32' ? 4 : 2) + optimizerBytes(x.optimizer, x.precision));
  const checkpoints = perCheckpoint * x.keep;
  return { dataset, base_model: baseModel, checkpoints, total: dataset + baseModel + checkpoints };
}
