import type { PreferenceLoss } from '../manifest/types.js';
import type { FileReader, Settings } from './settings.js';

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

/** Preference objectives the estimator models (src/estimate/preference.ts), by the trainers' names for them. */
const MODELLED: Record<string, PreferenceLoss> = { dpo: 'dpo', sigmoid: 'dpo', ipo: 'ipo', kto: 'kto', orpo: 'orpo', simpo: 'simpo' };

/** Stages that are not modelled, by what they run beside the trained model. */
const STAGES: Record<string, string> = {
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
export function preferenceStage(r: FileReader, key: string, stage: string, said = `${key} ${stage}`): void {
  const loss = MODELLED[stage.toLowerCase()];
  if (loss) {
    r.set('preference.loss', loss, key);
    return;
  }
  const kind = STAGES[stage.toLowerCase()];
  if (kind === undefined) return;
  if (kind === 'none') {
    r.warn(key, `${said}: estimated as supervised fine-tuning over data.tokens, which matches this stage's compute when data.tokens counts both the chosen and the rejected sequences`);
  } else {
    r.warn(key, `${said}: estimated as supervised fine-tuning over data.tokens; not in the estimate: generating completions${kind === 'ppo' ? ', the value and reward models' : ''} and the reference model (${stage} time and memory are well above this estimate)`);
  }
}

/**
 * Trainers count a preference batch in examples, a pair being one (TRL's per_device_train_batch_size, axolotl's
 * micro_batch_size); the pair runs as two sequences, [chosen, rejected] (TRL DPOTrainer's concatenated batch).
 * The manifest counts sequences, so a paired loss doubles the imported micro-batch. KTO's examples are single.
 */
export function pairedBatch(s: Settings): void {
  const loss = s.values.get('preference.loss');
  if (loss === undefined || loss === 'kto') return;
  const micro = s.values.get('training.micro_batch_size');
  if (typeof micro !== 'number') return;
  s.values.set('training.micro_batch_size', 2 * micro);
  const origin = s.origins.get('training.micro_batch_size');
  const why = `x 2: a preference pair is a chosen and a rejected sequence`;
  if (origin === undefined || origin === 'trainer default') s.defaults.push(`micro-batch ${micro} pairs ${why}, so ${2 * micro} sequences`);
  else s.origins.set('training.micro_batch_size', `${origin}, ${why}`);
}
