/**
 * A fixed sequence of picks from a seed (Park and Miller's minimal standard generator, exact in doubles), so every
 * run of a test that generates jobs sees the same jobs.
 */
export function picker(seed: number) {
  const M = 2147483647;
  let state = seed % M;
  return <T>(xs: readonly T[]): T => {
    state = (state * 48271) % M;
    return xs[Math.floor((state / M) * xs.length)]!;
  };
}
