import { ACCELERATORS } from '../catalog/accelerators.js';
import { MODELS } from '../catalog/models.js';
import { manifestJsonSchemaText } from '../manifest/json-schema.js';
import { parseFlags, UsageError } from './args.js';
import { cliOffline, loadForCliThen, type CliLoaded } from './load-for-cli.js';
import { formatProblem } from '../manifest/problems.js';
import { estimateCommand } from './estimate-command.js';
import { pricesCommand } from './prices-command.js';
import { compareBuyCommand } from './compare-buy-command.js';
import { settingsJsonSchemaText } from '../settings/json-schema.js';
import { guardedIo } from './guarded-io.js';
import { lookalikeWarnings } from './lookalikes.js';
import { withRootHint } from './problems-out.js';
import { whereFrom } from './where.js';
import { planCommand } from './plan-command.js';
import { initCommand } from './init-command.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  /** The date the run treats as today (YYYY-MM-DD), from the process shell: the age of catalog prices. */
  today?: string;
}

/** Exit codes, a contract scripts rely on. */
export const EXIT = { ok: 0, overBudget: 1, invalid: 2 } as const;

const USAGE = `train-budget: estimate what LLM training jobs need (GPU memory, GPUs, time, cost, energy, CO2)

Usage: train-budget <command> [paths or globs...] [flags]

Commands:
  estimate   estimate every job in the manifests (--format text|json|markdown, budget flags)
  plan       the set-ups each job could use: minimum, recommended, fastest, frontier (--objective, --deadline-hours, ...)
  validate   check manifests and print every problem as file:line:col: message
  schema     print the manifest's JSON Schema
  models     list the model catalog
  gpus       list the accelerator catalog
  init       write a starter manifest that imports a trainer config (--from FILE [--gpu ID --count N])
  prices     list the price catalog with sources and dates (--gpu ID)
  compare-buy  renting against owning a cluster for a year of the jobs (break-even utilisation and months)

Paths may be files, folders (every *.train.yaml / *.train.yml below them) or globs; default ".".
Exit codes: 0 fine, 1 over budget or a job does not fit, 2 invalid input or usage.
Run "train-budget <command> --help" for a command's flags.
`;

const VALIDATE_HELP = `Usage: train-budget validate [paths or globs...] [--root DIR]

Checks manifests against the v1 format and the catalogs; prints every problem as file:line:col: message.
  --root DIR   repository root: manifests and config.json files must stay inside it (default: the git top
               level of the first path, else the current folder); paths are relative to the current folder
  --offline    never fetch a Hugging Face config.json: catalog ids and local files only (also HF_HUB_OFFLINE=1)
Exit codes: 0 all valid, 2 a problem was found.
`;

const SCHEMA_HELP = `Usage: train-budget schema [--settings]

Prints the manifest's JSON Schema (draft-07), the file schema/training-job.schema.json.
  --settings   print train-budget.yml's JSON Schema instead (schema/train-budget.schema.json)
`;

function validate(argv: string[], io: Io): number | Promise<number> {
  const { values, positionals } = parseFlags(argv, { root: { type: 'string' }, offline: { type: 'boolean' } }, 'validate');
  if (values.help) {
    io.out(VALIDATE_HELP);
    return EXIT.ok;
  }
  const where = whereFrom(io.cwd, values.root as string | undefined, positionals);
  for (const w of lookalikeWarnings(where.root, where.patterns)) io.err(`warning: ${w}\n`);
  return loadForCliThen(where.patterns, where.root, cliOffline(values.offline), io.err, (loaded) => validated(loaded, io));
}

/** validate's verdict on what was loaded (after any Hub config.json was fetched). */
function validated(loaded: CliLoaded, io: Io): number {
  for (const p of loaded.problems) io.out(formatProblem(withRootHint(p)) + '\n');
  if (loaded.problems.length) {
    const files = new Set(loaded.problems.map((p) => p.file)).size;
    io.err(`${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}\n`);
    return EXIT.invalid;
  }
  io.out(`ok: ${loaded.files.length} manifest${loaded.files.length === 1 ? '' : 's'}, ${loaded.jobs.length} job${loaded.jobs.length === 1 ? '' : 's'} valid\n`);
  return EXIT.ok;
}

function listCommand(argv: string[], io: Io, what: 'models' | 'gpus'): number {
  const { values, positionals } = parseFlags(argv, {}, what);
  if (values.help) {
    io.out(`Usage: train-budget ${what}\n\nLists the ${what === 'models' ? 'model' : 'accelerator'} catalog.\n`);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(`${what} takes no arguments`);
  if (what === 'models') {
    for (const m of MODELS) io.out(`${m.id.padEnd(16)} ${m.name}${m.aliases?.length ? ` (also: ${m.aliases.join(', ')})` : ''}\n`);
  } else {
    for (const a of ACCELERATORS) io.out(`${a.id.padEnd(16)} ${a.name}, ${a.memory_gib} GB, ${a.tflops.bf16 ?? a.tflops.fp16} dense bf16/fp16 TFLOPS\n`);
  }
  return EXIT.ok;
}

/** The whole CLI: arguments in, exit code out; all output through `io`. */
export function runCli(argv: string[], rawIo: Io): number | Promise<number> {
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
        return validate(rest, io);
      case 'schema': {
        const { values, positionals } = parseFlags(rest, { settings: { type: 'boolean' } }, 'schema');
        if (values.help) {
          io.out(SCHEMA_HELP);
          return EXIT.ok;
        }
        if (positionals.length) throw new UsageError('schema takes no arguments');
        io.out(values.settings ? settingsJsonSchemaText() : manifestJsonSchemaText());
        return EXIT.ok;
      }
      case 'estimate': {
        // estimate --base reads git asynchronously: its usage errors arrive as a rejected promise.
        const r = estimateCommand(rest, io);
        return typeof r === 'number' ? r : r.catch((e: unknown) => usageExit(e, io));
      }
      case 'init':
        return initCommand(rest, io);
      case 'plan':
        return planCommand(rest, io);
      case 'prices':
        return pricesCommand(rest, io);
      case 'compare-buy':
        return compareBuyCommand(rest, io);
      case 'models':
      case 'gpus':
        return listCommand(rest, io, command);
      default: {
        const known = ['estimate', 'plan', 'validate', 'schema', 'models', 'gpus', 'prices', 'init', 'compare-buy'];
        const near = known.filter((k) => k.startsWith(command.slice(0, 2)) || command.startsWith(k.slice(0, 3)));
        throw new UsageError(`unknown command "${command}"${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}. Commands: ${known.join(', ')}.`);
      }
    }
  } catch (e) {
    return usageExit(e, io);
  }
}

/** A usage error: its message and exit code 2; anything else is a bug and propagates. */
function usageExit(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.err(`train-budget: ${e.message}\n`);
    return EXIT.invalid;
  }
  throw e;
}
