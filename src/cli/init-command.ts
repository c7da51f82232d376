import { existsSync, writeFileSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { findAccelerator, ACCELERATORS } from '../catalog/accelerators.js';
import { repoFileReader } from '../manifest/files.js';
import { parseManifest } from '../manifest/load.js';
import { formatProblem } from '../manifest/problems.js';
import { detectFormat } from '../import/detect.js';
import { parseFlags, UsageError } from './args.js';
import { EXIT, type Io } from './run.js';

const HELP = `Usage: train-budget init --from CONFIG [--gpu ID] [--count N] [--output FILE] [--root DIR]

Writes a starter manifest that imports a trainer config (axolotl, LLaMA-Factory or TRL YAML), so the job is
described once, in the file the trainer reads. The manifest adds what trainer configs never hold: the GPU kind
and count, and the tokens (unless the config fixes max_steps).
  --from CONFIG   the trainer config (inside the repository)
  --gpu ID        accelerator id (default h100-80gb; train-budget gpus lists them)
  --count N       number of GPUs (default auto; 1 when the config fixes max_steps)
  --output FILE   where to write (default: CONFIG's folder, <config name>.train.yaml); never overwritten
  --root DIR      repository root (default: the current folder)
Exit codes: 0 written, 2 invalid input (nothing is written).
`;

const toPosix = (p: string) => p.split(sep).join('/');

export function initCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseFlags(argv, { from: { type: 'string' }, gpu: { type: 'string' }, count: { type: 'string' }, output: { type: 'string' }, root: { type: 'string' } }, 'init');
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(`init takes no positional arguments, got "${positionals[0]}"; name the config with --from`);
  const from = values.from as string | undefined;
  if (!from) throw new UsageError('init needs --from CONFIG: the trainer config to import');
  const gpu = (values.gpu as string | undefined) ?? 'h100-80gb';
  if (!findAccelerator(gpu)) throw new UsageError(`--gpu: unknown accelerator "${gpu}"; known: ${ACCELERATORS.map((a) => a.id).join(', ')}`);
  let count: number | 'auto' | undefined;
  if (values.count !== undefined) {
    const c = values.count as string;
    if (c === 'auto') count = 'auto';
    else if (/^[1-9]\d{0,5}$/.test(c)) count = Number(c);
    else throw new UsageError(`--count must be a positive whole number of GPUs or auto, got "${c}"`);
  }

  const root = realpathSync(resolve(io.cwd, (values.root as string | undefined) ?? '.'));
  const configAbs = resolve(io.cwd, from);
  const configRel = toPosix(relative(root, configAbs));
  if (configRel.startsWith('../') || isAbsolute(configRel)) throw new UsageError(`--from "${from}" is outside the repository root ${root}`);
  const read = repoFileReader(root);
  const cfg = read(configRel);
  if (!cfg.ok) throw new UsageError(`--from "${from}": ${cfg.error}`);

  const stem = basename(configRel, extname(configRel));
  const outAbs = resolve(io.cwd, (values.output as string | undefined) ?? resolve(dirname(configAbs), `${stem}.train.yaml`));
  const outRel = toPosix(relative(root, outAbs));
  if (outRel.startsWith('../') || isAbsolute(outRel)) throw new UsageError(`--output is outside the repository root ${root}`);
  if (existsSync(outAbs)) throw new UsageError(`${outRel} exists: it is not overwritten (choose another --output)`);

  let data: Record<string, unknown> = {};
  try {
    const d = parseYaml(cfg.text, { maxAliasCount: 100 }) as unknown;
    if (d && typeof d === 'object' && !Array.isArray(d)) data = d as Record<string, unknown>;
  } catch {
    /* parseManifest below reports the syntax error at its place */
  }
  const format = detectFormat(data);
  const steps = typeof data.max_steps === 'number' && data.max_steps > 0;
  const chosenCount = count ?? (steps ? 1 : 'auto');
  const importPath = toPosix(relative(dirname(outAbs), configAbs));
  const lines = [
    `# Starter manifest: the job is read from ${importPath}${format ? ` (${format})` : ''}; keys set here win over it.`,
    `# Reference: README "Manifest reference (v1)"; check it with: train-budget validate ${outRel}`,
    `name: ${JSON.stringify(stem)}`,
    `import: ${JSON.stringify(importPath)}`,
    'hardware:',
    `  gpu: ${findAccelerator(gpu)!.id}`,
    `  count: ${chosenCount}${steps && count === undefined ? '  # max_steps turns into tokens with this GPU count' : ''}`,
    ...(steps ? [] : ['data:', '  tokens: 100M  # replace: tokens per epoch (or examples: N with tokens_per_example: M)']),
  ];
  const text = lines.join('\n') + '\n';
  const parsed = parseManifest(text, { file: outRel, repoPath: outRel, readRepoFile: read });
  if (parsed.problems.length) {
    for (const p of parsed.problems) io.out(formatProblem(p) + '\n');
    io.err(`${parsed.problems.length} problem${parsed.problems.length === 1 ? '' : 's'}: nothing written\n`);
    return EXIT.invalid;
  }
  writeFileSync(outAbs, text, { flag: 'wx' });
  io.out(`wrote ${outRel}\n`);
  return EXIT.ok;
}
