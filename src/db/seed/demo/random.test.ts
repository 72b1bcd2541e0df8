import { describe, expect, it } from 'vitest';
import { affinePermutation, createRng } from './random.ts';
import { TRADE_NAME_CHARS, tradeName, tradeNameTier2Size } from './names.ts';

describe('createRng', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng('42x');
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('picks by weight', () => {
    const r = createRng(1);
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (r.weighted([['a', 1], ['b', 3]] as const) === 'b') hits++;
    expect(hits / 10_000).toBeGreaterThan(0.72);
    expect(hits / 10_000).toBeLessThan(0.78);
  });
});

describe('affinePermutation', () => {
  it.each([1, 2, 97, 1000, 4096])('is a bijection of [0, %i)', (n) => {
    const p = affinePermutation(n, createRng(n));
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) seen.add(p(i));
    expect(seen.size).toBe(n);
    for (const v of seen) expect(v >= 0 && v < n).toBe(true);
  });
});

describe('tradeName', () => {
  it('uses a stable, de-duplicated character list', () => {
    expect(new Set(TRADE_NAME_CHARS).size).toBe(TRADE_NAME_CHARS.length);
    expect(TRADE_NAME_CHARS.length).toBeGreaterThan(150);
  });

  it('gives distinct names across the two- and three-character tiers, without doubled characters', () => {
    const t2 = tradeNameTier2Size();
    const seen = new Set<string>();
    const indices = [
      ...Array.from({ length: 3000 }, (_, i) => i),
      ...Array.from({ length: 3000 }, (_, i) => t2 - 1500 + i),
    ];
    for (const i of indices) {
      const name = tradeName(i);
      expect(name.length).toBe(i < t2 ? 2 : 3);
      for (let k = 1; k < name.length; k++) expect(name[k]).not.toBe(name[k - 1]);
      seen.add(name);
    }
    expect(seen.size).toBe(indices.length);
  });
});
