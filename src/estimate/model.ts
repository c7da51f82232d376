import type { Architecture } from '../catalog/architecture.js';
import { findModel } from '../catalog/models.js';
import type { ModelSpec } from '../manifest/types.js';
import { architectureForSize } from './parameters.js';

export interface ResolvedModel {
  id: string | null;
  name: string;
  arch: Architecture;
  source: string;
  assumption: string | null;
}

/** The architecture behind each of the four forms of `model`. */
export function resolveModel(spec: ModelSpec): ResolvedModel {
  switch (spec.kind) {
    case 'catalog': {
      const m = findModel(spec.id)!;
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

function fmtParams(n: number): string {
  return n >= 1e9 ? `${+(n / 1e9).toFixed(2)}B` : `${+(n / 1e6).toFixed(1)}M`;
}
