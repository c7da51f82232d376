/**
 * Where each catalog entry's figures were re-read (session 3, 2026-11-30), appended to its `source` as "read: ...".
 * huggingface.co itself was not reachable from here, so config.json values were read in public repositories that
 * copy them (with the commit read), and parameter counts in weight counts that other projects took from the
 * checkpoints, or in the publisher's text where a copy of it was found. "not re-read" says plainly what was not.
 */
const LITGPT = (line: number) => `github.com/Lightning-AI/litgpt/blob/26857050fe3f/litgpt/config.py#L${line} (a transcription of the config.json)`;
const MLC = (line: number) => `github.com/mlc-ai/mlc-llm/blob/79d603f085f5/python/mlc_llm/model/model_preset.py#L${line} (a copy of the config.json)`;
const KERAS = (family: string, preset: string, count: string) =>
  `github.com/keras-team/keras-hub/blob/71453d08f59e/keras_hub/src/models/${family}/${family}_presets.py "${preset}" "params": ${count} (a weight count)`;
const INFERSIM = (file: string) => `github.com/alibaba/InferSim/blob/f2293dab6d23/hf_configs/${file} (a copy of the config.json)`;
const HF_API = (repo: string, count: string, revision: string) =>
  `huggingface.co/api/models/${repo} safetensors.total ${count} at revision ${revision} (read in a public copy of that answer, not at the URL)`;
const TRANSFORMERS = (commit: string, file: string, model: string) =>
  `github.com/huggingface/transformers/blob/${commit}/src/transformers/models/${file} (defaults documented as ${model}'s configuration)`;

/** A registry built from config.json copies and the Hub's safetensors totals (scripts/build_registry.py says how). */
const KVFIT = (what: string) =>
  `github.com/debaditc/kvfit/blob/bd4ccabf9143/${what}`;

const PADDLE_CARD = (model: string) =>
  `github.com/ZHUI/paddlenlp_model_readme/blob/ffc26950e6a9/${model}/index.md (a copy of the Hub model card)`;

export const READ_AT: Readonly<Record<string, string>> = {
  gpt2: `shape ${MLC(308)}; count ${KERAS('gpt2', 'gpt2_base_en', '124439808')}`,
  'gpt2-xl': `shape not re-read at a config.json; count ${KERAS('gpt2', 'gpt2_extra_large_en', '1557611200')}, equal to the formula's`,
  'gpt-3-175b': 'shape 96 layers, 12288 wide, 96 heads, 2048 positions in NVIDIA\'s reproduction recipe github.com/NVIDIA/Megatron-LM/blob/d98e8a64ddf3/examples/gpt3/train_gpt3_175b_distributed.sh#L29-L33 (not the paper\'s own text); "175 billion parameters" in the owner\'s github.com/openai/gpt-3/blob/d7a9bb505df6/model-card.md; the paper\'s Table 2.1 and 174.6B not re-read',
  'llama-7b': 'not re-read (LLaMA 1 config.json and paper Table 2 as cited; the shape equals Llama 2 7B, which was re-read)',
  'llama-13b': 'shape not re-read (it equals Llama 2 13B, which was); Table 2 "13.0B" read in a copy at aiportalx.com/meta-ai/llama-13b',
  'llama-33b': `shape (60 layers, 6656 wide, 52 heads, 17920 MLP, vocabulary 32000) ${LITGPT(1634)} for garage-bAInd/Platypus-30B, a fine-tune of LLaMA 30B (not Meta's own config); Table 2 "32.5B" read in a copy at aiportalx.com/meta-ai/llama-33b`,
  'llama-65b': 'shape not re-read; Table 2 figure 6.52e10 read in a copy at aiportalx.com/meta-ai/llama-65b',
  'llama-2-7b': `shape ${LITGPT(699)}, ${MLC(6)}; count ${KERAS('llama', 'llama2_7b_en', '6738415616')}; ${HF_API('meta-llama/Llama-2-7b-hf', '6,738,417,664', '01c7f73d')} counts 32 x 64 rotary inv_freq buffers besides`,
  'llama-2-13b': `shape ${LITGPT(713)}, ${MLC(31)}; count ${HF_API('meta-llama/Llama-2-13b-hf', '13,015,866,880', '5c31dfb6')}, of which 40 x 64 are rotary inv_freq buffers`,
  'llama-2-70b': `shape ${LITGPT(729)}, ${MLC(57)}; count ${HF_API('meta-llama/Llama-2-70b-hf', '68,976,653,312', '3aba440b')}, of which 80 x 64 are rotary inv_freq buffers`,
  'llama-3.2-1b': `shape ${LITGPT(855)}, ${MLC(1491)} (tie_word_embeddings true); count 1,235,814,400 in github.com/ModelCloud/GPTQModel/blob/fdbd5b6984a3/tests/test_parameter_count.py (LLAMA_3_2_1B_PARAMETER_COUNT)`,
  'llama-3.2-3b': `shape ${LITGPT(875)}, ${MLC(1524)} (tie_word_embeddings true); count ${HF_API('meta-llama/Llama-3.2-3B-Instruct', '3,212,749,824 (safetensors.parameters.BF16)', '0cb88a4f')}`,
  'llama-3.1-8b': `shape ${LITGPT(777)}, ${MLC(1427)}; count ${KERAS('llama3', 'llama3.1_8b', '8030261248')}; ${HF_API('meta-llama/Llama-3.1-8B', '8,030,261,248', 'd04e592b')}`,
  'llama-3.1-70b': `shape ${LITGPT(815)}, ${MLC(1459)}; count ${HF_API('meta-llama/Llama-3.1-70B', '70,553,706,496', '349b2ddb')}`,
  'llama-3.1-405b': `shape ${LITGPT(835)}; count ${HF_API('meta-llama/Llama-3.1-405B', '405,853,388,800', 'b906e4dc')}`,
  'tinyllama-1.1b': `shape ${LITGPT(2180)}, ${MLC(180)}; count not re-read (formula-consistent)`,
  'mistral-7b': `shape ${LITGPT(1993)}, ${MLC(204)}; count ${KERAS('mistral', 'mistral_7b_en', '7241732096')}`,
  'mixtral-8x7b': `shape ${LITGPT(2010)}, ${MLC(388)}; total ${KERAS('mixtral', 'mixtral_8_7b_en', '46702792704')}; active "only uses 12.9B parameters per token" (Mistral AI announcement, read in a copy at ajkdrag.in/2-Zettels/56B-or-47B-in-Mixtral-8x7B-MoE; the paper's abstract rounds it to 13B, simonwillison.net/2024/Jan/9/mixtral-of-experts)`,
  'mixtral-8x22b': `shape ${LITGPT(2029)}; "39B active parameters out of a total of 141B" (Mistral AI announcement, read in a copy at prompt-engineering-guide-ar7flcqp6-dair-ai.vercel.app/models/mixtral-8x22b)`,
  'deepseek-v3': `shape ${INFERSIM('deepseek_v3_config.json')}; routed/shared experts ${TRANSFORMERS('001f85b38fb4', 'deepseek_v3/configuration_deepseek_v3.py', 'DeepSeek-V3')}; "671B total parameters with 37B activated for each token" and "671B of the Main Model weights and 14B of the MTP Module" (model card, read in copies at hallucinated.pages.dev/model/deepseek-ai-deepseek-v3.html and generator-hub.com/blog/6787)`,
  'qwen2.5-0.5b': `shape ${LITGPT(2265)}, ${MLC(1625)}; count ${KERAS('qwen', 'qwen2.5_0.5b_en', '494032768')}`,
  'qwen2.5-1.5b': `shape ${LITGPT(2286)}, ${MLC(1650)}; count ${KERAS('qwen', 'qwen2.5_math_1.5b_en', '1543714304')} (the Math model, same shape)`,
  'qwen2.5-3b': `shape ${LITGPT(2307)}, ${MLC(1675)}; count ${KERAS('qwen', 'qwen2.5_3b_en', '3085938688')}`,
  'qwen2.5-7b': `shape ${LITGPT(2328)}, ${MLC(1700)} (Qwen2-7B, same shape); count ${KERAS('qwen', 'qwen2.5_math_7b_en', '7615616512')} (the Math model, same shape; keras-hub's own qwen2.5_7b_en entry says 6993420288 under a "48-layer" description and was not used)`,
  'qwen2.5-14b': `shape ${LITGPT(2349)}; card "Number of Parameters: 14.7B" (48 layers, 40/8 heads) in ${PADDLE_CARD('Qwen/Qwen2.5-14B')}; the exact 14,770,033,664 not re-read at a citable place (formula-consistent)`,
  'qwen2.5-32b': `shape ${LITGPT(2370)}; count ${KERAS('qwen', 'qwen2.5_instruct_32b_en', '32763876352')}`,
  'qwen2.5-72b': `shape ${LITGPT(2391)}; count ${KERAS('qwen', 'qwen2.5_instruct_72b_en', '72706203648')}`,
  'gemma-2-2b': `shape ${LITGPT(1112)}, ${MLC(1153)}; count ${KERAS('gemma', 'gemma2_2b_en', '2614341888')}`,
  'gemma-2-9b': `shape ${LITGPT(1140)}, ${MLC(1213)}; count ${KERAS('gemma', 'gemma2_9b_en', '9241705984')}`,
  'gemma-2-27b': `shape ${LITGPT(1168)}, ${MLC(1276)}; count ${KERAS('gemma', 'gemma2_27b_en', '27227128320')}`,
  'phi-3-mini': `shape ${LITGPT(1818)}; count ${KERAS('phi3', 'phi3_mini_4k_instruct_en', '3821079552')}`,
  'phi-3-medium': 'shape read only in an aggregator, apxml.com/models/phi-3-medium (40 layers, 5,120 wide, FFN 17,920, 40 heads, 10 KV heads, vocabulary 32,064), not in a config.json copy; "a 14B parameters" model card read in a copy at replicate.com/lucataco/phi-3-medium-4k-instruct',
  'falcon-7b': `shape ${LITGPT(488)}; count not re-read (formula-consistent)`,
  'falcon-40b': `shape ${LITGPT(504)}; count not re-read`,
  'falcon-180b': `shape ${LITGPT(526)}; count ${HF_API('tiiuae/falcon-180B', '179,522,565,120', 'd2ea5531')}`,
  'mpt-7b': 'not re-read (config.json and MosaicML blog as cited)',
  'qwen3-0.6b': `shape ${LITGPT(2721)}, ${MLC(1725)}; count ${KERAS('qwen3', 'qwen3_0.6b_en', '596049920')}`,
  'qwen3-1.7b': `shape ${LITGPT(2743)}, ${MLC(1753)}; count ${KERAS('qwen3', 'qwen3_1.7b_en', '1720574976')}`,
  'qwen3-4b': `shape ${LITGPT(2764)}; count ${KERAS('qwen3', 'qwen3_4b_en', '4022468096')}`,
  'qwen3-8b': `shape ${LITGPT(2786)}, ${INFERSIM('qwen3-8B_config.json')}; count ${KERAS('qwen3', 'qwen3_8b_en', '8190735360')}; card "Number of Parameters: 8.2B, Non-Embedding: 6.95B" (read in a copy at rdit.amanbhandal.com/r/LocalLLaMA/comments/1k9qxbl)`,
  'qwen3-14b': `shape ${LITGPT(2807)}; count ${KERAS('qwen3', 'qwen3_14b_en', '14768307200')}`,
  'qwen3-32b': `shape ${LITGPT(2836)}; count ${KERAS('qwen3', 'qwen3_32b_en', '32762123264')}`,
  'qwen3-30b-a3b': `shape ${LITGPT(2862)}, ${INFERSIM('qwen3-30B-A3B_config.json')}; total ${KERAS('qwen3_moe', 'qwen3_moe_30b_a3b_en', '30532122624')}; active "3.3B" (card figure, read in copies at apxml.com/models/qwen3-30b-a3b: "30.5 billion parameters in total ... approximately 3.3 billion")`,
  'qwen3-235b-a22b': `shape ${LITGPT(2912)}, ${INFERSIM('qwen3-235B-A22B_config.json')}; total ${KERAS('qwen3_moe', 'qwen3_moe_235b_a22b_en', '235093634560')}; active 22B (the name; card not re-read)`,
  'qwen1.5-moe-a2.7b': `shape ${TRANSFORMERS('008e57439125', 'qwen2_moe/configuration_qwen2_moe.py', 'Qwen/Qwen1.5-MoE-A2.7B')}, ${MLC(982)}; total ${KERAS('qwen_moe', 'qwen1.5_moe_2.7b_en', '14315784192')}; active "14.3B parameters in total and 2.7B activated parameters" in ${PADDLE_CARD('Qwen/Qwen1.5-MoE-A2.7B')}`,
  'qwen2.5-coder-7b': `shape ${LITGPT(2478)}; card "Number of Parameters: 7.61B" (28 layers, 28/4 heads) in ${PADDLE_CARD('Qwen/Qwen2.5-Coder-7B')}; formula 7,615,616,512`,
  'qwen2.5-coder-32b': `shape ${LITGPT(2520)}; count ${KERAS('qwen', 'qwen2.5_coder_32b', '32763876352')}`,
  'gemma-3-1b': `shape ${LITGPT(1210)}, ${MLC(1244)}; count ${KERAS('gemma3', 'gemma3_1b', '999885952')}`,
  'gemma-3-4b': `shape ${LITGPT(1242)} (litgpt pads the vocabulary to 262,144; the checkpoint's text_config has 262,208 rows, the Hub total 4,300,079,472 less keras-hub's 4,299,915,632 at 262,144 being 64 x 2,560); text count ${KERAS('gemma3', 'gemma3_4b_text', '3880099328')}`,
  'gemma-3-12b': `shape ${LITGPT(1274)} (vocabulary as for gemma-3-4b); text count ${KERAS('gemma3', 'gemma3_12b_text', '11765788416')}`,
  'gemma-3-27b': `shape ${LITGPT(1306)} (vocabulary as for gemma-3-4b); text count ${KERAS('gemma3', 'gemma3_27b_text', '27009002240')}`,
  'gpt-oss-20b': `shape ${TRANSFORMERS('02b8f42b4240', 'gpt_oss/configuration_gpt_oss.py', 'openai/gpt-oss-120b')} with 24 layers and 32 experts ("gpt-oss-20b: 20.9B total parameters (3.6B active), 24 layers, 32 experts per MoE block", read in a copy of the model card at lephongphu.site/?p=726); total ${KERAS('gpt_oss', 'gpt_oss_20b_en', '20_914_757_184')}; active "21B parameters with 3.6B active parameters" read in the owner's github.com/openai/gpt-oss/blob/c139041072ab/README.md, which rounds; the card's 3.61B itself not re-read`,
  'gpt-oss-120b': `shape ${TRANSFORMERS('02b8f42b4240', 'gpt_oss/configuration_gpt_oss.py', 'openai/gpt-oss-120b')}; total ${KERAS('gpt_oss', 'gpt_oss_120b_en', '116_829_156_672')}; active "117B parameters with 5.1B active parameters" read in the owner's github.com/openai/gpt-oss/blob/c139041072ab/README.md, which rounds; the card's 5.13B itself not re-read`,
  'deepseek-r1': `shape as deepseek-v3 (${INFERSIM('deepseek_v3_config.json')}); counts "DeepSeek-R1 | 671B | 37B" (#Total Params, #Activated Params) in github.com/deepseek-ai/DeepSeek-R1/blob/5689f0a89012/README.md, section 3`,
  'deepseek-r1-distill-qwen-1.5b': `shape ${LITGPT(2546)} (Qwen2.5-Math-1.5B, the base named in the R1 paper); untied output layer and 1.78B not re-read`,
  'deepseek-r1-distill-qwen-7b': `shape ${LITGPT(2567)} (Qwen2.5-Math-7B); count ${KERAS('qwen', 'qwen2.5_math_7b_en', '7615616512')}`,
  'deepseek-r1-distill-qwen-14b': `shape ${LITGPT(2349)} (Qwen2.5-14B, the base named in github.com/deepseek-ai/DeepSeek-R1/blob/5689f0a89012/README.md); count "deepseek-r1:14b | 14.77B | 14770033664" (Ollama's GGUF parameter count of these weights, embedding 5120) in github.com/padiazg/ollama-tools/blob/ac597ca9df11/readme.md; the catalog had 14.8B`,
  'deepseek-r1-distill-qwen-32b': `shape ${LITGPT(2370)} (Qwen2.5-32B); count ${KERAS('qwen', 'qwen2.5_instruct_32b_en', '32763876352')}`,
  'deepseek-r1-distill-llama-8b': `shape ${LITGPT(3154)}; count ${KERAS('llama3', 'llama3.1_8b', '8030261248')} (same shape)`,
  'deepseek-r1-distill-llama-70b': `shape ${LITGPT(3173)}; count ${HF_API('meta-llama/Llama-3.1-70B', '70,553,706,496', '349b2ddb')} (same shape)`,
  'mistral-7b-v0.3': `shape ${LITGPT(2096)}, ${MLC(228)}; count ${KERAS('mistral', 'mistral_0.3_7b_en', '7248023552')}`,
  'mistral-nemo-12b': `shape github.com/kevinstephano/thunder_model_blocks thunder_model_blocks/mistral/mistral_config.py (a copy of the Mistral-Nemo-Base-2407 config.json), ${KVFIT('src/kvfit/data/models.json')} "Mistral-Nemo-12B" config (of Mistral-Nemo-Instruct-2407); count 12247782400 in ${KVFIT('scripts/build_registry.py')} ("exact params from HF safetensors")`,
  'mistral-small-24b': `shape ${KVFIT('src/kvfit/data/models.json')} "Mistral-Small-3.2-24B" text config (40 layers, 5120 wide, 32768 MLP, 32/8 heads, head_dim 128, vocabulary 131072); count ${KERAS('mistral', 'magistral_small_2506_en', '23572403200')} (Magistral Small, the same text model), equal to the formula's`,
  'phi-3.5-mini': `shape ${LITGPT(1852)}, ${MLC(497)}; count ${KERAS('phi3', 'phi3_mini_4k_instruct_en', '3821079552')} (Phi-3-mini, same shape)`,
  'phi-3.5-moe': `shape ${TRANSFORMERS('040e1a7e4bb4', 'phimoe/configuration_phimoe.py', 'microsoft/Phi-3.5-MoE-instruct')}; "16x3.8B parameters with 6.6B active parameters" (github.com/Azure/azureml-assets assets/models/system/phi-3.5-moe-128k-instruct/description.md); 41.9B total not re-read`,
  'phi-4': `shape ${LITGPT(1868)}, ${KVFIT('src/kvfit/data/models.json')} "Phi-4" config; count 14659507200 in ${KVFIT('scripts/build_registry.py')} ("exact params from HF safetensors") and as "phi4:latest | 14.66B | 14659507200" in github.com/padiazg/ollama-tools/blob/ac597ca9df11/readme.md, equal to the formula's; the catalog had 14.7B`,
  'phi-4-mini': `shape ${LITGPT(1925)}, ${MLC(782)} (its "phi-4" preset is Phi-4-mini: 3072 wide, vocabulary 200,064, tied); count 3836021760 in ${KVFIT('scripts/build_registry.py')} ("exact params from HF safetensors"), equal to the formula's; the catalog had 3.8B`,
};
