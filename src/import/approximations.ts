import type { FileReader } from './settings.js';

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
export function int8Base(r: FileReader, key: string): void {
  r.set('lora.base_bits', 8, key);
}

/** Preference stages by what they run beside the trained model. */
const STAGES: Record<string, string> = {
  // DPO (Rafailov et al. 2023) and KTO (Ethayarajh et al. 2024) score each pair with a frozen reference model.
  dpo: 'reference',
  kto: 'reference',
  ipo: 'reference',
  // ORPO (Hong et al. 2024) and SimPO (Meng et al. 2024) need no reference model: SFT-like compute on chosen + rejected.
  orpo: 'none',
  simpo: 'none',
  // A reward model is a classifier trained on pairs: SFT-like compute, no second model.
  rm: 'none',
  reward: 'none',
  // PPO (Ouyang et al. 2022) runs a policy, a value model, a reward model and a reference model, and generates.
  ppo: 'ppo',
  grpo: 'grpo',
};

/**
 * A preference stage, estimated as supervised training on data.tokens. What that leaves out, by stage:
 * with a reference model, its forward pass over the same tokens (2 x parameters x tokens FLOPs, Kaplan et al.
 * 2020's forward cost, beside the policy's 6 x parameters x tokens: a third more compute for a full fine-tune),
 * and for a full fine-tune its frozen 16-bit weights (2 bytes per parameter, sharded under ZeRO-3); with LoRA the
 * reference is the base with the adapters switched off (TRL, PEFT), so no memory. PPO/GRPO also generate
 * completions, which the estimate does not model at all.
 */
export function preferenceStage(r: FileReader, key: string, stage: string, said = `${key} ${stage}`): void {
  const kind = STAGES[stage.toLowerCase()];
  if (kind === undefined) return;
  const tokens = 'data.tokens must count both the chosen and the rejected sequences';
  if (kind === 'none') {
    r.warn(key, `${said}: estimated as supervised fine-tuning over data.tokens, which matches this stage's compute when ${tokens}`);
  } else if (kind === 'reference') {
    r.warn(key, `${said}: estimated as supervised fine-tuning over data.tokens (${tokens}); not in the estimate: the frozen reference model's forward pass (about 2 x parameters x tokens FLOPs, a third more compute than a full fine-tune's 6 x parameters x tokens) and, for a full fine-tune, its 16-bit weights (2 bytes per parameter per GPU, divided by the GPUs under ZeRO-3); with LoRA the reference is the base with adapters off, so no extra memory`);
  } else {
    r.warn(key, `${said}: estimated as supervised fine-tuning over data.tokens; not in the estimate: generating completions${kind === 'ppo' ? ', the value and reward models' : ''} and the reference model (${stage} time and memory are well above this estimate)`);
  }
}
