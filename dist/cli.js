#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2627);
/* harmony import */ var _report_sanitize_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1211);


/** The CLI's process shell: arguments, streams and the exit code; everything else is in src/cli/run.ts. */
try {
    process.exitCode = await (0,_cli_run_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
        out: (t) => process.stdout.write(t),
        err: (t) => process.stderr.write(t),
        cwd: process.cwd(),
    });
}
catch (e) {
    // A bug, not a user error: one line, no stack, and the exit code that says "invalid".
    process.stderr.write((0,_report_sanitize_js__WEBPACK_IMPORTED_MODULE_1__/* .guardLog */ .gr)(`train-budget: internal error: ${e instanceof Error ? e.message : String(e)}\n`));
    process.exitCode = 2;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2627:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT

;// CONCATENATED MODULE: ./src/catalog/accelerators.ts
/**
 * Accelerator catalog. Every figure is a DENSE peak (no 2:4 structured sparsity): vendor datasheets often
 * print the sparse figure, which is twice as large and never reached by training.
 *
 * Source of each row: `../shared/reference/accelerators.json` (researched 2026, with the quotes it was read
 * from), which cites NVIDIA/AMD datasheets, Lightning's `throughput.py` table of datasheet FLOPS and
 * stas00/ml-engineering's dense TFLOPS table. Rows marked `confirmed: false` hold a figure that the reference
 * could not read in a vendor text; the note says which.
 *
 * memory_gib: GPU memory as marketed. The "GB" of GPU datasheets is binary (an 80 GB A100 has 81,920 MiB),
 * so capacity in bytes is memory_gib * 2^30.
 */
const REF = 'shared/reference/accelerators.json';
const ACCELERATORS = [
    {
        id: 'v100-16gb', name: 'NVIDIA V100 SXM2 16GB', generation: 'volta', class: 'datacenter',
        memory_gib: 16, memory_bandwidth_tbps: 0.9, tflops: { fp32: 15.7, fp16: 125, bf16: null, fp8: null },
        tdp_w: 300, interconnect: 'nvswitch', intra_node_gbps: 150, inter_node_gbps: 6.25, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA V100 datasheet r5 via Lightning throughput.py (fp32 15.7, fp16 tensor 125), TDP 300 W`,
        note: 'No bf16/fp8 tensor cores: bf16 runs at the fp32 rate.',
    },
    {
        id: 'v100-32gb', name: 'NVIDIA V100 SXM2 32GB', generation: 'volta', class: 'datacenter',
        memory_gib: 32, memory_bandwidth_tbps: 0.9, tflops: { fp32: 15.7, fp16: 125, bf16: null, fp8: null },
        tdp_w: 300, interconnect: 'nvswitch', intra_node_gbps: 150, inter_node_gbps: 6.25, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA V100 datasheet r5 via Lightning throughput.py (fp32 15.7, fp16 tensor 125), TDP 300 W`,
        note: 'No bf16/fp8 tensor cores: bf16 runs at the fp32 rate.',
    },
    {
        id: 't4', name: 'NVIDIA T4', generation: 'turing', class: 'datacenter',
        memory_gib: 16, memory_bandwidth_tbps: 0.32, tflops: { fp32: 8.1, fp16: 65, bf16: null, fp8: null },
        tdp_w: 70, interconnect: 'pcie', intra_node_gbps: 16, inter_node_gbps: 1.5, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA T4 datasheet via Lightning throughput.py (fp32 8.1, fp16 tensor 65), TDP 70 W`,
        note: 'No bf16 tensor cores. Sustained clocks under the 70 W cap sit well below the boost clock of the peak figure.',
    },
    {
        id: 'a10g', name: 'NVIDIA A10G (AWS G5)', generation: 'ampere', class: 'datacenter',
        memory_gib: 24, memory_bandwidth_tbps: 0.6, tflops: { fp32: 31.2, fp16: 70, bf16: 70, fp8: null },
        tdp_w: 150, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 1.5, gpus_per_node: 8, confirmed: false,
        source: `${REF} (fp32 31.2, 600 GB/s); TDP 150 W from mlco2/impact gpus.csv`,
        note: 'Tensor rate unconfirmed (sources give 70 or 125 TFLOPS); the lower figure is used.',
    },
    {
        id: 'l4', name: 'NVIDIA L4', generation: 'ada', class: 'datacenter',
        memory_gib: 24, memory_bandwidth_tbps: 0.3, tflops: { fp32: 30.3, fp16: 121, bf16: 121, fp8: 242.5 },
        tdp_w: 72, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 1.5, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA L4 datasheet (bf16 121 dense, fp8 242.5 dense), TDP 72 W`,
    },
    {
        id: 'l40s', name: 'NVIDIA L40S', generation: 'ada', class: 'datacenter',
        memory_gib: 48, memory_bandwidth_tbps: 0.864, tflops: { fp32: 91.6, fp16: 362.05, bf16: 362.05, fp8: 733 },
        tdp_w: 350, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 6.25, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA L40S datasheet (bf16 362.05 dense, fp8 733 dense), TDP 350 W`,
    },
    {
        id: 'a100-40gb', name: 'NVIDIA A100 40GB SXM4', generation: 'ampere', class: 'datacenter',
        memory_gib: 40, memory_bandwidth_tbps: 1.555, tflops: { fp32: 19.5, fp16: 312, bf16: 312, fp8: null },
        tdp_w: 400, interconnect: 'nvswitch', intra_node_gbps: 300, inter_node_gbps: 25, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA A100 datasheet (bf16 312 dense, 1,555 GB/s), TDP 400 W, NVLink3 300 GB/s per direction`,
    },
    {
        id: 'a100-80gb', name: 'NVIDIA A100 80GB SXM4', generation: 'ampere', class: 'datacenter',
        memory_gib: 80, memory_bandwidth_tbps: 2.039, tflops: { fp32: 19.5, fp16: 312, bf16: 312, fp8: null },
        tdp_w: 400, interconnect: 'nvswitch', intra_node_gbps: 300, inter_node_gbps: 25, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA A100 datasheet (bf16 312 dense, 2,039 GB/s), TDP 400 W, NVLink3 300 GB/s per direction`,
    },
    {
        id: 'a100-80gb-pcie', name: 'NVIDIA A100 80GB PCIe', generation: 'ampere', class: 'datacenter',
        memory_gib: 80, memory_bandwidth_tbps: 1.935, tflops: { fp32: 19.5, fp16: 312, bf16: 312, fp8: null },
        tdp_w: 300, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 6.25, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA A100 datasheet (PCIe 80GB: 1,935 GB/s, 300 W)`,
    },
    {
        id: 'h100-80gb', name: 'NVIDIA H100 SXM5 80GB', generation: 'hopper', class: 'datacenter',
        memory_gib: 80, memory_bandwidth_tbps: 3.35, tflops: { fp32: 67, fp16: 989, bf16: 989, fp8: 1979 },
        tdp_w: 700, interconnect: 'nvswitch', intra_node_gbps: 450, inter_node_gbps: 50, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA H100 datasheet (SXM bf16 989 dense, fp8 1,979 dense, 3.35 TB/s), TDP 700 W, NVLink4 450 GB/s per direction`,
    },
    {
        id: 'h100-pcie', name: 'NVIDIA H100 PCIe 80GB', generation: 'hopper', class: 'datacenter',
        memory_gib: 80, memory_bandwidth_tbps: 2.0, tflops: { fp32: 51, fp16: 756, bf16: 756, fp8: 1513 },
        tdp_w: 350, interconnect: 'pcie', intra_node_gbps: 64, inter_node_gbps: 12.5, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA H100 datasheet (PCIe bf16 756 dense, fp8 1,513 dense, 2.0 TB/s), TDP 350 W`,
    },
    {
        id: 'h100-nvl', name: 'NVIDIA H100 NVL 94GB', generation: 'hopper', class: 'datacenter',
        memory_gib: 94, memory_bandwidth_tbps: 3.9, tflops: { fp32: 60, fp16: 835, bf16: 835, fp8: 1670 },
        tdp_w: 400, interconnect: 'nvlink-bridge', intra_node_gbps: 300, inter_node_gbps: 25, gpus_per_node: 8, confirmed: false,
        source: `${REF}: NVIDIA H100 NVL datasheet (bf16 835 dense, 3.9 TB/s, 350-400 W)`,
        note: 'fp32 and fp8 derived, not read in a vendor text.',
    },
    {
        id: 'h200', name: 'NVIDIA H200 SXM 141GB', generation: 'hopper', class: 'datacenter',
        memory_gib: 141, memory_bandwidth_tbps: 4.8, tflops: { fp32: 67, fp16: 989, bf16: 989, fp8: 1979 },
        tdp_w: 700, interconnect: 'nvswitch', intra_node_gbps: 450, inter_node_gbps: 50, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA H200 datasheet (bf16 989 dense, 4.8 TB/s), TDP 700 W`,
    },
    {
        id: 'h800', name: 'NVIDIA H800 SXM 80GB', generation: 'hopper', class: 'datacenter',
        memory_gib: 80, memory_bandwidth_tbps: 3.35, tflops: { fp32: 67, fp16: 989, bf16: 989, fp8: 1979 },
        tdp_w: 700, interconnect: 'nvswitch', intra_node_gbps: 200, inter_node_gbps: 50, gpus_per_node: 8, confirmed: false,
        source: `${REF}: bf16 989 dense; NVLink 400 GB/s bidirectional (secondary sources)`,
        note: 'Memory bandwidth, TDP and fp32 taken equal to the H100 SXM (unconfirmed); NVLink cut to 200 GB/s per direction.',
    },
    {
        id: 'b200', name: 'NVIDIA B200', generation: 'blackwell', class: 'datacenter',
        memory_gib: 180, memory_bandwidth_tbps: 8.0, tflops: { fp32: 80, fp16: 2250, bf16: 2250, fp8: 4500 },
        tdp_w: 1000, interconnect: 'nvswitch', intra_node_gbps: 900, inter_node_gbps: 50, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA HGX B200 datasheet (bf16 2,250 dense per GPU, fp8 4,500 dense, 8 TB/s), TDP 1,000 W`,
    },
    {
        id: 'mi250x', name: 'AMD Instinct MI250X', generation: 'cdna2', class: 'datacenter',
        memory_gib: 128, memory_bandwidth_tbps: 3.2768, tflops: { fp32: 47.9, fp16: 383, bf16: 383, fp8: null },
        tdp_w: 560, interconnect: 'infinity-fabric', intra_node_gbps: 350, inter_node_gbps: 25, gpus_per_node: 8, confirmed: true,
        source: `${REF}: AMD MI250X datasheet (bf16 383 dense, 3.2768 TB/s), TDP 560 W`,
    },
    {
        id: 'mi300x', name: 'AMD Instinct MI300X', generation: 'cdna3', class: 'datacenter',
        memory_gib: 192, memory_bandwidth_tbps: 5.3, tflops: { fp32: 163.4, fp16: 1307.4, bf16: 1307.4, fp8: 2614.9 },
        tdp_w: 750, interconnect: 'infinity-fabric', intra_node_gbps: 448, inter_node_gbps: 50, gpus_per_node: 8, confirmed: true,
        source: `${REF}: AMD MI300X datasheet (bf16 1,307.4 dense, fp8 2,614.9 dense, 5.3 TB/s), TDP 750 W`,
    },
    {
        id: 'rtx-3060', name: 'NVIDIA GeForce RTX 3060 12GB', generation: 'ampere', class: 'consumer',
        memory_gib: 12, memory_bandwidth_tbps: 0.36, tflops: { fp32: 12.7, fp16: 25.4, bf16: 25.4, fp8: null },
        tdp_w: 170, interconnect: 'pcie', intra_node_gbps: 16, inter_node_gbps: 0.3, gpus_per_node: 4, confirmed: false,
        source: 'NVIDIA GeForce RTX 3060 specifications (12.7 TFLOPS FP32, 360 GB/s, 170 W); not in shared/reference',
        note: 'Tensor rate derived: GeForce Ampere runs FP16 tensor math with FP32 accumulate at 2x its FP32 rate (the RTX 3090 row of the reference: 71 vs 35.6).',
    },
    {
        id: 'rtx-3070-ti', name: 'NVIDIA GeForce RTX 3070 Ti 8GB', generation: 'ampere', class: 'consumer',
        memory_gib: 8, memory_bandwidth_tbps: 0.608, tflops: { fp32: 21.7, fp16: 43.5, bf16: 43.5, fp8: null },
        tdp_w: 290, interconnect: 'pcie', intra_node_gbps: 16, inter_node_gbps: 0.3, gpus_per_node: 4, confirmed: false,
        source: 'NVIDIA GeForce RTX 3070 Ti specifications (21.7 TFLOPS FP32, 608 GB/s, 290 W); not in shared/reference',
        note: 'Tensor rate derived as for the RTX 3060 (2x the FP32 rate).',
    },
    {
        id: 'rtx-3090', name: 'NVIDIA GeForce RTX 3090', generation: 'ampere', class: 'consumer',
        memory_gib: 24, memory_bandwidth_tbps: 0.936, tflops: { fp32: 35.58, fp16: 71, bf16: 71, fp8: null },
        tdp_w: 350, interconnect: 'pcie', intra_node_gbps: 16, inter_node_gbps: 0.3, gpus_per_node: 4, confirmed: false,
        source: `${REF}: NVIDIA Ampere GA102 whitepaper (FP16 tensor with FP32 accumulate 71 dense), 350 W`,
        note: 'Tensor figure from secondary copies of the whitepaper.',
    },
    {
        id: 'rtx-4090', name: 'NVIDIA GeForce RTX 4090', generation: 'ada', class: 'consumer',
        memory_gib: 24, memory_bandwidth_tbps: 1.008, tflops: { fp32: 82.6, fp16: 165.2, bf16: 165.2, fp8: 330.3 },
        tdp_w: 450, interconnect: 'pcie', intra_node_gbps: 16, inter_node_gbps: 0.3, gpus_per_node: 4, confirmed: false,
        source: `${REF}: NVIDIA Ada whitepaper (FP16 tensor with FP32 accumulate 165.2 dense), 450 W`,
        note: 'Tensor figures from secondary copies of the whitepaper. No peer-to-peer: multi-GPU traffic crosses host memory.',
    },
    {
        id: 'rtx-a5000', name: 'NVIDIA RTX A5000', generation: 'ampere', class: 'workstation',
        memory_gib: 24, memory_bandwidth_tbps: 0.768, tflops: { fp32: 27.8, fp16: 111.1, bf16: 111.1, fp8: null },
        tdp_w: 230, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 0.3, gpus_per_node: 8, confirmed: false,
        source: 'NVIDIA RTX A5000 datasheet (27.8 TFLOPS FP32, 222.2 TFLOPS tensor with sparsity, 768 GB/s, 230 W); not in shared/reference',
        note: 'Dense tensor rate = half the datasheet sparse figure.',
    },
    {
        id: 'rtx-a6000', name: 'NVIDIA RTX A6000', generation: 'ampere', class: 'workstation',
        memory_gib: 48, memory_bandwidth_tbps: 0.768, tflops: { fp32: 38.7, fp16: 154.8, bf16: 154.8, fp8: null },
        tdp_w: 300, interconnect: 'pcie', intra_node_gbps: 32, inter_node_gbps: 0.3, gpus_per_node: 8, confirmed: true,
        source: `${REF}: NVIDIA RTX A6000 datasheet (38.7 FP32, 154.8 tensor dense, 768 GB/s), 300 W`,
    },
];
const BY_ID = new Map(ACCELERATORS.map((a) => [a.id, a]));
/** Accelerator ids are case-insensitive. */
function accelerators_findAccelerator(id) {
    return BY_ID.get(id.trim().toLowerCase());
}
const ACCELERATOR_IDS = ACCELERATORS.map((a) => a.id);

;// CONCATENATED MODULE: ./src/catalog/models.ts
function arch(s) {
    return {
        kv_heads: s.attention_heads,
        tied_embeddings: false,
        gated_mlp: true,
        experts: 1,
        experts_per_token: 1,
        ...s,
    };
}
const HF = (repo) => `huggingface.co/${repo} config.json`;
const MODELS = [
    // GPT-2 (Radford et al. 2019): learned positions, biases everywhere, LayerNorm, tied embeddings.
    {
        id: 'gpt2', name: 'GPT-2 (124M)', context_length: 1024, published_parameters: 124_439_808,
        source: `${HF('openai-community/gpt2')}; 124,439,808 parameters (HF safetensors total)`,
        architecture: arch({ layers: 12, hidden_size: 768, intermediate_size: 3072, attention_heads: 12, vocab_size: 50257, tied_embeddings: true, gated_mlp: false, position_embeddings: 1024, bias: 'all', norm: 'layer' }),
    },
    {
        id: 'gpt2-xl', name: 'GPT-2 XL (1.5B)', context_length: 1024, published_parameters: 1_557_611_200,
        source: `${HF('openai-community/gpt2-xl')}; 1,557,611,200 parameters (HF safetensors total)`,
        architecture: arch({ layers: 48, hidden_size: 1600, intermediate_size: 6400, attention_heads: 25, vocab_size: 50257, tied_embeddings: true, gated_mlp: false, position_embeddings: 1024, bias: 'all', norm: 'layer' }),
    },
    {
        id: 'gpt-3-175b', name: 'GPT-3 175B', context_length: 2048, published_parameters: 174_600_000_000,
        source: 'Brown et al. 2020, "Language Models are Few-Shot Learners", Table 2.1 (96 layers, d_model 12288, 96 heads; 175.0B, 174.6B in the appendix)',
        architecture: arch({ layers: 96, hidden_size: 12288, intermediate_size: 49152, attention_heads: 96, vocab_size: 50257, tied_embeddings: true, gated_mlp: false, position_embeddings: 2048, bias: 'all', norm: 'layer' }),
    },
    // LLaMA 1 (Touvron et al. 2023, Table 2) and Llama 2 (Touvron et al. 2023b).
    {
        id: 'llama-7b', name: 'LLaMA 7B', context_length: 2048, published_parameters: 6_738_415_616,
        source: `${HF('huggyllama/llama-7b')}; LLaMA paper Table 2 "6.7B"`,
        architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 11008, attention_heads: 32, vocab_size: 32000 }),
    },
    {
        id: 'llama-13b', name: 'LLaMA 13B', context_length: 2048, published_parameters: 13_015_864_320,
        source: `${HF('huggyllama/llama-13b')}; LLaMA paper Table 2 "13.0B"`,
        architecture: arch({ layers: 40, hidden_size: 5120, intermediate_size: 13824, attention_heads: 40, vocab_size: 32000 }),
    },
    {
        id: 'llama-33b', name: 'LLaMA 33B', context_length: 2048, published_parameters: 32_500_000_000,
        source: `${HF('huggyllama/llama-30b')}; LLaMA paper Table 2 "32.5B"`,
        architecture: arch({ layers: 60, hidden_size: 6656, intermediate_size: 17920, attention_heads: 52, vocab_size: 32000 }),
    },
    {
        id: 'llama-65b', name: 'LLaMA 65B', context_length: 2048, published_parameters: 65_200_000_000,
        source: `${HF('huggyllama/llama-65b')}; LLaMA paper Table 2 "65.2B"`,
        architecture: arch({ layers: 80, hidden_size: 8192, intermediate_size: 22016, attention_heads: 64, vocab_size: 32000 }),
    },
    {
        id: 'llama-2-7b', name: 'Llama 2 7B', context_length: 4096, published_parameters: 6_738_415_616,
        source: `${HF('meta-llama/Llama-2-7b-hf')}; 6,738,415,616 parameters (HF safetensors total)`,
        architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 11008, attention_heads: 32, vocab_size: 32000 }),
    },
    {
        id: 'llama-2-13b', name: 'Llama 2 13B', context_length: 4096, published_parameters: 13_015_864_320,
        source: `${HF('meta-llama/Llama-2-13b-hf')}; 13,015,864,320 parameters (HF safetensors total)`,
        architecture: arch({ layers: 40, hidden_size: 5120, intermediate_size: 13824, attention_heads: 40, vocab_size: 32000 }),
    },
    {
        id: 'llama-2-70b', name: 'Llama 2 70B', context_length: 4096, published_parameters: 68_976_648_192,
        source: `${HF('meta-llama/Llama-2-70b-hf')}; 68,976,648,192 parameters (HF safetensors total)`,
        architecture: arch({ layers: 80, hidden_size: 8192, intermediate_size: 28672, attention_heads: 64, kv_heads: 8, vocab_size: 32000 }),
    },
    // Llama 3.x (Llama Team 2024, "The Llama 3 Herd of Models", Table 3).
    {
        id: 'llama-3.2-1b', name: 'Llama 3.2 1B', context_length: 8192, published_parameters: 1_235_814_400,
        source: `${HF('meta-llama/Llama-3.2-1B')}; 1,235,814,400 parameters (HF safetensors total, "1.23B" in the model card)`,
        architecture: arch({ layers: 16, hidden_size: 2048, intermediate_size: 8192, attention_heads: 32, kv_heads: 8, vocab_size: 128256, tied_embeddings: true }),
    },
    {
        id: 'llama-3.2-3b', name: 'Llama 3.2 3B', context_length: 8192, published_parameters: 3_212_749_824,
        source: `${HF('meta-llama/Llama-3.2-3B')}; 3,212,749,824 parameters (HF safetensors total, "3.21B" in the model card)`,
        architecture: arch({ layers: 28, hidden_size: 3072, intermediate_size: 8192, attention_heads: 24, kv_heads: 8, vocab_size: 128256, tied_embeddings: true }),
    },
    {
        id: 'llama-3.1-8b', name: 'Llama 3.1 8B', context_length: 8192, published_parameters: 8_030_261_248,
        aliases: ['llama-3-8b'],
        source: `${HF('meta-llama/Llama-3.1-8B')}; 8,030,261,248 parameters (HF safetensors total)`,
        architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 14336, attention_heads: 32, kv_heads: 8, vocab_size: 128256 }),
    },
    {
        id: 'llama-3.1-70b', name: 'Llama 3.1 70B', context_length: 8192, published_parameters: 70_553_706_496,
        aliases: ['llama-3-70b', 'llama-3.3-70b'],
        source: `${HF('meta-llama/Llama-3.1-70B')}; 70,553,706,496 parameters (HF safetensors total)`,
        architecture: arch({ layers: 80, hidden_size: 8192, intermediate_size: 28672, attention_heads: 64, kv_heads: 8, vocab_size: 128256 }),
    },
    {
        id: 'llama-3.1-405b', name: 'Llama 3.1 405B', context_length: 8192, published_parameters: 405_853_388_800,
        source: `${HF('meta-llama/Llama-3.1-405B')}; Llama 3 paper Table 3 (126 layers, 16,384 wide, FFN 53,248, 128 heads, 8 KV heads); 405.85B (HF safetensors total)`,
        architecture: arch({ layers: 126, hidden_size: 16384, intermediate_size: 53248, attention_heads: 128, kv_heads: 8, vocab_size: 128256 }),
    },
    {
        id: 'tinyllama-1.1b', name: 'TinyLlama 1.1B', context_length: 2048, published_parameters: 1_100_048_384,
        source: `${HF('TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T')}; 1,100,048,384 parameters (HF safetensors total)`,
        architecture: arch({ layers: 22, hidden_size: 2048, intermediate_size: 5632, attention_heads: 32, kv_heads: 4, vocab_size: 32000 }),
    },
    // Mistral AI.
    {
        id: 'mistral-7b', name: 'Mistral 7B', context_length: 8192, published_parameters: 7_241_732_096,
        source: `${HF('mistralai/Mistral-7B-v0.1')}; 7,241,732,096 parameters (HF safetensors total)`,
        architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 14336, attention_heads: 32, kv_heads: 8, vocab_size: 32000 }),
    },
    {
        id: 'mixtral-8x7b', name: 'Mixtral 8x7B', context_length: 32768, published_parameters: 46_702_792_704,
        published_active_parameters: 12_900_000_000,
        source: `${HF('mistralai/Mixtral-8x7B-v0.1')}; 46.7B total (HF safetensors total), 12.9B active (Jiang et al. 2024, "Mixtral of Experts")`,
        architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 14336, attention_heads: 32, kv_heads: 8, vocab_size: 32000, experts: 8, experts_per_token: 2 }),
    },
    {
        id: 'mixtral-8x22b', name: 'Mixtral 8x22B', context_length: 65536, published_parameters: 140_620_634_112,
        published_active_parameters: 39_000_000_000,
        source: `${HF('mistralai/Mixtral-8x22B-v0.1')}; 141B total, 39B active (Mistral AI announcement "Cheaper, Better, Faster, Stronger", 2024)`,
        architecture: arch({ layers: 56, hidden_size: 6144, intermediate_size: 16384, attention_heads: 48, kv_heads: 8, vocab_size: 32768, experts: 8, experts_per_token: 2 }),
    },
    // DeepSeek-V3 (DeepSeek-AI 2024, technical report §2 and §4.2): MLA, 1 shared + 256 routed experts, 8 per token,
    // the first 3 layers dense. 671B total / 37B active excludes the 14B multi-token-prediction module.
    {
        id: 'deepseek-v3', name: 'DeepSeek-V3', context_length: 4096, published_parameters: 671_000_000_000,
        published_active_parameters: 37_000_000_000,
        source: `${HF('deepseek-ai/DeepSeek-V3')}; DeepSeek-V3 technical report: "671B total parameters with 37B activated for each token"`,
        architecture: arch({
            layers: 61, hidden_size: 7168, intermediate_size: 2048, attention_heads: 128, vocab_size: 129280,
            experts: 256, experts_per_token: 8, shared_experts: 1, dense_layers: 3, dense_intermediate_size: 18432,
            mla: { q_lora_rank: 1536, kv_lora_rank: 512, qk_nope_head_dim: 128, qk_rope_head_dim: 64, v_head_dim: 128 },
        }),
    },
    // Qwen2.5 (Qwen Team 2024, technical report Table 1): biases on q/k/v only.
    {
        id: 'qwen2.5-0.5b', name: 'Qwen2.5 0.5B', context_length: 32768, published_parameters: 494_032_768,
        source: `${HF('Qwen/Qwen2.5-0.5B')}; 494,032,768 parameters (HF safetensors total, "0.49B" in the model card)`,
        architecture: arch({ layers: 24, hidden_size: 896, intermediate_size: 4864, attention_heads: 14, kv_heads: 2, vocab_size: 151936, tied_embeddings: true, bias: 'qkv' }),
    },
    {
        id: 'qwen2.5-1.5b', name: 'Qwen2.5 1.5B', context_length: 32768, published_parameters: 1_543_714_304,
        source: `${HF('Qwen/Qwen2.5-1.5B')}; 1,543,714,304 parameters (HF safetensors total, "1.54B" in the model card)`,
        architecture: arch({ layers: 28, hidden_size: 1536, intermediate_size: 8960, attention_heads: 12, kv_heads: 2, vocab_size: 151936, tied_embeddings: true, bias: 'qkv' }),
    },
    {
        id: 'qwen2.5-3b', name: 'Qwen2.5 3B', context_length: 32768, published_parameters: 3_085_938_688,
        source: `${HF('Qwen/Qwen2.5-3B')}; 3,085,938,688 parameters (HF safetensors total, "3.09B" in the model card)`,
        architecture: arch({ layers: 36, hidden_size: 2048, intermediate_size: 11008, attention_heads: 16, kv_heads: 2, vocab_size: 151936, tied_embeddings: true, bias: 'qkv' }),
    },
    {
        id: 'qwen2.5-7b', name: 'Qwen2.5 7B', context_length: 32768, published_parameters: 7_615_616_512,
        source: `${HF('Qwen/Qwen2.5-7B')}; 7,615,616,512 parameters (HF safetensors total, "7.61B" in the model card)`,
        architecture: arch({ layers: 28, hidden_size: 3584, intermediate_size: 18944, attention_heads: 28, kv_heads: 4, vocab_size: 152064, bias: 'qkv' }),
    },
    {
        id: 'qwen2.5-14b', name: 'Qwen2.5 14B', context_length: 32768, published_parameters: 14_770_033_664,
        source: `${HF('Qwen/Qwen2.5-14B')}; 14,770,033,664 parameters (HF safetensors total, "14.7B" in the model card)`,
        architecture: arch({ layers: 48, hidden_size: 5120, intermediate_size: 13824, attention_heads: 40, kv_heads: 8, vocab_size: 152064, bias: 'qkv' }),
    },
    {
        id: 'qwen2.5-32b', name: 'Qwen2.5 32B', context_length: 32768, published_parameters: 32_763_876_352,
        source: `${HF('Qwen/Qwen2.5-32B')}; 32,763,876,352 parameters (HF safetensors total, "32.5B" in the model card)`,
        architecture: arch({ layers: 64, hidden_size: 5120, intermediate_size: 27648, attention_heads: 40, kv_heads: 8, vocab_size: 152064, bias: 'qkv' }),
    },
    {
        id: 'qwen2.5-72b', name: 'Qwen2.5 72B', context_length: 32768, published_parameters: 72_706_203_648,
        source: `${HF('Qwen/Qwen2.5-72B')}; 72,706,203,648 parameters (HF safetensors total, "72.7B" in the model card)`,
        architecture: arch({ layers: 80, hidden_size: 8192, intermediate_size: 29568, attention_heads: 64, kv_heads: 8, vocab_size: 152064, bias: 'qkv' }),
    },
    // Gemma 2 (Gemma Team 2024, Table 1): GeGLU, head_dim 256 (2B, 9B) or 128 (27B), four RMSNorms per layer.
    {
        id: 'gemma-2-2b', name: 'Gemma 2 2B', context_length: 8192, published_parameters: 2_614_341_888,
        source: `${HF('google/gemma-2-2b')}; 2,614,341,888 parameters (HF safetensors total)`,
        architecture: arch({ layers: 26, hidden_size: 2304, intermediate_size: 9216, attention_heads: 8, kv_heads: 4, head_dim: 256, vocab_size: 256000, tied_embeddings: true, norms_per_layer: 4 }),
    },
    {
        id: 'gemma-2-9b', name: 'Gemma 2 9B', context_length: 8192, published_parameters: 9_241_705_984,
        source: `${HF('google/gemma-2-9b')}; 9,241,705,984 parameters (HF safetensors total)`,
        architecture: arch({ layers: 42, hidden_size: 3584, intermediate_size: 14336, attention_heads: 16, kv_heads: 8, head_dim: 256, vocab_size: 256000, tied_embeddings: true, norms_per_layer: 4 }),
    },
    {
        id: 'gemma-2-27b', name: 'Gemma 2 27B', context_length: 8192, published_parameters: 27_227_128_320,
        source: `${HF('google/gemma-2-27b')}; 27,227,128,320 parameters (HF safetensors total)`,
        architecture: arch({ layers: 46, hidden_size: 4608, intermediate_size: 36864, attention_heads: 32, kv_heads: 16, head_dim: 128, vocab_size: 256000, tied_embeddings: true, norms_per_layer: 4 }),
    },
    // Phi-3 (Abdin et al. 2024).
    {
        id: 'phi-3-mini', name: 'Phi-3 mini (3.8B)', context_length: 4096, published_parameters: 3_821_079_552,
        source: `${HF('microsoft/Phi-3-mini-4k-instruct')}; 3,821,079,552 parameters (HF safetensors total, "3.8B" in the paper)`,
        architecture: arch({ layers: 32, hidden_size: 3072, intermediate_size: 8192, attention_heads: 32, vocab_size: 32064 }),
    },
    {
        id: 'phi-3-medium', name: 'Phi-3 medium (14B)', context_length: 4096, published_parameters: 13_960_238_080,
        source: `${HF('microsoft/Phi-3-medium-4k-instruct')}; 13,960,238,080 parameters (HF safetensors total, "14B" in the paper)`,
        architecture: arch({ layers: 40, hidden_size: 5120, intermediate_size: 17920, attention_heads: 40, kv_heads: 10, vocab_size: 32064 }),
    },
    // Falcon (Almazrouei et al. 2023): plain GELU MLP 4x wide, multi-query / grouped KV, LayerNorm.
    {
        id: 'falcon-7b', name: 'Falcon 7B', context_length: 2048, published_parameters: 6_921_720_704,
        source: `${HF('tiiuae/falcon-7b')}; 6,921,720,704 parameters (HF safetensors total)`,
        architecture: arch({ layers: 32, hidden_size: 4544, intermediate_size: 18176, attention_heads: 71, kv_heads: 1, head_dim: 64, vocab_size: 65024, tied_embeddings: true, gated_mlp: false, norm: 'layer', norms_per_layer: 1 }),
    },
    {
        id: 'falcon-40b', name: 'Falcon 40B', context_length: 2048, published_parameters: 41_800_000_000,
        source: `${HF('tiiuae/falcon-40b')}; 41.8B parameters (HF safetensors total)`,
        architecture: arch({ layers: 60, hidden_size: 8192, intermediate_size: 32768, attention_heads: 128, kv_heads: 8, head_dim: 64, vocab_size: 65024, gated_mlp: false, norm: 'layer' }),
    },
    {
        id: 'falcon-180b', name: 'Falcon 180B', context_length: 2048, published_parameters: 179_500_000_000,
        source: `${HF('tiiuae/falcon-180B')}; "180B" (Almazrouei et al. 2023), 179.5B by the HF safetensors total`,
        architecture: arch({ layers: 80, hidden_size: 14848, intermediate_size: 59392, attention_heads: 232, kv_heads: 8, head_dim: 64, vocab_size: 65024, gated_mlp: false, norm: 'layer' }),
    },
    // MosaicML MPT (ALiBi, no biases, LayerNorm without bias).
    {
        id: 'mpt-7b', name: 'MPT-7B', context_length: 2048, published_parameters: 6_649_286_656,
        source: `${HF('mosaicml/mpt-7b')}; 6.7B (MosaicML blog "Introducing MPT-7B", 2023), 6,649,286,656 by the HF total`,
        architecture: arch({ layers: 32, hidden_size: 4096, intermediate_size: 16384, attention_heads: 32, vocab_size: 50432, tied_embeddings: true, gated_mlp: false }),
    },
];
const models_BY_ID = new Map();
for (const m of MODELS) {
    models_BY_ID.set(m.id, m);
    for (const a of m.aliases ?? [])
        models_BY_ID.set(a, m);
}
/** Model ids are case-insensitive; aliases (llama-3-8b, llama-3.3-70b) resolve to their catalog entry. */
function findModel(id) {
    return models_BY_ID.get(id.trim().toLowerCase());
}
const MODEL_IDS = [...models_BY_ID.keys()];

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
(/* unused pure expression or super */ null && (core.$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    util.defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util.assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = util.rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = util.cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
})));
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util.isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...util.prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && regexes.number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...util.prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...util.prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
})));
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = initializeContext({ ...params, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    processSchema(schema, ctx);
    extractDefs(ctx, schema);
    return finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        assignProp(json.properties, key, processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return core._url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...util.normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...util.normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodDiscriminatedUnion.init(inst, def);
})));
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
})));
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...util.normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

;// CONCATENATED MODULE: ./src/manifest/counts.ts
/**
 * Counts such as token totals, in any of the spellings people write in configs: 2000000000, 2e9,
 * 2_000_000_000 and the suffixed strings 2B, 500M, 1.5T, 20K (K = 1e3, M = 1e6, B = 1e9, T = 1e12; decimal,
 * as in "a 1T-token run").
 */
const COUNT_PATTERN = '^\\s*[0-9][0-9_]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?\\s*[kKmMbBtT]?\\s*$';
const COUNT_RE = new RegExp(COUNT_PATTERN);
const SUFFIX = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };
/** The number a count spells, or null when it is not a count. */
function parseCount(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (!COUNT_RE.test(value))
        return null;
    const s = value.trim().replace(/_/g, '');
    const last = s.slice(-1).toLowerCase();
    const mult = SUFFIX[last];
    const n = Number(mult ? s.slice(0, -1).trim() : s);
    if (!Number.isFinite(n))
        return null;
    return mult ? Math.round(n * mult) : n;
}

;// CONCATENATED MODULE: ./src/manifest/schema.ts


/**
 * Training-job manifest v1, as zod schemas. These describe the file as written (before defaults and count
 * parsing): the same objects generate `schema/training-job.schema.json` for editors, so every key carries a
 * description and an example. Cross-field rules (kv_heads divides attention_heads, catalog ids, ...) live in
 * `rules.ts`, where they can say what would be right.
 */
const COUNT_HELP = 'a count: 2000000000, 2e9, 2_000_000_000, or a string with a suffix K/M/B/T such as "2B", "500M", "1.5T", "20K"';
const count = (description, example) => union([schemas_number().positive(), schemas_string().regex(new RegExp(COUNT_PATTERN), { error: `expected ${COUNT_HELP}` })], { error: `expected ${COUNT_HELP}` })
    .meta({ description: `${description} (${COUNT_HELP})`, examples: [example] });
const posInt = (description, example) => schemas_number().int().positive().meta({ description, examples: [example] });
const METHODS = ['pretrain', 'full', 'lora', 'qlora'];
const PRECISIONS = ['fp32', 'fp16', 'bf16', 'fp8'];
const OPTIMIZERS = ['adamw', 'adamw_8bit', 'adafactor', 'sgd', 'lion'];
const CHECKPOINTING = ['none', 'selective', 'full'];
const LOSSES = ['standard', 'chunked', 'fused'];
const OFFLOAD = ['none', 'optimizer', 'optimizer_and_params'];
const MARKETS = ['on_demand', 'spot'];
const PLAN_OBJECTIVES = ['cost', 'time'];
/** Module names LoRA can adapt (Llama-style names, as PEFT's target_modules spells them). */
const LORA_MODULES = ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'];
const architectureSchema = strictObject({
    layers: posInt('Transformer blocks (num_hidden_layers).', 32),
    hidden_size: posInt('Model width d_model (hidden_size).', 4096),
    intermediate_size: posInt('MLP width (intermediate_size); for mixture-of-experts, the width of each expert.', 14336),
    attention_heads: posInt('Query heads (num_attention_heads).', 32),
    kv_heads: posInt('Key/value heads (num_key_value_heads) for grouped-query attention; must divide attention_heads. Default: attention_heads.', 8).optional(),
    vocab_size: posInt('Vocabulary size.', 128256),
    tied_embeddings: schemas_boolean().meta({ description: 'Input and output embeddings share one matrix (tie_word_embeddings). Default false.', examples: [false] }).optional(),
    gated_mlp: schemas_boolean().meta({ description: 'true: gated MLP with three matrices (SwiGLU, GeGLU: Llama, Mistral, Qwen, Gemma); false: the plain two-matrix MLP (GPT-2/3, BLOOM, Falcon). Default true.', examples: [true] }).optional(),
    experts: posInt('Mixture of experts: routed experts per layer (num_local_experts). Omit for a dense model.', 8).optional(),
    experts_per_token: posInt('Mixture of experts: experts each token is routed to (num_experts_per_tok); at most experts.', 2).optional(),
    head_dim: posInt('Per-head width, when it is not hidden_size / attention_heads (Gemma 2: 256).', 128).optional(),
})
    .meta({ description: 'The model\'s shape, in Hugging Face config.json terms.' });
const modelCatalogId = schemas_string().min(1).meta({
    description: 'A model id from the catalog (case-insensitive), e.g. llama-3.1-8b, mistral-7b, mixtral-8x7b, qwen2.5-72b. `train-budget models` lists them.',
    examples: ['llama-3.1-8b'],
});
const modelParameters = strictObject({
    parameters: count('Total parameters, when only the size is known (treated as a dense Llama-style model of that size).', '7B'),
});
const modelConfig = strictObject({
    config: schemas_string().min(1).meta({
        description: 'Path of a Hugging Face config.json in the repository, relative to this manifest (llama, mistral, mixtral, qwen2, gemma2, phi3 families and others with the same keys).',
        examples: ['models/my-model/config.json'],
    }),
});
const modelArchitecture = strictObject({ architecture: architectureSchema });
const modelSchema = union([modelCatalogId, modelParameters, modelConfig, modelArchitecture])
    .meta({ description: 'The model: a catalog id, { parameters }, { config: path/to/config.json } or { architecture: {...} }.', examples: ['llama-3.1-8b', { parameters: '7B' }] });
const loraSchema = strictObject({
    rank: posInt('LoRA rank r. Default 16.', 16).optional(),
    targets: union([schemas_enum(['all_linear', 'attention']), array(schemas_enum(LORA_MODULES)).min(1)], { error: `expected all_linear, attention, or a list of module names (${LORA_MODULES.join(', ')})` })
        .meta({ description: 'Adapted matrices: all_linear (default: attention and MLP), attention (q, k, v, o), or a list of module names.', examples: ['all_linear', ['q_proj', 'v_proj']] })
        .optional(),
})
    .meta({ description: 'LoRA settings (method lora or qlora only).' });
const dataSchema = strictObject({
    tokens: count('Training tokens per epoch.', '2B'),
    epochs: schemas_number().positive().meta({ description: 'Passes over the data; may be fractional. Default 1.', examples: [3] }).optional(),
})
    .meta({ description: 'How much the job trains on.' });
const trainingSchema = strictObject({
    sequence_length: posInt('Tokens per sequence. Default 2048.', 4096).optional(),
    micro_batch_size: posInt('Sequences per GPU per forward/backward pass. Default 1.', 4).optional(),
    global_batch_size: posInt('Sequences per optimizer step across all GPUs (micro batches x data-parallel GPUs x gradient accumulation).', 256).optional(),
    gradient_checkpointing: union([schemas_enum(CHECKPOINTING), schemas_boolean()], { error: 'expected none, selective or full (or true = full, false = none)' })
        .meta({ description: 'Activation recomputation: none, selective (attention only, Korthikanti et al. 2022) or full; true = full, false = none. Default none.', examples: ['full'] })
        .optional(),
    flash_attention: schemas_boolean().meta({ description: 'FlashAttention (no sequence-length-squared attention matrix in memory). Default true.', examples: [true] }).optional(),
    loss: schemas_enum(LOSSES)
        .meta({ description: 'How the cross-entropy loss holds its logits: standard (default: PyTorch / Hugging Face, fp32 upcast of the whole batch), chunked (torchtune CEWithChunkedOutputLoss) or fused (Liger fused linear cross-entropy, cut-cross-entropy: no logits kept).', examples: ['chunked'] })
        .optional(),
    master_weights: schemas_boolean()
        .meta({ description: 'Keep an fp32 master copy of the weights (mixed precision, default true). false: pure 16-bit training as torchtune does, weights, gradients and optimizer states in bf16/fp16.', examples: [false] })
        .optional(),
    optimizer_in_backward: schemas_boolean()
        .meta({ description: 'Apply the optimizer step to each parameter during the backward pass and free its gradient at once (torchtune optimizer_in_bwd); no gradient accumulation. Default false.', examples: [true] })
        .optional(),
})
    .meta({ description: 'Batch and memory-saving settings.' });
const hardwareSchema = strictObject({
    gpu: union([schemas_string().min(1), array(schemas_string().min(1)).min(1)], { error: 'expected an accelerator id, a list of ids, or auto' })
        .meta({
        description: 'Accelerator id from the catalog (case-insensitive), e.g. h100-80gb, a100-40gb, rtx-4090; or a list of ids, or auto (every accelerator with a cloud price): the planner and the estimate then choose the cheapest. `train-budget gpus` lists them.',
        examples: ['h100-80gb', ['h100-80gb', 'a100-80gb'], 'auto'],
    }),
    count: union([schemas_number().int().positive(), literal('auto')], { error: 'expected a positive whole number of GPUs, or auto' })
        .meta({ description: 'Number of GPUs, or auto: the cheapest count that fits the job in memory and meets plan.deadline_hours (the report also gives the fewest that fit). Default auto.', examples: [8, 'auto'] })
        .optional(),
    max_count: posInt('Most GPUs the planner and count: auto may use. Default 4096.', 64).optional(),
    network_gbps: schemas_number()
        .positive()
        .max(10000)
        .meta({ description: 'Network bandwidth between nodes per GPU, Gb/s one direction (one 400 Gb/s NIC per GPU: 400; a 4-GPU box on 10 GbE: 2.5). Default: the usual cluster for the GPU (e.g. 400 for H100, 200 for A100).', examples: [400] })
        .optional(),
})
    .meta({ description: 'Which GPUs and how many.' });
const parallelismSchema = strictObject({
    zero: union([literal(0), literal(1), literal(2), literal(3)], { error: 'expected ZeRO stage 0, 1, 2 or 3' })
        .meta({ description: 'ZeRO stage (Rajbhandari et al. 2020): 0 none, 1 optimizer states, 2 + gradients, 3 + parameters (= FSDP full shard). Default 0 on one GPU, 1 with pipeline stages, 3 otherwise.', examples: [3] })
        .optional(),
    tensor: posInt('Tensor-parallel degree (Megatron-LM); best kept within one node. Default 1.', 1).optional(),
    pipeline: posInt('Pipeline-parallel stages. Default 1.', 1).optional(),
    sequence_parallel: schemas_boolean()
        .meta({ description: 'With tensor parallelism, also split norms, dropout and residuals along the sequence (Korthikanti et al. 2022; Megatron-LM --sequence-parallel). Default true.', examples: [true] })
        .optional(),
    expert: posInt('Expert-parallel degree for mixture-of-experts models: routed experts sharded over this many data-parallel GPUs, tokens exchanged by all-to-all. Must divide the experts and the data-parallel GPUs. Default 1.', 8).optional(),
    offload: schemas_enum(OFFLOAD).meta({ description: 'Move state to CPU memory (ZeRO-Offload): none, optimizer, or optimizer_and_params. Default none.', examples: ['none'] }).optional(),
})
    .meta({ description: 'How the job is split across GPUs. All optional.' });
const pricingSchema = strictObject({
    provider: schemas_string().min(1).meta({ description: 'Cloud provider from the price catalog: aws, gcp, azure, lambda, coreweave, runpod.', examples: ['aws'] }).optional(),
    market: schemas_enum(MARKETS).meta({ description: 'on_demand (default) or spot.', examples: ['on_demand'] }).optional(),
    region: schemas_string().min(1).meta({ description: 'Cloud region, used for grid carbon intensity (e.g. us-east-1, europe-west4).', examples: ['us-east-1'] }).optional(),
    gpu_hour_usd: schemas_number().positive().meta({ description: 'Price per GPU-hour in USD; an explicit price wins over the catalog.', examples: [2.49] }).optional(),
})
    .meta({ description: 'Where the price per GPU-hour comes from. Optional.' });
const efficiencySchema = strictObject({
    mfu: schemas_number().gt(0).lte(1).meta({ description: 'Model FLOPs utilisation, 0 < mfu <= 1: overrides the calibrated default.', examples: [0.4] }).optional(),
})
    .meta({ description: 'Override the calibrated efficiency. Optional.' });
const planSchema = strictObject({
    objective: schemas_enum(PLAN_OBJECTIVES).meta({ description: 'What `train-budget plan` recommends: cost (default, the cheapest set-up within the deadline) or time (the fastest within max_cost_usd).', examples: ['cost'] }).optional(),
    deadline_hours: schemas_number().positive().meta({ description: 'Wall-clock limit, hours, for the recommended set-up (and for count: auto).', examples: [720] }).optional(),
    max_cost_usd: schemas_number().positive().meta({ description: 'Cost limit, USD, for the fastest set-up (and for the recommended one).', examples: [50000] }).optional(),
})
    .meta({ description: 'Goals for the planner (`train-budget plan`) and the advice in estimates. Optional.' });
const checkpointsSchema = strictObject({
    keep: schemas_number().int().min(0).meta({ description: 'Checkpoints kept on disk at once. Default 2.', examples: [3] }).optional(),
})
    .meta({ description: 'Checkpoint retention, for the storage estimate.' });
/** The keys of one job, with the model schema given (the full union, or a placeholder for two-stage checks). */
function jobShape(model) {
    return {
        version: literal(1, { error: 'unsupported manifest version: this Train Budget reads version 1' }).meta({ description: 'Manifest format version. Default 1.', examples: [1] }).optional(),
        name: schemas_string().min(1).max(200).meta({ description: 'Job name, shown in reports.', examples: ['support-bot-sft'] }),
        model,
        method: schemas_enum(METHODS).meta({ description: 'pretrain, full (full fine-tuning), lora or qlora (4-bit NF4 base + LoRA adapters).', examples: ['qlora'] }),
        precision: schemas_enum(PRECISIONS).meta({ description: 'Training precision: fp32, fp16, bf16 (default) or fp8 (Hopper/Ada/Blackwell/MI300).', examples: ['bf16'] }).optional(),
        optimizer: schemas_enum(OPTIMIZERS).meta({ description: 'adamw (default), adamw_8bit, adafactor, sgd or lion.', examples: ['adamw'] }).optional(),
        lora: loraSchema.optional(),
        data: dataSchema,
        training: trainingSchema.optional(),
        hardware: hardwareSchema,
        parallelism: parallelismSchema.optional(),
        pricing: pricingSchema.optional(),
        efficiency: efficiencySchema.optional(),
        checkpoints: checkpointsSchema.optional(),
        plan: planSchema.optional(),
    };
}
const jobSchema = strictObject(jobShape(modelSchema)).meta({ description: 'One training job.' });
/** The same job with `model` unchecked: the first stage of validation, so a bad model gets its own precise error. */
const jobSchemaModelDeferred = strictObject(jobShape(unknown()));
const jobsFileSchema = strictObject({
    version: literal(1, { error: 'unsupported manifest version: this Train Budget reads version 1' }).meta({ description: 'Manifest format version. Default 1.', examples: [1] }).optional(),
    jobs: array(jobSchema).min(1).meta({ description: 'Several jobs in one file, e.g. a sweep.' }),
});
/** A manifest file: one job, or `jobs:` with a list of them. */
const manifestSchema = union([jobSchema, jobsFileSchema]);

;// CONCATENATED MODULE: ./src/manifest/json-schema.ts


/**
 * The manifest's JSON Schema (draft-07, which YAML language servers read), generated from the zod schema so
 * the two cannot drift; `schema/training-job.schema.json` is this, committed, and a test compares them.
 */
function manifestJsonSchema() {
    const generated = toJSONSchema(manifestSchema, { target: 'draft-7', io: 'input', unrepresentable: 'throw' });
    const { $schema, ...rest } = generated;
    return {
        $schema,
        $id: 'https://github.com/train-budget/train-budget/schema/training-job.schema.json',
        title: 'Train Budget training-job manifest, version 1',
        description: 'One training or fine-tuning job (or `jobs:`, a list of them) for Train Budget to estimate: model, method, data, hardware and the settings that change memory, time and cost. Files are named *.train.yaml or *.train.yml.',
        ...rest,
    };
}
function manifestJsonSchemaText() {
    return JSON.stringify(manifestJsonSchema(), null, 2) + '\n';
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts

/** A usage error: the CLI prints it with a hint and exits 2. */
class UsageError extends Error {
}
/** Strict flag parsing: unknown flags and missing values are usage errors, with the closest flag suggested. */
function parseFlags(argv, options, command) {
    try {
        const r = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
        return { values: r.values, positionals: r.positionals };
    }
    catch (e) {
        const msg = e.message.replace(/\. To specify a positional argument.*$/s, '');
        const unknown = /Unknown option '(--?[^']+)'/.exec(msg)?.[1];
        let hint = '';
        if (unknown) {
            const names = Object.keys(options).map((n) => `--${n}`);
            const near = names.filter((n) => n.includes(unknown.replace(/^-+/, '').slice(0, 4)));
            if (near.length)
                hint = ` (did you mean ${near.join(', ')}?)`;
        }
        throw new UsageError(`${command}: ${msg}${hint}. Run "train-budget ${command} --help" for the flags.`);
    }
}
/** A non-negative number flag, or undefined when absent. */
function numberFlag(value, flag) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (typeof value !== 'string' || value.trim() === '' || !Number.isFinite(n) || n < 0) {
        throw new UsageError(`--${flag} must be a non-negative number, got "${String(value)}"`);
    }
    return n;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/fs/contain.ts


/** What a file-system error means to a user, from its code (EACCES, ENOENT, ...). */
function fsErrorText(e) {
    const code = e?.code;
    switch (code) {
        case 'ENOENT': return 'no such file or folder';
        case 'ENOTDIR': return 'a part of the path is not a folder';
        case 'EACCES':
        case 'EPERM': return 'permission denied';
        case 'EISDIR': return 'is a folder, not a file';
        case 'ELOOP': return 'too many levels of symbolic links';
        case 'ENAMETOOLONG': return 'the path is too long';
        case 'ENOSPC': return 'no space left on the device';
        case 'EROFS': return 'the file system is read-only';
        case 'EMFILE':
        case 'ENFILE': return 'too many open files';
        case 'EIO': return 'input/output error';
        default: return typeof code === 'string' ? code : e instanceof Error ? e.message : String(e);
    }
}
/** True when the real path `real` is `realRoot` or below it. `..data/` is a name below it, `../data` is not. */
function isInside(realRoot, real) {
    const rel = (0,external_node_path_namespaceObject.relative)(realRoot, real);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + external_node_path_namespaceObject.sep) && !(0,external_node_path_namespaceObject.isAbsolute)(rel));
}
/** The real path of an existing folder. */
function realFolder(path) {
    let real;
    try {
        real = (0,external_node_fs_namespaceObject.realpathSync)(path);
    }
    catch (e) {
        return { ok: false, error: fsErrorText(e) };
    }
    try {
        if (!(0,external_node_fs_namespaceObject.statSync)(real).isDirectory())
            return { ok: false, error: 'is a file, not a folder' };
    }
    catch (e) {
        return { ok: false, error: fsErrorText(e) };
    }
    return { ok: true, real };
}
/**
 * `path` (relative to `realRoot`, or absolute) resolved to its real path and checked to stay under `realRoot`,
 * which must itself be a real path (from `realFolder`). `rel` is the real path relative to the root.
 */
function containedPath(realRoot, path) {
    let real;
    try {
        real = (0,external_node_fs_namespaceObject.realpathSync)((0,external_node_path_namespaceObject.resolve)(realRoot, path));
    }
    catch (e) {
        return { ok: false, error: fsErrorText(e) };
    }
    if (!isInside(realRoot, real))
        return { ok: false, error: 'resolves outside the repository (through a symbolic link): refused' };
    return { ok: true, real, rel: (0,external_node_path_namespaceObject.relative)(realRoot, real).split(external_node_path_namespaceObject.sep).join('/') };
}
/**
 * Reads a regular file under `realRoot` as UTF-8 (a leading byte-order mark dropped), refusing what resolves
 * outside the root, what is not a regular file (folders, FIFOs, devices: reading a FIFO would wait forever)
 * and what is larger than `maxBytes`.
 */
function readContained(realRoot, path, maxBytes) {
    const where = containedPath(realRoot, path);
    if (!where.ok)
        return where;
    try {
        const st = (0,external_node_fs_namespaceObject.statSync)(where.real);
        if (!st.isFile())
            return { ok: false, error: st.isDirectory() ? 'is a folder, not a file' : 'is not a regular file' };
        if (st.size > maxBytes)
            return { ok: false, error: `is larger than ${maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MiB` : `${maxBytes} bytes`} (${st.size} bytes)` };
        const text = (0,external_node_fs_namespaceObject.readFileSync)(where.real, 'utf8');
        return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, real: where.real, rel: where.rel };
    }
    catch (e) {
        return { ok: false, error: `cannot read: ${fsErrorText(e)}` };
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/manifest/foreign-keys.ts
/**
 * Keys of the training configs people copy from, and where the same setting goes in a manifest. Names from
 * axolotl's config reference (sequence_len, micro_batch_size, lora_r, lora_target_modules, num_epochs,
 * base_model, load_in_4bit), Hugging Face TrainingArguments (per_device_train_batch_size, num_train_epochs,
 * gradient_accumulation_steps, max_seq_length in TRL's SFTConfig) and PEFT's LoraConfig (r, target_modules,
 * lora_alpha).
 */
const WHERE = {
    target_modules: 'lora.targets',
    lora_target_modules: 'lora.targets',
    lora_r: 'lora.rank',
    r: 'lora.rank',
    lora_alpha: 'nowhere: the estimate does not depend on it (leave it out)',
    lora_dropout: 'nowhere: the estimate does not depend on it (leave it out)',
    learning_rate: 'nowhere: the estimate does not depend on it (leave it out)',
    sequence_len: 'training.sequence_length',
    max_seq_length: 'training.sequence_length',
    seq_length: 'training.sequence_length',
    cutoff_len: 'training.sequence_length',
    micro_batch_size: 'training.micro_batch_size',
    per_device_train_batch_size: 'training.micro_batch_size',
    gradient_accumulation_steps: 'training.global_batch_size (micro_batch_size x GPUs x accumulation steps)',
    num_epochs: 'data.epochs',
    num_train_epochs: 'data.epochs',
    epochs: 'data.epochs',
    gradient_checkpointing: 'training.gradient_checkpointing',
    base_model: 'model (a catalog id, a Hugging Face id, or model.config)',
    model_name_or_path: 'model (a catalog id, a Hugging Face id, or model.config)',
    load_in_4bit: 'method: qlora',
    adapter: 'method (lora or qlora)',
};
/** ": a training-config key; in a manifest it is lora.targets", or "" for a key no trainer config uses. */
function foreignKeyHint(key, path) {
    const where = WHERE[key];
    if (!where)
        return '';
    // Only where the key would not be right anyway: `epochs` under data, `gradient_checkpointing` under training are fine.
    if (path.length > 1 && where.startsWith(`${String(path[path.length - 2])}.`))
        return '';
    return `: "${key}" comes from trainer configs (axolotl, Hugging Face TrainingArguments, PEFT); in a manifest it goes in ${where}`;
}

;// CONCATENATED MODULE: ./src/manifest/suggest.ts
/** "Did you mean": the closest known words by edit distance (Damerau-Levenshtein, optimal string alignment). */
function editDistance(a, b) {
    const m = a.length;
    const n = b.length;
    const d = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= m; i++) {
        for (let j = 1; j <= n; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const row = d[i];
            const prev = d[i - 1];
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                row[j] = Math.min(row[j], d[i - 2][j - 2] + 1);
        }
    }
    return d[m][n];
}
/**
 * Up to `max` known words closest to `word`, best first. A word counts as close when its distance is at most
 * a third of its length (at least 2), or when one contains the other (`llama-8b` -> `llama-3.1-8b`).
 */
function closest(word, known, max = 3) {
    const w = word.toLowerCase();
    const scored = known.map((k) => {
        const kl = k.toLowerCase();
        let score = editDistance(w, kl);
        if (kl.startsWith(w))
            score = Math.min(score, 0.5);
        else if (kl.includes(w) || w.includes(kl))
            score = Math.min(score, 1.5);
        // Same digits in the same order (sizes like 8b, 70b) with the same family prefix count as close.
        const digits = (s) => s.replace(/[^0-9.]/g, '');
        if (digits(w) !== '' && digits(w) === digits(kl) && kl[0] === w[0])
            score = Math.min(score, 2.5);
        return { k, score, limit: Math.max(2, Math.ceil(Math.max(w.length, kl.length) / 3)) };
    });
    return scored
        .filter((s) => s.score <= s.limit)
        .sort((x, y) => x.score - y.score || x.k.localeCompare(y.k))
        .slice(0, max)
        .map((s) => s.k);
}
/** ` (did you mean "a", "b"?)` or the empty string. */
function didYouMean(word, known) {
    const c = closest(word, known);
    return c.length ? ` (did you mean ${c.map((x) => `"${x}"`).join(', ')}?)` : '';
}

;// CONCATENATED MODULE: ./src/manifest/issues.ts


/** Reads the value at a path of plain data (for messages that quote what was written). */
function valueAt(data, path) {
    let v = data;
    for (const k of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[k];
    }
    return v;
}
function issues_describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
    return String(v);
}
const EXPECTED = {
    number: 'a number',
    int: 'a whole number',
    string: 'a string',
    boolean: 'true or false',
    object: 'a mapping of keys',
    array: 'a list',
};
/** The keys a strict object schema allows, found by walking the schema along a path. */
function allowedKeys(schema, path) {
    let s = schema;
    const unwrap = (x) => {
        let cur = x;
        for (let i = 0; i < 10 && cur?.def; i++) {
            const t = cur.def.type;
            if (t === 'optional' || t === 'default' || t === 'nullable')
                cur = cur.def.innerType;
            else
                break;
        }
        return cur;
    };
    for (const k of path) {
        const u = unwrap(s);
        if (typeof k === 'number' && u?.def?.type === 'array')
            s = u.def.element;
        else if (u?.shape && typeof k === 'string')
            s = u.shape[k];
        else if (u?.def?.type === 'union') {
            const withShape = (u.def.options ?? []).map(unwrap).find((o) => o.shape?.[k]);
            s = withShape ? withShape.shape[k] : undefined;
        }
        else
            return [];
    }
    const u = unwrap(s);
    return u?.shape ? Object.keys(u.shape) : [];
}
/** One zod issue as a message that says what is wrong and what would be right. */
function explainIssue(issue, data, schema, base = []) {
    const path = [...base, ...issue.path];
    const got = valueAt(data, path);
    const last = path[path.length - 1];
    const name = last === undefined ? 'the manifest' : typeof last === 'number' ? `item ${last + 1}` : `"${last}"`;
    const shapeCodes = ['invalid_type', 'invalid_value', 'invalid_union', 'invalid_format'];
    if (got === undefined && shapeCodes.includes(issue.code))
        return [{ path, atKey: false, message: `missing required key ${name}` }];
    switch (issue.code) {
        case 'unrecognized_keys': {
            const allowed = allowedKeys(schema, issue.path);
            return issue.keys.map((k) => ({
                path: [...path, k],
                atKey: true,
                message: `unknown key "${k}"${foreignKeyHint(k, [...path, k]) || didYouMean(k, allowed) || (allowed.length ? ` (allowed here: ${allowed.join(', ')})` : '')}`,
            }));
        }
        case 'invalid_type': {
            const expected = EXPECTED[issue.expected] ?? issue.expected;
            if (issue.expected === 'int' && typeof got === 'number')
                return [{ path, atKey: false, message: `${name} must be a whole number, got ${got}` }];
            return [{ path, atKey: false, message: `${name} must be ${expected}, got ${issues_describe(got)}` }];
        }
        case 'invalid_value': {
            if (issue.message && !issue.message.startsWith('Invalid'))
                return [{ path, atKey: false, message: `${issue.message} (got ${issues_describe(got)})` }];
            const values = issue.values.map(String);
            const hint = typeof got === 'string' ? didYouMean(got, values) : '';
            return [{ path, atKey: false, message: `${name} must be one of ${values.join(' | ')}, got ${issues_describe(got)}${hint}` }];
        }
        case 'too_small': {
            const min = Number(issue.minimum);
            if (issue.origin === 'array')
                return [{ path, atKey: false, message: `${name} must list at least ${min} item${min === 1 ? '' : 's'}` }];
            if (issue.origin === 'string')
                return [{ path, atKey: false, message: `${name} must not be empty` }];
            return [{ path, atKey: false, message: `${name} must be ${issue.inclusive ? 'at least' : 'greater than'} ${min}, got ${issues_describe(got)}` }];
        }
        case 'too_big': {
            const max = Number(issue.maximum);
            if (issue.origin === 'string')
                return [{ path, atKey: false, message: `${name} must be at most ${max} characters long` }];
            return [{ path, atKey: false, message: `${name} must be ${issue.inclusive ? 'at most' : 'less than'} ${max}, got ${issues_describe(got)}` }];
        }
        case 'invalid_format':
            return [{ path, atKey: false, message: `${name}: ${issue.message}, got ${issues_describe(got)}` }];
        case 'invalid_union': {
            if (issue.message && !issue.message.startsWith('Invalid'))
                return [{ path, atKey: false, message: `${name}: ${issue.message}, got ${issues_describe(got)}` }];
            return [{ path, atKey: false, message: `${name} has an unexpected form, got ${issues_describe(got)}` }];
        }
        default:
            return [{ path, atKey: false, message: `${name}: ${issue.message}` }];
    }
}

;// CONCATENATED MODULE: ./src/manifest/positions.ts

/**
 * Positions in a parsed YAML document by path, using the `yaml` package's node ranges and its LineCounter.
 * `at(path)` answers for the value at the path; a missing key falls back to its nearest present parent's key,
 * which is where a reader has to add it.
 */
class PositionFinder {
    doc;
    lines;
    constructor(doc, lines) {
        this.doc = doc;
        this.lines = lines;
    }
    pos(offset) {
        if (offset === undefined)
            return { line: 1, col: 1 };
        return this.lines.linePos(offset);
    }
    /** The pair (key and value) holding `key` in a map node. */
    pairIn(node, key) {
        if (!(0,dist/* isMap */.jh)(node))
            return undefined;
        for (const item of node.items) {
            if ((0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(key))
                return item;
        }
        return undefined;
    }
    walk(path) {
        let node = this.doc.contents;
        let pair;
        let parentPair;
        let depth = 0;
        for (const key of path) {
            if (typeof key === 'number' && (0,dist/* isSeq */.oP)(node)) {
                const next = node.items[key];
                if (next === undefined)
                    break;
                node = next;
                depth++;
                continue;
            }
            const p = this.pairIn(node, key);
            if (!p)
                break;
            parentPair = pair;
            pair = p;
            node = p.value;
            depth++;
        }
        return { node, pair, depth, parentPair };
    }
    /** The value at `path`; for a missing path, the key of the deepest parent that exists. */
    at(path) {
        const found = this.walk(path);
        if (found.depth === path.length) {
            const range = found.node?.range ?? found.pair?.key?.range;
            return this.pos(range?.[0]);
        }
        return this.keyOfDeepest(found);
    }
    /** The key at `path` (for "unknown key" and for annotations on a block such as `hardware:`). */
    key(path) {
        const found = this.walk(path);
        if (found.depth === path.length && found.pair && typeof path[path.length - 1] !== 'number') {
            return this.pos(found.pair.key.range?.[0]);
        }
        if (found.depth === path.length)
            return this.pos(found.node?.range?.[0]);
        return this.keyOfDeepest(found);
    }
    keyOfDeepest(found) {
        if (found.depth === 0)
            return this.pos(this.doc.contents?.range?.[0]);
        if (found.pair)
            return this.pos(found.pair.key.range?.[0]);
        return this.pos(found.node?.range?.[0]);
    }
    /** Every key path below `path` with its key position: the job's annotation anchors. */
    keyPositions(path, prefix = '') {
        const out = {};
        const { node } = this.walk(path);
        if (!(0,dist/* isMap */.jh)(node))
            return out;
        for (const item of node.items) {
            if (!(0,dist/* isPair */.tO)(item) || !(0,dist/* isScalar */.jn)(item.key))
                continue;
            const name = prefix + String(item.key.value);
            out[name] = this.pos(item.key.range?.[0]);
            if ((0,dist/* isMap */.jh)(item.value))
                Object.assign(out, this.keyPositions([...path, String(item.key.value)], name + '.'));
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/catalog/prices.ts
const SKYPILOT_AWS = 'skypilot-org/skypilot-catalog catalogs/v7/aws/vms.csv (snapshot 001367d22a00, AWS Price List API)';
const AWS_AS_OF = 'before 2025-06 (snapshot predates the June-2025 AWS P4/P5 price cut)';
const CYCLENERD = "Cyclenerd/google-cloud-pricing-cost-calculator pricing.yml (Google Cloud Billing Catalog API)";
const GCP_AS_OF = '2026-07-30';
const SKYPILOT_AZURE = 'skypilot-org/skypilot-catalog catalogs/v6/azure/vms.csv (commit 098741e70562)';
const AZURE_AS_OF = 'undated (older SkyPilot v6 snapshot)';
const SKYPILOT_LAMBDA = 'skypilot-org/skypilot-catalog catalogs/v7/lambda/vms.csv (commit 11580132cea2)';
const CLOUD_GPUS = 'cloud-gpus/cloud-gpus.github.io cloud_gpu.json (per-GPU on-demand)';
const mid = (lo, hi, gpus) => Math.round(((lo + hi) / 2 / gpus) * 10000) / 10000;
const GPU_PRICES = [
    // AWS, us-east-1.
    { provider: 'aws', gpu: 'a100-40gb', instance: 'p4d.24xlarge', region: 'us-east-1', on_demand: 4.0966, spot: mid(5.0933, 9.6107, 8), source: SKYPILOT_AWS, as_of: AWS_AS_OF },
    { provider: 'aws', gpu: 'a100-80gb', instance: 'p4de.24xlarge', region: 'us-east-1', on_demand: 5.1207, spot: mid(5.8394, 7.8074, 8), source: SKYPILOT_AWS, as_of: AWS_AS_OF },
    {
        provider: 'aws', gpu: 'h100-80gb', instance: 'p5.48xlarge', region: 'us-east-1', on_demand: 12.29, spot: mid(20.9934, 30.326, 8), source: SKYPILOT_AWS, as_of: AWS_AS_OF,
        note: "AWS cut P5 on-demand prices by 'up to 45%' in June 2025; the post-cut price is not confirmed here, so this list price may be high.",
    },
    { provider: 'aws', gpu: 'h200', instance: 'p5en.48xlarge', region: 'us-east-1', on_demand: 7.912, spot: 3.3999, source: "dstackai/dstack PR #4110 'dstack offer' output (gpuhunt catalog)", as_of: '2026-08-06' },
    { provider: 'aws', gpu: 'a10g', instance: 'g5.12xlarge', region: 'us-east-1', on_demand: 1.418, spot: mid(1.9937, 2.7324, 4), source: SKYPILOT_AWS, as_of: AWS_AS_OF },
    { provider: 'aws', gpu: 'l4', instance: 'g6.48xlarge', region: 'us-east-1', on_demand: 1.6688, spot: mid(2.9627, 4.0711, 8), source: SKYPILOT_AWS, as_of: AWS_AS_OF, note: 'g6.2xlarge (1x L4) lists $0.9776/h.' },
    { provider: 'aws', gpu: 't4', instance: 'g4dn.xlarge', region: 'us-east-1', on_demand: 0.526, spot: null, source: SKYPILOT_AWS, as_of: AWS_AS_OF },
    // Google Cloud, us-central1.
    { provider: 'gcp', gpu: 'a100-40gb', instance: 'a2-highgpu-8g', region: 'us-central1', on_demand: 3.6734, spot: 1.928, source: CYCLENERD, as_of: GCP_AS_OF },
    { provider: 'gcp', gpu: 'a100-80gb', instance: 'a2-ultragpu-8g', region: 'us-central1', on_demand: 5.0688, spot: 2.7596, source: CYCLENERD, as_of: GCP_AS_OF },
    { provider: 'gcp', gpu: 'h100-80gb', instance: 'a3-highgpu-8g', region: 'us-central1', on_demand: 11.0612, spot: 6.3262, source: CYCLENERD, as_of: GCP_AS_OF },
    { provider: 'gcp', gpu: 'l4', instance: 'g2-standard-4', region: 'us-central1', on_demand: 0.7068, spot: 0.3973, source: CYCLENERD, as_of: GCP_AS_OF },
    // Azure, eastus.
    { provider: 'azure', gpu: 'a100-40gb', instance: 'Standard_ND96asr_v4', region: 'eastus', on_demand: 3.3996, spot: null, source: SKYPILOT_AZURE, as_of: AZURE_AS_OF, note: 'The catalog spot value looks anomalously low and is not used.' },
    { provider: 'azure', gpu: 'a100-80gb', instance: 'Standard_ND96amsr_A100_v4', region: 'eastus', on_demand: 4.0963, spot: 0.4506, source: SKYPILOT_AZURE, as_of: AZURE_AS_OF },
    { provider: 'azure', gpu: 'a100-80gb-pcie', instance: 'Standard_NC24ads_A100_v4', region: 'eastus', on_demand: 3.673, spot: 0.4444, source: SKYPILOT_AZURE, as_of: AZURE_AS_OF },
    { provider: 'azure', gpu: 'h100-80gb', instance: 'Standard_ND96isr_H100_v5', region: 'eastus', on_demand: 12.29, spot: null, source: SKYPILOT_AZURE, as_of: AZURE_AS_OF },
    { provider: 'azure', gpu: 'h100-nvl', instance: 'Standard_NC40ads_H100_v5', region: 'eastus', on_demand: 6.98, spot: null, source: SKYPILOT_AZURE, as_of: AZURE_AS_OF },
    // Lambda.
    { provider: 'lambda', gpu: 'h100-80gb', instance: 'gpu_8x_h100_sxm5', region: null, on_demand: 2.99, spot: null, source: SKYPILOT_LAMBDA, as_of: 'undated (SkyPilot catalog)' },
    { provider: 'lambda', gpu: 'h100-pcie', instance: 'gpu_1x_h100_pcie', region: null, on_demand: 2.49, spot: null, source: SKYPILOT_LAMBDA, as_of: 'undated (SkyPilot catalog)' },
    { provider: 'lambda', gpu: 'a100-40gb', instance: 'gpu_8x_a100', region: null, on_demand: 1.29, spot: null, source: SKYPILOT_LAMBDA, as_of: 'undated (SkyPilot catalog)' },
    { provider: 'lambda', gpu: 'a100-80gb', instance: null, region: null, on_demand: 1.79, spot: null, source: CLOUD_GPUS, as_of: '2024-09-05' },
    { provider: 'lambda', gpu: 'rtx-a6000', instance: 'gpu_1x_a6000', region: null, on_demand: 0.8, spot: null, source: SKYPILOT_LAMBDA, as_of: 'undated (SkyPilot catalog)' },
    { provider: 'lambda', gpu: 'v100-16gb', instance: 'gpu_8x_v100', region: null, on_demand: 0.55, spot: null, source: SKYPILOT_LAMBDA, as_of: 'undated (SkyPilot catalog)' },
    // CoreWeave: per-GPU share of the 8-GPU node list price.
    ...[['h100-80gb', 6.16], ['h200', 6.31], ['b200', 10.5], ['a100-80gb', 2.7], ['l40s', 2.25]].map(([gpu, p]) => ({
        provider: 'coreweave', gpu, instance: null, region: null, on_demand: p, spot: null, source: CLOUD_GPUS, as_of: '2025-05-29',
    })),
    // RunPod (community/secure tier not stated by the source).
    ...[['h100-80gb', 1.99], ['h200', 3.59], ['b200', 6.39], ['a100-80gb', 1.19], ['mi300x', 1.99], ['rtx-4090', 0.34], ['rtx-a6000', 0.33]].map(([gpu, p]) => ({
        provider: 'runpod', gpu, instance: null, region: null, on_demand: p, spot: null, source: CLOUD_GPUS, as_of: '2025-05-29',
    })),
];
/**
 * Data-centre GPUs the sources list no price for, priced like their nearest listed sibling: the H800 is an
 * export variant of the H100 SXM (same chip, NVLink cut); the MI250X sits in the A100-80GB's class; a V100
 * 32GB rents like the 16GB card.
 */
const PRICE_PROXY = { h800: 'h100-80gb', mi250x: 'a100-80gb', 'v100-32gb': 'v100-16gb' };
const PROVIDERS = [...new Set(GPU_PRICES.map((p) => p.provider))];
/** Default region of each provider's prices above: the region whose grid intensity applies when none is set. */
const PROVIDER_DEFAULT_REGION = { aws: 'us-east-1', gcp: 'us-central1', azure: 'eastus' };
function pricesFor(gpu) {
    return GPU_PRICES.filter((p) => p.gpu === gpu);
}
function priceOf(provider, gpu) {
    return GPU_PRICES.find((p) => p.provider === provider && p.gpu === gpu);
}
/**
 * For GPUs no cloud lists (consumer and workstation cards people own), cost is the electricity the job draws:
 * US average residential retail price 2023, 16.0 cents/kWh (US EIA, Electric Power Monthly, Table 5.3).
 */
const ELECTRICITY_USD_PER_KWH = { value: 0.16, source: 'US EIA Electric Power Monthly Table 5.3, 2023 average US residential price (16.0 cents/kWh)', as_of: '2024' };

;// CONCATENATED MODULE: ./src/manifest/gpus.ts


/** `hardware.gpu: auto` (any case) means every accelerator with a cloud price that can run the job. */
const isAuto = (v) => typeof v === 'string' && v.trim().toLowerCase() === 'auto';
/** The GPU can compute in the precision (fp8 needs FP8 tensor cores, bf16 Ampere or newer) and hold the tensor degree in one node. */
function canRun(gpu, precision, tensor) {
    if (precision === 'fp8' && gpu.tflops.fp8 === null)
        return false;
    if (precision === 'bf16' && gpu.tflops.bf16 === null)
        return false;
    return tensor <= gpu.gpus_per_node;
}
/**
 * The kinds `hardware.gpu` allows, as catalog ids: the one named, the listed ones (duplicates dropped, order
 * kept), or for auto every accelerator a cloud rents out (listed in the price catalog, directly or through its
 * price proxy) that can run the job; an owned card priced by its electricity would otherwise always win.
 */
function allowedGpus(gpu, precision, tensor) {
    if (Array.isArray(gpu))
        return [...new Set(gpu.map((g) => accelerators_findAccelerator(g).id))];
    if (!isAuto(gpu))
        return [accelerators_findAccelerator(gpu).id];
    return ACCELERATORS.filter((a) => (pricesFor(a.id).length > 0 || PRICE_PROXY[a.id] !== undefined) && canRun(a, precision, tensor)).map((a) => a.id);
}

;// CONCATENATED MODULE: ./src/manifest/rules.ts





/** Architecture rules: shapes that no real transformer has. */
function architectureRules(a, at) {
    const out = [];
    const kv = a.kv_heads ?? a.attention_heads;
    if (a.attention_heads % kv !== 0) {
        const divisors = [...Array(a.attention_heads).keys()].map((i) => i + 1).filter((d) => a.attention_heads % d === 0);
        const near = divisors.sort((x, y) => Math.abs(x - kv) - Math.abs(y - kv)).slice(0, 3).sort((x, y) => x - y);
        out.push({ path: [...at, 'kv_heads'], atKey: false, message: `kv_heads (${kv}) must divide attention_heads (${a.attention_heads}); nearby divisors: ${near.join(', ')}` });
    }
    if (a.head_dim === undefined && a.hidden_size % a.attention_heads !== 0) {
        out.push({ path: [...at, 'attention_heads'], atKey: false, message: `attention_heads (${a.attention_heads}) must divide hidden_size (${a.hidden_size}), or set head_dim` });
    }
    const experts = a.experts ?? 1;
    if (a.experts_per_token !== undefined && a.experts_per_token > experts) {
        out.push({ path: [...at, 'experts_per_token'], atKey: false, message: `experts_per_token (${a.experts_per_token}) must be at most experts (${experts})` });
    }
    if (a.experts !== undefined && a.experts > 1 && a.experts_per_token === undefined) {
        out.push({ path: [...at, 'experts'], atKey: true, message: `a mixture-of-experts model needs experts_per_token too (Mixtral routes each token to 2 of 8 experts)` });
    }
    return out;
}
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const rules_posInt = (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
const rec = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {});
/**
 * Rules across keys and against the catalogs. They run even when the schema found problems elsewhere in the
 * job (so every problem is reported at once), each reading only values of the right type.
 */
function jobRules(rawJob, at) {
    const out = [];
    const job = rec(rawJob);
    const hardware = rec(job.hardware);
    const parallelism = rec(job.parallelism);
    const training = rec(job.training);
    const pricing = rec(job.pricing);
    const method = str(job.method);
    const gpuId = isAuto(hardware.gpu) ? undefined : str(hardware.gpu);
    const gpu = gpuId ? accelerators_findAccelerator(gpuId) : undefined;
    if (gpuId && !gpu) {
        out.push({ path: [...at, 'hardware', 'gpu'], atKey: false, message: `unknown accelerator "${gpuId}"${didYouMean(gpuId, ACCELERATOR_IDS) || `; known: ${ACCELERATOR_IDS.join(', ')}, or auto`}` });
    }
    // A list of kinds: each must be known and able to run the job, located at its own entry.
    const listed = Array.isArray(hardware.gpu) ? hardware.gpu : [];
    listed.forEach((g, i) => {
        const id = str(g);
        if (!id)
            return;
        const a = accelerators_findAccelerator(id);
        if (!a)
            out.push({ path: [...at, 'hardware', 'gpu', i], atKey: false, message: `unknown accelerator "${id}"${didYouMean(id, ACCELERATOR_IDS) || `; known: ${ACCELERATOR_IDS.join(', ')}`}` });
        else
            out.push(...gpuRules(a, job, at, ['hardware', 'gpu', i]));
    });
    const modelId = str(job.model);
    if (modelId && !findModel(modelId)) {
        const near = closest(modelId, MODEL_IDS, 5);
        out.push({
            path: [...at, 'model'], atKey: false,
            message: `unknown model "${modelId}"${near.length ? ` (did you mean ${near.map((x) => `"${x}"`).join(', ')}?)` : ''}; give { parameters: 7B }, { config: path/to/config.json } or { architecture: {...} } for a model outside the catalog`,
        });
    }
    const isLora = method === 'lora' || method === 'qlora';
    if (job.lora !== undefined && method && !isLora && ['pretrain', 'full'].includes(method)) {
        out.push({ path: [...at, 'lora'], atKey: true, message: `lora settings apply to method lora or qlora only, but method is ${method}: remove the lora block or change the method` });
    }
    const precision = job.precision === undefined ? 'bf16' : str(job.precision);
    if (gpu && precision === 'fp8' && gpu.tflops.fp8 === null) {
        out.push({ path: [...at, 'precision'], atKey: false, message: `fp8 needs FP8 tensor cores (Hopper, Ada, Blackwell, MI300X), which ${gpu.id} lacks: use bf16${gpu.tflops.bf16 === null ? ' or fp16' : ''}` });
    }
    if (gpu && precision === 'bf16' && gpu.tflops.bf16 === null) {
        out.push({ path: [...at, job.precision === undefined ? 'hardware' : 'precision'], atKey: job.precision === undefined, message: `${gpu.id} has no bf16 support (pre-Ampere) and bf16 is the default precision: set precision: fp16 (mixed precision with loss scaling) or fp32` });
    }
    if (method === 'qlora' && precision === 'fp8') {
        out.push({ path: [...at, 'precision'], atKey: false, message: 'qlora computes in bf16 or fp16 over its 4-bit base weights: use bf16' });
    }
    const provider = str(pricing.provider);
    if (provider && !PROVIDERS.includes(provider.toLowerCase())) {
        out.push({ path: [...at, 'pricing', 'provider'], atKey: false, message: `unknown provider "${provider}"${didYouMean(provider, PROVIDERS) || `; known: ${PROVIDERS.join(', ')}`}, or set gpu_hour_usd` });
    }
    const tp = parallelism.tensor === undefined ? 1 : rules_posInt(parallelism.tensor);
    const pp = parallelism.pipeline === undefined ? 1 : rules_posInt(parallelism.pipeline);
    const count = rules_posInt(hardware.count);
    if (count !== undefined && tp !== undefined && pp !== undefined) {
        if (count % (tp * pp) !== 0) {
            out.push({ path: [...at, 'hardware', 'count'], atKey: false, message: `count (${count}) must be a multiple of tensor x pipeline (${tp} x ${pp} = ${tp * pp})` });
        }
        else {
            const dp = count / (tp * pp);
            const micro = training.micro_batch_size === undefined ? 1 : rules_posInt(training.micro_batch_size);
            const global = rules_posInt(training.global_batch_size);
            if (global !== undefined && micro !== undefined && global % (micro * dp) !== 0) {
                out.push({
                    path: [...at, 'training', 'global_batch_size'], atKey: false,
                    message: `global_batch_size (${global}) must be a multiple of micro_batch_size x data-parallel GPUs (${micro} x ${dp} = ${micro * dp})`,
                });
            }
        }
    }
    if (gpu && tp !== undefined && tp > gpu.gpus_per_node) {
        out.push({ path: [...at, 'parallelism', 'tensor'], atKey: false, message: `tensor parallelism (${tp}) beyond one ${gpu.id} node (${gpu.gpus_per_node} GPUs) is not supported: its all-reduces need NVLink-class bandwidth` });
    }
    const ep = rules_posInt(parallelism.expert);
    if (ep !== undefined && ep > 1) {
        // Expert parallelism (Lepikhin et al. 2020, GShard): each of `ep` data-parallel ranks holds experts / ep routed experts.
        const catalog = modelId ? findModel(modelId) : undefined;
        const inline = rec(rec(job.model).architecture);
        const experts = catalog ? catalog.architecture.experts : typeof inline.experts === 'number' ? inline.experts : undefined;
        if (experts !== undefined && experts <= 1) {
            out.push({ path: [...at, 'parallelism', 'expert'], atKey: false, message: `expert parallelism (${ep}) needs a mixture-of-experts model; ${catalog?.id ?? 'this model'} is dense: remove parallelism.expert or set it to 1` });
        }
        else if (experts !== undefined && experts % ep !== 0) {
            out.push({ path: [...at, 'parallelism', 'expert'], atKey: false, message: `expert parallelism (${ep}) must divide the model's ${experts} routed experts` });
        }
        if (count !== undefined && tp !== undefined && pp !== undefined && count % (tp * pp) === 0 && (count / (tp * pp)) % ep !== 0) {
            out.push({ path: [...at, 'parallelism', 'expert'], atKey: false, message: `expert parallelism (${ep}) must divide the data-parallel GPUs (count / (tensor x pipeline) = ${count / (tp * pp)})` });
        }
    }
    const zero = typeof parallelism.zero === 'number' ? parallelism.zero : undefined;
    if (parallelism.offload === 'optimizer_and_params' && zero !== undefined && zero !== 3) {
        out.push({ path: [...at, 'parallelism', 'offload'], atKey: false, message: `offloading parameters needs ZeRO stage 3 (zero: 3); zero is ${zero}` });
    }
    if (parallelism.offload === 'optimizer' && zero === 0) {
        out.push({ path: [...at, 'parallelism', 'offload'], atKey: false, message: 'optimizer offload (ZeRO-Offload) needs ZeRO stage 1, 2 or 3; zero is 0' });
    }
    return out;
}
/** What one accelerator of a list must support: the job's precision and its tensor degree within a node. */
function gpuRules(gpu, job, at, where) {
    const precision = job.precision === undefined ? 'bf16' : str(job.precision);
    const tp = rules_posInt(rec(job.parallelism).tensor) ?? 1;
    const out = [];
    if (precision === 'fp8' && gpu.tflops.fp8 === null)
        out.push({ path: [...at, ...where], atKey: false, message: `${gpu.id} has no FP8 tensor cores and precision is fp8: remove it from the list or use bf16` });
    if (precision === 'bf16' && gpu.tflops.bf16 === null)
        out.push({ path: [...at, ...where], atKey: false, message: `${gpu.id} has no bf16 support (pre-Ampere) and precision is bf16: remove it from the list or set precision: fp16` });
    if (tp > gpu.gpus_per_node)
        out.push({ path: [...at, ...where], atKey: false, message: `tensor parallelism (${tp}) is more than one ${gpu.id} node holds (${gpu.gpus_per_node} GPUs): remove it from the list or lower parallelism.tensor` });
    return out;
}

// EXTERNAL MODULE: ./src/report/sanitize.ts
var sanitize = __nccwpck_require__(1211);
;// CONCATENATED MODULE: ./src/manifest/normalize.ts





/** An architecture as written, with the documented defaults applied. */
function architectureWithDefaults(a) {
    const experts = a.experts ?? 1;
    const out = {
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
    if (a.head_dim !== undefined)
        out.head_dim = a.head_dim;
    return out;
}
/** A job that passed the schema and the rules, with every default applied (see the manifest reference). */
function normalizeJob(raw, model, file, index, positions) {
    const isLora = raw.method === 'lora' || raw.method === 'qlora';
    const ckpt = raw.training?.gradient_checkpointing;
    const modelSpec = model.kind === 'catalog' ? { kind: 'catalog', id: findModel(model.id).id } : model;
    return {
        // Free text from the manifest and the file system, cleaned once here so no renderer can print it raw.
        file: (0,sanitize/* cleanText */.X5)(file, 1000),
        index,
        name: (0,sanitize/* cleanText */.X5)(raw.name),
        model: modelSpec,
        method: raw.method,
        precision: raw.precision ?? 'bf16',
        optimizer: raw.optimizer ?? 'adamw',
        lora: isLora ? { rank: raw.lora?.rank ?? 16, targets: raw.lora?.targets ?? 'all_linear' } : null,
        data: { tokens: parseCount(raw.data.tokens), epochs: raw.data.epochs ?? 1 },
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
        },
        pricing: {
            provider: raw.pricing?.provider?.toLowerCase() ?? null,
            market: raw.pricing?.market ?? 'on_demand',
            region: raw.pricing?.region === undefined ? null : (0,sanitize/* cleanText */.X5)(raw.pricing.region, 60),
            gpu_hour_usd: raw.pricing?.gpu_hour_usd ?? null,
        },
        efficiency: { mfu: raw.efficiency?.mfu ?? null },
        checkpoints: { keep: raw.checkpoints?.keep ?? 2 },
        plan: { objective: raw.plan?.objective ?? 'cost', deadline_hours: raw.plan?.deadline_hours ?? null, max_cost_usd: raw.plan?.max_cost_usd ?? null },
        positions,
    };
}
/** MAX_COUNT: the default of hardware.max_count, the most GPUs the planner and count auto consider. */
const DEFAULT_MAX_COUNT = 4096;
function hardwareOf(raw) {
    const g = raw.hardware.gpu;
    const gpus = allowedGpus(g, raw.precision ?? 'bf16', raw.parallelism?.tensor ?? 1);
    const gpu = Array.isArray(g) || isAuto(g) ? gpus[0] ?? 'h100-80gb' : accelerators_findAccelerator(g).id;
    return { gpu, count: raw.hardware.count ?? 'auto', gpus, gpu_choice: Array.isArray(g) ? 'list' : isAuto(g) ? 'auto' : 'one', max_count: raw.hardware.max_count ?? DEFAULT_MAX_COUNT, network_gbps: raw.hardware.network_gbps ?? null };
}

;// CONCATENATED MODULE: ./src/manifest/hf-config.ts
/**
 * Hugging Face `config.json` -> Architecture. Key names follow `transformers`' configuration classes
 * (LlamaConfig, MistralConfig, MixtralConfig, Qwen2Config, Gemma2Config, Phi3Config, GPT2Config). Where a key
 * is absent, the class's own default applies; `tie_word_embeddings` defaults to true only for Gemma
 * (Gemma2Config) and GPT-2, false for the others.
 */
const SUPPORTED_MODEL_TYPES = ['llama', 'mistral', 'mixtral', 'qwen2', 'qwen3', 'gemma', 'gemma2', 'phi3', 'gpt2'];
const TIED_BY_DEFAULT = new Set(['gemma', 'gemma2', 'gpt2']);
function num(cfg, ...keys) {
    for (const k of keys) {
        const v = cfg[k];
        if (typeof v === 'number' && Number.isFinite(v))
            return v;
    }
    return undefined;
}
function architectureFromConfig(cfg) {
    if (typeof cfg !== 'object' || cfg === null || Array.isArray(cfg))
        return { ok: false, error: 'config.json must hold a JSON object' };
    const c = cfg;
    const modelType = typeof c.model_type === 'string' ? c.model_type : 'unknown';
    if (modelType === 'gpt2') {
        const hidden = num(c, 'n_embd');
        const layers = num(c, 'n_layer');
        const heads = num(c, 'n_head');
        const vocab = num(c, 'vocab_size');
        const missing = [['n_embd', hidden], ['n_layer', layers], ['n_head', heads], ['vocab_size', vocab]].filter(([, v]) => v === undefined).map(([k]) => k);
        if (missing.length)
            return { ok: false, error: `config.json (gpt2) lacks ${missing.join(', ')}` };
        return {
            ok: true,
            model_type: modelType,
            architecture: {
                layers: layers, hidden_size: hidden, intermediate_size: num(c, 'n_inner') ?? 4 * hidden, attention_heads: heads, kv_heads: heads,
                vocab_size: vocab, tied_embeddings: c.tie_word_embeddings !== false, gated_mlp: false, experts: 1, experts_per_token: 1,
                position_embeddings: num(c, 'n_positions') ?? 1024, bias: 'all', norm: 'layer',
            },
        };
    }
    const needed = {
        num_hidden_layers: num(c, 'num_hidden_layers'),
        hidden_size: num(c, 'hidden_size'),
        intermediate_size: num(c, 'intermediate_size'),
        num_attention_heads: num(c, 'num_attention_heads'),
        vocab_size: num(c, 'vocab_size'),
    };
    const missing = Object.entries(needed).filter(([, v]) => v === undefined).map(([k]) => k);
    if (missing.length) {
        return { ok: false, error: `config.json lacks ${missing.join(', ')} (model_type "${modelType}"; supported: ${SUPPORTED_MODEL_TYPES.join(', ')})` };
    }
    const heads = needed.num_attention_heads;
    const experts = num(c, 'num_local_experts', 'num_experts') ?? 1;
    const arch = {
        layers: needed.num_hidden_layers,
        hidden_size: needed.hidden_size,
        intermediate_size: experts > 1 ? num(c, 'moe_intermediate_size') ?? needed.intermediate_size : needed.intermediate_size,
        attention_heads: heads,
        kv_heads: num(c, 'num_key_value_heads') ?? heads,
        vocab_size: needed.vocab_size,
        tied_embeddings: typeof c.tie_word_embeddings === 'boolean' ? c.tie_word_embeddings : TIED_BY_DEFAULT.has(modelType),
        gated_mlp: true,
        experts,
        experts_per_token: experts > 1 ? num(c, 'num_experts_per_tok') ?? 2 : 1,
    };
    const headDim = num(c, 'head_dim');
    if (headDim !== undefined && headDim * heads !== arch.hidden_size)
        arch.head_dim = headDim;
    if (modelType === 'qwen2')
        arch.bias = 'qkv';
    if (modelType === 'gemma2')
        arch.norms_per_layer = 4;
    return { ok: true, architecture: arch, model_type: modelType };
}

;// CONCATENATED MODULE: ./src/manifest/problems.ts

/** `file:line:col: message`, the form editors and CI logs turn into links. */
function formatProblem(p) {
    return cleanProblem(p).text;
}
/** A problem with its file name and message cleaned for output (they quote what the manifest wrote). */
function cleanProblem(p) {
    const file = (0,sanitize/* cleanText */.X5)(p.file, 1000);
    const message = (0,sanitize/* cleanText */.X5)(p.message, 2000);
    return { ...p, file, message, text: `${file}:${p.line}:${p.col}: ${message}` };
}
/** Problems in file, line, column order, each once. */
function sortProblems(problems) {
    const seen = new Set();
    return [...problems]
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message))
        .filter((p) => {
        const k = formatProblem(p);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/manifest/load.ts












/** Manifests and config.json files larger than this are refused unread: no real one comes close. */
const MAX_FILE_BYTES = 1024 * 1024;
/** Alias expansions allowed per document (the `yaml` package's guard against "billion laughs" documents). */
const MAX_ALIAS_COUNT = 100;
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));
/** Parses and validates one manifest's text: every problem at once, or the normalized jobs. */
function parseManifest(text, opts) {
    const problems = [];
    const report = (line, col, message) => problems.push({ file: opts.file, line, col, message });
    if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES) {
        report(1, 1, `manifest is larger than 1 MiB (${Buffer.byteLength(text, 'utf8')} bytes); a training-job manifest is a few hundred bytes`);
        return { jobs: [], problems };
    }
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2' });
    for (const e of doc.errors) {
        const p = lines.linePos(e.pos[0]);
        const msg = e.code === 'DUPLICATE_KEY' ? 'duplicate key: each key may appear once in a mapping'
            : e.code === 'MULTIPLE_DOCS' ? 'a manifest holds one YAML document (no second "---"): list several jobs under jobs: instead'
                : `YAML syntax error: ${e.message.split('\n')[0]}`;
        report(p.line, p.col, msg);
    }
    (0,dist/* visit */.YR)(doc, (_key, node) => {
        if ((0,dist/* isNode */.Ll)(node) && node.tag && !CORE_TAGS.has(node.tag)) {
            const p = lines.linePos(node.range?.[0] ?? 0);
            const written = node.tag.startsWith('tag:yaml.org,2002:') ? `!!${node.tag.slice(18)}` : node.tag;
            report(p.line, p.col, `custom YAML tag "${written}" is not allowed: manifests hold plain data (strings, numbers, booleans, lists, mappings)`);
        }
    });
    for (const w of doc.warnings) {
        if (w.code === 'TAG_RESOLVE_FAILED')
            continue; // reported above as a custom tag
        const p = lines.linePos(w.pos[0]);
        report(p.line, p.col, `YAML: ${w.message.split('\n')[0]}`);
    }
    if (problems.length)
        return { jobs: [], problems };
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        report(1, 1, /alias/i.test(msg) ? `too many YAML aliases (more than ${MAX_ALIAS_COUNT} expansions): write the values out` : `YAML: ${msg}`);
        return { jobs: [], problems };
    }
    const finder = new PositionFinder(doc, lines);
    const put = (loc) => {
        const p = loc.atKey ? finder.key(loc.path) : finder.at(loc.path);
        report(p.line, p.col, loc.message);
    };
    if (data === null || data === undefined) {
        report(1, 1, 'the manifest is empty: expected a job with name, model, method, data and hardware (see schema/training-job.schema.json)');
        return { jobs: [], problems };
    }
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        report(1, 1, 'a manifest must be a mapping of keys (name: ..., model: ...), or jobs: followed by a list of jobs');
        return { jobs: [], problems };
    }
    const bases = [];
    const obj = data;
    if ('jobs' in obj) {
        for (const k of Object.keys(obj)) {
            if (k !== 'jobs' && k !== 'version')
                put({ path: [k], atKey: true, message: `unknown key "${k}" beside jobs: a file with jobs: holds only version and jobs; put job settings inside each job` });
        }
        if (obj.version !== undefined && obj.version !== 1)
            put({ path: ['version'], atKey: false, message: `unsupported manifest version ${JSON.stringify(obj.version)}: this Train Budget reads version 1` });
        if (!Array.isArray(obj.jobs) || obj.jobs.length === 0) {
            put({ path: ['jobs'], atKey: false, message: 'jobs must be a non-empty list of jobs' });
        }
        else {
            obj.jobs.forEach((_, i) => bases.push(['jobs', i]));
        }
    }
    else {
        bases.push([]);
    }
    const jobs = [];
    for (const base of bases) {
        const raw = valueAt(data, base);
        const before = problems.length;
        const checked = jobSchemaModelDeferred.safeParse(raw);
        if (!checked.success) {
            for (const issue of checked.error.issues) {
                for (const loc of explainIssue(issue, data, jobSchema, base))
                    put(loc);
            }
        }
        const model = checkModel(raw?.model, [...base, 'model'], data, opts, put);
        for (const loc of jobRules(raw, base))
            put(loc);
        if (problems.length === before && checked.success && model) {
            const index = base.length ? base[1] : null;
            jobs.push(normalizeJob(checked.data, model, opts.file, index, finder.keyPositions(base)));
        }
    }
    return problems.length ? { jobs: [], problems: sortProblems(problems) } : { jobs, problems };
}
/** The model key, checked by its form so each form gets its own precise messages. */
function checkModel(model, at, data, opts, put) {
    if (model === undefined)
        return null; // "missing required key" comes from the job schema
    const run = (schema) => {
        const r = schema.safeParse(model);
        if (!r.success)
            for (const issue of r.error.issues)
                for (const loc of explainIssue(issue, data, schema, at))
                    put(loc);
        return r.success;
    };
    if (typeof model === 'string')
        return run(modelCatalogId) ? { kind: 'catalog', id: model } : null;
    if (model === null || typeof model !== 'object' || Array.isArray(model)) {
        put({ path: at, atKey: false, message: 'model must be a catalog id (llama-3.1-8b) or a mapping with one of parameters, config or architecture' });
        return null;
    }
    const keys = Object.keys(model);
    const forms = ['parameters', 'config', 'architecture'];
    const chosen = keys.filter((k) => forms.includes(k));
    if (chosen.length !== 1) {
        if (chosen.length > 1) {
            put({ path: at, atKey: false, message: `model takes one of parameters, config or architecture, not ${chosen.join(' and ')}` });
        }
        else {
            for (const k of keys)
                put({ path: [...at, k], atKey: true, message: `unknown key "${k}" in model${didYouMean(k, forms) || ''}: use parameters, config or architecture` });
            if (!keys.length)
                put({ path: at, atKey: false, message: 'model is empty: give a catalog id or one of parameters, config or architecture' });
        }
        return null;
    }
    const m = model;
    if (chosen[0] === 'parameters') {
        return run(modelParameters) ? { kind: 'parameters', parameters: parseCount(m.parameters) } : null;
    }
    if (chosen[0] === 'architecture') {
        if (!run(modelArchitecture))
            return null;
        const arch = (modelArchitecture.parse(model)).architecture;
        const bad = architectureRules(arch, [...at, 'architecture']);
        bad.forEach(put);
        return bad.length ? null : { kind: 'architecture', architecture: architectureWithDefaults(arch), from: 'manifest' };
    }
    if (!run(modelConfig))
        return null;
    const rel = m.config;
    const where = [...at, 'config'];
    if (external_node_path_namespaceObject.posix.isAbsolute(rel) || /^[a-zA-Z]:[\\/]/.test(rel) || rel.includes('\\')) {
        put({ path: where, atKey: false, message: `config path "${rel}" must be relative to the manifest, with / separators (e.g. models/config.json)` });
        return null;
    }
    const repoRel = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.dirname(opts.repoPath), rel));
    if (repoRel === '..' || repoRel.startsWith('../')) {
        put({ path: where, atKey: false, message: `config path "${rel}" leaves the repository: it must point at a file inside it` });
        return null;
    }
    const read = opts.readRepoFile(repoRel);
    if (!read.ok) {
        put({ path: where, atKey: false, message: `config "${rel}": ${read.error}` });
        return null;
    }
    let json;
    try {
        json = JSON.parse(read.text.replace(/^\uFEFF/, '')); // a byte-order mark, as Windows editors write it, is no error
    }
    catch (e) {
        put({ path: where, atKey: false, message: `config "${rel}" is not valid JSON: ${e.message}` });
        return null;
    }
    const arch = architectureFromConfig(json);
    if (!arch.ok) {
        put({ path: where, atKey: false, message: `config "${rel}": ${arch.error}` });
        return null;
    }
    const bad = architectureRules(arch.architecture, where).map((l) => ({ ...l, path: where, message: `config "${rel}": ${l.message}` }));
    bad.forEach(put);
    return bad.length ? null : { kind: 'architecture', architecture: arch.architecture, from: 'config', config_path: (0,sanitize/* cleanText */.X5)(repoRel, 1000), model_type: (0,sanitize/* cleanText */.X5)(arch.model_type, 60) };
}

;// CONCATENATED MODULE: ./src/manifest/files.ts




/** Folders never searched for manifests. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage']);
const MANIFEST_SUFFIXES = ['.train.yaml', '.train.yml'];
const isManifestName = (name) => MANIFEST_SUFFIXES.some((s) => name.toLowerCase().endsWith(s));
/**
 * Reads a repository file by repository-relative path, refusing anything that resolves (through `..` or a
 * symbolic link) outside the root, anything that is not a regular file, and anything over 1 MiB; file-system
 * errors come back as messages ("cannot read: permission denied"). See src/fs/contain.ts.
 */
function repoFileReader(root) {
    const folder = realFolder(root);
    return (repoRel) => {
        if (!folder.ok)
            return { ok: false, error: `cannot read the repository root: ${folder.error}` };
        const r = readContained(folder.real, repoRel, MAX_FILE_BYTES);
        if (r.ok)
            return { ok: true, text: r.text };
        return { ok: false, error: r.error === 'no such file or folder' ? 'no such file in the repository' : r.error };
    };
}
function toPosix(p) {
    return p.split(external_node_path_namespaceObject.sep).join('/');
}
/** Reads and validates one manifest, given by its path relative to `root` (as `discoverManifests` returns). */
function loadManifestFile(root, repoRel) {
    const read = repoFileReader(root);
    const r = read(repoRel);
    if (!r.ok)
        return { jobs: [], problems: [{ file: repoRel, line: 1, col: 1, message: `manifest ${r.error}` }] };
    return parseManifest(r.text, { file: repoRel, repoPath: repoRel, readRepoFile: read });
}
/** Glob to RegExp over POSIX relative paths: `**` any folders, `*` and `?` within one name, `{a,b}` either. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                const slash = glob[i + 2] === '/';
                re += slash ? '(?:.*/)?' : '.*';
                i += slash ? 2 : 1;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '{') {
            const end = glob.indexOf('}', i);
            if (end < 0)
                re += '\\{';
            else {
                re += '(?:' + glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
                i = end;
            }
        }
        else
            re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}
/** Entries a search may visit: a bound on the work one pattern can cause (a real repository has far fewer). */
const MAX_WALK_ENTRIES = 200_000;
/** Collects the files below `dir` (symbolic links are not followed); unreadable folders become problems. */
function walk(dir, out, problems, realRoot, budget) {
    let entries;
    try {
        entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
    }
    catch (e) {
        problems.push({ file: toPosix((0,external_node_path_namespaceObject.relative)(realRoot, dir)) || '.', line: 1, col: 1, message: `cannot read folder: ${fsErrorText(e)}` });
        return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        if (--budget.left < 0)
            return;
        if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name))
                walk((0,external_node_path_namespaceObject.join)(dir, e.name), out, problems, realRoot, budget);
        }
        else if (e.isFile())
            out.push((0,external_node_path_namespaceObject.join)(dir, e.name));
    }
}
/**
 * Expands paths, folders (every *.train.yaml / *.train.yml below them) and globs relative to `root` into
 * manifest files. Anything outside the root is refused; a pattern that matches nothing is a problem.
 */
function discoverManifests(patterns, root) {
    const found = new Set();
    const problems = [];
    const unmatched = [];
    const folder = realFolder(root);
    if (!folder.ok)
        return { files: [], problems: [{ file: root, line: 1, col: 1, message: `repository root ${folder.error === 'is a file, not a folder' ? 'is a file, not a folder' : `cannot be read: ${folder.error}`}` }], unmatched: [] };
    const realRoot = folder.real;
    const budget = { left: MAX_WALK_ENTRIES };
    const add = (abs, from) => {
        let real;
        try {
            real = (0,external_node_fs_namespaceObject.realpathSync)(abs);
        }
        catch {
            return;
        }
        if (!isInside(realRoot, real)) {
            problems.push({ file: from, line: 1, col: 1, message: `"${from}" is outside the repository root ${root}: refused` });
            return;
        }
        found.add(toPosix((0,external_node_path_namespaceObject.relative)(realRoot, real)));
    };
    for (const pattern of patterns) {
        const abs = (0,external_node_path_namespaceObject.resolve)(root, pattern);
        const isGlob = /[*?{]/.test(pattern);
        if (!isGlob && !isInside((0,external_node_path_namespaceObject.resolve)(root), abs)) {
            problems.push({ file: pattern, line: 1, col: 1, message: `"${pattern}" is outside the repository root ${root}: refused` });
            continue;
        }
        let st;
        try {
            st = (0,external_node_fs_namespaceObject.statSync)(abs);
        }
        catch (e) {
            const text = fsErrorText(e);
            if (text !== 'no such file or folder' && !isGlob) {
                problems.push({ file: pattern, line: 1, col: 1, message: `cannot read "${pattern}": ${text}` });
                continue;
            }
            st = undefined;
        }
        if (st?.isFile()) {
            add(abs, pattern);
            continue;
        }
        if (st?.isDirectory()) {
            const dir = containedPath(realRoot, abs);
            if (!dir.ok) {
                problems.push({ file: pattern, line: 1, col: 1, message: `"${pattern}" ${dir.error}` });
                continue;
            }
            const files = [];
            walk(dir.real, files, problems, realRoot, budget);
            const before = found.size;
            files.filter((f) => isManifestName(f)).forEach((f) => add(f, pattern));
            if (found.size === before)
                unmatched.push(pattern);
            continue;
        }
        if (st) {
            problems.push({ file: pattern, line: 1, col: 1, message: `"${pattern}" is not a regular file or folder (a FIFO, socket or device): refused` });
            continue;
        }
        if (!isGlob) {
            problems.push({ file: pattern, line: 1, col: 1, message: `no such file or folder: "${pattern}"` });
            continue;
        }
        const normalized = toPosix(pattern).replace(/^\.\//, '');
        // A ".." anywhere in a glob would let the search walk out of the root (jobs/../../**): refused outright.
        if ((0,external_node_path_namespaceObject.isAbsolute)(pattern) || normalized.split('/').includes('..')) {
            problems.push({ file: pattern, line: 1, col: 1, message: `glob "${pattern}" must be relative to the repository root and stay inside it (no .. segments)` });
            continue;
        }
        const staticPrefix = normalized.split('/').filter((_, i, parts) => !parts.slice(0, i + 1).some((p) => /[*?{]/.test(p))).join('/');
        const re = globToRegExp(normalized);
        const files = [];
        const start = containedPath(realRoot, staticPrefix || '.');
        if (start.ok)
            walk(start.real, files, problems, realRoot, budget);
        const matched = files.filter((f) => re.test(toPosix((0,external_node_path_namespaceObject.relative)(realRoot, f))));
        matched.forEach((f) => add(f, pattern));
        if (!matched.length)
            unmatched.push(pattern);
    }
    if (budget.left < 0)
        problems.push({ file: root, line: 1, col: 1, message: `the search stopped after ${MAX_WALK_ENTRIES} files and folders: name the manifests' folders instead of the whole tree` });
    return { files: [...found].sort(), problems, unmatched };
}

;// CONCATENATED MODULE: ./src/manifest/load-all.ts


/** Finds every manifest the paths or globs name under `root` and validates each: what the CLI and the action both do. */
function loadManifests(patterns, root) {
    const found = discoverManifests(patterns, root);
    const problems = [...found.problems];
    const jobs = [];
    for (const f of found.files) {
        const r = loadManifestFile(root, f);
        jobs.push(...r.jobs);
        problems.push(...r.problems);
    }
    // Problems quote manifest text and file names: cleaned once here for every command and the action.
    const clean = sortProblems(problems).map((p) => {
        const c = cleanProblem(p);
        return { file: c.file, line: c.line, col: c.col, message: c.message };
    });
    return { files: found.files, jobs, problems: clean, unmatched: found.unmatched };
}

;// CONCATENATED MODULE: ./src/cli/load-for-cli.ts


/** loadManifests, where a path that matches nothing is a problem: the user named it on the command line. */
function loadForCli(paths, root) {
    const loaded = loadManifests(paths, root);
    const unmatched = loaded.unmatched.map((u) => ({ file: u, line: 1, col: 1, message: `no *.train.yaml or *.train.yml manifests match "${u}"` }));
    return { ...loaded, problems: sortProblems([...loaded.problems, ...unmatched]) };
}

;// CONCATENATED MODULE: ./src/budget/compare.ts
const key = (j) => `${j.file}\u0000${j.name}`;
/** What a job adds to the total: nothing when it does not fit (it cannot run). */
const cost = (j) => (j.memory.fits ? j.cost_usd.expected : 0);
/** Same estimate: a touched manifest whose job comes out the same (a comment edited, say) is unchanged. */
const same = (a, b) => Math.abs(a.cost_usd.expected - b.cost_usd.expected) < 0.005 && a.compute.gpu_hours.expected === b.compute.gpu_hours.expected &&
    a.memory.per_gpu_bytes.total === b.memory.per_gpu_bytes.total && a.hardware.gpu === b.hardware.gpu && a.hardware.count === b.hardware.count;
/**
 * Matches jobs by file and name. `touched` lists the files the pull request changes: a job in an untouched file
 * is unchanged by definition, whatever the estimator says.
 */
function compareReports(base, head, touched, notes = []) {
    const before = new Map(base.map((j) => [key(j), j]));
    const jobs = [];
    for (const after of head.jobs) {
        const b = before.get(key(after)) ?? null;
        before.delete(key(after));
        const status = !touched.has(after.file) ? 'unchanged' : b === null ? 'added' : same(after, b) ? 'unchanged' : 'changed';
        jobs.push({ name: after.name, file: after.file, status, before: b, after, cost_delta_usd: cost(after) - (b ? cost(b) : 0) });
    }
    for (const b of before.values()) {
        jobs.push({ name: b.name, file: b.file, status: 'removed', before: b, after: null, cost_delta_usd: -cost(b) });
    }
    // As in the report's totals, a job that does not fit adds no cost.
    const beforeCost = base.reduce((s, j) => s + cost(j), 0);
    const afterCost = head.totals.cost_usd.expected;
    return {
        jobs, before_cost_usd: beforeCost, after_cost_usd: afterCost, delta_usd: afterCost - beforeCost,
        delta_percent: beforeCost > 0 ? ((afterCost - beforeCost) / beforeCost) * 100 : null, notes,
    };
}
/** Limits on the change: a cost increase above max_cost_increase_usd or max_cost_increase_percent. */
function changeViolations(c, limits) {
    const out = [];
    if (limits.max_cost_increase_usd !== undefined && c.delta_usd > limits.max_cost_increase_usd) {
        out.push({ limit: 'max_cost_increase_usd', max: limits.max_cost_increase_usd, actual: c.delta_usd });
    }
    if (limits.max_cost_increase_percent !== undefined && c.delta_percent !== null && c.delta_percent > limits.max_cost_increase_percent) {
        out.push({ limit: 'max_cost_increase_percent', max: limits.max_cost_increase_percent, actual: c.delta_percent });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/budget/limits.ts
/** The limits in the order reports list them, with the flag / input name users set them by. */
const JOB_LIMITS = ['max_cost_usd', 'max_gpu_hours', 'max_gpus', 'max_hours', 'max_co2_kg'];
/** `max_cost_usd` -> `max-cost-usd`: the spelling of CLI flags and action inputs. */
const flagName = (limit) => limit.replace(/_/g, '-');

;// CONCATENATED MODULE: ./src/budget/scope.ts
const GATE_MODES = ['changed', 'all'];
function gateScope(report, comparison, mode = 'changed') {
    let gated = () => true;
    if (comparison && mode === 'changed') {
        const key = (j) => `${j.file}\u0000${j.name}`;
        const touched = new Set(comparison.jobs.filter((c) => c.status === 'added' || c.status === 'changed').map(key));
        gated = (j) => touched.has(key(j));
    }
    const failing = [];
    const present = [];
    for (const j of report.jobs) {
        for (const v of j.violations)
            (gated(j) ? failing : present).push({ job: j, violation: v });
    }
    for (const v of report.violations)
        failing.push({ job: null, violation: v });
    return { gated, failing, present };
}

;// CONCATENATED MODULE: ./src/budget/verdict.ts
const sum = (xs) => ({
    low: xs.reduce((s, x) => s + x.low, 0),
    expected: xs.reduce((s, x) => s + x.expected, 0),
    high: xs.reduce((s, x) => s + x.high, 0),
});
/** What a job breaks: it does not fit in GPU memory (always), or goes over a per-job limit (expected values). */
function jobViolations(e, limits) {
    const out = [];
    if (!e.memory.fits)
        out.push({ limit: 'gpu_memory_bytes', max: e.memory.gpu_capacity_bytes, actual: e.memory.per_gpu_bytes.total });
    const check = (limit, actual) => {
        const max = limits[limit];
        if (max !== undefined && actual > max)
            out.push({ limit, max, actual });
    };
    check('max_cost_usd', e.cost_usd.expected);
    check('max_gpu_hours', e.compute.gpu_hours.expected);
    check('max_gpus', e.hardware.count);
    check('max_hours', e.compute.wall_clock_hours.expected);
    check('max_co2_kg', e.co2_kg);
    return out;
}
/** Applies the limits: fills each job's violations, totals, and whether anything is over budget. */
function buildReport(estimates, limits) {
    const jobs = estimates.map((e) => ({ ...e, violations: jobViolations(e, limits) }));
    // A job that does not fit cannot run: it has no cost to add up, and the reports say it is left out.
    const runs = jobs.filter((j) => j.memory.fits);
    const totals = {
        gpu_hours: sum(runs.map((j) => j.compute.gpu_hours)),
        cost_usd: sum(runs.map((j) => j.cost_usd)),
        energy_kwh: runs.reduce((s, j) => s + j.energy_kwh, 0),
        co2_kg: runs.reduce((s, j) => s + j.co2_kg, 0),
    };
    const violations = [];
    if (limits.max_total_cost_usd !== undefined && totals.cost_usd.expected > limits.max_total_cost_usd) {
        violations.push({ limit: 'max_total_cost_usd', max: limits.max_total_cost_usd, actual: totals.cost_usd.expected });
    }
    return { schema_version: 1, jobs, totals, violations, over_budget: violations.length > 0 || jobs.some((j) => j.violations.length > 0) };
}
function violationCount(r) {
    return r.violations.length + r.jobs.reduce((s, j) => s + j.violations.length, 0);
}

;// CONCATENATED MODULE: ./src/estimate/efficiency.ts
/**
 * How long one training step takes on one GPU, as a sum of named terms (docs/methodology.md):
 *
 *   step = compute + exposed data-parallel + exposed tensor-parallel + exposed offload + pipeline bubble
 *
 * 1. Compute. Matrix multiplies run at a sustained share of dense peak (E_TRAIN x the accelerator family's
 *    measured matmul ceiling, MATMUL_CEILING); in fp8 only the linear layers' matmuls run at the fp8 rate, the
 *    attention core at 16 bits. Everything else (norms, activations, softmax, RoPE, the optimizer step) is bound
 *    by memory bandwidth: K·h bytes per token and layer (plus the s x s score matrix without FlashAttention),
 *    so a GPU with more FLOPs per byte (H100: 295, A100: 153) spends a larger share of its time there. A linear
 *    layer also has to read its weights every pass: with few tokens per micro-batch that read, not the
 *    arithmetic, sets its time (the roofline, Williams et al. 2009), so each linear pass takes
 *    max(FLOPs / sustained rate, weight bytes / bandwidth).
 * 2. Data-parallel communication (ZeRO/FSDP). ZeRO-3 gathers the weights twice and reduce-scatters the gradients
 *    every micro-batch; stages 0-2 all-reduce the gradients once per optimizer step. DP_OVERLAP of it hides
 *    behind compute when both run; what does not fit behind compute is exposed.
 * 3. Tensor-parallel all-reduces (4 per layer, Shoeybi et al. 2019), on the critical path.
 * 4. CPU offload (ZeRO-Offload, Ren et al. 2021): gradients cross PCIe to the host, the optimizer steps on the
 *    CPU, the updated 16-bit weights come back; with parameter offload the weights also cross PCIe for every
 *    forward and backward pass.
 * 5. The pipeline bubble: (p - 1) / v idle micro-batch slots per step for p stages and v chunks per GPU
 *    (Narayanan et al. 2021, §2.2.2).
 *
 * Summing the terms (rather than multiplying efficiency ratios) means a setting that adds work or traffic
 * never makes a step shorter, and utilisation is hardware FLOPs over peak x step time, never above 1.
 *
 * The constants E_TRAIN, K_BYTES_PER_WIDTH, DP_OVERLAP and TP_EXPOSED were set on the published runs, all at
 * once and none per record: `npm run calibrate -- --search` reruns that search (calibration/search.ts).
 */
const E_TRAIN = 0.66;
/**
 * Bytes of memory-bound traffic per token, per layer and per unit of width (norms, activations, residuals,
 * RoPE, the optimizer step and launch gaps folded in): fitted on the published runs.
 */
const K_BYTES_PER_WIDTH = 600;
/**
 * The matmul ceiling of each accelerator family relative to the NVIDIA data-centre parts the calibration runs
 * on (A100, H100), from "Maximum Achievable Matmul FLOPS" (stas00/ml-engineering, compute/accelerator/README.md,
 * bf16, mamf-finder.py): A100 SXM 85.9%, A100 PCIe 82.2%, H100 SXM 80.1% (H100/H200 80.3% in a later run),
 * GH200 83.0%, B200 77.6%, MI250X 76.7% (one GCD), MI300X 60.1% of their dense peaks.
 * - NVIDIA data-centre parts: 1. Their measured ceilings lie within 78-86%, and the calibration records do not
 *   support a separate H100 discount (the memory-bandwidth term already gives H100 its lower MFU: applying
 *   80.1/85.9 on top raises the calibration's median error from 5.7% to 6.2%).
 * - AMD: MI300X 60.1 / 83 = 0.72 and MI250X 76.7 / 83 = 0.92 of the NVIDIA parts' ~83% (no AMD run is in the
 *   calibration set: measured ceilings, not measured training runs).
 * - GeForce and RTX workstation cards: CONSUMER_CEILING, set on torchtune's single-GPU fine-tunes
 *   (calibration/published-finetune.json): their boost clocks run above the clock their rating uses, and they
 *   sustain about their rated tensor peak.
 */
function matmulCeiling(gpu) {
    if (gpu.class !== 'datacenter')
        return { share: CONSUMER_CEILING, measured: false };
    if (gpu.generation === 'cdna3')
        return { share: 0.72, measured: true };
    if (gpu.generation === 'cdna2')
        return { share: 0.92, measured: true };
    return { share: 1, measured: ['ampere', 'hopper', 'blackwell'].includes(gpu.generation) };
}
/**
 * fp8 matmuls reach a smaller share of their (doubled) peak than bf16 ones: H200 73.4% in fp8 against 80.3% in
 * bf16 (ml-engineering, "Maximum Achievable Matmul FLOPS", H200 vs B200 comparison): 0.914 of the bf16 share.
 */
const FP8_MATMUL_SHARE = 0.734 / 0.803;
/**
 * Transformer Engine casts every GEMM input to fp8 (reads 16 bits, writes 8) in the forward and backward passes:
 * per token and layer the inputs of QKV, the output projection, the MLP's up and down projections and their
 * gradients, ~2 x (3h + ffn) elements x 3 bytes.
 */
const FP8_CAST_BYTES = 3;
/** GeForce/RTX cards relative to the data-centre parts (see matmulCeiling): near their rated peak, 1 / 0.83. */
const CONSUMER_CEILING = 1.2;
/**
 * Without FlashAttention the s x s score matrix is written, softmaxed, masked and read back: ~14 passes of
 * 2 bytes per head and key position (7 forward, 7 backward; Dao et al. 2022, §2.2), per token and layer.
 */
const ATTENTION_MATRIX_BYTES = 28;
/**
 * Without sequence parallelism every tensor-parallel rank repeats the norms, dropouts and residual adds on the
 * full width: 10 of the 34 s·b·h activation bytes of a layer (Korthikanti et al. 2022, eq. 2: 10 + 24/t).
 */
const REPLICATED_SHARE = 10 / 34;
/** Share of data-parallel communication hidden behind compute when both run (prefetch, bucketing): set in the calibration search. */
const DP_OVERLAP = 0.95;
/** Share of tensor-parallel communication left exposed, its all-reduces sitting between dependent matmuls: set in the calibration search. */
const TP_EXPOSED = 1;
/**
 * QLoRA dequantises its 4-bit weights on every use: torchtune measured 2,413 vs 3,083 tokens/s for QLoRA vs
 * LoRA of Llama 3.1 8B on one RTX 4090 (0.78), applied as extra compute time (1 / 0.78).
 */
const QLORA_FACTOR = 0.78;
/**
 * Collectives reach ~80% of the links' line rate (NCCL's own nccl-tests report bus bandwidths of 80-90% of
 * NVLink and InfiniBand peaks); host-to-device copies reach a similar share of PCIe's rate.
 */
const COLLECTIVE_EFFICIENCY = 0.8;
/**
 * Pipelines run Megatron-LM's interleaved 1F1B schedule with 2 model chunks per GPU (the chunk count is our
 * assumption; the papers do not publish theirs), which divides the bubble by the chunk count: (p - 1) / (v·m)
 * (Narayanan et al. 2021, §2.2.2; used for Llama 3, Llama Team 2024 §3.3.2).
 */
const VIRTUAL_STAGES = 2;
/**
 * Host link per GPU, GB/s one direction, by the PCIe generation of the family (PCI-SIG: x16 Gen3 15.75,
 * Gen4 31.5, Gen5 63 GB/s): V100/T4 Gen3, A100/Ada/MI250X Gen4, H100/H200/B200/MI300X Gen5.
 */
const PCIE_GBPS = { volta: 15.75, turing: 15.75, ampere: 31.5, ada: 31.5, cdna2: 31.5, hopper: 63, blackwell: 63, cdna3: 63 };
/**
 * The CPU optimizer step streams, per parameter, the fp32 master weight, both Adam moments (read and written:
 * 24 bytes), the fp32 gradient (4) and writes the 16-bit weight (2): ~30 bytes, bound by host memory
 * bandwidth (DeepSpeed's CPU-Adam is vectorised, Ren et al. 2021 §5.1). One socket of 8-channel DDR4-3200
 * peaks at 204.8 GB/s; 100 GB/s per node sustained is an allowance of ours, not a measurement.
 */
const CPU_OPTIMIZER_BYTES_PER_PARAM = 30;
const HOST_MEMORY_GBPS = 100;
/**
 * The highest share of dense peak any step can reach on this GPU (its matmuls at their sustained share, before
 * any memory-bound, communication or bubble time): a floor under time that the planner prunes with.
 */
function maxKernelShare(gpu) {
    return active.e_train * matmulCeiling(gpu).share;
}
const CALIBRATED = Object.freeze({ e_train: E_TRAIN, k_bytes_per_width: K_BYTES_PER_WIDTH, dp_overlap: DP_OVERLAP, tp_exposed: TP_EXPOSED });
let active = CALIBRATED;
/**
 * Runs `fn` with other constants: for the calibration search only (the estimator itself always uses CALIBRATED).
 * Restores the calibrated constants afterwards, even on error.
 */
function withTimeConstants(c, fn) {
    const before = active;
    active = c;
    try {
        return fn();
    }
    finally {
        active = before;
    }
}
function peakTflops(gpu, precision) {
    if (precision === 'fp32')
        return { tflops: gpu.tflops.fp32, used: 'fp32' };
    if (precision === 'fp8' && gpu.tflops.fp8 !== null)
        return { tflops: gpu.tflops.fp8, used: 'fp8' };
    if (precision === 'bf16' && gpu.tflops.bf16 !== null)
        return { tflops: gpu.tflops.bf16, used: 'bf16' };
    return { tflops: gpu.tflops.fp16, used: 'fp16' };
}
/** Network between nodes, GB/s per GPU one direction: the manifest's `hardware.network_gbps` (Gb/s) or the catalog's. */
function interNodeGBps(gpu, networkGbps) {
    return networkGbps !== null && networkGbps !== undefined ? networkGbps / 8 : gpu.inter_node_gbps;
}
function efficiency(x) {
    const peak = peakTflops(x.gpu, x.precision).tflops * 1e12;
    // fp8 (Transformer Engine) runs the linear layers' matmuls at the fp8 rate; attention stays at 16 bits.
    const peak16 = x.precision === 'fp8' ? peakTflops(x.gpu, 'bf16').tflops * 1e12 : peak;
    const bandwidth = x.gpu.memory_bandwidth_tbps * 1e12;
    const t = x.tensor;
    const p = x.pipeline;
    const { e_train, k_bytes_per_width, dp_overlap, tp_exposed } = active;
    const eMM = e_train * matmulCeiling(x.gpu).share;
    const tokensPerMicro = x.micro_batch_size * x.sequence_length;
    const modelShards = t * p;
    // --- compute, per micro-batch on one GPU ---
    const attentionFlops = Math.min(x.attention_flops_per_token ?? 0, x.hardware_flops_per_token);
    const linearFlops = x.hardware_flops_per_token - attentionFlops;
    const linearArithmetic = (linearFlops * tokensPerMicro) / modelShards / (peak * eMM * (x.precision === 'fp8' ? FP8_MATMUL_SHARE : 1));
    // Weights read per micro-batch: forward and the backward's input gradient, the weight gradient for trained
    // weights, once more under full recomputation; 16-bit (QLoRA: 4-bit NF4).
    const isLora = x.method === 'lora' || x.method === 'qlora';
    const reads = (isLora ? 2 : 3) + (x.full_recompute ? 1 : 0);
    const weightBytes = x.method === 'qlora' ? 0.52 : x.precision === 'fp32' ? 4 : 2;
    const linearWeights = (reads * weightBytes * x.parameters_per_gpu) / bandwidth;
    const linear = Math.max(linearArithmetic, linearWeights);
    const attention = (attentionFlops * tokensPerMicro) / modelShards / (peak16 * eMM);
    const widthShare = x.sequence_parallel || t === 1 ? 1 / t : REPLICATED_SHARE + (1 - REPLICATED_SHARE) / t;
    const fp8Casts = x.precision === 'fp8' ? (FP8_CAST_BYTES * 2 * (3 * x.arch.hidden_size + x.arch.intermediate_size)) / t : 0;
    const bytesPerTokenLayer = k_bytes_per_width * x.arch.hidden_size * widthShare + fp8Casts + (x.flash_attention ? 0 : (ATTENTION_MATRIX_BYTES * x.arch.attention_heads * x.sequence_length) / t);
    const memoryBound = (bytesPerTokenLayer * (x.arch.layers / p) * tokensPerMicro) / bandwidth;
    const method = x.method === 'qlora' ? QLORA_FACTOR : 1;
    const computePerMicro = (linear + attention + memoryBound) / method;
    // --- data parallel, per micro-batch (ring collectives move (n-1)/n of the buffer per GPU) ---
    const sameNode = x.count <= x.gpu.gpus_per_node;
    const dpBandwidth = (sameNode ? x.gpu.intra_node_gbps : interNodeGBps(x.gpu, x.network_gbps)) * 1e9 * COLLECTIVE_EFFICIENCY;
    let dpExposed = 0;
    if (x.data_parallel > 1) {
        const ring = (x.data_parallel - 1) / x.data_parallel;
        const w16 = x.parameters_per_gpu * 2;
        const g16 = x.trained_per_gpu * (isLora ? 4 : 2);
        const perMicro = x.zero === 3
            ? (2 * w16 + g16) * ring // gather weights for forward and backward, reduce-scatter gradients
            : (2 * g16 * ring) / Math.max(1, x.micro_batches); // one all-reduce per optimizer step
        const comm = perMicro / dpBandwidth;
        dpExposed = Math.max(0, comm - computePerMicro) + (1 - dp_overlap) * Math.min(computePerMicro, comm);
    }
    // --- tensor parallel: 4 all-reduces of b·s·h 16-bit activations per layer and micro-batch (6 with
    // recomputation, approximated by the hardware/model FLOPs ratio), inside one node ---
    let tpExposed = 0;
    if (t > 1) {
        const layersHere = x.arch.layers / p;
        const bytes = layersHere * 4 * (x.hardware_flops_per_token / x.model_flops_per_token) * 2 * ((t - 1) / t) * tokensPerMicro * x.arch.hidden_size * 2;
        tpExposed = (tp_exposed * bytes) / (x.gpu.intra_node_gbps * 1e9 * COLLECTIVE_EFFICIENCY);
    }
    // --- CPU offload, per optimizer step, spread over its micro-batches ---
    let offloadExposed = 0;
    const offload = x.offload ?? 'none';
    if (offload !== 'none') {
        const pcie = (PCIE_GBPS[x.gpu.generation] ?? 15.75) * 1e9 * COLLECTIVE_EFFICIENCY;
        const shard = x.trained_per_gpu / (x.zero >= 1 ? x.data_parallel : 1);
        const m = Math.max(1, x.micro_batches);
        // Gradients down (16-bit) overlap with the backward pass like data-parallel traffic; the CPU step and the
        // weights coming back sit between two steps (DeepSpeed's default; its one-step-delayed update is opt-in).
        const gradsDown = (shard * 2) / pcie;
        const gradsExposed = Math.max(0, gradsDown - computePerMicro * m) + (1 - dp_overlap) * Math.min(computePerMicro * m, gradsDown);
        const gpusPerNode = Math.min(x.count, x.gpu.gpus_per_node);
        const cpuStep = (CPU_OPTIMIZER_BYTES_PER_PARAM * shard * gpusPerNode) / (HOST_MEMORY_GBPS * 1e9);
        const weightsUp = (shard * 2) / pcie;
        let perStep = gradsExposed + cpuStep + weightsUp;
        if (offload === 'optimizer_and_params') {
            // ZeRO-Infinity/ZeRO-3 parameter offload: this GPU's weights cross PCIe for forward and backward each micro-batch.
            const perMicroWeights = (2 * 2 * x.parameters_per_gpu) / (x.zero === 3 ? x.data_parallel : 1) / pcie;
            perStep += m * (Math.max(0, perMicroWeights - computePerMicro) + (1 - dp_overlap) * Math.min(computePerMicro, perMicroWeights));
        }
        offloadExposed = perStep / m;
    }
    // --- pipeline bubble: (p - 1) / v micro-batch slots of a stage's compute and tensor-parallel time ---
    const v = Math.min(VIRTUAL_STAGES, Math.max(1, Math.floor(x.arch.layers / p)));
    const m = Math.max(1, x.micro_batches);
    const bubblePerMicro = p > 1 ? ((p - 1) / v / m) * (computePerMicro + tpExposed) : 0;
    const perMicro = computePerMicro + dpExposed + tpExposed + offloadExposed + bubblePerMicro;
    const step = {
        compute: computePerMicro * m,
        data_parallel: dpExposed * m,
        tensor_parallel: tpExposed * m,
        offload: offloadExposed * m,
        bubble: bubblePerMicro * m,
        total: perMicro * m,
        data_parallel_between_nodes: !sameNode && x.data_parallel > 1,
        linear_bound: linearWeights > linearArithmetic ? 'weights' : 'compute',
        tokens: tokensPerMicro * m,
    };
    return fromStep(step, x, peak, method);
}
/**
 * Utilisation from a step's time: hardware FLOPs done in the step over what the peak would do in it. Exported
 * so that a term added to the step (expert-parallel all-to-all) recomputes HFU and MFU the same way.
 */
function fromStep(step, x, peak = peakTflops(x.gpu, x.precision).tflops * 1e12, method = 1) {
    const flops = (x.hardware_flops_per_token * step.tokens) / (x.tensor * x.pipeline);
    const hfu = Math.min(1, flops / (peak * step.total));
    const ratio = (a, b) => (a + b > 0 ? a / (a + b) : 1);
    return {
        kernel: Math.min(1, flops / (peak * step.compute)),
        data_parallel: ratio(step.compute, step.data_parallel),
        tensor_parallel: ratio(step.compute, step.tensor_parallel),
        pipeline: ratio(step.total - step.bubble, step.bubble),
        method,
        hfu,
        mfu: (hfu * x.model_flops_per_token) / x.hardware_flops_per_token,
        step,
    };
}

;// CONCATENATED MODULE: ./src/catalog/carbon.ts
/**
 * Energy and carbon constants, from `shared/reference/carbon.json` with its sources.
 * Emissions = GPU-hours x board power x PUE x grid carbon intensity (the method of the Llama model cards and of
 * the ML CO2 Impact calculator, Lacoste et al. 2019).
 */
/** World average grid intensity, gCO2e/kWh: codecarbon's `world_average` (IEA Global Energy & CO2 Status Report 2019). */
const WORLD_AVERAGE_G_PER_KWH = { value: 475, source: 'codecarbon carbon_intensity_per_source.json world_average (IEA Global Energy & CO2 Status Report 2019)' };
/**
 * Data-centre power usage effectiveness when the provider's own is not known: 1.1, the figure Touvron et al.
 * (2023, LLaMA, Table 15) use for their training cluster. A GPU in a workstation has no data centre: PUE 1.0.
 */
const DEFAULT_PUE = 1.1;
const MLCO2 = 'mlco2/impact data/impact.csv (eGRID 2016 / 2017-2019 factors)';
const CODECARBON_GCP = 'codecarbon impact.csv GCP rows (cloud.google.com/sustainability/region-carbon, updated 2024-07-13)';
const REGION_CARBON = {
    aws: Object.fromEntries(Object.entries({
        'us-east-1': 367.8, 'us-east-2': 568.2, 'us-west-1': 240.6, 'us-west-2': 297.6, 'ca-central-1': 20, 'eu-west-1': 617, 'eu-west-2': 623,
        'eu-west-3': 105, 'eu-central-1': 615, 'eu-north-1': 47, 'ap-northeast-1': 516, 'ap-northeast-2': 517, 'ap-southeast-1': 419,
        'ap-southeast-2': 802, 'ap-south-1': 920, 'sa-east-1': 205,
    }).map(([r, g]) => [r, { g_per_kwh: g, source: MLCO2 }])),
    gcp: Object.fromEntries(Object.entries({
        'us-central1': 430, 'us-east1': 560, 'us-east4': 322, 'us-east5': 322, 'us-south1': 321, 'us-west1': 94, 'us-west2': 198, 'us-west3': 588,
        'us-west4': 373, 'northamerica-northeast1': 2, 'northamerica-northeast2': 47, 'europe-west1': 122, 'europe-west2': 136, 'europe-west3': 345,
        'europe-west4': 236, 'europe-west9': 34, 'europe-north1': 46, 'europe-central2': 723, 'asia-east1': 451, 'asia-northeast1': 459,
        'asia-south1': 648, 'asia-southeast1': 369, 'australia-southeast1': 501, 'southamerica-east1': 56,
    }).map(([r, g]) => [r, { g_per_kwh: g, pue: 1.1, source: `${CODECARBON_GCP}; PUE 1.1 (Google data-centre efficiency page, via mlco2)` }])),
    azure: Object.fromEntries(Object.entries({
        eastus: 367.8, eastus2: 367.8, westus: 240.6, westus2: 297.6, centralus: 736.6, southcentralus: 460.4, northcentralus: 568.2,
        westeurope: 569, northeurope: 617, uksouth: 623, francecentral: 105, japaneast: 516, southeastasia: 419,
    }).map(([r, g]) => [r, { g_per_kwh: g, source: MLCO2 }])),
    coreweave: Object.fromEntries(Object.entries({ LGA1: 282.75, ORD1: 424.5, LAS1: 474.58 }).map(([r, g]) => [r, { g_per_kwh: g, source: MLCO2 }])),
};
function regionCarbon(provider, region) {
    if (!provider || !region)
        return null;
    const table = REGION_CARBON[provider];
    if (!table)
        return null;
    const key = Object.keys(table).find((k) => k.toLowerCase() === region.toLowerCase());
    return key ? { ...table[key], region: key } : null;
}

;// CONCATENATED MODULE: ./src/estimate/energy.ts

/**
 * Energy = GPU-hours x board power (TDP) x PUE; CO2 = energy x grid intensity of the region, else the world
 * average. TDP is an upper bound on the board's draw under training load; the Llama model cards use the same.
 */
function energyAndCarbon(gpuHours, gpu, provider, region, owned) {
    const rc = regionCarbon(provider, region);
    const pue = owned ? 1 : rc?.pue ?? DEFAULT_PUE;
    const kwh = (gpuHours * gpu.tdp_w * pue) / 1000;
    const g = rc?.g_per_kwh ?? WORLD_AVERAGE_G_PER_KWH.value;
    const why = rc
        ? `grid ${g} gCO2e/kWh for ${provider} ${rc.region} (${rc.source})`
        : `grid ${g} gCO2e/kWh, the world average (${WORLD_AVERAGE_G_PER_KWH.source})${provider ? `: no intensity for ${provider}${region ? ` ${region}` : ''} in the catalog` : ''}`;
    return {
        energy_kwh: kwh,
        co2_kg: (kwh * g) / 1000,
        assumption: `energy: ${gpu.tdp_w} W board power (TDP) x PUE ${pue}${owned ? ' (own hardware, no data centre)' : rc?.pue ? '' : ' (LLaMA paper Table 15)'}; ${why}`,
    };
}

;// CONCATENATED MODULE: ./src/estimate/parameters.ts
function headDim(a) {
    return a.head_dim ?? a.hidden_size / a.attention_heads;
}
/** The linear modules of one transformer block (a MoE block; dense_layers of DeepSeek use dense_intermediate_size). */
function layerModules(a, dense = a.experts <= 1) {
    const h = a.hidden_size;
    const mods = [];
    if (a.mla) {
        const m = a.mla;
        const qk = m.qk_nope_head_dim + m.qk_rope_head_dim;
        mods.push({ name: 'q_proj', d_in: h, d_out: m.q_lora_rank, copies: 1, active: 1 });
        mods.push({ name: 'q_proj', d_in: m.q_lora_rank, d_out: a.attention_heads * qk, copies: 1, active: 1 });
        mods.push({ name: 'k_proj', d_in: h, d_out: m.kv_lora_rank + m.qk_rope_head_dim, copies: 1, active: 1 });
        mods.push({ name: 'v_proj', d_in: m.kv_lora_rank, d_out: a.attention_heads * (m.qk_nope_head_dim + m.v_head_dim), copies: 1, active: 1 });
        mods.push({ name: 'o_proj', d_in: a.attention_heads * m.v_head_dim, d_out: h, copies: 1, active: 1 });
    }
    else {
        const hd = headDim(a);
        mods.push({ name: 'q_proj', d_in: h, d_out: a.attention_heads * hd, copies: 1, active: 1 });
        mods.push({ name: 'k_proj', d_in: h, d_out: a.kv_heads * hd, copies: 1, active: 1 });
        mods.push({ name: 'v_proj', d_in: h, d_out: a.kv_heads * hd, copies: 1, active: 1 });
        mods.push({ name: 'o_proj', d_in: a.attention_heads * hd, d_out: h, copies: 1, active: 1 });
    }
    const mlp = (f, copies, active) => {
        if (a.gated_mlp)
            mods.push({ name: 'gate_proj', d_in: h, d_out: f, copies, active });
        mods.push({ name: 'up_proj', d_in: h, d_out: f, copies, active });
        mods.push({ name: 'down_proj', d_in: f, d_out: h, copies, active });
    };
    if (dense) {
        mlp(a.experts > 1 ? a.dense_intermediate_size ?? a.intermediate_size : a.intermediate_size, 1, 1);
    }
    else {
        mlp(a.intermediate_size, a.experts, a.experts_per_token);
        if (a.shared_experts)
            mlp(a.intermediate_size, a.shared_experts, a.shared_experts);
        mods.push({ name: 'router', d_in: h, d_out: a.experts, copies: 1, active: 1 });
    }
    return mods;
}
/** Biases and norm weights of one block: small, counted so totals match checkpoints exactly. */
function layerSmall(a, mods) {
    let n = 0;
    if (a.bias === 'all')
        n += mods.reduce((s, m) => s + m.d_out * m.copies, 0);
    if (a.bias === 'qkv')
        n += mods.filter((m) => ['q_proj', 'k_proj', 'v_proj'].includes(m.name)).reduce((s, m) => s + m.d_out, 0);
    const normVectors = (a.norms_per_layer ?? 2) * (a.norm === 'layer' ? 2 : 1);
    n += normVectors * a.hidden_size;
    if (a.mla)
        n += a.mla.q_lora_rank + a.mla.kv_lora_rank; // the latent projections' own RMSNorms
    return n;
}
const sumWeights = (mods, pick) => mods.reduce((s, m) => s + m.d_in * m.d_out * m[pick], 0);
function countParameters(a) {
    const denseLayers = a.experts > 1 ? a.dense_layers ?? 0 : a.layers;
    const moeLayers = a.layers - denseLayers;
    const denseMods = layerModules(a, true);
    const moeMods = a.experts > 1 ? layerModules(a, false) : [];
    const denseTotal = sumWeights(denseMods, 'copies') + layerSmall(a, denseMods);
    const moeTotal = moeLayers ? sumWeights(moeMods, 'copies') + layerSmall(a, moeMods) : 0;
    const moeActive = moeLayers ? sumWeights(moeMods, 'active') + layerSmall(a, moeMods) : 0;
    const embedding = a.vocab_size * a.hidden_size + (a.position_embeddings ?? 0) * a.hidden_size;
    const lmHead = a.vocab_size * a.hidden_size;
    const finalNorm = a.hidden_size * (a.norm === 'layer' ? 2 : 1);
    const head = a.tied_embeddings ? 0 : lmHead;
    const layerLinear = denseLayers * sumWeights(denseMods, 'copies') + moeLayers * (moeLayers ? sumWeights(moeMods, 'copies') : 0);
    const activeLinear = denseLayers * sumWeights(denseMods, 'active') + moeLayers * (moeLayers ? sumWeights(moeMods, 'active') : 0);
    return {
        total: denseLayers * denseTotal + moeLayers * moeTotal + embedding + head + finalNorm,
        active: denseLayers * denseTotal + moeLayers * moeActive + embedding + head + finalNorm,
        embedding,
        lm_head: lmHead,
        largest_layer: Math.max(denseLayers ? denseTotal : 0, moeTotal),
        active_layer_linear: activeLinear,
        layer_linear: layerLinear,
    };
}
/** PEFT's module names that each `lora.targets` shorthand adapts. */
function loraTargetNames(targets) {
    if (targets === 'all_linear')
        return ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'];
    if (targets === 'attention')
        return ['q_proj', 'k_proj', 'v_proj', 'o_proj'];
    return [...targets];
}
/**
 * LoRA trainable parameters: r x (d_in + d_out) for each adapted matrix (Hu et al. 2021: W + BA with
 * B in R^{d_out x r}, A in R^{r x d_in}). Routed experts each get their own adapter, as PEFT does.
 */
function loraParameters(a, rank, targets) {
    const names = new Set(loraTargetNames(targets));
    const perLayer = (mods) => mods.filter((m) => names.has(m.name)).reduce((s, m) => s + rank * (m.d_in + m.d_out) * m.copies, 0);
    const denseLayers = a.experts > 1 ? a.dense_layers ?? 0 : a.layers;
    return denseLayers * perLayer(layerModules(a, true)) + (a.layers - denseLayers) * (a.experts > 1 ? perLayer(layerModules(a, false)) : 0);
}
/**
 * A Llama-style architecture of a given size, for `model: { parameters: N }`. Llama models keep d_model about
 * 128 x layers (Llama 2 7B: 32 layers, 4096 wide); a gated MLP 8/3 as wide as d_model gives 12 d^2 per layer
 * (Touvron et al. 2023), so layers = cube root of (non-embedding parameters / (12 x 128^2)). The MLP width is
 * then set so the total is the asked size.
 */
function architectureForSize(parameters) {
    const vocab = 32000;
    let layers = Math.max(2, Math.round(Math.cbrt(parameters / (12 * 128 * 128))));
    let hidden = 128 * layers;
    for (let i = 0; i < 5; i++) {
        const nonEmbedding = Math.max(parameters - 2 * vocab * hidden, parameters * 0.5);
        layers = Math.max(2, Math.round(Math.cbrt(nonEmbedding / (12 * 128 * 128))));
        hidden = Math.max(128, Math.round(Math.sqrt(nonEmbedding / (12 * layers)) / 128) * 128);
    }
    const heads = Math.max(1, hidden / 128);
    // The MLP width that makes the total exact: N = L (4h^2 + 3hf + 2h) + 2Vh + h.
    const f = Math.max(hidden, Math.round((parameters - 2 * vocab * hidden - hidden - layers * (4 * hidden * hidden + 2 * hidden)) / (3 * hidden * layers)));
    return {
        layers, hidden_size: hidden, intermediate_size: f, attention_heads: heads, kv_heads: heads,
        vocab_size: vocab, tied_embeddings: false, gated_mlp: true, experts: 1, experts_per_token: 1,
    };
}
/** Weights of the routed experts (all of them, every MoE layer): what expert parallelism shards. 0 for a dense model. */
function expertParameters(a) {
    if (a.experts <= 1)
        return 0;
    const moeLayers = a.layers - (a.dense_layers ?? 0);
    const perExpert = (a.gated_mlp ? 3 : 2) * a.hidden_size * a.intermediate_size;
    return moeLayers * a.experts * perExpert;
}

;// CONCATENATED MODULE: ./src/estimate/flops.ts

function attentionWidth(a) {
    if (a.mla)
        return (a.attention_heads * (a.mla.qk_nope_head_dim + a.mla.qk_rope_head_dim) + a.attention_heads * a.mla.v_head_dim) / 2;
    return a.attention_heads * headDim(a);
}
function flopsPerToken(a, counts, seq, method, trainable, checkpointing) {
    const n = counts.active_layer_linear + counts.lm_head;
    const attentionForward = 4 * a.layers * seq * attentionWidth(a);
    const isLora = method === 'lora' || method === 'qlora';
    const model = (isLora ? 4 * n + 6 * trainable : 6 * n) + 3 * attentionForward;
    const recompute = checkpointing === 'full' ? 2 * n + attentionForward : checkpointing === 'selective' ? attentionForward : 0;
    const attentionRecompute = checkpointing === 'none' ? 0 : attentionForward;
    return { model, hardware: model + recompute, attention: 3 * attentionForward + attentionRecompute };
}

;// CONCATENATED MODULE: ./src/estimate/activations.ts

/**
 * Activation elements one token leaves in memory for the backward pass of one layer (Korthikanti et al. 2022,
 * "Reducing Activation Recomputation in Large Transformer Models", §4.1: 34·s·b·h + 5·a·s²·b bytes per layer for
 * GPT-3, generalised here to grouped-query attention, gated MLPs of any width, mixtures of experts and no dropout):
 *  - attention: the norm output (h), Q (heads·d), K and V (2·kv_heads·d), the attention output (heads·d);
 *  - without FlashAttention (Dao et al. 2022) or selective recomputation: the softmax output, heads·s per token;
 *  - gated MLP: the norm output (h), the gate and up outputs and their product (3f): a fused SwiGLU kernel
 *    (Megatron-LM's bias_swiglu_impl, Liger's LigerSiLUMulFunction, torch.compile's fusion) saves its two inputs
 *    and recomputes silu(gate) in the backward pass instead of keeping it; plain MLP: h + 2f. A MoE token passes
 *    through experts_per_token routed experts plus the shared ones;
 *  - the residual inputs of the two norms (2h).
 */
function activationElementsPerToken(a, seq, attentionMatrix) {
    const qkDim = a.mla ? a.mla.qk_nope_head_dim + a.mla.qk_rope_head_dim : headDim(a);
    const vDim = a.mla ? a.mla.v_head_dim : headDim(a);
    const kvHeads = a.mla ? a.attention_heads : a.kv_heads;
    const attention = a.hidden_size + a.attention_heads * qkDim + kvHeads * (qkDim + vDim) + a.attention_heads * vDim + (attentionMatrix ? a.attention_heads * seq : 0);
    const perExpert = (a.gated_mlp ? 3 : 2) * a.intermediate_size;
    const experts = a.experts > 1 ? a.experts_per_token + (a.shared_experts ?? 0) : 1;
    const mlp = a.hidden_size + experts * perExpert;
    return attention + mlp + 2 * a.hidden_size;
}
/**
 * Elements per token and layer that op-level selective activation checkpointing keeps with FlashAttention
 * (PyTorch's `create_selective_checkpoint_contexts` with torchtitan's policy, torchtitan
 * parallelize_llama.py `_save_list`): the layer's input, the attention kernel's output, and the output of every
 * other matmul in the order the layer runs them (q, k, v, o, gate, up, down); everything else is recomputed.
 */
function selectiveElementsPerToken(a) {
    const vDim = a.mla ? a.mla.v_head_dim : headDim(a);
    const outputs = [];
    for (const m of layerModules(a)) {
        if (m.name === 'router')
            continue;
        for (let i = 0; i < m.active; i++)
            outputs.push(m.d_out);
    }
    const everyOther = outputs.filter((_, i) => i % 2 === 0).reduce((s, x) => s + x, 0);
    return a.hidden_size + a.attention_heads * vDim + everyOther;
}
/**
 * Of a layer's activations, the part every tensor-parallel rank keeps whole when sequence parallelism is off:
 * the two norms' inputs and outputs (4h per token; Korthikanti et al. 2022, eq. 1 against eq. 2: the layer-norm
 * and dropout terms are not split by t without sequence parallelism). Under selective or full recomputation the
 * layer's saved input (h) is the replicated part.
 */
function replicatedElementsPerToken(a, checkpointing) {
    return checkpointing === 'none' ? 4 * a.hidden_size : a.hidden_size;
}

;// CONCATENATED MODULE: ./src/estimate/loss.ts
/** Output chunks of torchtune's CEWithChunkedOutputLoss (num_output_chunks = 8, torchtune/modules/loss). */
const LOSS_CHUNKS = 8;
/**
 * Bytes per vocabulary entry per token that the output layer and the cross-entropy loss hold at their peak (the
 * start of the backward pass, when every activation is still kept), given the bytes of one logit.
 *  - standard, what PyTorch and Hugging Face do without extra libraries (transformers' ForCausalLMLoss upcasts
 *    with `logits.float()`; torchtitan's loss does `pred.float()`): the 16-bit logits the model returns (2), the
 *    fp32 log-probabilities cross_entropy's log_softmax saves (4), and in the backward pass the fp32 gradient
 *    of the log-probabilities (4) and of the upcast logits (4) before it is cast back.
 *  - chunked (torchtune's CEWithChunkedOutputLoss): the 16-bit logits stay, the fp32 work is done one of 8
 *    chunks at a time.
 *  - fused (Liger's FusedLinearCrossEntropy, Apple's cut-cross-entropy): logits never materialised for the
 *    whole batch; what the kernel holds per block is negligible next to the activations.
 * torchtune measured the difference for Llama 3.2 3B (8,192 tokens x 128,256 entries): 51.0 GiB with the
 * standard loss, 42.9 GiB chunked (README "Optimization flags"), 8.1 GiB or 8.3 bytes per entry; ours: 10.5.
 */
function lossBytesPerLogit(loss, logitBytes) {
    const fp32Work = (logitBytes < 4 ? 4 : 0) + 4 + 4;
    if (loss === 'fused')
        return 0;
    if (loss === 'chunked')
        return logitBytes + fp32Work / LOSS_CHUNKS;
    return logitBytes + fp32Work;
}

;// CONCATENATED MODULE: ./src/estimate/memory.ts




const GIB = 2 ** 30;
/** Bytes of one weight in the precision the GPU computes in. fp8 (Transformer Engine) keeps a bf16 copy and an fp8 cache. */
const WEIGHT_BYTES = { fp32: 4, fp16: 2, bf16: 2, fp8: 3 };
/**
 * Optimizer-state bytes per trained parameter, including the fp32 master copy that mixed precision keeps
 * (Micikevicius et al. 2018). Mixed-precision Adam: fp32 master 4 + momentum 4 + variance 4 = 12 bytes, the
 * "K = 12" of the ZeRO paper (Rajbhandari et al. 2020, §3.1). 8-bit Adam stores both moments in one byte each
 * (Dettmers et al. 2022); Adafactor factors the second moment into row and column vectors and keeps no first
 * moment by default (Shazeer & Stern 2018), so only the master copy is left; SGD with momentum and Lion (Chen et
 * al. 2023) keep one fp32 state. In pure fp32 training there is no separate master copy.
 */
const OPTIMIZER_STATE_BYTES = { adamw: 8, adamw_8bit: 2, adafactor: 0, sgd: 4, lion: 4 };
function optimizerBytes(optimizer, precision, masterWeights = true) {
    if (!masterWeights && precision !== 'fp32')
        return PURE_16BIT_STATE_BYTES[optimizer];
    return OPTIMIZER_STATE_BYTES[optimizer] + (precision === 'fp32' ? 0 : 4);
}
/**
 * Pure 16-bit training (no fp32 master copy: torchtune's `dtype: bf16` recipes): the optimizer keeps its
 * states in the parameters' dtype, so AdamW's two moments take 2 bytes each (torch.optim.AdamW allocates them
 * with `torch.zeros_like(param)`), 8-bit Adam still 1 each, SGD-momentum and Lion one 2-byte state.
 */
const PURE_16BIT_STATE_BYTES = { adamw: 4, adamw_8bit: 2, adafactor: 0, sgd: 2, lion: 2 };
/**
 * QLoRA stores the frozen linear weights as 4-bit NormalFloat with double quantisation: 4 bits plus 0.127 bits
 * of quantisation constants per parameter (Dettmers et al. 2023, §3 "Double Quantization"). Embeddings, the
 * output head and norms stay in 16 bits (bitsandbytes quantises nn.Linear layers only).
 */
const NF4_BYTES_PER_PARAM = (4 + 0.127) / 8;
/** Activations and the loss are kept in 16 bits in mixed precision, 32 in fp32. */
const ACTIVATION_BYTES = { fp32: 4, fp16: 2, bf16: 2, fp8: 2 };
/**
 * Fixed per-GPU overhead: the CUDA context, cuBLAS/cuDNN workspaces and loaded kernels take about 1 GiB
 * (Hugging Face's "Model training anatomy" measures ~1.3 GB on a V100 before any tensor). The other two are
 * allowances of ours, not measurements: 0.5 GiB once a job spans several GPUs for NCCL's channel buffers
 * (NCCL_BUFFSIZE, 4 MiB per channel and peer) and the frameworks' gradient buckets (DDP/FSDP: 25 MB each), and
 * 5% of what the caching allocator holds for fragmentation.
 */
const CONTEXT_BYTES = 1 * GIB;
const NCCL_BYTES = 0.5 * GIB;
const FRAGMENTATION = 0.05;
/**
 * How far below a measured peak the model has come out on the memory calibration (docs/methodology.md: lowest
 * ratio 0.82, torchtitan's 70B 2D run): a job that fits with less spare than this share of its estimate is
 * reported as within the model's error.
 */
const MEMORY_UNDERESTIMATE = 0.2;
/**
 * Model states per GPU under ZeRO (Rajbhandari et al. 2020, §5, Figure 1): Ψ parameters, each with w bytes of
 * weights, g of gradients and o of optimizer state, over N_d data-parallel ranks. Stage 1 shards the optimizer
 * states, stage 2 the gradients too, stage 3 the weights too.
 */
function modelStates(psi, w, g, o, zero, nd) {
    return {
        weights: (psi * w) / (zero === 3 ? nd : 1),
        gradients: (psi * g) / (zero >= 2 ? nd : 1),
        optimizer: (psi * o) / (zero >= 1 ? nd : 1),
    };
}
/**
 * Parameters on the most loaded GPU: its pipeline stage's layers (embedding or head included), split by tensor
 * parallelism, and with `expert`-way expert parallelism only 1/expert of the stage's routed experts.
 */
function parametersPerGpu(counts, a, tensor, pipeline, expert = 1) {
    const stageShare = pipeline <= 1 ? 1 : Math.ceil(a.layers / pipeline) / a.layers;
    const experts = expertParameters(a) * stageShare;
    const expertSaving = expert > 1 ? (experts - experts / expert) / tensor : 0;
    if (pipeline <= 1)
        return counts.total / tensor - expertSaving;
    const layerParams = counts.total - counts.embedding - (a.tied_embeddings ? 0 : counts.lm_head);
    return (layerParams * stageShare + Math.max(counts.embedding, counts.lm_head)) / tensor - expertSaving;
}
function memoryPerGpu(m, split) {
    const { arch: a, counts } = m;
    const { tensor, pipeline, data_parallel, zero } = split;
    const ep = Math.max(1, split.expert ?? 1);
    const mp = tensor * pipeline;
    const nd = Math.max(1, data_parallel);
    const masterWeights = m.master_weights ?? true;
    const psi = parametersPerGpu(counts, a, tensor, pipeline, ep);
    // Routed experts on this GPU are sharded by ZeRO over the expert-data-parallel group (nd / ep ranks), the
    // rest over all nd (DeepSpeed-MoE, Rajbhandari et al. 2022 §5; Megatron-LM's expert data-parallel group).
    const stageShare = pipeline <= 1 ? 1 : Math.ceil(a.layers / pipeline) / a.layers;
    const psiExperts = (expertParameters(a) * stageShare) / tensor / ep;
    const ndExperts = Math.max(1, nd / ep);
    const shard = (dense, experts, on) => (on ? dense / nd + experts / ndExperts : dense + experts);
    const wb = WEIGHT_BYTES[m.precision];
    // The unit ZeRO-3/FSDP gathers, and the gradients one layer produces: with expert parallelism a layer holds
    // 1/ep of its routed experts.
    const layerExperts = a.experts > 1 ? expertParameters(a) / (a.layers - (a.dense_layers ?? 0)) : 0;
    const layerOnGpu = (counts.largest_layer - layerExperts + layerExperts / ep) / tensor;
    // With pipeline parallelism FSDP does not reshard a stage's weights between micro-batches (torchtitan sets
    // reshard_after_forward=False when pipelining): the stage keeps its weights whole for the step.
    const keepsStage = zero === 3 && pipeline > 1;
    const shardsWeights = zero === 3 && !keepsStage;
    const gathered = shardsWeights ? 2 * layerOnGpu * wb : 0; // ZeRO-3/FSDP: this layer and the prefetched next
    let weights;
    let gradients;
    let optimizer;
    const onGpu = m.offload === 'none';
    if (m.method === 'lora' || m.method === 'qlora') {
        // The frozen base is sharded only by ZeRO-3/FSDP; QLoRA keeps its linear weights in 4-bit NF4, and FSDP
        // shards those too (torchtune's and Answer.AI's FSDP + QLoRA shard the packed 4-bit storage).
        let dense;
        let experts;
        if (m.method === 'qlora') {
            const quantised = (counts.layer_linear * stageShare) / tensor - (psiExperts * ep - psiExperts);
            experts = psiExperts * NF4_BYTES_PER_PARAM;
            dense = (quantised - psiExperts) * NF4_BYTES_PER_PARAM + Math.max(0, psi - quantised) * 2;
        }
        else {
            experts = psiExperts * wb;
            dense = psi * wb - experts;
        }
        // Adapters: PEFT keeps them in fp32 beside a 16-bit base (autocast_adapter_dtype), 4 + 4 bytes plus fp32
        // optimizer states; pure 16-bit training (torchtune, the QLoRA repository's bf16 adapters) keeps adapter,
        // gradient and states in 16 bits.
        const aw = masterWeights ? 4 : 2;
        const ao = onGpu ? (masterWeights ? OPTIMIZER_STATE_BYTES[m.optimizer] : optimizerBytes(m.optimizer, m.precision, false)) : 0;
        const adapters = modelStates(m.trainable / mp, aw, aw, ao, zero, nd);
        weights = shard(dense, experts, shardsWeights) + adapters.weights + gathered * (m.method === 'qlora' ? NF4_BYTES_PER_PARAM / wb : 1);
        gradients = adapters.gradients;
        optimizer = adapters.optimizer;
    }
    else {
        const g = m.precision === 'fp32' ? 4 : 2;
        const o = optimizerBytes(m.optimizer, m.precision, masterWeights);
        const dense = psi - psiExperts;
        weights = m.offload === 'optimizer_and_params' ? gathered : shard(dense * wb, psiExperts * wb, shardsWeights) + gathered;
        gradients = shard(dense * g, psiExperts * g, zero >= 2);
        optimizer = onGpu ? shard(dense * o, psiExperts * o, zero >= 1) : 0;
        // ZeRO-Offload moves each gradient to the CPU as the backward pass produces it (Ren et al. 2021, §4.1), and
        // an optimizer fused into the backward pass applies and frees it (torchtune's optimizer_in_bwd, PyTorch's
        // register_post_accumulate_grad_hook): either way about one layer's gradients are on the GPU at a time.
        if (!onGpu || m.optimizer_in_backward)
            gradients = Math.min(gradients, layerOnGpu * g);
    }
    const ab = ACTIVATION_BYTES[m.precision];
    const tokens = m.sequence_length * m.micro_batch_size;
    const sp = (m.sequence_parallel ?? true) || tensor === 1;
    const whole = activationElementsPerToken(a, m.sequence_length, !m.flash_attention && m.checkpointing === 'none');
    let kept;
    if (m.checkpointing === 'full')
        kept = a.hidden_size;
    else if (m.checkpointing === 'selective')
        kept = m.flash_attention ? selectiveElementsPerToken(a) : activationElementsPerToken(a, m.sequence_length, false);
    else
        kept = whole;
    const replicated = sp ? 0 : replicatedElementsPerToken(a, m.checkpointing);
    const perLayer = ((kept - replicated) / tensor + replicated) * tokens * ab;
    // Recomputation rebuilds one layer at a time during the backward pass.
    const rebuilt = m.checkpointing === 'none' ? 0 : (whole / tensor) * tokens * ab;
    const stageLayers = Math.ceil(a.layers / pipeline);
    // 1F1B pipeline schedule: the first stage holds activations for `pipeline` micro-batches in flight
    // (Narayanan et al. 2021), fewer when a step has fewer micro-batches; the last stage one, and the loss.
    const micro = Math.max(1, split.micro_batches ?? 1);
    const inFlight = pipeline > 1 ? Math.min(pipeline, micro) : 1;
    const loss = (tokens * a.vocab_size * lossBytesPerLogit(m.loss ?? 'standard', ab)) / tensor;
    const firstStage = stageLayers * inFlight * perLayer + rebuilt;
    const lastStage = stageLayers * perLayer + rebuilt + loss;
    const activations = pipeline > 1 ? Math.max(firstStage, lastStage) : lastStage;
    // The backward pass frees each layer's activations as it produces that layer's gradients: at its start all
    // activations and the loss are held, at its end all gradients. Only when gradients persist across
    // micro-batches (gradient accumulation, pipelining) are both held at once.
    const work = micro > 1 ? gradients + activations : Math.max(gradients + rebuilt, activations);
    const held = weights + optimizer + work;
    const overhead = CONTEXT_BYTES + (tensor * pipeline * nd > 1 ? NCCL_BYTES : 0) + FRAGMENTATION * held;
    return { weights, gradients, optimizer, activations, overhead, total: held + overhead };
}
function capacityBytes(gpu) {
    return gpu.memory_gib * GIB;
}

;// CONCATENATED MODULE: ./src/estimate/host.ts

/**
 * The machine around the GPUs, per node:
 *  - system RAM at least twice the GPU memory it hosts (NVIDIA's DGX A100 pairs 640 GB of GPU memory with 2 TB;
 *    loading a checkpoint stages it in host memory), plus whatever is offloaded to the CPU;
 *  - 8 CPU cores per GPU for data loading and the launcher (DGX A100/H100 have 16 per GPU; 8 is our floor);
 *  - across nodes, RDMA networking (InfiniBand or RoCE) at the bandwidth the catalog assumes per GPU;
 *  - workstation and consumer cards: a power supply for the boards plus ~250 W for CPU and platform, with 30%
 *    headroom for transient spikes: a rule of thumb of ours, not a vendor figure.
 */
function hostGuidance(gpu, count, offloadedBytesPerGpu) {
    const perNode = Math.min(count, gpu.gpus_per_node);
    const nodes = Math.ceil(count / gpu.gpus_per_node);
    const ram = Math.ceil((2 * gpu.memory_gib * GIB * perNode + offloadedBytesPerGpu * perNode) / 1e9 / 16) * 16;
    const network = nodes <= 1
        ? perNode > 1
            ? `one node: ${gpu.interconnect === 'nvswitch' ? 'NVLink/NVSwitch' : gpu.interconnect === 'infinity-fabric' ? 'Infinity Fabric' : 'PCIe'} between GPUs`
            : 'one GPU: no interconnect needed'
        : `${nodes} nodes: InfiniBand or RoCE, about ${Math.round(gpu.inter_node_gbps * 8)} Gb/s per GPU (${Math.round(gpu.inter_node_gbps * 8 * perNode)} Gb/s per node)`;
    const psu = gpu.class === 'datacenter' ? null : Math.ceil(((gpu.tdp_w * perNode + 250) * 1.3) / 50) * 50;
    return { system_ram_gb: ram, cpu_cores: 8 * perNode, network, power_supply_w: psu };
}

;// CONCATENATED MODULE: ./src/estimate/layout.ts

/**
 * Gradient accumulation steps assumed when no global batch is given: one micro-batch per step without pipeline
 * parallelism; 4 per stage with it, enough to keep the bubble near 20% (Narayanan et al. 2021 run m >> p).
 */
function layoutFor(job, count) {
    const { tensor, pipeline } = job.parallelism;
    const dp = Math.max(1, Math.floor(count / (tensor * pipeline)));
    // Pipeline stages shard optimizer states (ZeRO-1, Megatron-LM's distributed optimizer) rather than weights:
    // ZeRO-3 would gather every stage's weights for each micro-batch, and DeepSpeed refuses pipeline + ZeRO-3.
    const zero = job.parallelism.zero ?? (count === 1 ? 0 : pipeline > 1 ? 1 : 3);
    const micro = job.training.micro_batch_size;
    const global = job.training.global_batch_size ?? micro * dp * (pipeline > 1 ? 4 * pipeline : 1);
    return { count, tensor, pipeline, data_parallel: dp, zero, expert: job.parallelism.expert, global_batch: global, micro_batches: Math.max(1, Math.ceil(global / (micro * dp))) };
}
/** Largest GPU count the search considers: the largest clusters trained on (Llama 3: 16,384 H100s) x 8. */
const MAX_GPUS = 131072;
/**
 * The fewest GPUs that hold the job, keeping the manifest's tensor and pipeline degrees (count is a multiple of
 * tensor x pipeline). Past one node, whole nodes are taken: that is what is rented. null when nothing fits
 * (activations alone exceed the GPU, or ZeRO stage 0 keeps every state on every GPU).
 */
function layout_fewestThatFit(job, base, gpu) {
    const unit = job.parallelism.tensor * job.parallelism.pipeline;
    const cap = capacityBytes(gpu);
    const total = (k) => memoryPerGpu(base, layoutFor(job, k * unit)).total;
    const fits = (k) => total(k) <= cap;
    if (fits(1))
        return unit;
    const maxK = Math.floor(MAX_GPUS / unit);
    // Past one data-parallel rank, memory per GPU is C0 + C1/k (ZeRO divides the sharded states by k): two
    // evaluations give C0 and C1, and the smallest k solves directly; a few checks guard the rounding.
    let k = null;
    const m2 = total(2);
    const m4 = total(4);
    const c1 = 4 * (m2 - m4);
    const c0 = m2 - c1 / 2;
    if (m2 <= cap)
        k = 2;
    else if (cap > c0 && c1 > 0 && Math.ceil(c1 / (cap - c0)) <= maxK) {
        let guess = Math.max(2, Math.ceil(c1 / (cap - c0)));
        for (let i = 0; i < 8 && guess > 2 && fits(guess - 1); i++)
            guess--;
        for (let i = 0; i < 8 && guess <= maxK && !fits(guess); i++)
            guess++;
        k = guess <= maxK && fits(guess) && (guess === 2 || !fits(guess - 1)) ? guess : bisect(fits, 2, maxK);
    }
    if (k === null)
        return null;
    let count = k * unit;
    if (count > gpu.gpus_per_node) {
        const nodeUnit = lcm(gpu.gpus_per_node, unit);
        count = Math.ceil(count / nodeUnit) * nodeUnit;
    }
    return count;
}
/** Smallest k in (lo, hi] with fits(k), given !fits(lo); null when even hi does not fit. */
function bisect(fits, lo, hi) {
    if (!fits(hi))
        return null;
    while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (fits(mid))
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}
function gcd(a, b) {
    return b === 0 ? a : gcd(b, a % b);
}
function lcm(a, b) {
    return (a * b) / gcd(a, b);
}

;// CONCATENATED MODULE: ./src/estimate/step-words.ts
/** A term that takes more than this share of a step is named in words, with what fixes it (issue 7, §6). */
const WORDS_THRESHOLD = 0.5;
const pct = (x) => `${Math.round(x * 100)}%`;
/**
 * Why a step is slow, in words: when communication, offload or the pipeline bubble takes more than half of
 * each step, say which, how much, and what would fix it. Pure; reads the step's named terms only.
 */
function stepWords(c) {
    const { job, gpu, layout, step } = c;
    const out = [];
    const share = (x) => x / step.total;
    if (share(step.data_parallel) > WORDS_THRESHOLD) {
        const where = step.data_parallel_between_nodes
            ? `the network between nodes (${Math.round((job.hardware.network_gbps ?? gpu.inter_node_gbps * 8))} Gb/s per GPU${job.hardware.network_gbps ? ', hardware.network_gbps' : ''})`
            : `the links between GPUs in the node (${gpu.intra_node_gbps} GB/s)`;
        const fixes = [
            ...(layout.zero === 3 ? ['ZeRO stage 2 or 1 (all-reduce gradients once per step instead of gathering weights every micro-batch)'] : ['fewer optimizer steps: a larger global batch (gradient accumulation)']),
            'more tokens per micro-batch (micro_batch_size)',
            ...(step.data_parallel_between_nodes ? ['fewer GPUs in one node, or a faster network'] : []),
            ...(layout.tensor === 1 && gpu.gpus_per_node > 1 ? ['tensor parallelism inside the node'] : []),
        ];
        out.push(`${pct(share(step.data_parallel))} of each step waits on ${where} for data-parallel communication: ${fixes.join('; ')}`);
    }
    if (share(step.tensor_parallel) > WORDS_THRESHOLD) {
        out.push(`${pct(share(step.tensor_parallel))} of each step waits on tensor-parallel all-reduces over ${gpu.interconnect === 'pcie' ? 'PCIe' : 'the links between GPUs'}: a smaller tensor degree (${layout.tensor}), with ZeRO or pipeline stages instead`);
    }
    if (share(step.offload) > WORDS_THRESHOLD) {
        out.push(`${pct(share(step.offload))} of each step is CPU offload (PCIe transfers and the optimizer step on the CPU): more GPUs with ZeRO sharding instead of offload, an 8-bit optimizer, or a larger global batch so the step is amortised over more tokens`);
    }
    if (share(step.bubble) > WORDS_THRESHOLD) {
        out.push(`${pct(share(step.bubble))} of each step is the pipeline bubble (${layout.pipeline} stages, ${layout.micro_batches} micro-batches per step): more micro-batches per step (global_batch_size), or fewer pipeline stages`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/estimate/assumptions.ts



const assumptions_pct = (x) => `${(x * 100).toFixed(0)}%`;
const sci = (x) => x.toExponential(2).replace('e+', 'e');
/** Every assumption behind an estimate, in words, with its source: what the report lists under each job. */
function describeAssumptions(c) {
    const { job, gpu, layout, eff, run: r } = c;
    const out = [];
    if (c.model.assumption)
        out.push(c.model.assumption);
    if (job.hardware.gpus.length > 1)
        out.push(`GPU kind: ${gpu.id}, the cheapest of the ${job.hardware.gpus.length} kinds hardware.gpu allows (\`train-budget plan\` compares them all)`);
    if (job.hardware.count === 'auto') {
        out.push(c.minCount === null ? `no number of ${gpu.id} GPUs holds this job with these settings` : `count auto: ${c.count} ${gpu.id} ${c.count === c.minCount ? 'is the fewest that fit' : `is the cheapest count that fits${job.plan.deadline_hours !== null ? ` and meets the deadline of ${job.plan.deadline_hours} hours` : ''} (the fewest that fit: ${c.minCount})`}${c.count > gpu.gpus_per_node ? ` (whole ${gpu.gpus_per_node}-GPU nodes)` : ''}`);
    }
    out.push(`layout: ZeRO stage ${layout.zero}${job.parallelism.zero === null ? ' (default for the GPU count)' : ''}, tensor ${layout.tensor} x pipeline ${layout.pipeline} x data ${layout.data_parallel}, ${layout.micro_batches} micro-batch${layout.micro_batches === 1 ? '' : 'es'} of ${job.training.micro_batch_size} per step`);
    const peak = peakTflops(gpu, job.precision);
    if (job.efficiency.mfu !== null) {
        out.push(`efficiency: MFU ${assumptions_pct(r.mfu)} as set in the manifest`);
    }
    else {
        const st = eff.step;
        const share = (x) => assumptions_pct(x / st.total);
        const parts = [
            `compute ${share(st.compute)} (kernels at ${assumptions_pct(eff.kernel)} of ${gpu.id}'s ${peak.tflops} dense ${peak.used} TFLOPS, ${gpu.memory_bandwidth_tbps} TB/s, width ${c.model.arch.hidden_size}${eff.method < 1 ? `, QLoRA dequantisation x${eff.method}` : ''}${job.training.gradient_checkpointing !== 'none' ? `, recomputation ${job.training.gradient_checkpointing}` : ''})`,
            ...(st.data_parallel / st.total >= 0.005 ? [`exposed data-parallel communication ${share(st.data_parallel)}`] : []),
            ...(st.tensor_parallel / st.total >= 0.005 ? [`tensor-parallel ${share(st.tensor_parallel)}`] : []),
            ...(st.offload / st.total >= 0.005 ? [`CPU offload ${share(st.offload)}`] : []),
            ...(st.bubble / st.total >= 0.005 ? [`pipeline bubble ${share(st.bubble)}`] : []),
        ];
        out.push(`efficiency: MFU ${assumptions_pct(r.mfu)}; each step is ${parts.join(' + ')}; calibrated on published runs (docs/methodology.md)`);
        out.push(...stepWords({ job, gpu, layout, step: st }));
    }
    if (job.efficiency.mfu !== null && job.efficiency.mfu > r.mfu)
        out.push(`efficiency: the given MFU ${assumptions_pct(job.efficiency.mfu)} is capped at ${assumptions_pct(r.mfu)}: with ${job.training.gradient_checkpointing} recomputation the GPU also does the extra forward work, and hardware utilisation cannot exceed 100%`);
    const ceiling = matmulCeiling(gpu);
    if (!ceiling.measured)
        out.push(gpu.class === 'datacenter' ? `${gpu.id}: no published matmul measurement and no calibration run for this GPU; it is taken to reach what A100/H100 reach` : `${gpu.id}: consumer and workstation cards sustain about their rated tensor peak (${ceiling.share}x the data-centre parts' share, read from torchtune single-GPU fine-tunes)`);
    if (gpu.generation === 'cdna2' || gpu.generation === 'cdna3')
        out.push(`${gpu.id}: no AMD run is in the calibration set; its matmuls are taken at ${assumptions_pct(ceiling.share)} of the NVIDIA parts' share, from measured matmul ceilings (ml-engineering MAMF table)`);
    if (job.precision === 'fp8')
        out.push('fp8: only the linear layers\' matmuls run at the fp8 rate; attention, norms and activations stay at 16 bits (Transformer Engine)');
    if (peak.used !== job.precision)
        out.push(`${gpu.id} has no ${job.precision} tensor-core rate: its ${peak.used} rate is used`);
    out.push(`time: ${sci(r.flops_model_total)} training FLOPs over ${sci(c.tokens)} tokens; ${assumptions_pct(r.goodput)} goodput for restarts, checkpoints and evaluation; range ${c.range.low}x to ${c.range.high}x the expected time`);
    out.push(`price: $${r.price.gpu_hour_usd.toFixed(4)} per GPU-hour, ${r.price.source}, as of ${r.price.as_of}`);
    out.push(...r.price.notes);
    out.push(c.energyNote);
    if (job.parallelism.offload !== 'none')
        out.push(`CPU offload (${job.parallelism.offload}): gradients${job.parallelism.offload === 'optimizer_and_params' ? ', weights' : ''} and updated weights cross PCIe each step and the optimizer steps on the CPU at ~${HOST_MEMORY_GBPS} GB/s of host memory per node (an allowance of ours)`);
    if (c.model.arch.experts > 1)
        out.push('mixture of experts: FLOPs use the active parameters; expert-parallel all-to-all traffic and router imbalance are not modelled');
    out.push(`memory: activations per Korthikanti et al. 2022 (16-bit${job.training.gradient_checkpointing === 'selective' ? ', op-level selective checkpointing' : ''}), ${job.training.loss} loss (${job.training.loss === 'standard' ? 'fp32 logits of the whole micro-batch, as PyTorch and Hugging Face keep them' : job.training.loss === 'chunked' ? '16-bit logits, fp32 work one chunk at a time' : 'no logits kept'})${job.training.master_weights ? '' : ', pure 16-bit weights and optimizer states'}; 1 GiB CUDA context, 0.5 GiB NCCL buffers on several GPUs, 5% allocator fragmentation`);
    const spare = r.fits ? gpu.memory_gib * GIB - r.memory.total : -1;
    if (spare >= 0 && spare < MEMORY_UNDERESTIMATE * r.memory.total)
        out.push(`memory: fits with ${(spare / GIB).toFixed(1)} GiB to spare: within the model's error (estimates run up to ${assumptions_pct(MEMORY_UNDERESTIMATE)} below measured peaks, docs/methodology.md)`);
    out.push('storage: dataset as raw text (~4 bytes/token) plus token ids; resumable checkpoints hold weights and optimizer states' + (job.lora ? ' (adapters only for LoRA)' : ''));
    return out;
}

;// CONCATENATED MODULE: ./src/estimate/model.ts


/** The architecture behind each of the four forms of `model`. */
function resolveModel(spec) {
    switch (spec.kind) {
        case 'catalog': {
            const m = findModel(spec.id);
            return { id: m.id, name: m.name, arch: m.architecture, source: m.source, assumption: null };
        }
        case 'parameters': {
            const arch = architectureForSize(spec.parameters);
            return {
                id: null, name: `${fmtParams(spec.parameters)} parameters`, arch, source: 'manifest (model.parameters)',
                assumption: `model given by size only: treated as a dense Llama-style model with ${arch.layers} layers, width ${arch.hidden_size}, MLP ${arch.intermediate_size}, vocabulary ${arch.vocab_size}; give its config.json for exact figures`,
            };
        }
        case 'architecture':
            return spec.from === 'config'
                ? { id: null, name: `${spec.config_path} (${spec.model_type})`, arch: spec.architecture, source: `Hugging Face config.json at ${spec.config_path}`, assumption: null }
                : { id: null, name: 'custom architecture', arch: spec.architecture, source: 'manifest (model.architecture)', assumption: null };
    }
}
function fmtParams(n) {
    return n >= 1e9 ? `${+(n / 1e9).toFixed(2)}B` : `${+(n / 1e6).toFixed(1)}M`;
}

;// CONCATENATED MODULE: ./src/estimate/pricing.ts

const money = (x) => `$${x.toFixed(x < 1 ? 4 : 2)}`;
/**
 * The price per GPU-hour: the manifest's own, else the chosen provider's list price for the market, else the
 * median of the catalog's on-demand prices for the GPU, else (consumer and workstation cards no cloud lists)
 * the electricity the board draws.
 */
function choosePrice(job, gpu) {
    const notes = [];
    const { provider, market } = job.pricing;
    if (job.pricing.gpu_hour_usd !== null) {
        return { gpu_hour_usd: job.pricing.gpu_hour_usd, source: 'manifest (pricing.gpu_hour_usd)', as_of: 'as set in the manifest', provider, market, region: job.pricing.region, owned: false, notes };
    }
    if (provider) {
        const p = priceOf(provider, gpu.id);
        if (p) {
            if (market === 'spot' && p.spot === null)
                notes.push(`${provider} lists no spot price for ${gpu.id} in the catalog: the on-demand price is used`);
            const useSpot = market === 'spot' && p.spot !== null;
            if (p.note)
                notes.push(p.note);
            return {
                gpu_hour_usd: useSpot ? p.spot : p.on_demand,
                source: `${provider}${p.instance ? ` ${p.instance}` : ''}${p.region ? ` ${p.region}` : ''} ${useSpot ? 'spot' : 'on-demand'}${p.instance && !useSpot ? ' (instance price / GPUs)' : ''}; ${p.source}`,
                as_of: p.as_of, provider, market: useSpot ? 'spot' : 'on_demand', region: job.pricing.region ?? p.region, owned: false, notes,
            };
        }
        notes.push(`${provider} has no ${gpu.id} price in the catalog: the catalog median is used instead`);
    }
    const proxy = pricesFor(gpu.id).length === 0 ? PRICE_PROXY[gpu.id] : undefined;
    if (proxy)
        notes.push(`no cloud price for ${gpu.id} in the catalog: priced like ${proxy}, its nearest listed sibling`);
    const all = pricesFor(proxy ?? gpu.id).sort((a, b) => a.on_demand - b.on_demand || a.provider.localeCompare(b.provider));
    if (all.length) {
        const m = all[Math.floor((all.length - 1) / 2)];
        if (market === 'spot')
            notes.push('spot prices need a provider: the on-demand catalog median is used');
        return {
            gpu_hour_usd: m.on_demand,
            source: `catalog median of ${all.length} on-demand price${all.length === 1 ? '' : 's'} for ${proxy ?? gpu.id} (${all.map((p) => `${p.provider} ${money(p.on_demand)}`).join(', ')}): ${m.provider}; ${m.source}`,
            as_of: m.as_of, provider: m.provider, market: 'on_demand', region: null, owned: false, notes,
        };
    }
    const kw = gpu.tdp_w / 1000;
    notes.push(`no cloud lists ${gpu.id}: cost is the electricity its ${gpu.tdp_w} W board draws at ${money(ELECTRICITY_USD_PER_KWH.value)}/kWh (hardware you own; its purchase is not counted)`);
    return {
        gpu_hour_usd: kw * ELECTRICITY_USD_PER_KWH.value, source: ELECTRICITY_USD_PER_KWH.source, as_of: ELECTRICITY_USD_PER_KWH.as_of,
        provider: null, market: 'on_demand', region: null, owned: true, notes,
    };
}

;// CONCATENATED MODULE: ./src/estimate/storage.ts

/**
 * Disk the job needs:
 *  - the dataset: raw UTF-8 text at ~4 bytes per token (OpenAI's rule of thumb, "one token is about 4 characters
 *    of English") plus the tokenised copy training reads (2-byte ids for vocabularies up to 65,536, else 4);
 *  - the base model's 16-bit weights, downloaded once for fine-tuning;
 *  - resumable checkpoints: 16-bit weights plus the optimizer states with their fp32 master copy for full
 *    training (14 bytes/parameter more for AdamW); LoRA/QLoRA checkpoints hold only the adapters and their
 *    optimizer states. Times the checkpoints kept.
 */
function storageBytes(x) {
    const idBytes = x.vocab <= 65536 ? 2 : 4;
    const dataset = x.tokens * (4 + idBytes);
    const isLora = x.method === 'lora' || x.method === 'qlora';
    const baseModel = x.method === 'pretrain' ? 0 : x.total * 2;
    const perCheckpoint = isLora ? x.trainable * (4 + optimizerBytes(x.optimizer, 'fp32')) : x.total * ((x.precision === 'fp32' ? 4 : 2) + optimizerBytes(x.optimizer, x.precision));
    const checkpoints = perCheckpoint * x.keep;
    return { dataset, base_model: baseModel, checkpoints, total: dataset + baseModel + checkpoints };
}

;// CONCATENATED MODULE: ./src/estimate/estimate.ts













/**
 * Share of wall-clock time spent training rather than restarting after failures, checkpointing and evaluating:
 * Meta reports "more than 90% effective training time" for Llama 3 on 16K H100s (Llama Team 2024, §3.3.4); a
 * job on one node loses less.
 */
const GOODPUT_MULTI_NODE = 0.9;
const GOODPUT_ONE_NODE = 0.95;
/**
 * The range around the expected time: the spread of published efficiency around the model's prediction
 * (docs/methodology.md, calibration): 80% of published runs lie within these factors of the expected GPU-hours.
 */
const RANGE = { low: 0.83, high: 1.22 };
/** With a user-given MFU the efficiency is theirs; only run-to-run variation remains: an allowance of ours, not measured. */
const RANGE_GIVEN_MFU = { low: 0.92, high: 1.1 };
function prepare(job) {
    const model = resolveModel(job.model);
    const counts = countParameters(model.arch);
    const trainable = job.lora ? loraParameters(model.arch, job.lora.rank, job.lora.targets) : counts.total;
    const base = {
        arch: model.arch, counts, method: job.method, precision: job.precision, optimizer: job.optimizer, trainable,
        sequence_length: job.training.sequence_length, micro_batch_size: job.training.micro_batch_size,
        checkpointing: job.training.gradient_checkpointing, flash_attention: job.training.flash_attention, offload: job.parallelism.offload,
        loss: job.training.loss, master_weights: job.training.master_weights, optimizer_in_backward: job.training.optimizer_in_backward, sequence_parallel: job.parallelism.sequence_parallel,
    };
    return { job, model, counts, trainable, base, tokens: job.data.tokens * job.data.epochs };
}
const scale = (r, x) => ({ low: x * r.low, expected: x, high: x * r.high });
function run(p, gpu, count, priceJob) {
    const { job, model, counts } = p;
    const layout = layoutFor(job, count);
    const memory = memoryPerGpu(p.base, layout);
    const flops = flopsPerToken(model.arch, counts, job.training.sequence_length, job.method, p.trainable, job.training.gradient_checkpointing);
    const perGpu = parametersPerGpu(counts, model.arch, layout.tensor, layout.pipeline, layout.expert);
    const eff = efficiency({
        gpu, flash_attention: job.training.flash_attention, sequence_parallel: job.parallelism.sequence_parallel, precision: job.precision, arch: model.arch, method: job.method, count, tensor: layout.tensor, pipeline: layout.pipeline,
        data_parallel: layout.data_parallel, zero: layout.zero, micro_batch_size: job.training.micro_batch_size,
        sequence_length: job.training.sequence_length, micro_batches: layout.micro_batches, parameters_per_gpu: perGpu,
        trained_per_gpu: job.lora ? p.trainable / (layout.tensor * layout.pipeline) : perGpu,
        hardware_flops_per_token: flops.hardware, model_flops_per_token: flops.model,
        attention_flops_per_token: flops.attention, full_recompute: job.training.gradient_checkpointing === 'full',
        offload: job.parallelism.offload, network_gbps: job.hardware.network_gbps ?? null,
    });
    // A given MFU is taken as is, but recomputation's extra work caps it: HFU cannot exceed 100%.
    const mfu = job.efficiency.mfu !== null ? Math.min(job.efficiency.mfu, flops.model / flops.hardware) : eff.mfu;
    const goodput = count > gpu.gpus_per_node ? GOODPUT_MULTI_NODE : GOODPUT_ONE_NODE;
    const peak = peakTflops(gpu, job.precision).tflops * 1e12;
    const tokensPerGpuSecond = (peak * mfu) / flops.model;
    const gpuHours = p.tokens / tokensPerGpuSecond / 3600 / goodput;
    const range = job.efficiency.mfu !== null ? RANGE_GIVEN_MFU : RANGE;
    const gh = scale(range, gpuHours);
    const price = choosePrice(priceJob, gpu);
    return {
        gpu, layout, memory, fits: memory.total <= capacityBytes(gpu), eff, mfu, goodput, tokens_per_gpu_second: tokensPerGpuSecond,
        gpu_hours: gh,
        wall_clock_hours: { low: gh.low / count, expected: gh.expected / count, high: gh.high / count },
        price,
        cost: { low: gh.low * price.gpu_hour_usd, expected: gh.expected * price.gpu_hour_usd, high: gh.high * price.gpu_hour_usd },
        flops_model_total: flops.model * p.tokens,
        flops_hardware_total: flops.hardware * p.tokens,
    };
}
/** Other accelerators that could run the job: the fewest of each that fit, their time and cost. */
function alternatives(p, chosen) {
    const out = [];
    for (const gpu of ACCELERATORS) {
        if (gpu.id === chosen.id)
            continue;
        if (p.job.precision === 'fp8' && gpu.tflops.fp8 === null)
            continue;
        if (p.job.precision === 'bf16' && gpu.tflops.bf16 === null)
            continue;
        if (p.job.parallelism.tensor > gpu.gpus_per_node)
            continue;
        if (pricesFor(gpu.id).length === 0)
            continue; // compare rentable GPUs only: an owned card's electricity is no rental price
        const count = layout_fewestThatFit(p.job, p.base, gpu);
        if (count === null)
            continue;
        const r = run(p, gpu, count, { ...p.job, pricing: { ...p.job.pricing, gpu_hour_usd: null } });
        out.push({ gpu: gpu.id, count, wall_clock_hours: r.wall_clock_hours.expected, cost_usd: r.cost.expected, hours: r.wall_clock_hours.expected });
    }
    const byCost = [...out].sort((a, b) => a.cost_usd - b.cost_usd || a.gpu.localeCompare(b.gpu));
    const picked = byCost.slice(0, 4);
    const fastest = [...out].sort((a, b) => a.hours - b.hours || a.gpu.localeCompare(b.gpu))[0];
    if (fastest && !picked.includes(fastest))
        picked.push(fastest);
    return picked.map(({ gpu, count, wall_clock_hours, cost_usd }) => ({ gpu, count, wall_clock_hours, cost_usd }));
}
/**
 * count: auto: the cheapest count that fits and meets plan.deadline_hours, not merely the fewest. Candidates:
 * every count from the fewest to the end of its node, then whole nodes up to twice the fewest (GPU-hours
 * rarely fall as GPUs are added, so the cheapest is near the fewest), and, when none of those meets the
 * deadline, the counts from the one GPU-hours / deadline suggests upwards (8 whole-node steps).
 */
function cheapestCount(p, gpu, fewest) {
    const job = p.job;
    const unit = job.parallelism.tensor * job.parallelism.pipeline;
    const max = Math.max(fewest, job.hardware.max_count);
    const n = gpu.gpus_per_node;
    const nodeStep = estimate_lcm(n, unit);
    const global = job.training.global_batch_size;
    const ok = (c) => c <= max && (c <= n || c % n === 0) && c % unit === 0 && (global === null || global % (job.training.micro_batch_size * (c / unit)) === 0);
    const deadline = job.plan.deadline_hours ?? Infinity;
    let best = null;
    let firstGpuHours = null;
    const consider = (c) => {
        if (!ok(c))
            return;
        const r = run(p, gpu, c, job);
        if (!r.fits)
            return;
        firstGpuHours ??= r.gpu_hours.expected;
        const x = { c, cost: r.cost.expected, meets: r.wall_clock_hours.expected <= deadline };
        // Meeting the deadline first, then the cost; ties keep the fewer GPUs (counts come in ascending order).
        if (!best || (x.meets && !best.meets) || (x.meets === best.meets && x.cost < best.cost))
            best = x;
    };
    for (let c = fewest; c <= Math.max(n, 2 * fewest) && c <= max; c = c + unit <= n ? c + unit : Math.max(nodeStep, Math.floor(c / nodeStep + 1) * nodeStep))
        consider(c);
    const found = best;
    if (firstGpuHours !== null && deadline < Infinity && !found?.meets) {
        // Wall-clock >= GPU-hours at the fewest / count: start where the deadline becomes reachable.
        const from = Math.max(fewest, Math.ceil(firstGpuHours / deadline / nodeStep) * nodeStep);
        for (let c = from, k = 0; c <= max && k < 8; c += nodeStep, k++)
            consider(c);
    }
    return best?.c ?? fewest;
}
/** With several GPU kinds allowed, the estimate uses the one whose cheapest count costs least (cheapest kind first by id on ties). */
function cheapestKind(p, job) {
    let best = null;
    for (const id of job.hardware.gpus) {
        const gpu = accelerators_findAccelerator(id);
        const fewest = layout_fewestThatFit(job, p.base, gpu);
        if (fewest === null)
            continue;
        const count = job.hardware.count === 'auto' ? cheapestCount(p, gpu, fewest) : job.hardware.count;
        const r = run(p, gpu, count, job.pricing.gpu_hour_usd === null ? job : { ...job, pricing: { ...job.pricing, gpu_hour_usd: null } });
        if (r.fits && (!best || r.cost.expected < best.cost))
            best = { gpu, cost: r.cost.expected };
    }
    return best?.gpu ?? accelerators_findAccelerator(job.hardware.gpus[0] ?? job.hardware.gpu);
}
function estimate_gcd(a, b) {
    return b === 0 ? a : estimate_gcd(b, a % b);
}
function estimate_lcm(a, b) {
    return (a * b) / estimate_gcd(a, b);
}
/** The time side of one job at its own count (no alternatives, no report): what the calibration compares. */
function runJob(job) {
    const p = prepare(job);
    const gpu = findAccelerator(job.hardware.gpu);
    const count = job.hardware.count === 'auto' ? fewestThatFit(job, p.base, gpu) ?? job.parallelism.tensor * job.parallelism.pipeline : job.hardware.count;
    return run(p, gpu, count, job);
}
/** Estimates one job: pure, deterministic, no I/O. */
function estimateJob(job) {
    const p = prepare(job);
    const gpu = job.hardware.gpus.length > 1 ? cheapestKind(p, job) : accelerators_findAccelerator(job.hardware.gpu);
    const minCount = layout_fewestThatFit(job, p.base, gpu);
    const unit = job.parallelism.tensor * job.parallelism.pipeline;
    const count = job.hardware.count === 'auto' ? (minCount === null ? unit : cheapestCount(p, gpu, minCount)) : job.hardware.count;
    const r = run(p, gpu, count, job);
    const { layout, eff } = r;
    const storage = storageBytes({ tokens: job.data.tokens, vocab: p.model.arch.vocab_size, method: job.method, precision: job.precision, optimizer: job.optimizer, total: p.counts.total, trainable: p.trainable, keep: job.checkpoints.keep });
    const energy = energyAndCarbon(r.gpu_hours.expected, gpu, r.price.provider, r.price.region, r.price.owned);
    // What ZeRO-Offload keeps in host memory per GPU: fp32 gradients and the optimizer states (with their master
    // copy), and the 16-bit weights too when parameters are offloaded; sharded like on the GPU.
    const offloadedBytes = (4 + optimizerBytes(job.optimizer, job.precision, job.training.master_weights) + (job.parallelism.offload === 'optimizer_and_params' ? 2 : 0)) * p.trainable;
    const offloaded = job.parallelism.offload === 'none' ? 0 : offloadedBytes / (layout.tensor * layout.pipeline) / (layout.zero >= 1 ? layout.data_parallel : 1);
    const assumptions = describeAssumptions({ job, gpu, model: p.model, tokens: p.tokens, minCount, count, layout, eff, run: r, energyNote: energy.assumption, range: job.efficiency.mfu !== null ? RANGE_GIVEN_MFU : RANGE });
    return {
        name: job.name,
        file: job.file,
        model: { id: p.model.id, name: p.model.name, source: p.model.source },
        method: job.method,
        precision: job.precision,
        parameters: { total: p.counts.total, trainable: p.trainable, active: p.counts.active },
        memory: { per_gpu_bytes: { ...r.memory }, gpu_capacity_bytes: capacityBytes(gpu), fits: r.fits },
        hardware: { gpu: gpu.id, count, min_count: minCount },
        parallelism: { zero: layout.zero, tensor: layout.tensor, pipeline: layout.pipeline, data: layout.data_parallel, offload: job.parallelism.offload, micro_batches: layout.micro_batches },
        compute: {
            flops: r.flops_model_total,
            mfu: r.mfu,
            hfu: r.mfu * (r.flops_hardware_total / r.flops_model_total),
            tokens: p.tokens,
            gpu_hours: r.gpu_hours,
            wall_clock_hours: r.wall_clock_hours,
            tokens_per_gpu_second: r.tokens_per_gpu_second,
            goodput: r.goodput,
            step_seconds: { ...eff.step },
        },
        cost_usd: r.cost,
        price: { gpu_hour_usd: r.price.gpu_hour_usd, source: r.price.source, as_of: r.price.as_of, provider: r.price.provider, market: r.price.market },
        storage_bytes: storage,
        energy_kwh: energy.energy_kwh,
        co2_kg: energy.co2_kg,
        host: hostGuidance(gpu, count, offloaded),
        alternatives: alternatives(p, gpu),
        assumptions,
        violations: [],
        advice: [],
    };
}

;// CONCATENATED MODULE: ./src/compare/base.ts





/** `model.config` paths a manifest names (one job or `jobs:`), read without validating anything else. */
function configPaths(text) {
    try {
        const doc = (0,dist/* parse */.qg)(text, { maxAliasCount: 100 });
        const jobs = doc?.jobs;
        const list = Array.isArray(jobs) ? jobs : [doc];
        return list.map((j) => j?.model?.config).filter((c) => typeof c === 'string');
    }
    catch {
        return [];
    }
}
/** The files each head manifest's jobs read besides the manifest (config.json), root-relative. */
function namedFiles(jobs) {
    const out = new Map();
    for (const j of jobs) {
        if (j.model.kind !== 'architecture' || !j.model.config_path)
            continue;
        if (!out.has(j.file))
            out.set(j.file, new Set());
        out.get(j.file).add(j.model.config_path);
    }
    return out;
}
/**
 * Reads each manifest the change touches as it is at the base commit, with the config.json files it names, and
 * estimates it. A manifest counts as touched when it, or a file it names, changed. A manifest new in the change
 * has no base version; one that cannot be read is reported and compared as unchanged.
 */
async function estimateBase(read, prefix, headFiles, changed, named = new Map()) {
    const toRoot = (repoPath) => (prefix === '' ? repoPath : repoPath.startsWith(prefix + '/') ? repoPath.slice(prefix.length + 1) : null);
    const toRepo = (rootPath) => (prefix === '' ? rootPath : `${prefix}/${rootPath}`);
    const head = new Set(headFiles);
    const touched = new Set();
    const unreadable = new Set();
    const notes = [];
    const estimates = [];
    const wanted = new Map(); // head name -> base path
    for (const f of changed) {
        if (!isManifestName(f.filename) && !(f.previous_filename && isManifestName(f.previous_filename)))
            continue;
        const now = toRoot(f.filename);
        if (f.status === 'removed') {
            if (now !== null)
                wanted.set(now, now);
            continue;
        }
        if (now === null || !head.has(now))
            continue;
        touched.add(now);
        if (f.status === 'added')
            continue;
        const before = f.status === 'renamed' && f.previous_filename ? toRoot(f.previous_filename) : now;
        if (before !== null)
            wanted.set(now, before);
    }
    // A manifest left alone whose config.json changed: its jobs changed too, so read its base version.
    const changedPaths = new Set(changed.flatMap((f) => [f.filename, f.previous_filename ?? '']).map(toRoot).filter((p) => p !== null));
    for (const [file, files] of named) {
        if (touched.has(file) || !head.has(file) || ![...files].some((p) => changedPaths.has(p)))
            continue;
        touched.add(file);
        wanted.set(file, file);
    }
    for (const [headName, basePath] of wanted) {
        let text;
        try {
            text = await read(toRepo(basePath));
        }
        catch (e) {
            notes.push(`could not read the base version of ${basePath} (${errorText(e)}): compared as unchanged`);
            unreadable.add(headName);
            continue;
        }
        if (text === null)
            continue; // no base version: the job is new
        const configs = new Map();
        for (const c of configPaths(text)) {
            const rel = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.dirname(basePath), c));
            if (rel === '..' || rel.startsWith('../') || external_node_path_namespaceObject.posix.isAbsolute(rel))
                continue;
            try {
                const t = await read(toRepo(rel));
                configs.set(rel, t === null ? { ok: false, error: 'no such file at the base commit' } : { ok: true, text: t });
            }
            catch (e) {
                configs.set(rel, { ok: false, error: `unreadable at the base commit (${errorText(e)})` });
            }
        }
        const parsed = parseManifest(text, {
            file: headName,
            repoPath: basePath,
            readRepoFile: (p) => configs.get(p) ?? { ok: false, error: 'no such file at the base commit' },
        });
        if (parsed.problems.length) {
            const p = parsed.problems[0];
            notes.push(`the base version of ${basePath} is not a valid manifest (${p.line}:${p.col}: ${p.message}): compared as new`);
            continue;
        }
        estimates.push(...parsed.jobs.map(estimateJob));
    }
    return { estimates, touched, unreadable, notes };
}
/** An HTTP status when the error has one, else its message. */
function errorText(e) {
    const s = e?.status;
    return typeof s === 'number' ? String(s) : e instanceof Error ? e.message : String(e);
}

;// CONCATENATED MODULE: ./src/compare/with-base.ts


/**
 * The head report against the base: the base versions of what changed, estimated, and for every manifest the
 * change leaves alone (or whose base could not be read) the head estimate itself. The action (GitHub's contents
 * API) and `estimate --base` (git show) differ only in how they read and list files.
 */
async function compareWithBase(read, changed, prefix, files, jobs, report, notes = []) {
    const base = await estimateBase(read, prefix, files, changed, namedFiles(jobs));
    const touched = new Set([...base.touched].filter((f) => !base.unreadable.has(f)));
    const unchangedHead = report.jobs.filter((j) => !touched.has(j.file));
    return compareReports([...base.estimates, ...unchangedHead], report, touched, [...notes, ...base.notes]);
}

;// CONCATENATED MODULE: ./src/estimate/setup.ts






/** The manifest's job with a set-up's keys written in: what `estimate` would read had the user written them. */
function jobWithSetup(job, s) {
    return {
        ...job,
        hardware: { ...job.hardware, gpu: s.gpu, count: s.count, gpus: [s.gpu], gpu_choice: 'one' },
        parallelism: { ...job.parallelism, zero: s.zero, tensor: s.tensor, pipeline: s.pipeline, offload: s.offload },
        training: { ...job.training, micro_batch_size: s.micro_batch_size, gradient_checkpointing: s.gradient_checkpointing },
    };
}
/** A job with another optimizer (the 8-bit optimizer is one of the fixes for a job that does not fit). */
function jobWithOptimizer(job, optimizer) {
    return { ...job, optimizer };
}
/**
 * The job priced on another GPU kind: a price the manifest sets (`pricing.gpu_hour_usd`) is the price of the
 * GPU it names, so it applies to that kind only; other kinds take the estimator's usual price path
 * (src/estimate/pricing.ts: provider list price, catalog median, proxy, electricity).
 */
function priceJobFor(job, gpu) {
    if (job.pricing.gpu_hour_usd === null || (job.hardware.gpu_choice === 'one' && gpu === job.hardware.gpu))
        return job;
    return { ...job, pricing: { ...job.pricing, gpu_hour_usd: null } };
}
/**
 * Prepare once, score many: the model, its parameter counts and memory inputs are worked out once per job,
 * then each set-up costs one memory evaluation (`memory`) or one full time-and-cost evaluation (`score`), both
 * through the estimator's own functions (memoryPerGpu, run): the planner has no physics of its own.
 */
class SetupScorer {
    job;
    prepared;
    priceJobs = new Map();
    /** Set-ups given a full evaluation so far. */
    scored = 0;
    constructor(job) {
        this.job = job;
        this.prepared = prepare(job);
    }
    variant(s) {
        const job = jobWithSetup(this.job, s);
        const base = { ...this.prepared.base, micro_batch_size: s.micro_batch_size, checkpointing: s.gradient_checkpointing, offload: s.offload };
        return { p: { ...this.prepared, job, base }, job };
    }
    accelerator(id) {
        return accelerators_findAccelerator(id);
    }
    capacity(gpu) {
        return capacityBytes(this.accelerator(gpu));
    }
    /**
     * A floor under the GPU-hours and cost of any set-up on this GPU kind: the model's FLOPs at the highest MFU
     * the estimator can give (its matmul efficiency, maxKernelShare, before any memory-bound, communication or bubble loss,
     * or the manifest's own MFU) and the best goodput. The planner skips kinds whose floor is already dearer
     * (or slower) than the best set-up found: pruning that cannot lose the optimum.
     */
    floor(gpuId) {
        const gpu = this.accelerator(gpuId);
        const { model, counts, trainable, tokens } = this.prepared;
        const flops = flopsPerToken(model.arch, counts, this.job.training.sequence_length, this.job.method, trainable, 'none').model * tokens;
        const mfu = this.job.efficiency.mfu ?? maxKernelShare(gpu);
        const gpuHours = flops / (peakTflops(gpu, this.job.precision).tflops * 1e12 * mfu) / 3600 / GOODPUT_ONE_NODE;
        return { gpu_hours: gpuHours, cost_usd: gpuHours * this.price(gpuId) };
    }
    price(gpuId) {
        let priceJob = this.priceJobs.get(gpuId);
        if (!priceJob)
            this.priceJobs.set(gpuId, (priceJob = priceJobFor(this.job, gpuId)));
        return choosePrice(priceJob, this.accelerator(gpuId)).gpu_hour_usd;
    }
    /** Memory per GPU, bytes, of the most loaded GPU. */
    /** Memory-only evaluations so far. */
    measured = 0;
    memory(s) {
        this.measured++;
        // The planner calls this thousands of times per plan: only the memory inputs that vary are rebuilt, and
        // the split is layoutFor's (data-parallel ranks = count / (tensor x pipeline)); memoryPerGpu reads nothing else.
        const base = this.prepared.base;
        const input = base.micro_batch_size === s.micro_batch_size && base.checkpointing === s.gradient_checkpointing && base.offload === s.offload
            ? base
            : { ...base, micro_batch_size: s.micro_batch_size, checkpointing: s.gradient_checkpointing, offload: s.offload };
        return memoryPerGpu(input, { tensor: s.tensor, pipeline: s.pipeline, data_parallel: Math.max(1, Math.floor(s.count / (s.tensor * s.pipeline))), zero: s.zero }).total;
    }
    /** The estimator's full figures for the set-up (expected values). */
    score(s) {
        this.scored++;
        const { p } = this.variant(s);
        const gpu = this.accelerator(s.gpu);
        let priceJob = this.priceJobs.get(s.gpu);
        if (!priceJob)
            this.priceJobs.set(s.gpu, (priceJob = priceJobFor(this.job, s.gpu)));
        const r = run(p, gpu, s.count, priceJob);
        return {
            setup: s,
            fits: r.fits,
            memory_per_gpu_bytes: r.memory.total,
            capacity_bytes: capacityBytes(gpu),
            wall_clock_hours: r.wall_clock_hours.expected,
            gpu_hours: r.gpu_hours.expected,
            cost_usd: r.cost.expected,
            mfu: r.mfu,
            data_parallel: r.layout.data_parallel,
        };
    }
}

;// CONCATENATED MODULE: ./src/plan/space.ts

/** Micro-batch sizes tried when the manifest does not set one: powers of two, as people run them. */
const MICRO_BATCHES = [1, 2, 4, 8, 16, 32];
const CHECKPOINTING_ORDER = ['none', 'selective', 'full'];
const OFFLOAD_ORDER = ['none', 'optimizer', 'optimizer_and_params'];
/** Whether the manifest wrote `path` (dotted) itself, rather than taking the default. */
const wrote = (job, path) => Object.prototype.hasOwnProperty.call(job.positions, path);
/** The space a job's manifest leaves open; `gpus` narrows the kinds further (the CLI's --gpus). */
function spaceOf(job, opts = {}) {
    const free = opts.free ?? false; // free: every key open (advice), except the model, method, data and precision
    const fixed = (path) => !free && wrote(job, path);
    const arch = resolveModel(job.model).arch;
    const gpus = opts.gpus ? job.hardware.gpus.filter((g) => opts.gpus.includes(g)) : job.hardware.gpus;
    return {
        gpus,
        count: fixed('hardware.count') && job.hardware.count !== 'auto' ? job.hardware.count : null,
        max_count: job.hardware.max_count,
        zero: fixed('parallelism.zero') && job.parallelism.zero !== null ? [job.parallelism.zero] : [0, 1, 2, 3],
        tensor: fixed('parallelism.tensor') ? [job.parallelism.tensor] : null,
        pipeline: fixed('parallelism.pipeline') ? [job.parallelism.pipeline] : null,
        offload: fixed('parallelism.offload') ? [job.parallelism.offload] : OFFLOAD_ORDER,
        micro_batch_size: fixed('training.micro_batch_size') ? [job.training.micro_batch_size] : MICRO_BATCHES,
        gradient_checkpointing: fixed('training.gradient_checkpointing') ? [job.training.gradient_checkpointing] : CHECKPOINTING_ORDER,
        global_batch_size: job.training.global_batch_size,
        heads: arch.attention_heads,
        kv_heads: arch.kv_heads,
        layers: arch.layers,
    };
}
const divisors = (n) => Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0);
/**
 * Tensor degrees: divide the query and key/value heads (Megatron-LM splits both across ranks) and stay within one
 * node (tensor parallelism's all-reduces need NVLink-class bandwidth, the rule `validate` applies).
 */
function tensorOptions(space, gpu) {
    const all = space.tensor ?? divisors(space.heads).filter((t) => space.kv_heads % t === 0);
    return all.filter((t) => t <= gpu.gpus_per_node);
}
/** Pipeline stages: divide the layers (each stage the same number of blocks). */
function pipelineOptions(space) {
    return space.pipeline ?? divisors(space.layers);
}
/**
 * ZeRO stages a layout may use: DeepSpeed refuses ZeRO-2 and ZeRO-3 with pipeline parallelism ("ZeRO-2 and
 * ZeRO-3 are incompatible with pipeline parallelism", deepspeed/runtime/pipe/engine.py), so pipelines run
 * ZeRO 0 or 1. Offloading the optimizer needs a ZeRO stage >= 1 and offloading parameters ZeRO-3 (the rules of
 * `validate`).
 */
function zeroOffloadOptions(space, pipeline) {
    const out = [];
    for (const zero of space.zero) {
        if (pipeline > 1 && zero > 1)
            continue;
        for (const offload of space.offload) {
            if (offload === 'optimizer' && zero === 0)
                continue;
            if (offload === 'optimizer_and_params' && zero !== 3)
                continue;
            out.push({ zero, offload });
        }
    }
    return out;
}
/**
 * Counts a layout may run on: multiples of tensor x pipeline, 1..GPUs per node and then whole nodes (what is
 * rented), at most `max`; with a global batch, only counts whose data-parallel ranks divide it (the rule of
 * `validate`). Ascending.
 */
function countOptions(space, gpu, tensor, pipeline, micro, max) {
    const unit = tensor * pipeline;
    const ok = (c) => c % unit === 0 && (space.global_batch_size === null || space.global_batch_size % (micro * (c / unit)) === 0);
    if (space.count !== null)
        return space.count <= max && ok(space.count) ? [space.count] : [];
    const out = [];
    const n = gpu.gpus_per_node;
    for (let c = unit; c <= Math.min(n, max); c += unit)
        if (ok(c))
            out.push(c);
    for (let c = 2 * n; c <= max; c += n)
        if (ok(c))
            out.push(c);
    return out;
}
/** A set-up's layout keys in one order, for deterministic tie-breaks. */
function setupRank(s) {
    return [s.count, OFFLOAD_ORDER.indexOf(s.offload), CHECKPOINTING_ORDER.indexOf(s.gradient_checkpointing), s.zero, s.tensor, s.pipeline, s.micro_batch_size];
}

;// CONCATENATED MODULE: ./src/plan/search.ts

const EPS = 1e-9;
function lexLess(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] < b[i];
    return false;
}
/** Deterministic order: cost, then wall-clock, then fewer GPUs and simpler layouts, then the GPU id. */
function cheaper(a, b) {
    if (Math.abs(a.cost_usd - b.cost_usd) > EPS * Math.max(a.cost_usd, b.cost_usd))
        return a.cost_usd < b.cost_usd;
    if (Math.abs(a.wall_clock_hours - b.wall_clock_hours) > EPS * Math.max(a.wall_clock_hours, b.wall_clock_hours))
        return a.wall_clock_hours < b.wall_clock_hours;
    return tieLess(a, b);
}
function faster(a, b) {
    if (Math.abs(a.wall_clock_hours - b.wall_clock_hours) > EPS * Math.max(a.wall_clock_hours, b.wall_clock_hours))
        return a.wall_clock_hours < b.wall_clock_hours;
    if (Math.abs(a.cost_usd - b.cost_usd) > EPS * Math.max(a.cost_usd, b.cost_usd))
        return a.cost_usd < b.cost_usd;
    return tieLess(a, b);
}
function tieLess(a, b) {
    const ra = setupRank(a.setup);
    const rb = setupRank(b.setup);
    if (lexLess(ra, rb))
        return true;
    if (lexLess(rb, ra))
        return false;
    return a.setup.gpu < b.setup.gpu;
}
/** Fewer GPUs first, then cheaper. */
function fewer(a, b) {
    return a.setup.count !== b.setup.count ? a.setup.count < b.setup.count : cheaper(a, b);
}
/**
 * The pruned search. It relies on three properties of the estimator, each checked against a brute-force scan
 * of every set-up in __tests__/plan-search.test.ts:
 *  1. memory per GPU never grows with the count once a job spans more than one GPU (ZeRO shards by the
 *     data-parallel ranks; everything else is fixed by tensor x pipeline), and grows with the micro-batch;
 *  2. at one count, less recomputation or less offload is never slower or dearer (it only saves memory), so a
 *     variant that recomputes or offloads more is a candidate only at counts where the lighter one does not fit;
 *  3. for one layout, GPU-hours never fall as GPUs are added (communication and goodput only get worse), so
 *     along the counts the cost is non-decreasing and wall-clock >= GPU-hours at the fewest / count.
 * And one floor: no set-up on a GPU kind beats the kind's floor (SetupScorer.floor).
 */
function search(scorer, space, goals) {
    const maxGpus = Math.min(space.max_count, goals.max_gpus ?? Infinity);
    const D = goals.deadline_hours ?? Infinity;
    const C = goals.max_cost_usd ?? Infinity;
    const start = scorer.scored;
    const points = [];
    let minimum = null;
    let recommendedCost = null; // min cost with wall <= D and cost <= C
    let fastest = null; // min wall with cost <= C
    let cheapest = null;
    let leastMemory = null;
    const score = (s) => {
        const r = scorer.score(s);
        if (!r.fits)
            return r;
        points.push(r);
        if (!cheapest || cheaper(r, cheapest))
            cheapest = r;
        if (r.cost_usd <= C) {
            if (!fastest || faster(r, fastest))
                fastest = r;
            if (r.wall_clock_hours <= D && (!recommendedCost || cheaper(r, recommendedCost)))
                recommendedCost = r;
        }
        return r;
    };
    // Kinds in order of their floor, so good incumbents come early and the floors prune the rest.
    const kinds = space.gpus.map((g) => ({ g, floor: scorer.floor(g) })).sort((a, b) => a.floor.cost_usd - b.floor.cost_usd || a.g.localeCompare(b.g));
    for (const { g, floor } of kinds) {
        const gpu = scorer.accelerator(g);
        const cap = scorer.capacity(g);
        const needCurves = (maxC) => !recommendedCost || floor.cost_usd <= recommendedCost.cost_usd * (1 + EPS) || !fastest || floor.gpu_hours / maxC <= fastest.wall_clock_hours * (1 + EPS);
        for (const tensor of tensorOptions(space, gpu)) {
            for (const pipeline of pipelineOptions(space)) {
                if (tensor * pipeline > maxGpus)
                    continue;
                const countsByMicro = new Map();
                for (const { zero, offloads } of groupByZero(zeroOffloadOptions(space, pipeline))) {
                    // Variants in order of weight (less offload and recomputation first), so each one's lighter
                    // variants are known: it is searched only below the count where one of them fits.
                    const ordered = offloads.flatMap((offload) => space.gradient_checkpointing.map((ckpt) => ({ offload, ckpt, o: OFFLOAD_ORDER.indexOf(offload), c: CHECKPOINTING_ORDER.indexOf(ckpt) })));
                    ordered.sort((a, b) => a.o - b.o || a.c - b.c);
                    for (const micro of space.micro_batch_size) {
                        let counts = countsByMicro.get(micro);
                        if (!counts)
                            countsByMicro.set(micro, (counts = countOptions(space, gpu, tensor, pipeline, micro, maxGpus)));
                        if (!counts.length)
                            continue;
                        const mk = (count, offload, ckpt) => ({ gpu: g, count, zero, tensor, pipeline, offload, micro_batch_size: micro, gradient_checkpointing: ckpt });
                        const variants = [];
                        for (const { offload, ckpt, o, c } of ordered) {
                            let limit = counts.length;
                            for (const w of variants)
                                if (w.o <= o && w.c <= c && w.first < limit)
                                    limit = w.first;
                            const first = limit === 0 ? 0 : firstFit((i) => scorer.memory(mk(counts[i], offload, ckpt)) <= cap, limit);
                            // first === limit: no fit below the limit, so an empty range; heavier variants' limits need no more,
                            // since every variant lighter than this one is lighter than them too.
                            variants.push({ offload, ckpt, first, limit, o, c });
                            if (first === counts.length && !minimum) {
                                const s = mk(counts[counts.length - 1], offload, ckpt);
                                const bytes = scorer.memory(s);
                                if (!leastMemory || bytes / cap < leastMemory.bytes / leastMemory.capacity)
                                    leastMemory = { setup: s, bytes, capacity: cap };
                            }
                        }
                        const live = variants.filter((v) => v.first < v.limit);
                        if (!variants.some((v) => v.first < counts.length))
                            break; // a larger micro-batch needs more memory still
                        for (const v of live) {
                            const at = (i) => mk(counts[i], v.offload, v.ckpt);
                            // Minimum: the fewest GPUs; only the first count of a curve can be it.
                            if (!minimum || counts[v.first] <= minimum.setup.count) {
                                const s0 = score(at(v.first));
                                if (!minimum || fewer(s0, minimum))
                                    minimum = s0;
                            }
                            if (!needCurves(counts[v.limit - 1]))
                                continue;
                            curve(v.first, v.limit, at, counts);
                        }
                    }
                }
            }
        }
    }
    /** One layout along its counts [lo, hi): the cheapest count within the deadline, and the fastest within the cost limit. */
    function curve(lo, hi, at, counts) {
        const cache = new Map();
        const get = (i) => {
            let s = cache.get(i);
            if (!s)
                cache.set(i, (s = score(at(i))));
            return s;
        };
        const s0 = get(lo);
        const gh0 = s0.gpu_hours;
        if (s0.cost_usd > C)
            return; // cost only grows with the count
        const cmax = counts[hi - 1];
        // Cheapest within the deadline: the first count whose wall-clock meets it (cost grows with the count).
        if (!recommendedCost || s0.cost_usd <= recommendedCost.cost_usd * (1 + EPS)) {
            let i = lo;
            while (i < hi && gh0 / counts[i] > D)
                i++; // wall-clock >= gh0 / count
            for (; i < hi; i++) {
                const s = get(i);
                if (s.cost_usd > C || (recommendedCost && s.cost_usd > recommendedCost.cost_usd * (1 + EPS)))
                    break;
                if (s.wall_clock_hours <= D)
                    break;
                if (s.gpu_hours / cmax > D)
                    break; // no later count can meet the deadline
            }
        }
        // Fastest within the cost limit: the largest affordable count, its halvings down to the fewest, then a local
        // refinement around the best of them. Wall-clock need not fall with every GPU added (past some count the
        // network costs more than the extra GPUs give), so this part is a sampled search, not an exhaustive one.
        if (fastest && gh0 / cmax > fastest.wall_clock_hours * (1 + EPS))
            return;
        let top = hi - 1;
        if (C < Infinity && get(top).cost_usd > C) {
            let a = lo; // cost(a) <= C < cost(top)
            let b = top;
            while (b - a > 1) {
                const m = (a + b) >> 1;
                if (get(m).cost_usd <= C)
                    a = m;
                else
                    b = m;
            }
            top = a;
        }
        const sampled = [];
        for (let i = top;;) {
            sampled.push(i);
            if (i === lo)
                break;
            const half = counts[i] / 2;
            let j = i;
            while (j > lo && counts[j] > half)
                j--;
            if (gh0 / counts[j] > get(top).wall_clock_hours * 2)
                break; // far below: slower than the top by 2x at best
            i = j;
        }
        let best = sampled[0];
        for (const i of sampled)
            if (faster(get(i), get(best)))
                best = i;
        // Refine between the best sample's neighbours among the samples.
        const k = sampled.indexOf(best);
        let a = sampled[k + 1] ?? best;
        let b = sampled[k - 1] ?? best;
        while (b - a > 1) {
            const m1 = (a + best) >> 1;
            const m2 = (best + b + 1) >> 1;
            if (m1 > a && m1 < best && faster(get(m1), get(best))) {
                b = best;
                best = m1;
                continue;
            }
            if (m2 < b && m2 > best && faster(get(m2), get(best))) {
                a = best;
                best = m2;
                continue;
            }
            a = m1 > a && m1 < best ? m1 : best;
            b = m2 < b && m2 > best ? m2 : best;
            if (a === best && b === best)
                break;
        }
    }
    const fits = points.filter((p) => p.fits);
    const recommended = goals.objective === 'time' ? (fastest && fastest.wall_clock_hours <= D ? fastest : null) : recommendedCost;
    return { minimum, recommended, fastest, cheapest, points: fits, evaluated: scorer.scored - start, least_memory: minimum ? null : leastMemory };
}
function groupByZero(opts) {
    const out = [];
    for (const o of opts) {
        const g = out.find((x) => x.zero === o.zero);
        if (g)
            g.offloads.push(o.offload);
        else
            out.push({ zero: o.zero, offloads: [o.offload] });
    }
    return out;
}
/**
 * Index of the first count that fits, or n. The first count (one GPU, or one tensor x pipeline group) is checked
 * on its own: on one GPU there are no communication buffers, so it may fit where two GPUs do not; past it,
 * memory never grows with the count and a bisection finds the boundary.
 */
function firstFit(fits, n) {
    if (n === 0)
        return 0;
    if (fits(0))
        return 0;
    if (n === 1 || !fits(n - 1))
        return n;
    let lo = 0; // !fits(lo) (or lo is the special first)
    let hi = n - 1; // fits(hi)
    while (hi - lo > 1) {
        const m = (lo + hi) >> 1;
        if (fits(m))
            hi = m;
        else
            lo = m;
    }
    return hi;
}

;// CONCATENATED MODULE: ./src/plan/words.ts
/** Number words for the planner's sentences (fixed format, no locale lookup: toLocaleString is slow in a hot path). */
const thousands = (n) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const hoursWord = (x) => (x < 10 ? x.toFixed(1) : thousands(x));
const usdWord = (x) => (x >= 100 ? `$${thousands(x)}` : `$${x.toFixed(2)}`);
const gibWord = (x) => `${(x / 2 ** 30).toFixed(1)} GiB`;

;// CONCATENATED MODULE: ./src/plan/advice.ts



/** Thresholds of the issue: a layout advice saves at least 15%, another GPU kind at least 25%. */
const LAYOUT_SAVING = 0.15;
const GPU_SAVING = 0.25;
/** Without a deadline, another GPU kind or layout may take at most this much longer than the job's own set-up (our choice: the issue names 1.5x for GPU kinds). */
const GPU_SLOWER = 1.5;

/** The job's own set-up, as the estimate laid it out. */
function ownSetup(e, job) {
    return {
        gpu: e.hardware.gpu, count: e.hardware.count, zero: e.parallelism.zero, tensor: e.parallelism.tensor, pipeline: e.parallelism.pipeline,
        offload: job.parallelism.offload, micro_batch_size: job.training.micro_batch_size, gradient_checkpointing: job.training.gradient_checkpointing,
    };
}
/** The manifest keys in which `to` differs from `from`. */
function changes(from, to) {
    const out = {};
    if (to.gpu !== from.gpu)
        out['hardware.gpu'] = to.gpu;
    if (to.count !== from.count)
        out['hardware.count'] = to.count;
    if (to.zero !== from.zero)
        out['parallelism.zero'] = to.zero;
    if (to.tensor !== from.tensor)
        out['parallelism.tensor'] = to.tensor;
    if (to.pipeline !== from.pipeline)
        out['parallelism.pipeline'] = to.pipeline;
    if (to.offload !== from.offload)
        out['parallelism.offload'] = to.offload;
    if (to.micro_batch_size !== from.micro_batch_size)
        out['training.micro_batch_size'] = to.micro_batch_size;
    if (to.gradient_checkpointing !== from.gradient_checkpointing)
        out['training.gradient_checkpointing'] = to.gradient_checkpointing;
    return out;
}
const words = (c) => Object.entries(c).map(([k, v]) => `${k}: ${v}`).join(', ');
function advice(kind, summary, change, s, before) {
    return { kind, summary, change, memory_per_gpu_bytes: s.memory_per_gpu_bytes, wall_clock_hours: s.wall_clock_hours, cost_usd: s.cost_usd, saving_fraction: before > 0 ? 1 - s.cost_usd / before : 0 };
}
/** A job that does not fit: the single changes that make it fit, cheapest first; else the smallest combination. */
function fitAdvice(job, e, scorer, own) {
    const opts = [];
    const at = (s) => {
        const to = { ...own, ...s };
        return { change: changes(own, to), score: () => scorer.score(to) };
    };
    const i = CHECKPOINTING_ORDER.indexOf(own.gradient_checkpointing);
    for (const c of CHECKPOINTING_ORDER.slice(i + 1))
        opts.push(at({ gradient_checkpointing: c }));
    for (const m of MICRO_BATCHES.filter((m) => m < own.micro_batch_size))
        opts.push(at({ micro_batch_size: m }));
    for (const z of [1, 2, 3])
        if (z > own.zero && (own.pipeline === 1 || z <= 1) && own.count > own.tensor * own.pipeline)
            opts.push(at({ zero: z }));
    if (own.offload === 'none' && own.zero >= 1)
        opts.push(at({ offload: 'optimizer' }));
    if (own.offload !== 'optimizer_and_params' && own.zero === 3)
        opts.push(at({ offload: 'optimizer_and_params' }));
    if (e.hardware.min_count !== null && e.hardware.min_count !== own.count)
        opts.push(at({ count: e.hardware.min_count }));
    // Changes outside the set-up: another optimizer, method or sequence length, scored on a job that says so.
    const other = (change, variant) => ({ change, score: () => new SetupScorer(variant).score(own) });
    if (job.optimizer === 'adamw')
        opts.push(other({ optimizer: 'adamw_8bit' }, { ...job, optimizer: 'adamw_8bit' }));
    if (job.method === 'lora' && job.precision !== 'fp8')
        opts.push(other({ method: 'qlora' }, { ...job, method: 'qlora' }));
    for (const s of [job.training.sequence_length / 2, job.training.sequence_length / 4]) {
        if (Number.isInteger(s) && s >= 256)
            opts.push(other({ 'training.sequence_length': s }, { ...job, training: { ...job.training, sequence_length: s } }));
    }
    const before = e.cost_usd.expected;
    const fits = opts.map((o) => ({ o, s: o.score() })).filter((x) => x.s.fits).sort((a, b) => a.s.cost_usd - b.s.cost_usd);
    if (fits.length) {
        return fits.map(({ o, s }) => advice('fit', `fits with ${words(o.change)}: ${gibWord(s.memory_per_gpu_bytes)} per GPU, ${usdWord(s.cost_usd)}`, o.change, s, before));
    }
    // No single change: the cheapest set-up that fits on the same GPU kind and count, else the fewest GPUs of
    // that kind that hold it (the planner's minimum).
    const space = spaceOf(job, { free: true, gpus: [own.gpu] });
    const goals = { objective: 'cost', deadline_hours: null, max_cost_usd: null, max_gpus: null };
    const same = search(scorer, { ...space, count: own.count, max_count: Math.max(own.count, space.max_count) }, goals).cheapest;
    const m = same ?? search(scorer, { ...space, count: null, max_count: Math.max(own.count, space.max_count) }, goals).minimum;
    if (!m)
        return [];
    const change = changes(own, m.setup);
    return [advice('fit', `no single change fits; together: ${words(change)}: ${gibWord(m.memory_per_gpu_bytes)} per GPU, ${usdWord(m.cost_usd)}`, change, m, before)];
}
/** A cheaper layout on the same GPU kind, at the same or a smaller count. */
function layoutAdvice(job, e, scorer, own) {
    const space = { ...spaceOf(job, { free: true, gpus: [own.gpu] }), count: null, max_count: own.count };
    // Within the deadline, or without one within 1.5x the job's own wall-clock: a layout that saves money by
    // taking far longer (one GPU instead of eight) is not advice anyone asked for.
    const deadline = job.plan.deadline_hours ?? e.compute.wall_clock_hours.expected * GPU_SLOWER;
    const r = search(scorer, space, { objective: 'cost', deadline_hours: deadline, max_cost_usd: null, max_gpus: own.count });
    const best = r.recommended;
    if (!best || best.cost_usd > e.cost_usd.expected * (1 - LAYOUT_SAVING))
        return [];
    const change = changes(own, best.setup);
    const save = 1 - best.cost_usd / e.cost_usd.expected;
    return [advice('layout', `${words(change)}: ${usdWord(best.cost_usd)} instead of ${usdWord(e.cost_usd.expected)} (${Math.round(save * 100)}% less), ${hoursWord(best.wall_clock_hours)} h`, change, best, e.cost_usd.expected)];
}
/** Another GPU kind at least 25% cheaper within the deadline (or 1.5x the wall-clock), from the estimate's alternatives. */
function gpuAdvice(job, e, own) {
    const limit = job.plan.deadline_hours ?? e.compute.wall_clock_hours.expected * GPU_SLOWER;
    const pick = e.alternatives
        .filter((a) => a.cost_usd <= e.cost_usd.expected * (1 - GPU_SAVING) && a.wall_clock_hours <= limit)
        .sort((a, b) => a.cost_usd - b.cost_usd || a.gpu.localeCompare(b.gpu))[0];
    if (!pick)
        return [];
    const to = { ...own, gpu: pick.gpu, count: pick.count };
    // The alternatives keep the manifest's layout; ZeRO as layoutFor decides it for that count.
    const s = new SetupScorer(job).score({ ...to, zero: job.parallelism.zero ?? (pick.count === 1 ? 0 : 3) });
    const change = changes(own, to);
    return [advice('gpu', `${pick.count} x ${pick.gpu}: ${usdWord(pick.cost_usd)} instead of ${usdWord(e.cost_usd.expected)} (${Math.round((1 - pick.cost_usd / e.cost_usd.expected) * 100)}% less), ${hoursWord(pick.wall_clock_hours)} h`, change, { memory_per_gpu_bytes: s.memory_per_gpu_bytes, wall_clock_hours: pick.wall_clock_hours, cost_usd: pick.cost_usd }, e.cost_usd.expected)];
}
/** The advice of one estimate: how to make it fit, a cheaper layout, a cheaper GPU kind. Pure. */
function adviseJob(job, e) {
    const own = ownSetup(e, job);
    const scorer = new SetupScorer(job);
    if (!e.memory.fits)
        return fitAdvice(job, e, scorer, own);
    return [...layoutAdvice(job, e, scorer, own), ...gpuAdvice(job, e, own)];
}
/** An estimate with its advice filled in. */
function withAdvice(job, e) {
    return { ...e, advice: adviseJob(job, e) };
}

;// CONCATENATED MODULE: ./src/report/json.ts
const r = (x, digits) => {
    const f = 10 ** digits;
    return Math.round(x * f) / f;
};
const range = (x, digits) => ({ low: r(x.low, digits), expected: r(x.expected, digits), high: r(x.high, digits) });
/** A step's named terms in seconds (microseconds kept), with its flags. */
function stepSeconds(st) {
    const out = {};
    for (const [k, v] of Object.entries(st))
        out[k] = typeof v === 'number' ? r(v, k === 'tokens' ? 0 : 6) : v;
    return out;
}
/** One job in the report's key order, numbers rounded to what their units can mean (bytes whole, cents, ...). */
function job(j) {
    const m = j.memory.per_gpu_bytes;
    return {
        name: j.name,
        file: j.file,
        model: j.model,
        method: j.method,
        precision: j.precision,
        parameters: j.parameters,
        memory: {
            per_gpu_bytes: { weights: r(m.weights, 0), gradients: r(m.gradients, 0), optimizer: r(m.optimizer, 0), activations: r(m.activations, 0), overhead: r(m.overhead, 0), total: r(m.total, 0) },
            gpu_capacity_bytes: j.memory.gpu_capacity_bytes,
            fits: j.memory.fits,
        },
        hardware: j.hardware,
        parallelism: j.parallelism,
        compute: {
            flops: r(j.compute.flops, 0),
            mfu: r(j.compute.mfu, 4),
            hfu: r(j.compute.hfu, 4),
            tokens: j.compute.tokens,
            gpu_hours: range(j.compute.gpu_hours, 3),
            wall_clock_hours: range(j.compute.wall_clock_hours, 3),
            tokens_per_gpu_second: r(j.compute.tokens_per_gpu_second, 1),
            goodput: j.compute.goodput,
            step_seconds: stepSeconds(j.compute.step_seconds),
        },
        cost_usd: range(j.cost_usd, 2),
        price: { ...j.price, gpu_hour_usd: r(j.price.gpu_hour_usd, 4) },
        storage_bytes: { dataset: r(j.storage_bytes.dataset, 0), base_model: r(j.storage_bytes.base_model, 0), checkpoints: r(j.storage_bytes.checkpoints, 0), total: r(j.storage_bytes.total, 0) },
        energy_kwh: r(j.energy_kwh, 3),
        co2_kg: r(j.co2_kg, 3),
        host: j.host,
        alternatives: j.alternatives.map((a) => ({ gpu: a.gpu, count: a.count, wall_clock_hours: r(a.wall_clock_hours, 3), cost_usd: r(a.cost_usd, 2) })),
        assumptions: j.assumptions,
        violations: j.violations.map((v) => ({ limit: v.limit, max: v.max, actual: r(v.actual, v.limit === 'gpu_memory_bytes' ? 0 : 3) })),
        advice: (j.advice ?? []).map((a) => ({ ...a, memory_per_gpu_bytes: r(a.memory_per_gpu_bytes, 0), wall_clock_hours: r(a.wall_clock_hours, 3), cost_usd: r(a.cost_usd, 2), saving_fraction: r(a.saving_fraction, 4) })),
    };
}
/** The JSON report: `estimate --format json` prints it and the action writes it to a file. */
function renderJson(report) {
    const doc = {
        schema_version: report.schema_version,
        jobs: report.jobs.map(job),
        totals: { gpu_hours: range(report.totals.gpu_hours, 3), cost_usd: range(report.totals.cost_usd, 2), energy_kwh: r(report.totals.energy_kwh, 3), co2_kg: r(report.totals.co2_kg, 3) },
        violations: report.violations.map((v) => ({ ...v, actual: r(v.actual, 3) })),
        over_budget: report.over_budget,
    };
    return JSON.stringify(doc, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Text from manifests (job names, file names, model names) rendered into a GitHub comment must show as written
 * and do nothing: no HTML, no markdown syntax, no @mentions, #references or GH-references, no autolinks.
 * Which escaping is right depends on where the text lands:
 * - markdown (a table cell, a list item, a paragraph): `escapeMarkdown`, backslash escapes and entities;
 * - inside an HTML block (`<summary>` in `<details>`): `escapeHtml`, entities only, since markdown is not
 *   parsed there and a backslash would show;
 * - a code span: `codeSpan`.
 * In every context GitHub still links mentions, references and bare addresses in the text it shows, so a
 * WORD JOINER (U+2060, invisible, not a space) breaks each: "@\u2060org", "#\u20601", "GH\u2060-2",
 * "www\u2060.", "http:\u2060//".
 */
const WJ = '\u2060';
/** Breaks what GitHub links in shown text, whatever the context. */
function unlink(text) {
    return text
        .replace(/@/g, `@${WJ}`)
        .replace(/#/g, `#${WJ}`)
        .replace(/\b(gh)-(?=\d)/gi, `$1${WJ}-`)
        .replace(/\b(www)\./gi, `$1${WJ}.`)
        .replace(/:\/\//g, `:${WJ}//`);
}
/** One line: CR, LF and tabs become a space (a name never spans lines in a comment). */
const oneLine = (text) => text.replace(/[\r\n\t]+/g, ' ');
/** HTML-significant characters as entities. */
const entities = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** For markdown: a table cell, a list item or a paragraph. */
function escapeMarkdown(text) {
    return entities(unlink(oneLine(text)))
        .replace(/([\\`*_{}[\]()#|~!])/g, '\\$1')
        // A leading "-", "+" or "1." would start a list, a leading "=" or "-" a heading underline.
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
}
/** For text inside an HTML block such as `<summary>`: entities only (markdown is not parsed there). */
function escapeHtml(text) {
    return entities(unlink(oneLine(text)));
}
/** A code span that shows `text` exactly: a fence longer than any run of backticks in it. Not for table cells. */
function codeSpan(text) {
    const t = oneLine(text);
    const longest = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = t.startsWith('`') || t.endsWith('`') || /^ .* $/.test(t) ? ' ' : '';
    return `${fence}${pad}${t}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/report/advice.ts

const KIND = { fit: 'to fit', layout: 'cheaper layout', gpu: 'cheaper GPU' };
/** The text report's advice lines of one job. */
function adviceText(j) {
    return (j.advice ?? []).map((a, i) => `  ${(i === 0 ? 'advice' : '').padEnd(12)} ${KIND[a.kind]}: ${a.summary}`);
}
/** One Markdown line for a job with advice (the pull-request comment), or null without advice. */
function adviceMarkdownLine(j) {
    const a = j.advice ?? [];
    if (!a.length)
        return null;
    const shown = a[0].kind === 'fit' ? a.slice(0, 1) : a;
    return `- **${escapeMarkdown(j.name)}**: ${shown.map((x) => `${KIND[x.kind]}: ${escapeMarkdown(x.summary)}`).join('; ')}`;
}
/** The advice that fixes a violation: a fit advice for memory, else one that brings the figure under the limit. */
function fixFor(j, v) {
    const a = j.advice ?? [];
    if (v.limit === 'gpu_memory_bytes')
        return a.find((x) => x.kind === 'fit');
    return a.find((x) => x.kind !== 'fit' && (v.limit === 'max_cost_usd' ? x.cost_usd <= v.max : v.limit === 'max_hours' ? x.wall_clock_hours <= v.max : v.limit === 'max_gpus' ? Number(x.change['hardware.count'] ?? Infinity) <= v.max : false));
}
/** The fix beside a violation in the text report: " (fix: ...)", or ''. */
function violationFix(j, v) {
    const fix = fixFor(j, v);
    return fix ? ` (fix: ${fix.summary})` : '';
}
/** The fix beside a violation in the comment (Markdown-escaped), or null when no advice fixes it. */
function adviceFix(j, v) {
    const fix = fixFor(j, v);
    return fix ? `fix: ${escapeMarkdown(fix.summary)}` : null;
}

;// CONCATENATED MODULE: ./src/report/format.ts
/** Number formatting shared by the text and markdown reports: fixed locale (en-US) so output is deterministic. */
const nf = (digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
function usd(x) {
    // A positive amount never shows as $0.00.
    if (x > 0 && x < 0.005)
        return '<$0.01';
    if (x >= 100)
        return `$${nf(0).format(x)}`;
    return `$${nf(2).format(x)}`;
}
/** A change in dollars with its sign: +$4,210, -$12.50. */
function usdDelta(x) {
    return `${x < 0 ? '-' : '+'}${usd(Math.abs(x))}`;
}
function format_count(x) {
    if (x >= 1e12)
        return `${+(x / 1e12).toFixed(2)}T`;
    if (x >= 1e9)
        return `${+(x / 1e9).toFixed(2)}B`;
    if (x >= 1e6)
        return `${+(x / 1e6).toFixed(1)}M`;
    if (x >= 1e3)
        return `${+(x / 1e3).toFixed(1)}K`;
    return `${+x.toFixed(0)}`;
}
function bytes(x) {
    if (x > 0 && x < 2 ** 19)
        return '<1 MiB';
    const gib = x / 2 ** 30;
    if (gib >= 1024)
        return `${(gib / 1024).toFixed(1)} TiB`;
    if (gib >= 1)
        return `${gib.toFixed(1)} GiB`;
    return `${(x / 2 ** 20).toFixed(0)} MiB`;
}
function hours(h) {
    if (h > 0 && h < 1 / 120)
        return '<1 min';
    if (h < 1)
        return `${(h * 60).toFixed(0)} min`;
    if (h < 48)
        return `${h.toFixed(1)} h`;
    const days = h / 24;
    if (days < 60)
        return `${days.toFixed(1)} days`;
    if (days < 730)
        return `${(days / 30.44).toFixed(1)} months`;
    return `${(days / 365.25).toFixed(1)} years`;
}
function gpuHours(h) {
    if (h > 0 && h < 0.05)
        return '<0.1';
    return `${nf(h < 10 ? 1 : 0).format(h)}`;
}
function format_num(x, digits = 0) {
    return nf(digits).format(x);
}
function format_pct(x, digits = 0) {
    return `${(x * 100).toFixed(digits)}%`;
}
function format_sci(x) {
    return x.toExponential(2).replace('e+', 'e');
}
/** Human names of the limits. */
const LIMIT_LABEL = {
    gpu_memory_bytes: 'GPU memory',
    max_cost_usd: 'cost',
    max_gpu_hours: 'GPU-hours',
    max_gpus: 'GPUs',
    max_hours: 'wall-clock hours',
    max_co2_kg: 'CO2 (kg)',
    max_total_cost_usd: 'total cost',
    max_cost_increase_usd: 'cost increase',
    max_cost_increase_percent: 'cost increase (%)',
};
function limitValue(limit, x) {
    if (limit === 'gpu_memory_bytes')
        return bytes(x);
    if (limit.includes('usd'))
        return usd(x);
    if (limit.endsWith('percent'))
        return `${x.toFixed(1)}%`;
    if (limit === 'max_gpus')
        return format_num(x);
    return format_num(x, 1);
}
/** The unit hours() would show `h` in, for ranges: both ends in one unit, "60 to 88 days", never "59.8 days to 2.9 months". */
function timeUnit(h) {
    if (h < 1)
        return { per: 1 / 60, name: 'min' };
    if (h < 48)
        return { per: 1, name: 'h' };
    if (h / 24 < 60)
        return { per: 24, name: 'days' };
    if (h / 24 < 730)
        return { per: 24 * 30.44, name: 'months' };
    return { per: 24 * 365.25, name: 'years' };
}
/** A value in a unit: whole numbers from 10 up, one decimal below; a positive value never shows as 0. */
function inUnit(x, per) {
    const v = x / per;
    if (v > 0 && v < 0.05)
        return '<0.1';
    return v >= 10 ? v.toFixed(0) : v.toFixed(1);
}
/** A wall-clock range in one unit, the unit of its lower end (minutes only when both ends are): "60 to 88 days". */
function hoursRange(low, high) {
    const u = high < 1 ? timeUnit(high) : timeUnit(Math.max(low, 1));
    return `${inUnit(low, u.per)} to ${inUnit(high, u.per)} ${u.name}`;
}
/** Energy: "1,234 kWh", "<1 kWh" (a positive quantity never rounds to zero). */
function kwh(x) {
    return x > 0 && x < 0.5 ? '<1 kWh' : `${nf(0).format(x)} kWh`;
}
/** Emissions: "1,234 kg CO2e", "<1 kg CO2e". */
function co2kg(x) {
    return x > 0 && x < 0.5 ? '<1 kg CO2e' : `${nf(0).format(x)} kg CO2e`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts





const GITHUB_COMMENT_LIMIT = 65536;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** +38%, +2.5%, <+0.1% */
function percentChange(p) {
    const sign = p >= 0 ? '+' : '-';
    const a = Math.abs(p);
    if (a < 0.1)
        return `<${sign}0.1%`;
    return `${sign}${a < 10 ? a.toFixed(1) : a.toFixed(0)}%`;
}
/** "an a100-80gb", "an h100-80gb", "a v100": ids are read letter by letter, and these letters' names start with a vowel sound. */
const article = (id) => (/^[aefhilmnorsx]/i.test(id) ? 'an' : 'a');
/** What a violation is, in words a reviewer acts on: "needs 99.0 GiB per GPU, 80.0 GiB available". */
function violationText(v, j) {
    if (v.limit === 'gpu_memory_bytes')
        return `needs ${bytes(v.actual)} per GPU, ${bytes(v.max)} available${j ? ` on ${article(j.hardware.gpu)} ${escapeMarkdown(j.hardware.gpu)}` : ''}`;
    return `${LIMIT_LABEL[v.limit] ?? v.limit} ${limitValue(v.limit, v.actual)}, over the limit of ${limitValue(v.limit, v.max)} (${flagName(v.limit)})`;
}
/** What to change to clear a violation, from the estimate itself. */
function fixText(v, j) {
    if (!j)
        return v.limit.startsWith('max_cost_increase') ? 'make the change cheaper or raise the limit' : 'lower the jobs\' cost or raise the limit';
    if (v.limit === 'gpu_memory_bytes') {
        if (j.hardware.min_count !== null && j.hardware.min_count > j.hardware.count)
            return `fits on ${j.hardware.min_count} × ${escapeMarkdown(j.hardware.gpu)} (hardware.count)`;
        const alt = j.alternatives[0];
        return alt ? `fits on ${alt.count} × ${escapeMarkdown(alt.gpu)} (hardware.gpu)` : 'a larger GPU, LoRA/QLoRA, or a smaller model';
    }
    if (v.limit === 'max_gpus')
        return 'fewer GPUs (hardware.count) or raise the limit';
    return 'fewer tokens or epochs (data), cheaper hardware, or raise the limit';
}
/** The first line: the verdict's cause when something fails, else what the change does and the verdict. */
function headline(report, c, scope, limitsSet) {
    const change = changeSentence(report, c);
    if (scope.failing.length) {
        const { job, violation } = scope.failing[0];
        const more = scope.failing.length > 1 ? ` (and ${plural(scope.failing.length - 1, 'more violation')})` : '';
        const who = job ? `**${escapeMarkdown(job.name)}**` : '**all jobs together**';
        const cause = violation.limit === 'gpu_memory_bytes' && job
            ? `${who} needs ${bytes(violation.actual)} per GPU; ${article(job.hardware.gpu)} ${escapeMarkdown(job.hardware.gpu)} has ${bytes(violation.max)}`
            : `${who}: ${violationText(violation, job)}`;
        return [`❌ ${cause}${more}`, '', change];
    }
    const fits = report.jobs.every((j) => j.memory.fits);
    const verdict = !limitsSet && fits ? 'no limits set' : '✅ within limits';
    return [`**${change}** · ${verdict}`];
}
/** "Adds 1 job, changes 2: +$1,240 (+4%), $3,678,739 in total" or, without a base, the total and its range. */
function changeSentence(report, c) {
    const total = report.totals.cost_usd;
    if (!c)
        return `Training cost: ${usd(total.expected)} expected (${usd(total.low)} to ${usd(total.high)})`;
    const n = (s) => c.jobs.filter((j) => j.status === s).length;
    const parts = [
        n('added') ? `adds ${plural(n('added'), 'job')}` : '',
        n('changed') ? `changes ${n('changed')}` : '',
        n('removed') ? `removes ${n('removed')}` : '',
    ].filter(Boolean);
    if (!parts.length)
        return `No training job changes: ${usd(total.expected)} in total`;
    const s = parts.join(', ');
    const delta = Math.abs(c.delta_usd) < 0.005 ? 'no cost change' : `${usdDelta(c.delta_usd)}${c.delta_percent === null ? '' : ` (${percentChange(c.delta_percent)})`}`;
    return `${s[0].toUpperCase()}${s.slice(1)}: ${delta}, ${usd(total.expected)} in total`;
}
/** The basis of a job's cost: rented hours, or an owned cluster's electricity only (settings). */
function basis(j) {
    const b = j.price.basis ?? (j.price.market === 'owned' ? 'owned' : 'rented');
    return b === 'owned' ? 'owned: electricity only' : b;
}
function changeCell(ch) {
    if (!ch)
        return '';
    if (ch.status === 'added')
        return `${usdDelta(ch.cost_delta_usd)} (added)`;
    if (ch.status === 'unchanged')
        return 'unchanged';
    if (ch.status === 'removed')
        return `${usdDelta(ch.cost_delta_usd)} (removed)`;
    return `${usdDelta(ch.cost_delta_usd)} (was ${usd(ch.before.cost_usd.expected)})`;
}
function mark(j, scope) {
    if (!j.violations.length)
        return '';
    return scope.gated(j) ? '❌ ' : '⚠️ ';
}
function jobRow(j, scope, labelBasis, change) {
    const cells = [
        `${mark(j, scope)}**${escapeMarkdown(j.name)}**<br><sub>${escapeMarkdown(j.file)}</sub>`,
        `${j.hardware.count} × ${escapeMarkdown(j.hardware.gpu)}`,
        j.memory.fits ? '✅' : '❌',
        hours(j.compute.wall_clock_hours.expected),
        gpuHours(j.compute.gpu_hours.expected),
        `${usd(j.cost_usd.expected)}<br><sub>${usd(j.cost_usd.low)} to ${usd(j.cost_usd.high)}${labelBasis ? `, ${basis(j)}` : ''}</sub>`,
    ];
    if (change)
        cells.push(changeCell(change));
    return `| ${cells.join(' | ')} |`;
}
function removedRow(r) {
    return `| ~~${escapeMarkdown(r.name)}~~<br><sub>${escapeMarkdown(r.file)}</sub> | | | | | | ${changeCell(r)} |`;
}
const HEADER = ['| job | GPUs | fits | wall-clock | GPU-hours | cost (range) |', '| --- | --- | :---: | ---: | ---: | ---: |'];
const HEADER_VS = ['| job | GPUs | fits | wall-clock | GPU-hours | cost (range) | vs base |', '| --- | --- | :---: | ---: | ---: | ---: | --- |'];
/** The totals row: jobs that do not fit have no cost to add up, and the row says they are left out. */
function totalRow(report, c) {
    const out = report.jobs.filter((j) => !j.memory.fits).length;
    const label = `**all jobs**${out ? `<br><sub>without ${plural(out, 'job')} that ${out === 1 ? 'does' : 'do'} not fit</sub>` : ''}`;
    const cells = [label, '', '', '', gpuHours(report.totals.gpu_hours.expected), `**${usd(report.totals.cost_usd.expected)}**`];
    if (c)
        cells.push(c.before_cost_usd > 0 || c.delta_usd !== 0 ? usdDelta(c.delta_usd) : '');
    return `| ${cells.join(' | ')} |`;
}
function details(j) {
    const m = j.memory.per_gpu_bytes;
    const t = j.compute.wall_clock_hours;
    const lines = [
        `<details><summary><b>${escapeHtml(j.name)}</b>: ${escapeHtml(j.model.name)}, ${escapeHtml(j.method)}, ${j.hardware.count} × ${escapeHtml(j.hardware.gpu)}</summary>`,
        '',
        `${format_count(j.parameters.total)} parameters${j.parameters.active < j.parameters.total ? ` (${format_count(j.parameters.active)} active per token)` : ''}, ${format_count(j.parameters.trainable)} trained; ${format_sci(j.compute.flops)} FLOPs over ${format_count(j.compute.tokens)} tokens at ${format_pct(j.compute.mfu)} MFU, ${Math.round(j.compute.tokens_per_gpu_second).toLocaleString('en-US')} tokens/s per GPU; wall-clock ${hoursRange(t.low, t.high)}.`,
        '',
        '| memory per GPU | |',
        '| --- | ---: |',
        `| weights | ${bytes(m.weights)} |`,
        `| gradients | ${bytes(m.gradients)} |`,
        `| optimizer states | ${bytes(m.optimizer)} |`,
        `| activations | ${bytes(m.activations)} |`,
        `| overhead | ${bytes(m.overhead)} |`,
        `| **total** | **${bytes(m.total)}** of ${bytes(j.memory.gpu_capacity_bytes)} ${j.memory.fits ? '✅' : '❌'} |`,
        '',
        `Layout: ZeRO ${j.parallelism.zero}, tensor ${j.parallelism.tensor}, pipeline ${j.parallelism.pipeline}, data ${j.parallelism.data}${j.hardware.min_count !== null ? `; fewest ${escapeMarkdown(j.hardware.gpu)} that fit: ${j.hardware.min_count}` : `; no number of ${escapeMarkdown(j.hardware.gpu)} fits`}.`,
        `Storage: ${bytes(j.storage_bytes.total)} (dataset ${bytes(j.storage_bytes.dataset)}${j.storage_bytes.base_model ? `, base model ${bytes(j.storage_bytes.base_model)}` : ''}, checkpoints ${bytes(j.storage_bytes.checkpoints)}). Energy: ${kwh(j.energy_kwh)}, ${co2kg(j.co2_kg)}.`,
        `Host: ${j.host.system_ram_gb} GB RAM and ${j.host.cpu_cores} CPU cores per node; ${escapeMarkdown(j.host.network)}${j.host.power_supply_w ? `; ${j.host.power_supply_w} W power supply` : ''}.`,
    ];
    if (j.alternatives.length) {
        lines.push('', '| alternative | wall-clock | cost |', '| --- | ---: | ---: |');
        for (const a of j.alternatives)
            lines.push(`| ${a.count} × ${escapeMarkdown(a.gpu)} | ${hours(a.wall_clock_hours)} | ${usd(a.cost_usd)} |`);
    }
    lines.push('', 'Assumptions:', ...j.assumptions.map((a) => `- ${escapeMarkdown(a)}`), '', '</details>');
    return lines.join('\n');
}
/**
 * The pull-request comment and job summary. With a comparison it is about the change: the headline says what the
 * pull request does (or why it fails), the table lists the jobs it adds, changes or removes, the unchanged ones
 * collapse into one line, and violations of unchanged jobs are listed as already on the base branch.
 */
function renderMarkdown(report, opts = {}) {
    const c = opts.comparison;
    const scope = gateScope(report, c, opts.gate ?? 'changed');
    const limitsSet = opts.limitsSet ?? true;
    const labelBasis = new Set(report.jobs.map(basis)).size > 1;
    const head = [...(opts.marker ? [opts.marker] : []), '### Train Budget', '', ...headline(report, c, scope, limitsSet), ''];
    const key = (j) => `${j.file}\u0000${j.name}`;
    const changes = new Map(c?.jobs.filter((x) => x.after).map((x) => [key(x), x]) ?? []);
    const changeOf = (j) => changes.get(key(j));
    const shown = c ? report.jobs.filter((j) => changeOf(j)?.status !== 'unchanged') : report.jobs;
    const unchanged = c ? report.jobs.filter((j) => changeOf(j)?.status === 'unchanged') : [];
    const removed = c?.jobs.filter((x) => x.status === 'removed') ?? [];
    const table = [];
    if (shown.length || removed.length || !c) {
        table.push(...(c ? HEADER_VS : HEADER), ...shown.map((j) => jobRow(j, scope, labelBasis, changeOf(j))), ...removed.map(removedRow), totalRow(report, c));
    }
    if (unchanged.length) {
        const cost = unchanged.filter((j) => j.memory.fits).reduce((s, j) => s + j.cost_usd.expected, 0);
        table.push('', `<details><summary>${plural(unchanged.length, 'unchanged job')}, ${usd(cost)} in total</summary>`, '', ...HEADER, ...unchanged.map((j) => jobRow(j, scope, labelBasis)), '', '</details>');
    }
    const failing = scope.failing.map(({ job, violation }) => `- ❌ **${job ? escapeMarkdown(job.name) : 'all jobs'}**: ${violationText(violation, job)}; ${(job && adviceFix(job, violation)) ?? fixText(violation, job)}`);
    const present = scope.present.map(({ job, violation }) => `- ⚠️ **${escapeMarkdown(job.name)}**: ${violationText(violation, job)}`);
    const viol = [
        ...(failing.length ? ['', '#### Violations', ...failing] : []),
        ...(present.length ? ['', '#### Already on the base branch', '_Jobs this pull request does not change; they do not fail this check (`gate: all` would)._', ...present] : []),
    ];
    const advised = shown.map(adviceMarkdownLine).filter((x) => x !== null);
    if (advised.length)
        viol.push('', '#### Advice', ...advised);
    const notes = c?.notes.length ? ['', ...c.notes.map((n) => `> ${escapeMarkdown(n)}`)] : [];
    const footer = ['', '<sub>Estimated by Train Budget from FLOPs, bytes and efficiency calibrated on published runs; prices and sources in each job\'s assumptions.</sub>'];
    const detailed = shown;
    const body = [...head, ...table, ...viol, ...notes, '', ...detailed.map(details), ...footer].join('\n') + '\n';
    const max = opts.maxLength ?? Infinity;
    if (body.length <= max)
        return body;
    // Too long for one comment: keep the headline, table and violations; point at the job summary for the rest.
    const pointer = ['', `_The details of ${plural(detailed.length, 'job')} do not fit in one comment: ${opts.summaryUrl ? `see the [job summary](${opts.summaryUrl})` : 'see the workflow run\'s job summary'} for the whole report._`];
    let short = [...head, ...table, ...viol, ...notes, ...pointer, ...footer].join('\n') + '\n';
    if (short.length > max) {
        const keep = [...head, ...viol.slice(0, 50), ...pointer, ...footer].join('\n') + '\n';
        short = keep.length > max ? keep.slice(0, max - 20) + '\n…\n' : keep;
    }
    return short;
}

;// CONCATENATED MODULE: ./src/report/text.ts



/** The readable summary `estimate` prints by default. */
function renderText(report) {
    const out = [];
    for (const j of report.jobs) {
        const m = j.memory.per_gpu_bytes;
        out.push(`${j.name}  (${j.file})`);
        out.push(`  model        ${j.model.name}: ${format_count(j.parameters.total)} parameters${j.parameters.active < j.parameters.total ? `, ${format_count(j.parameters.active)} active` : ''}, ${format_count(j.parameters.trainable)} trained (${j.method}, ${j.precision})`);
        out.push(`  hardware     ${j.hardware.count} x ${j.hardware.gpu}${j.hardware.min_count !== null && j.hardware.min_count !== j.hardware.count ? ` (fewest that fit: ${j.hardware.min_count})` : j.hardware.min_count === null ? ' (no count fits)' : ''}; ZeRO ${j.parallelism.zero}, TP ${j.parallelism.tensor}, PP ${j.parallelism.pipeline}, DP ${j.parallelism.data}`);
        out.push(`  memory/GPU   ${bytes(m.total)} of ${bytes(j.memory.gpu_capacity_bytes)} ${j.memory.fits ? 'fits' : 'DOES NOT FIT'} (weights ${bytes(m.weights)}, gradients ${bytes(m.gradients)}, optimizer ${bytes(m.optimizer)}, activations ${bytes(m.activations)}, overhead ${bytes(m.overhead)})`);
        out.push(`  compute      ${format_sci(j.compute.flops)} FLOPs over ${format_count(j.compute.tokens)} tokens at ${format_pct(j.compute.mfu)} MFU, ${Math.round(j.compute.tokens_per_gpu_second).toLocaleString('en-US')} tokens/s per GPU (${format_pct(j.compute.goodput)} goodput)`);
        out.push(`  time         ${hours(j.compute.wall_clock_hours.expected)} (${hoursRange(j.compute.wall_clock_hours.low, j.compute.wall_clock_hours.high)}); ${gpuHours(j.compute.gpu_hours.expected)} GPU-hours`);
        out.push(`  cost         ${usd(j.cost_usd.expected)} (${usd(j.cost_usd.low)} to ${usd(j.cost_usd.high)}) at ${usd(j.price.gpu_hour_usd)}/GPU-hour, ${j.price.source}, as of ${j.price.as_of}`);
        out.push(`  storage      ${bytes(j.storage_bytes.total)} (dataset ${bytes(j.storage_bytes.dataset)}, ${j.storage_bytes.base_model ? `base model ${bytes(j.storage_bytes.base_model)}, ` : ''}checkpoints ${bytes(j.storage_bytes.checkpoints)})`);
        out.push(`  energy       ${kwh(j.energy_kwh)}, ${co2kg(j.co2_kg)}`);
        out.push(`  host         ${j.host.system_ram_gb} GB RAM, ${j.host.cpu_cores} CPU cores per node; ${j.host.network}${j.host.power_supply_w ? `; ${j.host.power_supply_w} W power supply` : ''}`);
        if (j.alternatives.length) {
            out.push(`  alternatives ${j.alternatives.map((a) => `${a.count} x ${a.gpu}: ${hours(a.wall_clock_hours)}, ${usd(a.cost_usd)}`).join('; ')}`);
        }
        for (const v of j.violations)
            out.push((v.limit === 'gpu_memory_bytes' ? `  VIOLATION    needs ${bytes(v.actual)} per GPU, ${bytes(v.max)} available` : `  VIOLATION    ${LIMIT_LABEL[v.limit] ?? v.limit}: ${limitValue(v.limit, v.actual)} over the limit of ${limitValue(v.limit, v.max)}`) + violationFix(j, v));
        out.push(...adviceText(j));
        out.push('');
    }
    const t = report.totals;
    const out_ = report.jobs.filter((j) => !j.memory.fits).length;
    out.push(`total: ${usd(t.cost_usd.expected)} (${usd(t.cost_usd.low)} to ${usd(t.cost_usd.high)}), ${gpuHours(t.gpu_hours.expected)} GPU-hours, ${kwh(t.energy_kwh)}, ${co2kg(t.co2_kg)}${out_ ? ` (without ${out_} job${out_ === 1 ? '' : 's'} that do${out_ === 1 ? 'es' : ''} not fit)` : ''}`);
    for (const v of report.violations)
        out.push(`VIOLATION ${LIMIT_LABEL[v.limit] ?? v.limit}: ${limitValue(v.limit, v.actual)} over the limit of ${limitValue(v.limit, v.max)}`);
    const n = violationCount(report);
    out.push(report.over_budget ? `over budget: ${n} violation${n === 1 ? '' : 's'}` : 'within budget');
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/cli/git.ts



/** The nearest folder at or above `dir` that holds `.git` (a folder, or a file in a worktree), or null. */
function gitTopLevel(dir) {
    let d = (0,external_node_path_namespaceObject.resolve)(dir);
    for (;;) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(d, '.git')))
            return d;
        const up = (0,external_node_path_namespaceObject.dirname)(d);
        if (up === d)
            return null;
        d = up;
    }
}
const git = (top, args) => (0,external_node_child_process_namespaceObject.execFileSync)('git', args, { cwd: top, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
/** The commit a ref names, or null when git does not know it. */
function resolveRef(top, ref) {
    try {
        return git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim() || null;
    }
    catch {
        return null;
    }
}
/** A file's text at a commit (`git show REF:path`, path from the top level), or null when it is not there. */
function gitShow(top, commit, path) {
    try {
        return git(top, ['show', `${commit}:${path}`]);
    }
    catch {
        return null;
    }
}
/**
 * What changed from `commit` to the working tree, as GitHub lists a pull request's files: tracked changes
 * (`git diff --name-status -M`, renames found) and untracked files that are not ignored (new manifests not yet
 * added count as added). Paths from the top level.
 */
function gitChangedFiles(top, commit) {
    const out = [];
    const fields = git(top, ['diff', '--name-status', '-M', '-z', commit, '--']).split('\0');
    for (let i = 0; i < fields.length - 1;) {
        const status = fields[i++];
        if (status.startsWith('R') || status.startsWith('C')) {
            const from = fields[i++];
            const to = fields[i++];
            out.push(status.startsWith('R') ? { filename: to, status: 'renamed', previous_filename: from } : { filename: to, status: 'added' });
        }
        else {
            const file = fields[i++];
            out.push({ filename: file, status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified' });
        }
    }
    for (const f of git(top, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0'))
        if (f)
            out.push({ filename: f, status: 'added' });
    return out;
}

;// CONCATENATED MODULE: ./src/cli/lookalikes.ts



/** Folders never searched (as in manifest discovery). */
const SKIP = new Set(['.git', 'node_modules']);
/** Larger YAML files are not manifests; not worth reading to say so. */
const MAX_BYTES = 64 * 1024;
/** Folders searched at most, so a huge tree costs little. */
const MAX_DIRS = 2000;
/** Whether YAML text has the three top-level keys every manifest has (`name`, `model`, `method`), or a `jobs:` list. */
function looksLikeManifest(text) {
    const top = new Set([...text.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]));
    return (top.has('name') && top.has('model') && top.has('method')) || (top.has('jobs') && /^\s+(-\s+)?method:/m.test(text) && /^\s+(-\s+)?model:/m.test(text));
}
/**
 * `*.yaml` / `*.yml` files under the given folders that look like manifests but are not named `*.train.yaml`,
 * so discovery skips them: one warning each, with the rename that includes them. Paths relative to `root`.
 */
function lookalikeWarnings(root, patterns) {
    const out = [];
    let dirs = 0;
    const walk = (dir) => {
        if (++dirs > MAX_DIRS)
            return;
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const p = (0,external_node_path_namespaceObject.join)(dir, e.name);
            if (e.isDirectory()) {
                if (!SKIP.has(e.name))
                    walk(p);
            }
            else if (e.isFile() && /\.ya?ml$/i.test(e.name) && !isManifestName(e.name)) {
                try {
                    if ((0,external_node_fs_namespaceObject.statSync)(p).size > MAX_BYTES || !looksLikeManifest((0,external_node_fs_namespaceObject.readFileSync)(p, 'utf8')))
                        continue;
                }
                catch {
                    continue;
                }
                const rel = (0,external_node_path_namespaceObject.relative)(root, p).split(external_node_path_namespaceObject.sep).join('/');
                out.push(`${rel} looks like a training-job manifest (it has name, model and method) but is not named *.train.yaml, so it was skipped: rename it to ${rel.replace(/\.ya?ml$/i, '.train.yaml')}`);
            }
        }
    };
    for (const pattern of patterns) {
        if (/[*?{]/.test(pattern))
            continue;
        const abs = (0,external_node_path_namespaceObject.resolve)(root, pattern);
        try {
            if ((0,external_node_fs_namespaceObject.statSync)(abs).isDirectory())
                walk(abs);
        }
        catch {
            // a missing path is reported by discovery
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cli/write-output.ts


/**
 * Writes a report file for --output; returns what went wrong, or null. Only a regular file (or a new one) is
 * written: opening a FIFO for writing would wait for a reader forever, and a folder or a device is a mistake.
 */
function writeOutputFile(path, text) {
    try {
        const st = (0,external_node_fs_namespaceObject.statSync)(path);
        if (st.isDirectory())
            return 'is a folder: give a file name';
        if (!st.isFile())
            return 'is not a regular file (a FIFO, socket or device): give a file name';
    }
    catch (e) {
        if (e.code !== 'ENOENT')
            return `cannot write: ${fsErrorText(e)}`;
    }
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(path, text);
        return null;
    }
    catch (e) {
        return `cannot write: ${fsErrorText(e)}`;
    }
}

;// CONCATENATED MODULE: ./src/cli/problems-out.ts

/** The hint a refused path gets: the root is a choice the user can make. */
const withRootHint = (p) => (/outside the repository root/.test(p.message) ? { ...p, message: `${p.message} (set the repository root with --root DIR)` } : p);
/**
 * Invalid input: every problem as file:line:col: message on stderr and, for --format json, a JSON document on
 * stdout (`{"problems": [{"file", "line", "col", "message"}]}`), so a script never parses an empty stdout. Exit 2.
 */
function reportProblems(problems, json, what, io) {
    const all = problems.map(withRootHint);
    for (const p of all)
        io.err(formatProblem(p) + '\n');
    io.err(`${all.length} problem${all.length === 1 ? '' : 's'}: ${what}\n`);
    if (json)
        io.out(JSON.stringify({ problems: all.map((p) => ({ file: p.file, line: p.line, col: p.col, message: p.message })) }, null, 2) + '\n');
    return 2;
}

;// CONCATENATED MODULE: ./src/cli/where.ts


const isGlob = (p) => /[*?{]/.test(p);
const posixOf = (p) => p.split(external_node_path_namespaceObject.sep).join('/');
/**
 * The repository root and the patterns relative to it. The root is --root when given, else the git top level of
 * the first path given (the nearest folder above it holding .git), else the current folder. Paths are typed
 * relative to the current folder, so `estimate jobs/` in a subfolder means that subfolder's jobs/.
 */
function whereFrom(cwd, rootFlag, positionals) {
    const given = positionals.length ? positionals : ['.'];
    const first = given[0];
    const start = isGlob(first) ? cwd : (0,external_node_path_namespaceObject.resolve)(cwd, first);
    const root = rootFlag !== undefined ? (0,external_node_path_namespaceObject.resolve)(cwd, rootFlag) : gitTopLevel(start) ?? cwd;
    const here = posixOf((0,external_node_path_namespaceObject.relative)(root, cwd));
    const patterns = given.map((p) => {
        if (isGlob(p))
            return (0,external_node_path_namespaceObject.isAbsolute)(p) || here === '' ? p : external_node_path_namespaceObject.posix.join(here, p);
        const rel = posixOf((0,external_node_path_namespaceObject.relative)(root, (0,external_node_path_namespaceObject.resolve)(cwd, p)));
        // Outside the root: left absolute, so the refusal names the path the user typed.
        return rel === '' ? '.' : rel.startsWith('..') ? (0,external_node_path_namespaceObject.resolve)(cwd, p) : rel;
    });
    return { root, patterns };
}

;// CONCATENATED MODULE: ./src/cli/estimate-command.ts


















const ESTIMATE_HELP = `Usage: train-budget estimate [paths or globs...] [flags]

Estimates every job: GPU memory per GPU, GPUs, wall-clock time, GPU-hours, cost, storage, energy and CO2.
  --format text|json|markdown   output (default text; markdown is what the pull-request comment says)
  --output FILE                 also write the JSON report to FILE
  --root DIR                    repository root (default: the git top level of the first path, else the current folder)
  --base REF                    compare with the manifests at git REF (git show), as the pull-request comment does:
                                markdown is then exactly the comment the action would post
  --gate changed|all            with --base: whose per-job limits decide the exit code (default changed: the jobs
                                added or changed since REF)
Budget limits (expected values; a job that does not fit in GPU memory always breaks the budget):
  --max-cost-usd N  --max-gpu-hours N  --max-gpus N  --max-hours N  --max-co2-kg N   per job
  --max-total-cost-usd N                                                               all jobs together
  --max-cost-increase-usd N  --max-cost-increase-percent N                             with --base
Paths and globs are relative to the current folder.
Exit codes: 0 within budget, 1 over budget or a job does not fit, 2 invalid manifest or usage
(with --format json, invalid manifests print {"problems": [...]} on stdout).
`;
const LIMIT_FLAGS = [...JOB_LIMITS, 'max_total_cost_usd'];
const INCREASE_FLAGS = ['max_cost_increase_usd', 'max_cost_increase_percent'];
const MARKER = '<!-- train-budget:default -->';
function estimateCommand(argv, io) {
    const s = { type: 'string' };
    const options = { format: s, output: s, root: s, base: s, gate: s };
    for (const l of [...LIMIT_FLAGS, ...INCREASE_FLAGS])
        options[flagName(l)] = s;
    const { values, positionals } = parseFlags(argv, options, 'estimate');
    if (values.help) {
        io.out(ESTIMATE_HELP);
        return 0;
    }
    const format = values.format ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format))
        throw new UsageError(`--format must be text, json or markdown, got "${format}"`);
    const gate = (values.gate ?? 'changed').toLowerCase();
    if (!GATE_MODES.includes(gate))
        throw new UsageError(`--gate must be changed or all, got "${String(values.gate)}"`);
    const limits = {};
    for (const l of LIMIT_FLAGS) {
        const v = numberFlag(values[flagName(l)], flagName(l));
        if (v !== undefined)
            limits[l] = v;
    }
    const increase = {};
    for (const l of INCREASE_FLAGS) {
        const v = numberFlag(values[flagName(l)], flagName(l));
        if (v !== undefined)
            increase[l] = v;
    }
    if (Object.keys(increase).length && values.base === undefined)
        throw new UsageError('--max-cost-increase-usd and --max-cost-increase-percent need --base REF (the increase is measured against it)');
    const where = whereFrom(io.cwd, values.root, positionals);
    for (const w of lookalikeWarnings(where.root, where.patterns))
        io.err(`warning: ${w}\n`);
    const loaded = loadForCli(where.patterns, where.root);
    if (loaded.problems.length)
        return reportProblems(loaded.problems, format === 'json', 'nothing estimated', io);
    const report = buildReport(loaded.jobs.map((j) => withAdvice(j, estimateJob(j))), limits);
    const limitsSet = Object.keys(limits).length > 0 || Object.keys(increase).length > 0;
    const finish = (comparison) => {
        const json = renderJson(report);
        if (values.output) {
            const failed = writeOutputFile((0,external_node_path_namespaceObject.resolve)(io.cwd, values.output), json);
            if (failed) {
                io.err(`train-budget: --output ${values.output}: ${failed}\n`);
                return 2;
            }
        }
        if (format === 'json')
            io.out(json);
        else if (format === 'markdown')
            io.out(renderMarkdown(report, comparison ? { comparison, limitsSet, gate, marker: MARKER, maxLength: GITHUB_COMMENT_LIMIT } : { limitsSet }));
        else
            io.out(renderText(report) + (comparison ? changeText(comparison, values.base) : ''));
        return gateScope(report, comparison, gate).failing.length ? 1 : 0;
    };
    if (values.base === undefined)
        return finish(null);
    return compareWithRef(values.base, where.root, loaded, report).then((comparison) => {
        const over = changeViolations(comparison, increase);
        report.violations.push(...over);
        report.over_budget = report.over_budget || over.length > 0;
        return finish(comparison);
    });
}
/** The comparison with git REF: base versions through `git show`, the changed files through `git diff`. */
async function compareWithRef(ref, root, loaded, report) {
    const top = gitTopLevel(root);
    if (!top)
        throw new UsageError(`--base needs a git repository, and no folder above ${root} holds .git (or pass --root inside one)`);
    const commit = resolveRef(top, ref);
    if (!commit)
        throw new UsageError(`--base: git knows no commit "${ref}" in ${top} (a branch, tag or commit, e.g. origin/main)`);
    const prefix = (0,external_node_path_namespaceObject.relative)(top, root).split(external_node_path_namespaceObject.sep).join('/');
    if (prefix.startsWith('..'))
        throw new UsageError(`--root ${root} is outside the git repository ${top}`);
    return compareWithBase(async (p) => gitShow(top, commit, external_node_path_namespaceObject.posix.normalize(p)), gitChangedFiles(top, commit), prefix, loaded.files, loaded.jobs, report);
}
/** The text report's closing lines with --base: what changed since REF. */
function changeText(c, ref) {
    const names = (s) => c.jobs.filter((j) => j.status === s).map((j) => j.name);
    const lines = [`\nagainst ${ref}: ${c.delta_usd >= 0 ? '+' : '-'}$${Math.abs(c.delta_usd).toFixed(2)}${c.delta_percent === null ? '' : ` (${c.delta_percent >= 0 ? '+' : ''}${c.delta_percent.toFixed(1)}%)`}`];
    for (const s of ['added', 'changed', 'removed'])
        if (names(s).length)
            lines.push(`  ${s.padEnd(9)} ${names(s).join(', ')}`);
    lines.push(`  unchanged ${names('unchanged').length} job${names('unchanged').length === 1 ? '' : 's'}`);
    for (const n of c.notes)
        lines.push(`  note: ${n}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/guarded-io.ts

/** The CLI's output streams behind the sanitiser's log guard (see src/report/sanitize.ts). */
function guardedIo(io) {
    return { ...io, out: (t) => io.out((0,sanitize/* guardLog */.gr)(t)), err: (t) => io.err((0,sanitize/* guardLog */.gr)(t)) };
}

;// CONCATENATED MODULE: ./src/plan/fragment.ts
/**
 * The set-up as manifest keys to paste over the job's own `hardware`, `parallelism` and `training` blocks. The
 * training keys the manifest sets and the planner does not vary (sequence length, global batch, FlashAttention)
 * are repeated, so the pasted block loses nothing.
 */
function manifestFragment(job, s) {
    const u = s.setup;
    const lines = ['hardware:', `  gpu: ${u.gpu}`, `  count: ${u.count}`];
    if (job.hardware.max_count !== 4096)
        lines.push(`  max_count: ${job.hardware.max_count}`);
    lines.push('parallelism:', `  zero: ${u.zero}`, `  tensor: ${u.tensor}`, `  pipeline: ${u.pipeline}`, `  offload: ${u.offload}`);
    if (!job.parallelism.sequence_parallel)
        lines.push('  sequence_parallel: false');
    lines.push('training:', `  sequence_length: ${job.training.sequence_length}`, `  micro_batch_size: ${u.micro_batch_size}`);
    if (job.training.global_batch_size !== null)
        lines.push(`  global_batch_size: ${job.training.global_batch_size}`);
    lines.push(`  gradient_checkpointing: ${u.gradient_checkpointing}`);
    if (!job.training.flash_attention)
        lines.push('  flash_attention: false');
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/plan/frontier.ts

/** Most set-ups the frontier lists. */
const FRONTIER_SIZE = 8;
/**
 * The cost against wall-clock frontier of the scored set-ups: those no other set-up beats on both (cheaper or
 * equal and faster or equal, one strictly), at most `size` of them spread evenly over log wall-clock, always
 * keeping the cheapest and the fastest end. Sorted cheapest (slowest) first.
 */
function frontier(points, size = FRONTIER_SIZE) {
    const sorted = [...points].sort((a, b) => (cheaper(a, b) ? -1 : cheaper(b, a) ? 1 : 0));
    const front = [];
    for (const p of sorted) {
        const last = front[front.length - 1];
        if (!last || p.wall_clock_hours < last.wall_clock_hours * (1 - 1e-9))
            front.push(p);
    }
    if (front.length <= size)
        return front;
    const lo = Math.log(front[front.length - 1].wall_clock_hours);
    const hi = Math.log(front[0].wall_clock_hours);
    const picked = new Set([0, front.length - 1]);
    for (let k = 1; picked.size < size && k < size - 1; k++) {
        const target = hi - ((hi - lo) * k) / (size - 1);
        let best = -1;
        for (let i = 0; i < front.length; i++) {
            if (picked.has(i))
                continue;
            if (best < 0 || Math.abs(Math.log(front[i].wall_clock_hours) - target) < Math.abs(Math.log(front[best].wall_clock_hours) - target))
                best = i;
        }
        if (best >= 0)
            picked.add(best);
    }
    return [...picked].sort((a, b) => a - b).map((i) => front[i]);
}

;// CONCATENATED MODULE: ./src/plan/plan.ts





const minOf = (a, b) => {
    const xs = [a, b].filter((x) => typeof x === 'number');
    return xs.length ? Math.min(...xs) : null;
};
/** The goals of a job: its `plan:` block, tightened by outside limits (the smaller of two limits applies). */
function goalsOf(job, opts = {}) {
    return {
        objective: opts.objective ?? job.plan.objective,
        deadline_hours: minOf(job.plan.deadline_hours, opts.deadline_hours),
        max_cost_usd: minOf(job.plan.max_cost_usd, opts.max_cost_usd),
        max_gpus: opts.max_gpus ?? null,
    };
}
function toPlanned(s) {
    const u = s.setup;
    return {
        gpu: u.gpu,
        count: u.count,
        parallelism: { zero: u.zero, tensor: u.tensor, pipeline: u.pipeline, data: s.data_parallel, offload: u.offload },
        training: { micro_batch_size: u.micro_batch_size, gradient_checkpointing: u.gradient_checkpointing },
        memory_per_gpu_bytes: s.memory_per_gpu_bytes,
        wall_clock_hours: s.wall_clock_hours,
        gpu_hours: s.gpu_hours,
        cost_usd: s.cost_usd,
        mfu: s.mfu,
    };
}

const plan_name = (s) => `${s.setup.count} x ${s.setup.gpu}`;
/** Why nothing qualifies, in one sentence: the nearest set-up and the limit it breaks. */
function reason(r, g, gpus, maxGpus) {
    if (r.recommended)
        return null;
    if (!gpus.length)
        return 'no GPU kind is allowed: hardware.gpu and --gpus have none in common';
    if (!r.minimum) {
        const m = r.least_memory;
        return m
            ? `no set-up of ${gpus.length === 1 ? gpus[0] : `${gpus.length} GPU kinds`} up to ${maxGpus} GPUs holds the job: the nearest, ${m.setup.count} x ${m.setup.gpu}, needs ${gibWord(m.bytes)} per GPU of ${gibWord(m.capacity)}`
            : `no set-up up to ${maxGpus} GPUs satisfies the manifest's fixed keys (count, tensor x pipeline, global batch)`;
    }
    const f = r.fastest;
    if (g.deadline_hours !== null && (!f || f.wall_clock_hours > g.deadline_hours)) {
        if (f)
            return `no set-up meets the deadline of ${hoursWord(g.deadline_hours)} hours${g.max_cost_usd !== null ? ` within ${usdWord(g.max_cost_usd)}` : ''}: the fastest, ${plan_name(f)}, takes ${hoursWord(f.wall_clock_hours)} hours (${usdWord(f.cost_usd)})`;
    }
    const c = r.cheapest;
    if (g.max_cost_usd !== null)
        return `no set-up costs at most ${usdWord(g.max_cost_usd)}: the cheapest, ${plan_name(c)}, costs ${usdWord(c.cost_usd)} (${hoursWord(c.wall_clock_hours)} hours)`;
    return `no set-up meets the limits: the cheapest, ${plan_name(c)}, costs ${usdWord(c.cost_usd)} and takes ${hoursWord(c.wall_clock_hours)} hours`;
}
/** Counts above `from` worth showing on the frontier: each one within the first node, then doublings. */
function densify(from, unit, perNode, max, space) {
    if (space.count !== null)
        return [];
    const out = [];
    for (let c = from + unit; c <= Math.min(perNode, max); c += unit)
        out.push(c);
    for (let c = Math.max(2 * perNode, 2 * from); c <= max; c *= 2)
        if (c % unit === 0 && c % perNode === 0)
            out.push(c);
    const g = space.global_batch_size;
    return g === null ? out : out.filter((c) => g % (c / unit) === 0);
}
/** Plans one job: pure, deterministic. */
function planJob(job, opts = {}) {
    const goals = goalsOf(job, opts);
    const space = spaceOf(job, { gpus: opts.gpus });
    const scorer = new SetupScorer(job);
    const r = search(scorer, space, goals);
    const maxGpus = Math.min(space.max_count, goals.max_gpus ?? Infinity);
    const C = goals.max_cost_usd ?? Infinity;
    // The frontier is drawn from the set-ups scored; to show each layout's whole trade-off, the layouts on the
    // first frontier are also scored at every doubling of their count (and within the first node at each count).
    const extra = [];
    for (const p of frontier(r.points.filter((x) => x.cost_usd <= C))) {
        for (const c of densify(p.setup.count, p.setup.tensor * p.setup.pipeline, scorer.accelerator(p.setup.gpu).gpus_per_node, maxGpus, space)) {
            // At a larger count the set-up may fit without offload: that variant is never slower or dearer.
            const light = p.setup.offload !== 'none' && space.offload.includes('none') ? scorer.score({ ...p.setup, count: c, offload: 'none' }) : null;
            const s = light?.fits ? light : scorer.score({ ...p.setup, count: c });
            if (s.fits)
                extra.push(s);
        }
    }
    r.points.push(...extra);
    r.evaluated = scorer.scored;
    return {
        objective: goals.objective,
        deadline_hours: goals.deadline_hours,
        max_cost_usd: goals.max_cost_usd,
        max_gpus: goals.max_gpus,
        gpus: space.gpus,
        minimum: r.minimum ? toPlanned(r.minimum) : null,
        recommended: r.recommended ? toPlanned(r.recommended) : null,
        fastest: r.fastest ? toPlanned(r.fastest) : null,
        frontier: frontier(r.points.filter((p) => p.cost_usd <= C)).map(toPlanned),
        manifest_fragment: r.recommended ? manifestFragment(job, r.recommended) : null,
        evaluated: r.evaluated,
        infeasible_reason: reason(r, goals, space.gpus, maxGpus),
    };
}

;// CONCATENATED MODULE: ./src/report/plan.ts


const plan_r = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
function setupJson(s) {
    if (!s)
        return null;
    return { ...s, memory_per_gpu_bytes: plan_r(s.memory_per_gpu_bytes, 0), wall_clock_hours: plan_r(s.wall_clock_hours, 3), gpu_hours: plan_r(s.gpu_hours, 3), cost_usd: plan_r(s.cost_usd, 2), mfu: plan_r(s.mfu, 4) };
}
/** `train-budget plan --format json`: { schema_version, jobs: [{ name, file, plan }] }. */
function renderPlanJson(jobs) {
    const out = {
        schema_version: 1,
        jobs: jobs.map((j) => ({
            name: j.name,
            file: j.file,
            plan: {
                ...j.plan,
                minimum: setupJson(j.plan.minimum),
                recommended: setupJson(j.plan.recommended),
                fastest: setupJson(j.plan.fastest),
                frontier: j.plan.frontier.map(setupJson),
            },
        })),
    };
    return JSON.stringify(out, null, 2) + '\n';
}
const layout = (s) => `ZeRO ${s.parallelism.zero}, TP ${s.parallelism.tensor}, PP ${s.parallelism.pipeline}, DP ${s.parallelism.data}, micro-batch ${s.training.micro_batch_size}, recompute ${s.training.gradient_checkpointing}${s.parallelism.offload !== 'none' ? `, offload ${s.parallelism.offload}` : ''}`;
const figures = (s) => `${hours(s.wall_clock_hours)}, ${usd(s.cost_usd)}, ${bytes(s.memory_per_gpu_bytes)}/GPU, MFU ${format_pct(s.mfu)}`;
function limitsLine(p) {
    const parts = [`objective ${p.objective}`];
    if (p.deadline_hours !== null)
        parts.push(`deadline ${hours(p.deadline_hours)}`);
    if (p.max_cost_usd !== null)
        parts.push(`cost limit ${usd(p.max_cost_usd)}`);
    if (p.max_gpus !== null)
        parts.push(`at most ${p.max_gpus} GPUs`);
    parts.push(`${p.gpus.length} GPU kind${p.gpus.length === 1 ? '' : 's'}`, `${p.evaluated} set-ups scored`);
    return parts.join('; ');
}
/** The readable plan. */
function renderPlanText(jobs) {
    const out = [];
    for (const j of jobs) {
        const p = j.plan;
        out.push(`${j.name}  (${j.file})`, `  ${limitsLine(p)}`);
        const row = (label, s) => out.push(s ? `  ${label.padEnd(12)} ${s.count} x ${s.gpu}: ${figures(s)}; ${layout(s)}` : `  ${label.padEnd(12)} none`);
        row('minimum', p.minimum);
        row('recommended', p.recommended);
        row('fastest', p.fastest);
        if (p.infeasible_reason)
            out.push(`  NOT POSSIBLE ${p.infeasible_reason}`);
        if (p.frontier.length) {
            out.push('  cost against wall-clock:');
            for (const s of p.frontier)
                out.push(`    ${`${s.count} x ${s.gpu}`.padEnd(20)} ${hours(s.wall_clock_hours).padStart(12)}  ${usd(s.cost_usd).padStart(12)}  ${layout(s)}`);
        }
        if (p.manifest_fragment)
            out.push('  manifest keys for the recommended set-up:', ...p.manifest_fragment.trimEnd().split('\n').map((l) => `    ${l}`));
        out.push('');
    }
    const none = jobs.filter((j) => !j.plan.recommended).length;
    out.push(none ? `${none} job${none === 1 ? '' : 's'} without a set-up that meets the limits` : 'every job has a recommended set-up');
    return out.join('\n') + '\n';
}
/** The plan as Markdown (a pull-request comment or a job summary). */
function renderPlanMarkdown(jobs) {
    const out = ['### Train Budget plan', ''];
    for (const j of jobs) {
        const p = j.plan;
        out.push(`#### ${escapeMarkdown(j.name)}`, '', `<sub>${escapeMarkdown(j.file)}; ${escapeMarkdown(limitsLine(p))}</sub>`, '', '| | GPUs | wall-clock | cost | memory/GPU | layout |', '| --- | --- | ---: | ---: | ---: | --- |');
        const row = (label, s) => out.push(s ? `| ${label} | ${s.count} × ${escapeMarkdown(s.gpu)} | ${hours(s.wall_clock_hours)} | ${usd(s.cost_usd)} | ${bytes(s.memory_per_gpu_bytes)} | ${escapeMarkdown(layout(s))} |` : `| ${label} | none | | | | |`);
        row('minimum', p.minimum);
        row('**recommended**', p.recommended);
        row('fastest', p.fastest);
        for (const s of p.frontier)
            row('frontier', s);
        if (p.infeasible_reason)
            out.push('', `❌ ${escapeMarkdown(p.infeasible_reason)}`);
        if (p.manifest_fragment)
            out.push('', '```yaml', p.manifest_fragment.trimEnd(), '```');
        out.push('');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/plan-command.ts







const PLAN_HELP = `Usage: train-budget plan [paths or globs...] [flags]

Searches the GPU kinds, counts and layouts each job's manifest leaves open (the keys it sets stay fixed) and
prints per job: the minimum set-up (fewest GPUs), the recommended one (best for the objective within the
limits), the fastest within the cost limit, the cost against wall-clock frontier, and manifest keys to paste.
  --objective cost|time   cost: cheapest within the deadline (default, or the manifest's plan.objective);
                          time: fastest within the cost limit
  --deadline-hours N      wall-clock limit (with plan.deadline_hours, the smaller applies)
  --max-cost-usd N        cost limit (with plan.max_cost_usd, the smaller applies)
  --max-gpus N            most GPUs (with hardware.max_count, the smaller applies)
  --gpus id,id            only these GPU kinds (within what hardware.gpu allows; gpu: auto allows every priced kind)
  --format text|json|markdown
  --root DIR              repository root (default: the current folder)
Exit codes: 0 every job has a recommended set-up, 1 some job has none that meets its limits, 2 invalid manifest or usage.
`;
function planCommand(argv, io) {
    const s = { type: 'string' };
    const { values, positionals } = parseFlags(argv, { objective: s, 'deadline-hours': s, 'max-cost-usd': s, 'max-gpus': s, gpus: s, format: s, root: s }, 'plan');
    if (values.help) {
        io.out(PLAN_HELP);
        return 0;
    }
    const format = values.format ?? 'text';
    if (!['text', 'json', 'markdown'].includes(format))
        throw new UsageError(`--format must be text, json or markdown, got "${format}"`);
    const opts = {};
    const objective = values.objective;
    if (objective !== undefined) {
        if (objective !== 'cost' && objective !== 'time')
            throw new UsageError(`--objective must be cost or time, got "${objective}"`);
        opts.objective = objective;
    }
    const positive = (flag) => {
        const v = numberFlag(values[flag], flag);
        if (v !== undefined && v <= 0)
            throw new UsageError(`--${flag} must be greater than 0, got "${String(values[flag])}"`);
        return v;
    };
    const deadline = positive('deadline-hours');
    const maxCost = positive('max-cost-usd');
    const maxGpus = positive('max-gpus');
    if (deadline !== undefined)
        opts.deadline_hours = deadline;
    if (maxCost !== undefined)
        opts.max_cost_usd = maxCost;
    if (maxGpus !== undefined) {
        if (!Number.isInteger(maxGpus))
            throw new UsageError(`--max-gpus must be a whole number, got "${String(values['max-gpus'])}"`);
        opts.max_gpus = maxGpus;
    }
    if (values.gpus !== undefined) {
        const ids = String(values.gpus).split(',').map((x) => x.trim()).filter(Boolean);
        if (!ids.length)
            throw new UsageError('--gpus needs at least one accelerator id, e.g. --gpus h100-80gb,a100-80gb');
        opts.gpus = ids.map((id) => {
            const a = accelerators_findAccelerator(id);
            if (!a)
                throw new UsageError(`--gpus: unknown accelerator "${id}"; "train-budget gpus" lists them`);
            return a.id;
        });
    }
    const root = (0,external_node_path_namespaceObject.resolve)(io.cwd, values.root ?? '.');
    const loaded = loadForCli(positionals.length ? positionals : ['.'], root);
    if (loaded.problems.length) {
        for (const p of loaded.problems)
            io.err(formatProblem(p) + '\n');
        io.err(`${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}: nothing planned\n`);
        return 2;
    }
    const planned = loaded.jobs.map((job) => ({ name: job.name, file: job.file, plan: planJob(job, opts) }));
    io.out(format === 'json' ? renderPlanJson(planned) : format === 'markdown' ? renderPlanMarkdown(planned) : renderPlanText(planned));
    return planned.some((p) => !p.plan.recommended) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli/run.ts












/** Exit codes, a contract scripts rely on. */
const EXIT = { ok: 0, overBudget: 1, invalid: 2 };
const USAGE = `train-budget: estimate what LLM training jobs need (GPU memory, GPUs, time, cost, energy, CO2)

Usage: train-budget <command> [paths or globs...] [flags]

Commands:
  estimate   estimate every job in the manifests (--format text|json|markdown, budget flags)
  plan       the set-ups each job could use: minimum, recommended, fastest, frontier (--objective, --deadline-hours, ...)
  validate   check manifests and print every problem as file:line:col: message
  schema     print the manifest's JSON Schema
  models     list the model catalog
  gpus       list the accelerator catalog

Paths may be files, folders (every *.train.yaml / *.train.yml below them) or globs; default ".".
Exit codes: 0 fine, 1 over budget or a job does not fit, 2 invalid input or usage.
Run "train-budget <command> --help" for a command's flags.
`;
const VALIDATE_HELP = `Usage: train-budget validate [paths or globs...] [--root DIR]

Checks manifests against the v1 format and the catalogs; prints every problem as file:line:col: message.
  --root DIR   repository root: manifests and config.json files must stay inside it (default: the git top
               level of the first path, else the current folder); paths are relative to the current folder
Exit codes: 0 all valid, 2 a problem was found.
`;
const SCHEMA_HELP = `Usage: train-budget schema

Prints the manifest's JSON Schema (draft-07), the file schema/training-job.schema.json.
`;
function run_validate(argv, io) {
    const { values, positionals } = parseFlags(argv, { root: { type: 'string' } }, 'validate');
    if (values.help) {
        io.out(VALIDATE_HELP);
        return EXIT.ok;
    }
    const where = whereFrom(io.cwd, values.root, positionals);
    for (const w of lookalikeWarnings(where.root, where.patterns))
        io.err(`warning: ${w}\n`);
    const loaded = loadForCli(where.patterns, where.root);
    for (const p of loaded.problems)
        io.out(formatProblem(withRootHint(p)) + '\n');
    if (loaded.problems.length) {
        const files = new Set(loaded.problems.map((p) => p.file)).size;
        io.err(`${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}\n`);
        return EXIT.invalid;
    }
    io.out(`ok: ${loaded.files.length} manifest${loaded.files.length === 1 ? '' : 's'}, ${loaded.jobs.length} job${loaded.jobs.length === 1 ? '' : 's'} valid\n`);
    return EXIT.ok;
}
function listCommand(argv, io, what) {
    const { values, positionals } = parseFlags(argv, {}, what);
    if (values.help) {
        io.out(`Usage: train-budget ${what}\n\nLists the ${what === 'models' ? 'model' : 'accelerator'} catalog.\n`);
        return EXIT.ok;
    }
    if (positionals.length)
        throw new UsageError(`${what} takes no arguments`);
    if (what === 'models') {
        for (const m of MODELS)
            io.out(`${m.id.padEnd(16)} ${m.name}${m.aliases?.length ? ` (also: ${m.aliases.join(', ')})` : ''}\n`);
    }
    else {
        for (const a of ACCELERATORS)
            io.out(`${a.id.padEnd(16)} ${a.name}, ${a.memory_gib} GB, ${a.tflops.bf16 ?? a.tflops.fp16} dense bf16/fp16 TFLOPS\n`);
    }
    return EXIT.ok;
}
/** The whole CLI: arguments in, exit code out; all output through `io`. */
function runCli(argv, rawIo) {
    // Every command writes through this guard: no line it prints can carry a control character or be read by a
    // CI runner as a workflow command, whatever text a manifest or file name put into it.
    const io = guardedIo(rawIo);
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case undefined:
            case '--help':
            case '-h':
            case 'help':
                io.out(USAGE);
                return command === undefined ? EXIT.invalid : EXIT.ok;
            case '--version':
                io.out('train-budget 0.1.0\n');
                return EXIT.ok;
            case 'validate':
                return run_validate(rest, io);
            case 'schema': {
                const { values, positionals } = parseFlags(rest, {}, 'schema');
                if (values.help) {
                    io.out(SCHEMA_HELP);
                    return EXIT.ok;
                }
                if (positionals.length)
                    throw new UsageError('schema takes no arguments');
                io.out(manifestJsonSchemaText());
                return EXIT.ok;
            }
            case 'estimate': {
                // estimate --base reads git asynchronously: its usage errors arrive as a rejected promise.
                const r = estimateCommand(rest, io);
                return typeof r === 'number' ? r : r.catch((e) => usageExit(e, io));
            }
            case 'plan':
                return planCommand(rest, io);
            case 'models':
            case 'gpus':
                return listCommand(rest, io, command);
            default: {
                const known = ['estimate', 'plan', 'validate', 'schema', 'models', 'gpus'];
                const near = known.filter((k) => k.startsWith(command.slice(0, 2)) || command.startsWith(k.slice(0, 3)));
                throw new UsageError(`unknown command "${command}"${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}. Commands: ${known.join(', ')}.`);
            }
        }
    }
    catch (e) {
        return usageExit(e, io);
    }
}
/** A usage error: its message and exit code 2; anything else is a bug and propagates. */
function usageExit(e, io) {
    if (e instanceof UsageError) {
        io.err(`train-budget: ${e.message}\n`);
        return EXIT.invalid;
    }
    throw e;
}


/***/ }),

/***/ 1211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ cleanText),
/* harmony export */   gr: () => (/* binding */ guardLog)
/* harmony export */ });
/* unused harmony exports MAX_FIELD_CHARS, quoted, cleanMarkdownBody */
/**
 * The one sanitiser for text that leaves the program (terminal, CI log lines, annotations, comment and summary
 * bodies). Two layers:
 *
 * - `cleanText` for one field taken from a manifest or the file system (a job name, a file name, a quoted key):
 *   every character that could end a line, move the cursor, reorder what a reviewer sees or hide text becomes a
 *   visible escape, and very long values are cut. A field can then never start a line of its own.
 * - `guardLog` for whole chunks written to a log or terminal (the sinks: the CLI's Io, the action's log calls).
 *   The program's own line breaks stay; any other control character becomes a visible escape, and a line that
 *   GitHub's runner would execute as a workflow command is defused. This layer covers output paths written
 *   later without anyone remembering the first.
 *
 * Workflow commands, as the runner parses them (actions/runner, src/Runner.Common/ActionCommand.cs):
 * `TryParseV2` trims leading white space and takes a line starting with `::` (`::error file=..::msg`,
 * `::add-mask::`, `::stop-commands::`); the legacy `TryParse` takes `##[command ...]` anywhere in a line. The
 * runner splits lines on CR as well as LF. `@actions/core` escapes command data as `%25 %0D %0A` and properties
 * also as `%3A %2C` (node_modules/@actions/core/lib/command.js): so an annotation's text is safe from line
 * breaks, but not from ESC sequences or bidi overrides, which `cleanText` removes.
 */
/**
 * C0 controls (but tab and line feed, handled apart), DEL, C1 controls (NEL U+0085 included), the line and
 * paragraph separators, the bidi embedding/override/isolate controls and marks (Trojan Source, CVE-2021-42574),
 * and the BOM / zero-width no-break space.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** The same, with tab and line feed: for one field, where no line break belongs. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_IN_FIELD = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** `\uXXXX`: readable, and inside a JSON string the same character again (so guarding JSON output keeps it valid JSON). */
const escapeChar = (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** Longest field shown (a job name may be 200 characters; a 1 MB model id is cut to this). */
const MAX_FIELD_CHARS = 200;
/** One field from outside the program, safe to print anywhere on a line: no control characters, at most `max` characters. */
function cleanText(text, max = MAX_FIELD_CHARS) {
    const cut = text.length > max ? text.slice(0, max) + '…' : text;
    return cut.replace(CONTROL_IN_FIELD, (c) => (c === '\t' ? ' ' : escapeChar(c)));
}
/** A field quoted in a message: `"name"`, cleaned and cut short (60 characters). */
const quoted = (text, max = 60) => `"${cleanText(text, max)}"`;
/** The start of a line the runner would run as a command (after any white space it trims). */
const COMMAND_LINE = /^(\s*)::/gm;
/** The legacy `##[command]` form, matched anywhere. */
const LEGACY_COMMAND = /##\[/g;
/**
 * A chunk of log or terminal output made inert: control characters but tab and line feed escaped, lines that
 * start with `::` prefixed with a backslash, `##[` written `#\u0023[`. Idempotent; JSON text stays valid JSON
 * with the same meaning (no JSON line starts with `::`, and `\u0023` inside a string is `#`).
 * Each chunk is treated as starting a line, which errs on the safe side.
 */
function guardLog(chunk) {
    return chunk.replace(CONTROL, escapeChar).replace(COMMAND_LINE, '$1\\::').replace(LEGACY_COMMAND, '#\\u0023[');
}
/**
 * A markdown body (comment, job summary) with the characters that have no place in it made visible: control
 * characters but tab and line feed, and bidi overrides, which could make a reviewer read a different text
 * from the one GitHub stores. Markdown syntax is escaped field by field (escape.ts), not here.
 */
function cleanMarkdownBody(body) {
    return body.replace(CONTROL, escapeChar);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
