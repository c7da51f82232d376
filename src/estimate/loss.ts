import type { Loss } from '../manifest/types.js';

/** Output chunks of torchtune's CEWithChunkedOutputLoss (num_output_chunks = 8, torchtune/modules/loss). */
export const LOSS_CHUNKS = 8;

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
export function lossBytesPerLogit(loss: Loss, logitBytes: number): number {
  const fp32Work = (logitBytes < 4 ? 4 : 0) + 4 + 4;
  if (loss === 'fused') return 0;
  if (loss === 'chunked') return logitBytes + fp32Work / LOSS_CHUNKS;
  return logitBytes + fp32Work;
}
