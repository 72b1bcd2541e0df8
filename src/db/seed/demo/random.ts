/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so that the demo county is the same on
 * every machine and every run. Not for anything security-related.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform integer in [min, max] (both inclusive). */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; weights need not add up to anything in particular. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a string to 32 bits, to derive independent streams from names. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRng(seed: number | string): Rng {
  const init = splitmix32(typeof seed === 'string' ? hashString(seed) : seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const nextU32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) nextU32();

  const next = (): number => nextU32() / 4294967296;
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(items.length)];
    },
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      let total = 0;
      for (const [, w] of entries) total += w;
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
  };
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * A seeded bijection of [0, n) onto itself (an affine map x → (a·x + b) mod n with gcd(a, n) = 1).
 * Used to hand out unique codes and trade names in a scattered order without remembering which
 * were used, so generation scales to millions in constant memory.
 */
export function affinePermutation(n: number, rng: Rng): (x: number) => number {
  if (n < 1 || n > 2 ** 40) throw new RangeError(`permutation size ${n} out of range`);
  let a = 1 + rng.int(n - 1 || 1);
  while (gcd(a, n) !== 1) a = (a + 1) % n || 1;
  const b = rng.int(n);
  // BigInt keeps a·x exact when it exceeds 2^53.
  const A = BigInt(a);
  const B = BigInt(b);
  const N = BigInt(n);
  return (x: number) => {
    if (x < 0 || x >= n) throw new RangeError(`${x} outside [0, ${n})`);
    return Number((A * BigInt(x) + B) % N);
  };
}
