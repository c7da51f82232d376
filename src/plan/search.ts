import type { Checkpointing, Offload } from '../manifest/types.js';
import { SetupScorer, type Parts, type Scored, type Setup } from '../estimate/setup.js';
import { memoryFloor, type MemoryBreakdown } from '../estimate/memory.js';
import { CHECKPOINTING_ORDER, OFFLOAD_ORDER, countOptions, kindsOf, pipelineOptions, setupRank, tensorOptions, zeroOffloadOptions, type Space } from './space.js';

/** What the recommended and fastest set-ups must meet; null = no limit. */
export interface Goals {
  objective: 'cost' | 'time';
  deadline_hours: number | null;
  max_cost_usd: number | null;
  max_gpus: number | null;
  /** false: the fastest set-up is not wanted (advice asks only for the cheapest), so its search is skipped. */
  fastest?: boolean;
  /** false: the minimum set-up (and, when nothing fits, the nearest miss) is not wanted either (advice). */
  minimum?: boolean;
  /**
   * true, with the cost objective: only `recommended` is wanted (advice; implies fastest and minimum false). Layouts whose GPU-hours floor
   * (SetupScorer.hoursFloor) proves them dearer than the cost limit or the best found, or too slow for the
   * deadline at their largest count, are then not scored: `points`, `cheapest` and `evaluated` cover less.
   */
  only_recommended?: boolean;
}

export interface SearchResult {
  /** Fewest GPUs that run the job at all (cheapest of those). */
  minimum: Scored | null;
  /** Best for the objective within every limit. */
  recommended: Scored | null;
  /** Shortest wall-clock within the cost limit. */
  fastest: Scored | null;
  /** Cheapest set-up ignoring the deadline and cost limit (within the GPU limit): the nearest when nothing qualifies. */
  cheapest: Scored | null;
  /** Every set-up scored that fits, for the frontier. */
  points: Scored[];
  evaluated: number;
  /** The set-up that came closest to fitting, when none fits. */
  least_memory: { setup: Setup; bytes: number; capacity: number } | null;
}

const EPS = 1e-9;
const FULL = CHECKPOINTING_ORDER.indexOf('full');
function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}
/** Deterministic order: cost, then wall-clock, then fewer GPUs and simpler layouts, then the GPU id. */
export function cheaper(a: Scored, b: Scored): boolean {
  if (Math.abs(a.cost_usd - b.cost_usd) > EPS * Math.max(a.cost_usd, b.cost_usd)) return a.cost_usd < b.cost_usd;
  if (Math.abs(a.wall_clock_hours - b.wall_clock_hours) > EPS * Math.max(a.wall_clock_hours, b.wall_clock_hours)) return a.wall_clock_hours < b.wall_clock_hours;
  return tieLess(a, b);
}
export function faster(a: Scored, b: Scored): boolean {
  if (Math.abs(a.wall_clock_hours - b.wall_clock_hours) > EPS * Math.max(a.wall_clock_hours, b.wall_clock_hours)) return a.wall_clock_hours < b.wall_clock_hours;
  if (Math.abs(a.cost_usd - b.cost_usd) > EPS * Math.max(a.cost_usd, b.cost_usd)) return a.cost_usd < b.cost_usd;
  return tieLess(a, b);
}
function tieLess(a: Scored, b: Scored): boolean {
  const ra = setupRank(a.setup);
  const rb = setupRank(b.setup);
  if (lexLess(ra, rb)) return true;
  if (lexLess(rb, ra)) return false;
  if (a.setup.gpu !== b.setup.gpu) return a.setup.gpu < b.setup.gpu;
  return (a.setup.cluster ?? '') < (b.setup.cluster ?? '');
}
/** Fewer GPUs first, then cheaper. */
function fewer(a: Scored, b: Scored): boolean {
  return a.setup.count !== b.setup.count ? a.setup.count < b.setup.count : cheaper(a, b);
}

/**
 * One offload and recomputation setting of a ZeRO stage, with its range at the micro-batch being searched: one object
 * per setting for the whole search, whose range the search sets when it measures the setting at a micro-batch and
 * reads before it moves to the next (no object per micro-batch and setting).
 */
interface Variant {
  offload: Offload;
  ckpt: Checkpointing;
  /** OFFLOAD_ORDER and CHECKPOINTING_ORDER indexes of offload and ckpt. */
  o: number;
  c: number;
  /** Index into the counts of the first count that fits, or counts.length. */
  first: number;
  /** Counts from `first` up to (not including) `limit` are where no variant with less recomputation or offload fits. */
  limit: number;
}

/**
 * The pruned search. It relies on three properties of the estimator, each checked against a brute-force scan
 * of every set-up in __tests__/plan-search.test.ts:
 *  1. memory per GPU never grows with the count once a job spans more than one GPU (ZeRO shards by the
 *     data-parallel ranks; everything else is fixed by tensor x pipeline), and grows with the micro-batch;
 *  2. at one count, less offload, or no recomputation rather than full recomputation, is never slower or dearer
 *     (each only saves memory), so a heavier variant is a candidate only at counts where a lighter one does not
 *     fit. Selective recomputation is not ordered against none: with FlashAttention it adds almost no work, and
 *     the step-time model can make it marginally faster (an H100 70B LoRA with parameter offload, by 0.3%);
 *  3. for one layout, GPU-hours never fall as GPUs are added on one node, nor as nodes are added past one
 *     (communication and goodput only get worse), so along each of those two stretches of counts the cost is
 *     non-decreasing and wall-clock >= GPU-hours at the stretch's fewest / count. From one node to two they may
 *     fall: a short fine-tune's goodput on one node (loading the model and saving checkpoints against a short run,
 *     src/estimate/goodput.ts) can be below the multi-node goodput. Not with parameter offload
 *     (optimizer_and_params): each GPU's PCIe weight traffic per micro-batch falls as 1 / data-parallel ranks under
 *     ZeRO-3 (src/estimate/efficiency.ts) while its compute stays, so GPU-hours can fall with the count; such a
 *     curve is scored at every count (found in review; __tests__/plan-param-offload.test.ts).
 * And one floor: no set-up on a GPU kind beats the kind's floor (SetupScorer.floor), a proven bound (the
 * estimator's highest kernel efficiency and best goodput), which also bounds wall-clock (GPU-hours / count):
 * the fastest set-up is found by scoring every count of every live layout down to where that bound stops it,
 * so it rests on properties 1 and 2 (which set-ups are candidates) but not on property 3.
 */
export function search(scorer: SetupScorer, space: Space, goals: Goals): SearchResult {
  const onlyRecommended = goals.only_recommended === true && goals.objective === 'cost';
  if (onlyRecommended) goals = { ...goals, fastest: false, minimum: false };
  const maxGpus = Math.min(space.max_count, goals.max_gpus ?? Infinity);
  const D = goals.deadline_hours ?? Infinity;
  const C = goals.max_cost_usd ?? Infinity;
  const start = scorer.scored;
  const points: Scored[] = [];
  let minimum: Scored | null = null;
  let recommendedCost: Scored | null = null; // min cost with wall <= D and cost <= C
  let fastest: Scored | null = null; // min wall with cost <= C
  let cheapest: Scored | null = null;
  let leastMemory: SearchResult['least_memory'] = null;
  // The cost a set-up must not exceed to be recommended: the cost limit, and the best found (with room for
  // cheaper()'s tolerance).
  let bound = C;

  const score = (s: Setup): Scored => {
    const r = scorer.score(s);
    if (!r.fits) return r;
    points.push(r);
    if (!cheapest || cheaper(r, cheapest)) cheapest = r;
    if (r.cost_usd <= C) {
      if (!fastest || faster(r, fastest)) fastest = r;
      if (r.wall_clock_hours <= D && (!recommendedCost || cheaper(r, recommendedCost))) {
        recommendedCost = r;
        bound = Math.min(C, r.cost_usd * (1 + 2 * EPS));
      }
    }
    return r;
  };

  // Kinds in order of their floor, so good incumbents come early and the floors prune the rest.
  const kinds = kindsOf(space, maxGpus)
    .map((k) => ({ g: k.gpu, cluster: k.cluster, max: k.max, floor: scorer.floor(k.gpu, k.cluster) }))
    .sort((a, b) => a.floor.cost_usd - b.floor.cost_usd || a.g.localeCompare(b.g) || (a.cluster ?? '').localeCompare(b.cluster ?? ''));

  const ckpts = space.gradient_checkpointing;
  const pipelines = pipelineOptions(space);
  // The ZeRO stages and their variants, which depend on the pipeline only through whether there is one
  // (zeroOffloadOptions), worked out once for each.
  const groups = new Map<boolean, { zero: 0 | 1 | 2 | 3; ordered: Variant[] }[]>();
  const zeroGroups = (piped: boolean) => {
    let gs = groups.get(piped);
    if (!gs) {
      gs = groupByZero(zeroOffloadOptions(space, piped ? 2 : 1)).map(({ zero, offloads }) => {
        // Variants in order of weight (less offload and recomputation first), so each one's lighter
        // variants are known: it is searched only below the count where one of them fits.
        const ordered = offloads.flatMap((offload) => ckpts.map((ckpt): Variant => ({ offload, ckpt, o: OFFLOAD_ORDER.indexOf(offload), c: CHECKPOINTING_ORDER.indexOf(ckpt), first: 0, limit: 0 })));
        ordered.sort((a, b) => a.o - b.o || a.c - b.c);
        return { zero, ordered };
      });
      groups.set(piped, gs);
    }
    return gs;
  };
  const ckptIndex = ckpts.map((k) => CHECKPOINTING_ORDER.indexOf(k));
  // The memory checks' place in the loops below, and two lists they reuse (see Walk).
  const walk: Walk = { scorer, g: '', cluster: undefined, tensor: 0, pipeline: 0, zero: 0, micro: 0, counts: [], last: 0, oneGpu: false, activations: [], statesBy: new Map() };
  const pending: number[] = [];
  // The variants of one micro-batch: measured (with their range set), and left unmeasured.
  const variants: Variant[] = [];
  const unmeasured: Variant[] = [];
  // The set-ups curve() has scored, by index into the counts (reset over its range when it starts).
  const scoredAt: (Scored | undefined)[] = [];
  const dead = CHECKPOINTING_ORDER.map(() => false);
  // The loops below index their arrays rather than use for-of: the advice runs once per job, interpreted (nothing in
  // a push run lives long enough to be optimised), and there each for-of step allocates an iterator result object
  // (~180 KB over the push run's six advices, heap sampling), enough to cost a scavenge.

  for (const { g, cluster, max: kindMax, floor } of kinds) {
    if (onlyRecommended && floor.cost_usd * (1 - 1e-9) > bound) continue;
    const gpu = scorer.accelerator(g);
    const cap = scorer.capacity(g);
    walk.g = g;
    walk.cluster = cluster;
    const hourPrice = scorer.hourPrice(g, cluster);
    // The best goodput at a count (SetupScorer.bestGoodput), which depends on it only through whether it is past one node.
    const perNode = gpu.gpus_per_node;
    const goodputOnNode = scorer.bestGoodput(g, 1);
    const goodputPastNode = scorer.bestGoodput(g, perNode + 1);
    // Count lists by tensor x pipeline (countOptions reads only their product) and micro-batch.
    const countsByUnit = new Map<number, Map<number, number[]>>();
    const needCurves = (maxC: number) =>
      !recommendedCost || floor.cost_usd <= recommendedCost.cost_usd * (1 + EPS) || (goals.fastest !== false && (!fastest || floor.gpu_hours / maxC <= fastest.wall_clock_hours * (1 + EPS)));
    const tensors = tensorOptions(space, gpu);
    for (let ti = 0; ti < tensors.length; ti++) {
      const tensor = tensors[ti]!;
      // only_recommended: the GPU-hours floor of each recomputation setting (CHECKPOINTING_ORDER index), worked out
      // once per tensor degree at pipeline 1. It holds for every pipeline degree: hoursFloor is tokens x tensor x
      // pipeline x stepFloorPerMicro, and each term of stepFloorPerMicro is divided by the pipeline degree (the
      // linear layers' and attention's FLOPs by tensor x pipeline, the memory-bound and tensor-parallel terms by
      // the layers per stage, layers / pipeline), so the product does not depend on it. Computed at another
      // pipeline degree it differs by rounding only, far inside the 1e-9 hoursFloor takes off
      // (__tests__/plan-floors.test.ts checks both on every set-up of the small spaces).
      const floors = onlyRecommended ? CHECKPOINTING_ORDER.map((k) => (ckpts.includes(k) ? scorer.hoursFloor(g, tensor, 1, k) : 0)) : null;
      for (let pi = 0; pi < pipelines.length; pi++) {
        const pipeline = pipelines[pi]!;
        if (tensor * pipeline > kindMax) continue;
        let countsByMicro = countsByUnit.get(tensor * pipeline);
        if (!countsByMicro) countsByUnit.set(tensor * pipeline, (countsByMicro = new Map<number, number[]>()));
        const countsOf = (micro: number) => {
          let c = countsByMicro!.get(micro);
          if (!c) countsByMicro!.set(micro, (c = countOptions(space, gpu, tensor, pipeline, micro, kindMax)));
          return c;
        };
        // only_recommended: a layout (tensor, pipeline, micro-batch, recomputation) whose GPU-hours floor, at the
        // fewest GPUs it may run on, costs more than the bound, or at the most GPUs misses the deadline, cannot be
        // recommended at any count, ZeRO stage or offload. The floor, by recomputation (CHECKPOINTING_ORDER
        // index, `floors` above), does not depend on the micro-batch. When every layout of this tensor x pipeline is
        // hopeless, it is skipped whole; otherwise a hopeless layout's variants are measured only where a heavier
        // live variant's range depends on them (full recomputation is heavier than none and selective).
        const hopeless = (c: number, counts: number[], from: number, to: number) => {
          const hours = floors![c]! / (counts[from]! > perNode ? goodputPastNode : goodputOnNode);
          return hours * hourPrice > bound || hours / counts[to]! > D;
        };
        const allHopeless = (counts: number[]) => ckptIndex.every((c) => hopeless(c, counts, 0, counts.length - 1));
        // The parts of memoryFloor, each from the first variant measured at a layout's largest count: the
        // activations by micro-batch and recomputation (CHECKPOINTING_ORDER index), the model states by ZeRO stage,
        // offload (OFFLOAD_ORDER index) and that count.
        const activationsBy = new Map<number, number[]>();
        const statesBy = new Map<number, MemoryBreakdown>();
        if (onlyRecommended && space.micro_batch_size.every((m) => countsOf(m).length === 0 || allHopeless(countsOf(m)))) continue;
        walk.tensor = tensor;
        walk.pipeline = pipeline;
        walk.statesBy = statesBy;
        const gs = zeroGroups(pipeline > 1);
        for (let gi = 0; gi < gs.length; gi++) {
          const { zero, ordered } = gs[gi]!;
          walk.zero = zero;
          // only_recommended: earlier micro-batches where nothing could be recommended, whose check of whether
          // anything fits there (the stop below) is made only when a later micro-batch has work to do.
          pending.length = 0;
          for (let mi = 0; mi < space.micro_batch_size.length; mi++) {
            const micro = space.micro_batch_size[mi]!;
            const counts = countsOf(micro);
            if (!counts.length) continue;
            let activations = activationsBy.get(micro);
            if (!activations) activationsBy.set(micro, (activations = []));
            atMicro(walk, micro, counts, activations);
            const oneGpu = walk.oneGpu;
            let anyDead = false;
            if (onlyRecommended) {
              let allDead = true;
              for (let c = 0; c < dead.length; c++) {
                dead[c] = ckptIndex.includes(c) && hopeless(c, counts, 0, counts.length - 1);
                if (dead[c]) anyDead = true;
                else if (ckptIndex.includes(c)) allDead = false;
              }
              if (allDead) {
                pending.push(micro);
                continue;
              }
            }
            let nothingFits = false;
            for (let k = 0; k < pending.length; k++) {
              const m = pending[k]!;
              atMicro(walk, m, countsOf(m), activationsBy.get(m)!);
              if (!fitsAtSomeEnd(walk, ordered, cap)) {
                nothingFits = true;
                break;
              }
            }
            if (nothingFits) break;
            if (pending.length) atMicro(walk, micro, counts, activations);
            pending.length = 0;
            const fullLive = anyDead && ckptIndex.includes(FULL) && !dead[FULL];
            variants.length = 0;
            unmeasured.length = 0;
            let someFirst = false;
            for (let vi = 0; vi < ordered.length; vi++) {
              const v = ordered[vi]!;
              const { offload, ckpt, o, c } = v;
              if (anyDead && dead[c] && !(fullLive && c !== FULL)) {
                unmeasured.push(v);
                continue;
              }
              let limit = counts.length;
              // Variants lighter than (or as light as) this one in the order of property 2 (see above).
              for (let wi = 0; wi < variants.length; wi++) {
                const w = variants[wi]!;
                if (w.first < limit && w.o <= o && (w.c === c || (c === FULL && w.c < FULL))) limit = w.first;
              }
              let first = limit;
              if (limit > 0) {
                // The variant's memory-only parts (all but the GPU kind and count), built once and measured at many
                // counts. Written out, not a helper: a small function called this often is compiled by TurboFan.
                const p = scorer.partsOf(zero, tensor, pipeline, offload, micro, ckpt);
                if (!fitsNowhere(walk, p, o, c, cap)) first = firstFit(scorer, p, g, counts, limit, oneGpu);
              }
              // first === limit: no fit below the limit, so an empty range; heavier variants' limits need no more,
              // since every variant lighter than this one is lighter than them too.
              v.first = first;
              v.limit = limit;
              variants.push(v);
              if (first < counts.length) someFirst = true;
              if (first === counts.length && !minimum && goals.minimum !== false) {
                const s = setupAt(g, cluster, counts[counts.length - 1]!, zero, tensor, pipeline, offload, micro, ckpt);
                const bytes = scorer.memory(s);
                if (!leastMemory || bytes / cap < leastMemory.bytes / leastMemory.capacity) leastMemory = { setup: s, bytes, capacity: cap };
              }
            }
            // A larger micro-batch needs more memory still: when nothing fits here, stop (unmeasured variants:
            // checked at the ends).
            if (!someFirst && !fitsAtSomeEnd(walk, unmeasured, cap)) break;
            for (let vi = 0; vi < variants.length; vi++) {
              const v = variants[vi]!;
              if (v.first >= v.limit || (anyDead && dead[v.c])) continue; // not live
              // Minimum: the fewest GPUs; only the first count of a curve can be it.
              if (goals.minimum !== false && (!minimum || counts[v.first]! <= minimum.setup.count)) {
                const s0 = score(setupAt(g, cluster, counts[v.first]!, zero, tensor, pipeline, v.offload, micro, v.ckpt));
                if (!minimum || fewer(s0, minimum)) minimum = s0;
              }
              if (!needCurves(counts[v.limit - 1]!)) continue;
              if (onlyRecommended && hopeless(v.c, counts, v.first, v.limit - 1)) continue;
              // only_recommended, CPU offload: the floor plus the offload time every step pays, at the first count of
              // one of the curve's stretches (one node, past one node). Dearer than the bound there, curve() would
              // score that one set-up and leave the stretch (its cheapest-within-deadline walk starts there and
              // stops at the first set-up over the bound), so it is not scored (curve's `dearFloor`).
              const dearFloor = onlyRecommended && v.offload !== 'none' ? floors![v.c]! : null;
              curve(v, v.first, v.limit, floor.gpu_hours, gpu.gpus_per_node, dearFloor, hourPrice, v.offload !== 'optimizer_and_params');
            }
          }
        }
      }
    }
  }

  /** The set-up of the walk's layout and `v` at counts[i], scored once per curve. */
  function get(v: Variant, i: number): Scored {
    let s = scoredAt[i];
    if (!s) scoredAt[i] = s = score(setupAt(walk.g, walk.cluster, walk.counts[i]!, walk.zero, walk.tensor, walk.pipeline, v.offload, walk.micro, v.ckpt));
    return s;
  }

  /**
   * Cheapest within the deadline: on a stretch [lo, hi) of counts along which cost grows with the count (property 3:
   * one node, then whole nodes), the first count whose wall-clock meets it. `dearFloor` (only_recommended with
   * offload: the layout's GPU-hours floor, before goodput): the stretch is left when the floor with the offload time
   * proves its first set-up dearer than the bound. `monotone`: property 3 holds (false with parameter offload).
   */
  function cheapestWithin(v: Variant, lo: number, hi: number, dearFloor: number | null, hourPrice: number, monotone: boolean): void {
    if (lo >= hi) return;
    const counts = walk.counts;
    if (dearFloor !== null) {
      const s0 = setupAt(walk.g, walk.cluster, counts[lo]!, walk.zero, walk.tensor, walk.pipeline, v.offload, walk.micro, v.ckpt);
      if (((dearFloor + scorer.offloadHoursFloor(s0)) / scorer.bestGoodput(walk.g, s0.count)) * hourPrice > bound) return;
    }
    if (!monotone) {
      // Property 3 does not hold (parameter offload): no count can be skipped.
      for (let i = lo; i < hi; i++) get(v, i);
      return;
    }
    const s0 = get(v, lo);
    const gh0 = s0.gpu_hours;
    const cmax = counts[hi - 1]!;
    if (s0.cost_usd > C || (recommendedCost && s0.cost_usd > recommendedCost.cost_usd * (1 + EPS))) return;
    let i = lo;
    while (i < hi && gh0 / counts[i]! > D) i++; // wall-clock >= gh0 / count
    for (; i < hi; i++) {
      const s = get(v, i);
      if (s.cost_usd > C || (recommendedCost && s.cost_usd > recommendedCost.cost_usd * (1 + EPS))) break;
      if (s.wall_clock_hours <= D) break;
      if (s.gpu_hours / cmax > D) break; // no later count of the stretch can meet the deadline
    }
  }

  /**
   * One layout (the walk's, with variant `v`) along its counts [lo, hi): the cheapest count within the deadline, and
   * the fastest within the cost limit. `floorHours`: the GPU kind's floor on GPU-hours (SetupScorer.floor), a proven
   * lower bound. `dearFloor`, `monotone`: see cheapestWithin.
   */
  function curve(v: Variant, lo: number, hi: number, floorHours: number, perNode: number, dearFloor: number | null, hourPrice: number, monotone: boolean): void {
    const counts = walk.counts;
    for (let i = lo; i < hi; i++) scoredAt[i] = undefined;
    let nodes = lo;
    while (nodes < hi && counts[nodes]! <= perNode) nodes++;
    cheapestWithin(v, lo, nodes, dearFloor, hourPrice, monotone);
    cheapestWithin(v, nodes, hi, dearFloor, hourPrice, monotone);
    // Fastest within the cost limit: every count, from the largest down, until the proven bound stops it.
    // Wall-clock is GPU-hours / count, and GPU-hours never fall below the kind's floor, so a count with
    // floor / count above the fastest found cannot beat it, nor can any smaller count. Wall-clock need not fall
    // with every GPU added (past some count the network costs more than the GPUs give), so no count above the
    // bound is skipped, and the cost limit is checked on each set-up scored (score()), not assumed monotone.
    if (goals.fastest === false) return;
    for (let i = hi - 1; i >= lo; i--) {
      if (fastest && floorHours / counts[i]! > fastest.wall_clock_hours * (1 + EPS)) break;
      get(v, i);
    }
  }

  const fits = points.filter((p) => p.fits);
  const recommended: Scored | null =
    goals.objective === 'time' ? (fastest && (fastest as Scored).wall_clock_hours <= D ? fastest : null) : recommendedCost;
  return { minimum, recommended, fastest, cheapest, points: fits, evaluated: scorer.scored - start, least_memory: minimum ? null : leastMemory };
}

/**
 * Where the search's memory checks are: the GPU kind, layout and micro-batch it is at, with that micro-batch's
 * counts and the memory floor's parts (search: activationsBy, statesBy). The loops set its fields as they move, and
 * fitsNowhere and fitsAtSomeEnd read them: fields rather than closures, since the search visits hundreds of
 * micro-batches and, run in V8's interpreter, a closure made per visit is an allocation per visit.
 */
interface Walk {
  scorer: SetupScorer;
  g: string;
  cluster: string | undefined;
  tensor: number;
  pipeline: number;
  zero: 0 | 1 | 2 | 3;
  micro: number;
  counts: number[];
  /** The largest count; oneGpu: the first count is one GPU. */
  last: number;
  oneGpu: boolean;
  /** Activations at the largest count by recomputation (CHECKPOINTING_ORDER index), for memoryFloor. */
  activations: number[];
  /** Model states at a largest count by it, the ZeRO stage and offload (OFFLOAD_ORDER index), for memoryFloor. */
  statesBy: Map<number, MemoryBreakdown>;
}

/** The walk at micro-batch `micro` with its counts and its activations for the floor. */
function atMicro(walk: Walk, micro: number, counts: number[], activations: number[]): void {
  walk.micro = micro;
  walk.counts = counts;
  walk.last = counts[counts.length - 1]!;
  // Only one GPU can fit where more do not (firstFit): past it, a variant that does not fit at the largest count
  // fits nowhere.
  walk.oneGpu = counts[0] === 1;
  walk.activations = activations;
}

/**
 * Whether a variant (its parts, offload and recomputation indexes) at the walk's place is proven to fit at no count,
 * by its memory floor, or else by its own memory at the largest count (measured then, for the floor's parts).
 * false: not proven.
 */
function fitsNowhere(walk: Walk, p: Parts, o: number, c: number, cap: number): boolean {
  const key = (walk.last * 4 + walk.zero) * OFFLOAD_ORDER.length + o; // ZeRO 0-3
  const states = walk.statesBy.get(key);
  const a = walk.activations[c];
  if (states && a !== undefined) return memoryFloor(states, a) > cap;
  const m = walk.scorer.breakdownAt(p, walk.last);
  if (!states) walk.statesBy.set(key, m);
  if (a === undefined) walk.activations[c] = m.activations;
  return !walk.oneGpu && m.total > cap;
}

/**
 * Whether one of these variants at the walk's place fits somewhere, in order, stopping at the first that does: by
 * the measure of firstFit a variant fits somewhere exactly when it fits at the first or the last count.
 */
function fitsAtSomeEnd(walk: Walk, variants: Variant[], cap: number): boolean {
  const { scorer, g, counts, last, oneGpu } = walk;
  for (let i = 0; i < variants.length; i++) {
    const v = variants[i]!;
    const p = scorer.partsOf(walk.zero, walk.tensor, walk.pipeline, v.offload, walk.micro, v.ckpt);
    if (!fitsNowhere(walk, p, v.o, v.c, cap) && ((oneGpu && scorer.fitsAt(p, g, counts[0]!)) || scorer.fitsAt(p, g, last))) return true;
  }
  return false;
}

/** A set-up (the cluster set, not spread in: the search builds thousands of these). */
function setupAt(g: string, cluster: string | undefined, count: number, zero: 0 | 1 | 2 | 3, tensor: number, pipeline: number, offload: Offload, micro: number, ckpt: Checkpointing): Setup {
  const s: Setup = { gpu: g, count, zero, tensor, pipeline, offload, micro_batch_size: micro, gradient_checkpointing: ckpt };
  if (cluster) s.cluster = cluster;
  return s;
}

function groupByZero(opts: { zero: 0 | 1 | 2 | 3; offload: Offload }[]): { zero: 0 | 1 | 2 | 3; offloads: Offload[] }[] {
  const out: { zero: 0 | 1 | 2 | 3; offloads: Offload[] }[] = [];
  for (const o of opts) {
    const g = out.find((x) => x.zero === o.zero);
    if (g) g.offloads.push(o.offload);
    else out.push({ zero: o.zero, offloads: [o.offload] });
  }
  return out;
}

/**
 * Index of the first count that fits, or n. One GPU (`oneGpu`: the first count is 1) is checked on its own: on
 * one GPU there are no communication buffers, so it may fit where two GPUs do not; past it, memory never grows
 * with the count and a bisection finds the boundary. Without one GPU the last count is checked first: when it
 * does not fit, none does.
 */
function firstFit(scorer: SetupScorer, p: Parts, g: string, counts: number[], n: number, oneGpu: boolean): number {
  // fits(i): the parts fit at counts[i] (SetupScorer.fitsAt), written out at each use (no closure per variant).
  if (n === 0) return 0;
  if (oneGpu) {
    if (scorer.fitsAt(p, g, counts[0]!)) return 0;
    if (n === 1 || !scorer.fitsAt(p, g, counts[n - 1]!)) return n;
  } else {
    if (!scorer.fitsAt(p, g, counts[n - 1]!)) return n;
    if (n === 1 || scorer.fitsAt(p, g, counts[0]!)) return 0;
  }
  let lo = 0; // !fits(lo) (or lo is the special first)
  let hi = n - 1; // fits(hi)
  while (hi - lo > 1) {
    const m = (lo + hi) >> 1;
    if (scorer.fitsAt(p, g, counts[m]!)) hi = m;
    else lo = m;
  }
  return hi;
}
