import { describe, expect, it } from 'vitest';
import { aggregate, closedBefore, publishedAggregate, RATING_MIN_GROUP } from './anonymity.ts';

describe('rating anonymity', () => {
  it('shows nothing below K ratings', () => {
    expect(RATING_MIN_GROUP).toBe(5);
    expect(publishedAggregate([])).toBeNull();
    expect(publishedAggregate([5, 4, 3, 2])).toBeNull();
    expect(publishedAggregate([5, 4, 3, 2, 1])).toEqual({ count: 5, mean: 3, distribution: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 1 } });
  });

  it('changes only in whole blocks of K: one more rating never moves the figure', () => {
    const scores = [5, 5, 4, 4, 3, 1, 2, 5, 5, 4, 2];
    for (let n = 5; n < scores.length; n++) {
      const before = publishedAggregate(scores.slice(0, n));
      const after = publishedAggregate(scores.slice(0, n + 1));
      if (after?.count === before?.count) expect(after).toEqual(before);
      else expect((after?.count ?? 0) - (before?.count ?? 0)).toBeGreaterThanOrEqual(RATING_MIN_GROUP);
    }
    expect(publishedAggregate(scores)?.count).toBe(10);
  });

  it('aggregates count, mean to two decimals and the distribution', () => {
    expect(aggregate([5, 4, 4])).toEqual({ count: 3, mean: 4.33, distribution: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 } });
    expect(publishedAggregate([1, 2, 3], 3)?.mean).toBe(2);
  });

  it('counts closed months in Beijing time', () => {
    expect(closedBefore('2026-03-17')).toEqual({ date: '2026-03-01', instant: new Date('2026-02-28T16:00:00.000Z') });
  });
});
