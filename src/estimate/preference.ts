import type { Architecture } from '../catalog/architecture.js';
import type { Job, PreferenceLoss, PreferenceReference } from '../manifest/types.js';
import { attentionWidth, type FlopsPerToken } from './flops.js';
import type { ParameterCounts } from './parameters.js';

/**
 * Preference training beside the policy's own training. The policy trains on every sequence as supervised
 * fine-tuning does (data.tokens counts chosen and rejected sequences alike, and so does micro_batch_size: TRL's
 * DPOTrainer runs a pair as one batch [chosen, rejected]). What comes on top:
 *
 * - DPO (Rafailov et al. 2023, eq. 7) and IPO compare the policy's log-probabilities of chosen and rejected with a
 *   frozen reference model's: one reference forward pass per sequence. TRL runs it each step after the policy's
 *   forward, under torch.no_grad (github.com/huggingface/trl/blob/f2cd57710ae3/trl/trainer/dpo_trainer.py, the
 *   `ref_outputs = self.ref_model(...)` branch of the loss), so the reference's logits exist beside the policy's
 *   activations: 16-bit logits, reduced to log-probabilities a row at a time (trl/trainer/utils.py
 *   `selective_log_softmax` loops over rows for 16-bit logits), so one logits tensor of the micro-batch.
 * - KTO (Ethayarajh et al. 2024) scores single completions and estimates its KL term on mismatched completions of
 *   the same batch: TRL's KTOTrainer (trl/trainer/kto_trainer.py, `_compute_kl_logps`, called for the policy under
 *   no_grad and for the reference) adds a policy forward over the KL sequences and reference forwards over both.
 * - ORPO (Hong et al. 2024) and SimPO (Meng et al. 2024) have no reference model: supervised compute only.
 * - precompute_ref_log_probs: the reference's passes run once over the data before training, not each epoch.
 *
 * Memory: a full fine-tune loads the reference as a second 16-bit model (TRL creates it from the same checkpoint);
 * DeepSpeed keeps it sharded only under ZeRO-3 (trl/models/utils.py `prepare_deepspeed` sets stage 0 otherwise),
 * FSDP shards it. With PEFT and no ref_model TRL sets `ref_model = None` and switches the adapter off for the
 * reference pass, and with precompute_ref_log_probs it keeps no reference either (dpo_trainer.py: "the reference
 * model does not need to be kept in memory during training").
 */
export interface PreferenceSetting {
  loss: PreferenceLoss;
  reference: PreferenceReference;
}

/** Forward passes, per trained sequence, of the reference model and of the policy without gradients. */
export function extraForwardPasses(p: PreferenceSetting, epochs: number): { reference: number; policy: number } {
  if (p.reference === 'none' || p.loss === 'orpo' || p.loss === 'simpo') return { reference: 0, policy: p.loss === 'kto' ? 1 : 0 };
  const reference = p.loss === 'kto' ? 2 : 1; // KTO: its completions and the KL completions
  return { reference: p.reference === 'precomputed' ? reference / Math.max(1, epochs) : reference, policy: p.loss === 'kto' ? 1 : 0 };
}

/**
 * Training FLOPs per trained token with the preference passes added: each forward pass costs 2 FLOPs per active
 * linear weight and output-head weight plus the attention forward 4·L·s·d (the same terms as flops.ts). They are
 * the job's own work, so they count in model and hardware FLOPs alike.
 */
export function withPreferenceFlops(f: FlopsPerToken, a: Architecture, counts: ParameterCounts, seq: number, p: PreferenceSetting, epochs: number): FlopsPerToken {
  const passes = extraForwardPasses(p, epochs);
  const n = passes.reference + passes.policy;
  if (n === 0) return f;
  const attentionForward = 4 * a.layers * seq * attentionWidth(a);
  const forward = 2 * (counts.active_layer_linear + counts.lm_head) + attentionForward;
  return { model: f.model + n * forward, hardware: f.hardware + n * forward, attention: f.attention + n * attentionForward };
}

/** What the reference model holds on each GPU during training: its weights (full fine-tune only) and its logits. */
export function referenceMemory(job: Pick<Job, 'method' | 'preference'>): { weights: boolean; logits: boolean } {
  const p = job.preference;
  const runs = !!p && p.reference === 'model' && p.loss !== 'orpo' && p.loss !== 'simpo';
  return { weights: runs && (job.method === 'full' || job.method === 'pretrain'), logits: runs };
}
