import { MINIMAL, parse, problemsOf } from './helpers/manifest.js';

describe('keys copied from trainer configs', () => {
  it('say where the setting goes in a manifest', () => {
    const r = parse(`${MINIMAL}target_modules: [q_proj, v_proj]\nsequence_len: 4096\nmicro_batch_size: 2\nlora_r: 8\n`);
    expect(problemsOf(r)).toEqual([
      '8:1: unknown key "target_modules": "target_modules" comes from trainer configs (axolotl, Hugging Face TrainingArguments, PEFT); in a manifest it goes in lora.targets',
      '9:1: unknown key "sequence_len": "sequence_len" comes from trainer configs (axolotl, Hugging Face TrainingArguments, PEFT); in a manifest it goes in training.sequence_length',
      '10:1: unknown key "micro_batch_size": "micro_batch_size" comes from trainer configs (axolotl, Hugging Face TrainingArguments, PEFT); in a manifest it goes in training.micro_batch_size',
      '11:1: unknown key "lora_r": "lora_r" comes from trainer configs (axolotl, Hugging Face TrainingArguments, PEFT); in a manifest it goes in lora.rank',
    ]);
  });

  it('other unknown keys keep the did-you-mean hint', () => {
    expect(problemsOf(parse(`${MINIMAL}hardwre: {}\n`))[0]).toMatch(/unknown key "hardwre".*did you mean "?hardware/);
  });
});
