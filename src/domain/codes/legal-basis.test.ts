import { describe, expect, it } from 'vitest';
import { summariseLegalBasis } from './legal-basis.ts';

describe('summariseLegalBasis', () => {
  it('names each provision once, in short form', () => {
    expect(
      summariseLegalBasis(['《中华人民共和国安全生产法》第六十五条', '《中华人民共和国安全生产法》第六十五条；《工贸企业粉尘防爆安全规定》', '《安全生产法》第六十五条']),
    ).toBe('《安全生产法》第六十五条；《工贸企业粉尘防爆安全规定》');
  });

  it('cuts at whole provisions and says so', () => {
    const s = summariseLegalBasis(['《甲法》第一条', '《乙法》第二条', '《丙法》第三条'], 16);
    expect(s).toBe('《甲法》第一条；《乙法》第二条等');
    expect([...s].length).toBeLessThanOrEqual(16);
    expect(summariseLegalBasis(['《一部名称非常非常非常长的法律》第一百二十三条'], 10)).toBe('《一部名称非常非常…');
  });

  it('never exceeds the format limit and never returns nothing', () => {
    expect([...summariseLegalBasis(Array.from({ length: 50 }, (_, i) => `《法${i}》第${i}条`), 1000)].length).toBeLessThanOrEqual(300);
    expect(summariseLegalBasis([])).toBe('见检查事项清单');
  });
});
