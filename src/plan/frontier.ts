import type { Scored } from '../estimate/setup.js';
import { cheaper } from './search.js';

/** Most set-ups the frontier lists. */
export const FRONTIER_SIZE = 8;

/**
 * The cost against wall-clock frontier of the scored set-ups: those no other set-up beats on both (cheaper or
 * equal and faster or equal, one strictly), at most `size` of them spread evenly over log wall-clock, always
 * keeping the cheapest and the fastest end. Sorted cheapest (slowest) first.
 */
export function frontier(points: readonly Scored[], size = FRONTIER_SIZE): Scored[] {
  const sorted = [...points].sort((a, b) => (cheaper(a, b) ? -1 : cheaper(b, a) ? 1 : 0));
  const front: Scored[] = [];
  for (const p of sorted) {
    const last = front[front.length - 1];
    if (!last || p.wall_clock_hours < last.wall_clock_hours * (1 - 1e-9)) front.push(p);
  }
  if (front.length <= size) return front;
  const lo = Math.log(front[front.length - 1]!.wall_clock_hours);
  const hi = Math.log(front[0]!.wall_clock_hours);
  const picked = new Set<number>([0, front.length - 1]);
  for (let k = 1; picked.size < size && k < size - 1; k++) {
    const target = hi - ((hi - lo) * k) / (size - 1);
    let best = -1;
    for (let i = 0; i < front.length; i++) {
      if (picked.has(i)) continue;
      if (best < 0 || Math.abs(Math.log(front[i]!.wall_clock_hours) - target) < Math.abs(Math.log(front[best]!.wall_clock_hours) - target)) best = i;
    }
    if (best >= 0) picked.add(best);
  }
  return [...picked].sort((a, b) => a - b).map((i) => front[i]!);
}
