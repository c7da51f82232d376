import { parseManifest, type ReadResult } from '../src/manifest/load.js';
import { repoFileReader } from '../src/manifest/files.js';
import type { Job } from '../src/manifest/types.js';

/**
 * Manifests importing real trainer configs copied from the trainers' example folders
 * (__tests__/fixtures/trainers/README.md: sources, commits, Apache-2.0). Expected values are read by hand from
 * those files; token counts from max_steps are worked out in each test.
 */
const ROOT = '__tests__/fixtures/trainers';
const fixtures = repoFileReader(ROOT);

function load(repoPath: string, manifest: string, extra: Record<string, string> = {}) {
  const read = (p: string): ReadResult => (p in extra ? { ok: true, text: extra[p]! } : fixtures(p));
  return parseManifest(manifest, { file: repoPath, repoPath, readRepoFile: read });
}
function one(repoPath: string, manifest: string, extra: Record<string, string> = {}): Job {
  const r = load(repoPath, manifest, extra);
  expect(r.problems).toEqual([]);
  expect(r.jobs).toHaveLength(1);
  return r.jobs[0]!;
}
const notes = (j: Job) => j.imported!.notes.join('\n');

describe('import: axolotl (axolotl-ai-cloud/axolotl examples)', () => {
  it('qlora.yml: adapter qlora, lora_r 32 on all linear layers, sequence_len 4096, micro-batch 2 x accumulation 4, 4 epochs', () => {
    const j = one('axolotl/job.train.yaml', 'name: q\nimport: examples/llama-3/qlora.yml\nhardware: { gpu: a100-80gb, count: 2 }\ndata: { tokens: 400M }\n');
    expect(j.model).toEqual({ kind: 'catalog', id: 'llama-3.1-8b' }); // base_model NousResearch/Meta-Llama-3-8B
    expect(j.method).toBe('qlora');
    expect(j.lora).toEqual({ rank: 32, targets: 'all_linear' });
    expect(j.training).toMatchObject({ sequence_length: 4096, micro_batch_size: 2, global_batch_size: 2 * 4 * 2, gradient_checkpointing: 'full', flash_attention: true });
    expect(j.data).toEqual({ tokens: 400e6, epochs: 4 });
    expect(j.optimizer).toBe('adamw'); // paged_adamw_32bit keeps 32-bit states
    expect(notes(j)).toContain('lora.rank 32 (lora_r, line 25)');
    expect(notes(j)).toContain('from the manifest (wins over the imported files): hardware.gpu, hardware.count, data.tokens');
    expect(notes(j)).toMatch(/qlora\.yml:43:1: bf16: auto is taken as bf16/);
  });

  it('fft-8b.yaml: full fine-tune, 8-bit paged AdamW, sequence_len 8192', () => {
    const j = one('axolotl/fft.train.yaml', 'name: f\nimport: examples/llama-3/fft-8b.yaml\nhardware: { gpu: h100-80gb, count: 8 }\ndata: { tokens: 50M }\n');
    expect(j.method).toBe('full');
    expect(j.lora).toBeNull();
    expect(j.optimizer).toBe('adamw_8bit');
    expect(j.training.sequence_length).toBe(8192);
    expect(j.training.global_batch_size).toBe(1 * 8 * 8);
  });

  it('lora-8b.yml: LoRA over an 8-bit base, read as lora.base_bits 8', () => {
    const j = one('axolotl/lora.train.yaml', 'name: l\nimport: examples/llama-3/lora-8b.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 10M }\n');
    expect(j.method).toBe('lora');
    expect(j.lora!.base_bits).toBe(8);
    expect(j.optimizer).toBe('adamw_8bit'); // adamw_bnb_8bit
    expect(notes(j)).toMatch(/lora\.base_bits 8 \(load_in_8bit, line 8\)/);
  });

  it('bigstral-ds-zero3.yaml: the DeepSpeed file it names (resolved from the repository root) sets ZeRO-3 with parameter offload', () => {
    const j = one('axolotl/big.train.yaml', 'name: b\nmodel: mixtral-8x22b\nimport: examples/mistral/bigstral/bigstral-ds-zero3.yaml\nhardware: { gpu: h100-80gb, count: 16 }\ndata: { tokens: 1B }\n');
    expect(j.parallelism.zero).toBe(3);
    expect(j.parallelism.offload).toBe('optimizer_and_params');
    expect(j.imported!.files).toEqual(['axolotl/examples/mistral/bigstral/bigstral-ds-zero3.yaml', 'axolotl/deepspeed_configs/zero3_bf16_cpuoffload_params.json']);
    expect(notes(j)).toMatch(/from axolotl\/deepspeed_configs\/zero3_bf16_cpuoffload_params\.json: parallelism\.zero 3 \(zero_optimization\.stage, line 5\)/);
    // unfrozen_parameters trains a subset: said, and estimated as a full fine-tune.
    expect(notes(j)).toMatch(/only the unfrozen parameters train/);
  });
});

describe('import: LLaMA-Factory (hiyouga/LLaMA-Factory examples)', () => {
  it('train_lora/qwen3_lora_sft_ds3.yaml: LoRA rank 8 on all layers, cutoff_len 2048, ZeRO-3 from examples/deepspeed/ds_z3_config.json', () => {
    const j = one('llama-factory/job.train.yaml', 'name: l\nimport: examples/train_lora/qwen3_lora_sft_ds3.yaml\nhardware: { gpu: a100-80gb, count: 2 }\ndata: { examples: 1000, tokens_per_example: 500 }\n');
    expect(j.model).toEqual({ kind: 'catalog', id: 'qwen3-4b' }); // Qwen/Qwen3-4B-Instruct-2507
    expect(j.method).toBe('lora');
    expect(j.lora).toEqual({ rank: 8, targets: 'all_linear' });
    expect(j.training).toMatchObject({ sequence_length: 2048, micro_batch_size: 1, global_batch_size: 1 * 2 * 2, gradient_checkpointing: 'full' });
    expect(j.parallelism.zero).toBe(3);
    expect(j.data).toEqual({ tokens: 1000 * 500, epochs: 3 });
    expect(notes(j)).toContain('LLaMA-Factory enables gradient checkpointing unless disable_gradient_checkpointing is set');
  });

  it('train_qlora/qwen3_lora_sft_otfq.yaml: quantization_bit 4 with LoRA is QLoRA', () => {
    const j = one('llama-factory/q.train.yaml', 'name: q\nimport: examples/train_qlora/qwen3_lora_sft_otfq.yaml\nhardware: { gpu: l4, count: 1 }\ndata: { tokens: 2M }\n');
    expect(j.method).toBe('qlora');
    expect(j.training.global_batch_size).toBe(1 * 8 * 1);
  });

  it('train_full/qwen3_full_sft.yaml: full fine-tune', () => {
    const j = one('llama-factory/f.train.yaml', 'name: f\nimport: examples/train_full/qwen3_full_sft.yaml\nhardware: { gpu: h100-80gb, count: 8 }\ndata: { tokens: 2M }\n');
    expect(j.method).toBe('full');
    expect(j.lora).toBeNull();
  });

  it('v1 train_lora_sft.yaml: tokens from max_steps 10 x (micro-batch 1 x 4 GPUs) x cutoff_len 2048 = 81,920', () => {
    const j = one('llama-factory/v1.train.yaml', 'name: v\nimport: examples/v1/train_lora/train_lora_sft.yaml\nhardware: { gpu: a100-80gb, count: 4 }\n');
    expect(j.model).toEqual({ kind: 'catalog', id: 'qwen3-4b' });
    expect(j.lora).toEqual({ rank: 16, targets: 'all_linear' });
    expect(j.data).toEqual({ tokens: 10 * 1 * 4 * 2048, epochs: 1 });
    expect(j.parallelism.zero).toBe(3); // dist_config fsdp2
    expect(notes(j)).not.toMatch(/num_train_epochs 3/); // max_steps fixes the run
  });

  it('v1 quantization.yaml: quant_config quantization_bit 4 with a LoRA peft_config is QLoRA', () => {
    const j = one('llama-factory/vq.train.yaml', 'name: v\nimport: examples/v1/train_qlora/quantization.yaml\nhardware: { gpu: l4, count: 1 }\n');
    expect(j.method).toBe('qlora');
    expect(j.model).toEqual({ kind: 'catalog', id: 'qwen3-0.6b' });
  });

  it('a stated GPU count is needed to turn max_steps into tokens, located at max_steps', () => {
    const r = load('llama-factory/v1.train.yaml', 'name: v\nimport: examples/v1/train_lora/train_lora_sft.yaml\nhardware: { gpu: a100-80gb }\n');
    expect(r.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`)).toEqual([
      'llama-factory/examples/v1/train_lora/train_lora_sft.yaml:29:1: max_steps 10 fixes the steps, but the tokens per step depend on the GPU count: set hardware.count in the manifest (or data.tokens)',
    ]);
  });
});

describe('import: TRL / alignment-handbook recipes with an accelerate config', () => {
  it('zephyr-7b-beta sft config_qlora.yaml + accelerate_configs/zero3.yaml: QLoRA r16, 8 GPUs, ZeRO-3', () => {
    const j = one('alignment-handbook/job.train.yaml', 'name: z\nimport: { path: recipes/zephyr-7b-beta/sft/config_qlora.yaml, accelerate: recipes/accelerate_configs/zero3.yaml }\nhardware: { gpu: h100-80gb }\ndata: { tokens: 200M }\n');
    expect(j.model).toEqual({ kind: 'catalog', id: 'mistral-7b' });
    expect(j.method).toBe('qlora');
    expect(j.lora).toEqual({ rank: 16, targets: ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'] });
    expect(j.hardware.count).toBe(8); // num_processes
    expect(j.parallelism.zero).toBe(3);
    expect(j.training).toMatchObject({ sequence_length: 2048, micro_batch_size: 4, global_batch_size: 4 * 2 * 8, gradient_checkpointing: 'full' });
  });

  it('zephyr config_full.yaml: full fine-tune, per_device_train_batch_size 16; the manifest\'s count wins over accelerate\'s', () => {
    const j = one('alignment-handbook/f.train.yaml', 'name: z\nimport: { path: recipes/zephyr-7b-beta/sft/config_full.yaml, format: trl, accelerate: recipes/accelerate_configs/zero3.yaml }\nhardware: { gpu: h100-80gb, count: 16 }\ndata: { tokens: 200M }\n');
    expect(j.method).toBe('full');
    expect(j.training.micro_batch_size).toBe(16);
    expect(j.hardware.count).toBe(16);
    expect(notes(j)).toContain('hardware.count');
  });

  it('TRL cli example_config.yaml: SFTConfig defaults (1024 tokens, bf16, checkpointing) applied and named', () => {
    const j = one('trl/job.train.yaml', 'name: t\nimport: examples/cli_configs/example_config.yaml\nhardware: { gpu: a10g, count: 1 }\ndata: { tokens: 5M }\n');
    expect(j.model).toEqual({ kind: 'catalog', id: 'qwen2.5-0.5b' });
    expect(j.method).toBe('full');
    expect(j.training).toMatchObject({ sequence_length: 1024, micro_batch_size: 8, gradient_checkpointing: 'full' });
    expect(j.precision).toBe('bf16');
    expect(notes(j)).toMatch(/TRL defaults used where the config is silent: TRL SFTConfig default max_length 1024; TRL SFTConfig default bf16; TRL SFTConfig default gradient_checkpointing true/);
    expect(j.data.epochs).toBe(3);
  });
});

describe('import: more real configs (one per method per trainer) and the approximations said exactly', () => {
  const warned = (j: Job) => (j.warnings ?? []).map((w) => `${w.file}:${w.line}:${w.col}: ${w.message}`).join('\n');

  it('zephyr-7b-beta sft config_lora.yaml: 16-bit LoRA r16 on the 7 projections, max_seq_length 2048, max_steps -1 is unset', () => {
    const j = one('alignment-handbook/l.train.yaml', 'name: z\nimport: recipes/zephyr-7b-beta/sft/config_lora.yaml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 100M }\n');
    expect(j.model).toEqual({ kind: 'catalog', id: 'mistral-7b' }); // mistralai/Mistral-7B-v0.1
    expect(j.method).toBe('lora');
    expect(j.lora).toEqual({ rank: 16, targets: ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'] });
    expect(j.training).toMatchObject({ sequence_length: 2048, micro_batch_size: 4, global_batch_size: 4 * 2 * 1, gradient_checkpointing: 'full' });
    expect(j.data).toEqual({ tokens: 100e6, epochs: 1 });
  });

  it('LLaMA-Factory v1 train_full_deepspeed.yaml: full fine-tune of Qwen3-0.6B, ZeRO-3 from dist_config, 10 steps x 1 x 2 GPUs x 2048 = 40,960 tokens', () => {
    const j = one('llama-factory/f.train.yaml', 'name: f\nimport: examples/v1/train_full/train_full_deepspeed.yaml\nhardware: { gpu: a100-80gb, count: 2 }\n');
    expect(j.model).toEqual({ kind: 'catalog', id: 'qwen3-0.6b' });
    expect(j.method).toBe('full');
    expect(j.parallelism.zero).toBe(3);
    expect(j.data.tokens).toBe(10 * 1 * 2 * 2048);
  });

  it('zephyr dpo/config_qlora.yaml (beta): QLoRA DPO, pairs counted as two sequences, the DPO reading said', () => {
    const j = one('alignment-handbook/d.train.yaml', 'name: d\nimport: recipes/zephyr-7b-beta/dpo/config_qlora.yaml\nmodel: mistral-7b\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 60M }\n');
    expect(j.method).toBe('qlora');
    expect(j.training.sequence_length).toBe(1024); // max_length
    expect(j.preference).toEqual({ loss: 'dpo', reference: 'model' });
    // per_device_train_batch_size 4 pairs (line 49) = 8 sequences, [chosen, rejected] in one batch.
    expect(j.training.micro_batch_size).toBe(8);
    expect(notes(j)).toMatch(/training\.micro_batch_size 8 \(per_device_train_batch_size, x 2: a preference pair is a chosen and a rejected sequence, line 49\)/);
    expect(notes(j)).toMatch(/preference\.loss dpo \(beta, line 31\)/);
    expect(warned(j)).toContain('alignment-handbook/recipes/zephyr-7b-beta/dpo/config_qlora.yaml:31:1: beta: a DPO, KTO or ORPO setting (the recipe\'s script picks the trainer): estimated as DPO, with a reference model; set preference.loss in the manifest if it is ORPO or KTO');
  });

  it('LLaMA-Factory train_lora/qwen3_lora_dpo.yaml: stage dpo is preference.loss dpo; pref_loss orpo has no reference model', () => {
    const j = one('llama-factory/d.train.yaml', 'name: d\nimport: examples/train_lora/qwen3_lora_dpo.yaml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 2M }\n');
    expect(j.model).toEqual({ kind: 'catalog', id: 'qwen3-4b' }); // Qwen/Qwen3-4B-Instruct-2507
    expect(j.method).toBe('lora');
    expect(j.preference).toEqual({ loss: 'dpo', reference: 'model' });
    expect(j.training.micro_batch_size).toBe(2); // per_device_train_batch_size 1 pair
    expect(notes(j)).toMatch(/preference\.loss dpo \(pref_loss, line 12\)/);
    expect(warned(j)).toBe('');
    const orpo = one('job.train.yaml', 'name: o\nimport: cfg/t.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 2M }\n', { 'cfg/t.yml': 'model_name_or_path: Qwen/Qwen3-4B\nstage: dpo\npref_loss: orpo\n' });
    expect(orpo.preference).toEqual({ loss: 'orpo', reference: 'none' });
    expect(orpo.training.micro_batch_size).toBe(16); // HF TrainingArguments default 8 pairs
    const kto = one('job.train.yaml', 'name: k\nimport: cfg/t.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 2M }\n', { 'cfg/t.yml': 'model_name_or_path: Qwen/Qwen3-4B\nstage: kto\nper_device_train_batch_size: 4\n' });
    expect([kto.preference?.loss, kto.training.micro_batch_size]).toEqual(['kto', 4]); // KTO's examples are single sequences
    const hinge = one('job.train.yaml', 'name: h\nimport: cfg/t.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 2M }\n', { 'cfg/t.yml': 'model_name_or_path: Qwen/Qwen3-4B\nstage: dpo\npref_loss: hinge\n' });
    expect(hinge.preference?.loss).toBe('dpo');
    expect(warned(hinge)).toBe('cfg/t.yml:3:1: pref_loss hinge: estimated as DPO (a reference forward pass per sequence)');
  });

  it('TRL preference configs: KTOConfig by its weights, DPOConfig loss_type, precompute_ref_log_probs; axolotl rl', () => {
    const kto = one('job.train.yaml', 'name: k\nimport: cfg/t.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 2M }\n', { 'cfg/t.yml': 'model_name_or_path: Qwen/Qwen3-4B\nbeta: 0.1\ndesirable_weight: 1.0\n' });
    expect(kto.preference).toEqual({ loss: 'kto', reference: 'model' });
    const ipo = one('job.train.yaml', 'name: i\nimport: cfg/t.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 2M }\n', { 'cfg/t.yml': 'model_name_or_path: Qwen/Qwen3-4B\nbeta: 0.1\nloss_type: ipo\nprecompute_ref_log_probs: true\nper_device_train_batch_size: 2\n' });
    expect(ipo.preference).toEqual({ loss: 'ipo', reference: 'precomputed' });
    expect(ipo.training.micro_batch_size).toBe(4);
    const ax = one('job.train.yaml', 'name: x\nimport: cfg/train.yml\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { tokens: 1M }\n', { 'cfg/train.yml': 'base_model: meta-llama/Llama-3.1-8B\nadapter: lora\nrl: dpo\nmicro_batch_size: 2\n' });
    expect([ax.preference?.loss, ax.training.micro_batch_size]).toEqual(['dpo', 4]);
    // The manifest's own preference block wins over the import.
    const over = one('job.train.yaml', 'name: o\nimport: cfg/t.yml\npreference: { loss: orpo }\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 2M }\n', { 'cfg/t.yml': 'model_name_or_path: Qwen/Qwen3-4B\nbeta: 0.1\n' });
    expect(over.preference).toEqual({ loss: 'orpo', reference: 'none' });
  });

  it('an 8-bit base is lora.base_bits 8 from each trainer: axolotl load_in_8bit, LLaMA-Factory quantization_bit 8, TRL load_in_8bit', () => {
    const ax = one('axolotl/lora.train.yaml', 'name: l\nimport: examples/llama-3/lora-8b.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 10M }\n');
    expect(warned(ax)).not.toMatch(/8-bit/);
    const lf = one('job.train.yaml', 'name: x\nimport: cfg/t.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 1M }\n', { 'cfg/t.yml': 'model_name_or_path: meta-llama/Llama-3.1-8B\nstage: sft\nfinetuning_type: lora\nquantization_bit: 8\n' });
    expect([lf.method, lf.lora!.base_bits]).toEqual(['lora', 8]);
    expect(notes(lf)).toMatch(/lora\.base_bits 8 \(quantization_bit, line 4\)/);
    const trl = one('job.train.yaml', 'name: x\nimport: cfg/t.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 1M }\n', { 'cfg/t.yml': 'model_name_or_path: meta-llama/Llama-3.1-8B\nuse_peft: true\nload_in_8bit: true\n' });
    expect([trl.method, trl.lora!.base_bits]).toEqual(['lora', 8]);
    // 4 bits win over 8 (QLoRA), and a manifest's own base_bits 16 wins over the import.
    const both = one('job.train.yaml', 'name: x\nimport: cfg/t.yml\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 1M }\n', { 'cfg/t.yml': 'model_name_or_path: meta-llama/Llama-3.1-8B\nuse_peft: true\nload_in_4bit: true\nload_in_8bit: true\n' });
    expect([both.method, both.lora!.base_bits]).toEqual(['qlora', undefined]);
    const over = one('job.train.yaml', 'name: x\nimport: cfg/t.yml\nlora: { base_bits: 16 }\nhardware: { gpu: a100-80gb, count: 1 }\ndata: { tokens: 1M }\n', { 'cfg/t.yml': 'model_name_or_path: meta-llama/Llama-3.1-8B\nuse_peft: true\nload_in_8bit: true\n' });
    expect(over.lora!.base_bits).toBeUndefined();
  });

  it('axolotl rl: dpo is read at its line; rl: grpo is said to be well above the estimate', () => {
    const j = one('job.train.yaml', 'name: x\nimport: cfg/train.yml\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { tokens: 1M }\n', { 'cfg/train.yml': 'base_model: meta-llama/Llama-3.1-8B\nadapter: lora\nrl: dpo\n' });
    expect(notes(j)).toMatch(/preference\.loss dpo \(rl, line 3\)/);
    const g = one('job.train.yaml', 'name: x\nimport: cfg/train.yml\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { tokens: 1M }\n', { 'cfg/train.yml': 'base_model: meta-llama/Llama-3.1-8B\nadapter: lora\nrl: grpo\n' });
    expect(warned(g)).toMatch(/^cfg\/train\.yml:3:1: rl grpo: estimated as supervised fine-tuning over data\.tokens; not in the estimate: generating completions/);
  });
});

describe('import: the manifest wins, errors point into the imported file', () => {
  const axo = (body: string) => ({ 'cfg/train.yml': `base_model: meta-llama/Llama-3.1-8B\n${body}` });

  it('manifest keys override the imported ones, and a manifest method of full drops the adapter', () => {
    const j = one('job.train.yaml', 'name: x\nimport: cfg/train.yml\nmethod: full\ntraining: { sequence_length: 1024 }\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { tokens: 1M }\n', axo('adapter: lora\nlora_r: 64\nsequence_len: 4096\n'));
    expect(j.method).toBe('full');
    expect(j.lora).toBeNull();
    expect(j.training.sequence_length).toBe(1024);
  });

  it('a bad value is reported at its line and column in the trainer config, in its own key names, by the one number validation', () => {
    // The ranges are numbers.ts's (RANGES.lora_rank, micro_batch_size, sequence_length, count): the same as a manifest's.
    const r = load('job.train.yaml', 'name: x\nimport: { path: cfg/train.yml, accelerate: cfg/acc.yaml }\nhardware: { gpu: h100-80gb }\ndata: { tokens: 1M }\n', {
      ...axo('adapter: lora\nlora_r: sixteen\nmicro_batch_size: 0\nsequence_len: 2e9\ngradient_accumulation_steps: .nan\nnum_epochs: -1\n'),
      'cfg/acc.yaml': 'num_processes: 10000000\n',
    });
    expect(r.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`)).toEqual([
      'cfg/acc.yaml:1:16: num_processes: must be a whole number from 1 to 1e6, got 1e7',
      'cfg/train.yml:3:9: lora_r: must be a whole number from 1 to 1e6, got "sixteen"',
      'cfg/train.yml:4:19: micro_batch_size: must be a whole number from 1 to 1e6, got 0',
      'cfg/train.yml:5:15: sequence_len: must be a whole number from 1 to 1e8, got 2e9',
      'cfg/train.yml:6:30: gradient_accumulation_steps: must be a whole number from 1 to 1e9, got NaN',
      'cfg/train.yml:7:13: num_epochs: must be a number from 0 to 10000, got -1',
    ]);
  });

  it('max_steps -1 and 0 mean "not set" (train by epochs), as in HF TrainingArguments', () => {
    for (const v of ['-1', '0']) {
      const j = one('job.train.yaml', 'name: x\nimport: cfg/train.yml\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { tokens: 1M }\n', axo(`adapter: lora\nmax_steps: ${v}\nnum_epochs: 2\n`));
      expect(j.data).toEqual({ tokens: 1e6, epochs: 2 });
    }
  });

  it('a Hub config.json goes through the same number validation as a local one', () => {
    const bad = { model_type: 'llama', hidden_size: -4096, intermediate_size: 14336, num_attention_heads: 32, num_hidden_layers: 32, num_key_value_heads: 8, vocab_size: 128256 };
    const r = parseManifest('name: x\nmodel: acme/broken\nmethod: lora\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { tokens: 1M }\n', {
      file: 'job.train.yaml', repoPath: 'job.train.yaml', readRepoFile: () => ({ ok: false, error: 'none' }),
      hub: { configs: new Map([['acme/broken', { ok: true, config: bad, source: 'acme/broken@main config.json' }]]), wanted: new Set(), offline: false },
    });
    expect(r.problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual(['2:8: acme/broken@main config.json: hidden_size must be a whole number from 1 to 1e6, got -4096']);
  });

  it('a rule broken by an imported value is reported in the imported file, at the value, in its own key names', () => {
    const msgs = (manifest: string, files: Record<string, string>) => load('job.train.yaml', manifest, files).problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`);
    // bf16 on a V100 (no bf16 tensor cores): the trainer config's bf16: true is what to change.
    expect(msgs('name: x\nimport: cfg/train.yml\nhardware: { gpu: v100-32gb, count: 1 }\ndata: { tokens: 1M }\n', axo('adapter: lora\nbf16: true\n'))).toEqual([
      'cfg/train.yml:3:7: bf16 true: v100-32gb has no bf16 support (pre-Ampere) and bf16 is the default precision: set precision: fp16 (mixed precision with loss scaling) or fp32 (read as precision; setting precision in the manifest overrides it)',
    ]);
    // Parameter offload needs ZeRO-3, and the DeepSpeed file says stage 2: reported at the offending value there.
    expect(msgs('name: x\nimport: cfg/train.yml\nhardware: { gpu: h100-80gb, count: 2 }\ndata: { tokens: 1M }\n', {
      ...axo('deepspeed: ds.json\n'),
      'cfg/ds.json': '{\n  "zero_optimization": {\n    "stage": 2,\n    "offload_param": { "device": "cpu" }\n  }\n}\n',
    })).toEqual([
      'cfg/ds.json:4:22: zero_optimization.offload_param {…}: offloading parameters needs ZeRO stage 3 (zero: 3); zero is 2 (read as parallelism.offload; setting parallelism.offload in the manifest overrides it)',
    ]);
    // The accelerate file's num_processes is the GPU count: 3 GPUs cannot hold tensor parallelism 2.
    expect(msgs('name: x\nimport: { path: cfg/train.yml, accelerate: cfg/acc.yaml }\nparallelism: { tensor: 2 }\ndata: { tokens: 1M }\nhardware: { gpu: h100-80gb }\n', {
      ...axo('adapter: lora\n'),
      'cfg/acc.yaml': 'distributed_type: MULTI_GPU\nnum_processes: 3\n',
    })).toEqual([
      'cfg/acc.yaml:2:16: num_processes 3: count (3) must be a multiple of tensor x pipeline (2 x 1 = 2) (read as hardware.count; setting hardware.count in the manifest overrides it)',
    ]);
    // The same value set in the manifest is the manifest's problem, reported there.
    expect(msgs('name: x\nimport: cfg/train.yml\nprecision: bf16\nhardware: { gpu: v100-32gb, count: 1 }\ndata: { tokens: 1M }\n', axo('adapter: lora\nbf16: true\n'))[0]).toMatch(/^job\.train\.yaml:3:12: v100-32gb has no bf16 support/);
  });

  it('warnings are located in their file and carried on the job (the CLI, the comment and the annotations show them)', () => {
    const j = one('job.train.yaml', 'name: x\nimport: cfg/train.yml\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { tokens: 1M }\n', axo('adapter: lora\ncontext_parallel_size: 2\n'));
    expect(j.warnings).toEqual([{ file: 'cfg/train.yml', line: 3, col: 1, message: 'axolotl key "context_parallel_size" may change the estimate but is not read: set the equivalent manifest key if it matters' }]);
  });

  it('data.tokens that look like a count of examples are a warning at data.tokens, with or without an import', () => {
    // 52K: Alpaca's example count, far below the ~0.75M tokens of LIMA's 1,000 examples.
    const ft = one('job.train.yaml', 'name: x\nmodel: qwen3-8b\nmethod: lora\nhardware: { gpu: h100-80gb, count: 1 }\ndata:\n  tokens: 52K\n');
    expect(ft.warnings).toEqual([{ file: 'job.train.yaml', line: 6, col: 11, message: 'data.tokens 52,000 is under 100K for a fine-tune: is it a count of examples? data.tokens counts tokens; for examples give data.examples with data.tokens_per_example' }]);
    const pre = one('job.train.yaml', 'name: x\nmodel: qwen3-0.6b\nmethod: pretrain\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { tokens: 5M }\n');
    expect(pre.warnings?.[0]?.message).toMatch(/^data\.tokens 5,000,000 is under 10M for a pretraining job/);
    expect(one('job.train.yaml', 'name: x\nmodel: qwen3-8b\nmethod: lora\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { tokens: 20M }\n').warnings).toBeUndefined();
    // Tokens an import works out from max_steps are no example count: no warning (10 steps x 4 x 2048 = 81,920).
    const steps = one('llama-factory/v1.train.yaml', 'name: v1\nimport: examples/v1/train_lora/train_lora_sft.yaml\nhardware: { gpu: a100-80gb, count: 4 }\n');
    expect(steps.data.tokens).toBe(81_920);
    expect(steps.warnings ?? []).not.toContainEqual(expect.objectContaining({ message: expect.stringMatching(/count of examples/) }));
  });

  it('a config of no known trainer, a missing file and missing tokens are located at import:', () => {
    const msgs = (text: string, files: Record<string, string>) => load('job.train.yaml', text, files).problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`);
    expect(msgs('name: x\nimport: cfg/odd.yml\nhardware: { gpu: h100-80gb }\ndata: { tokens: 1M }\n', { 'cfg/odd.yml': 'learning_rate: 1e-4\n' })).toEqual([
      'job.train.yaml:2:9: cannot tell which trainer "cfg/odd.yml" is for: set import: { path: cfg/odd.yml, format: axolotl | llama-factory | llama-factory-v1 | trl }',
    ]);
    expect(msgs('name: x\nimport: cfg/none.yml\nhardware: { gpu: h100-80gb }\ndata: { tokens: 1M }\n', {})[0]).toBe('job.train.yaml:2:9: import "cfg/none.yml": no such file in the repository');
    expect(msgs('name: x\nimport: cfg/train.yml\nhardware: { gpu: h100-80gb }\n', axo('adapter: lora\n'))).toEqual([
      'job.train.yaml:2:1: the imported config does not fix max_steps, so the tokens are unknown: add data.tokens, or data.examples with data.tokens_per_example',
    ]);
  });

  it('keys that would change the estimate but are not read are warnings; harmless ones are accepted silently', () => {
    const j = one('job.train.yaml', 'name: x\nimport: cfg/train.yml\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { tokens: 1M }\n', axo('adapter: lora\ncontext_parallel_size: 2\nlearning_rate: 0.0002\nlogging_steps: 1\nwandb_project: x\n'));
    expect(notes(j)).toContain('warning: cfg/train.yml:3:1: axolotl key "context_parallel_size" may change the estimate but is not read');
    expect(notes(j)).not.toMatch(/learning_rate|logging_steps|wandb/);
    expect(notes(j)).toMatch(/LoRA rank 8 \(PEFT LoraConfig default r=8/);
  });

  it('a DeepSpeed path that leaves the repository is refused at the key that names it', () => {
    const r = load('job.train.yaml', 'name: x\nimport: cfg/train.yml\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { tokens: 1M }\n', axo('deepspeed: ../../etc/passwd\n'));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'cfg/train.yml', line: 2, col: 12 });
  });

  it('"auto" DeepSpeed values take the trainer config\'s (fp16 in the trainer beats bf16 "auto")', () => {
    const j = one('job.train.yaml', 'name: x\nimport: cfg/train.yml\nhardware: { gpu: v100-32gb, count: 2 }\ndata: { tokens: 1M }\n', {
      ...axo('fp16: true\ndeepspeed: ds.json\n'),
      'cfg/ds.json': '{ "bf16": { "enabled": "auto" }, "zero_optimization": { "stage": 2, "offload_optimizer": { "device": "cpu" } }, "train_micro_batch_size_per_gpu": "auto" }',
    });
    expect(j.precision).toBe('fp16');
    expect(j.parallelism).toMatchObject({ zero: 2, offload: 'optimizer' });
  });

  it('data.examples with data.tokens_per_example counts tokens without an import too', () => {
    const j = one('job.train.yaml', 'name: x\nmodel: qwen3-8b\nmethod: lora\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { examples: 120K, tokens_per_example: 900 }\n');
    expect(j.data.tokens).toBe(120_000 * 900);
    const r = load('job.train.yaml', 'name: x\nmodel: qwen3-8b\nmethod: lora\nhardware: { gpu: h100-80gb, count: 1 }\ndata: { examples: 120K }\n');
    expect(r.problems.map((p) => p.message)).toEqual(['data.examples needs data.tokens_per_example (average tokens per example) to count tokens']);
  });
});
