import { describe, expect, it } from 'vitest';
import { checkR01Catalog } from './r01-catalog.ts';
import { codes, ctx, input } from './test-fixtures.ts';

describe('R1 catalog', () => {
  it('allows items of the published catalog, citing Y24 二(二)一', () => {
    const f = checkR01Catalog(input(), ctx());
    expect(codes(f)).toEqual(['R1_OK']);
    expect(f[0]).toMatchObject({ rule: 'R1', verdict: 'allow', clause: { id: 'Y24 二(二)一' } });
  });
  it('blocks an item outside the catalog and the library, naming it', () => {
    const f = checkR01Catalog(input({ items: ['SCJG-001', 'ZZ-999'] }), ctx());
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'R1_ITEM_NOT_IN_CATALOG', verdict: 'block', data: { items: ['ZZ-999'] } });
    expect(f[0].message.zh).toContain('ZZ-999');
    expect(f[0].message.en).toContain('Remove');
  });
  it('leaves items from the delegable-item library to R12', () => {
    expect(codes(checkR01Catalog(input({ items: ['XF-010', 'HB-020'] }), ctx()))).toEqual(['R1_OK']);
  });
  it('blocks a mode the catalog does not allow, and allows the allowed one', () => {
    expect(codes(checkR01Catalog(input({ items: ['SCJG-003'] }), ctx()))).toEqual(['R1_MODE_NOT_ALLOWED']);
    expect(codes(checkR01Catalog(input({ items: ['SCJG-003'], mode: 'offsite' }), ctx()))).toEqual(['R1_OK']);
  });
  it('blocks an unpublished catalog and an empty item list', () => {
    const i = input();
    i.catalog.published = false;
    expect(checkR01Catalog(i, ctx())[0]).toMatchObject({ code: 'R1_CATALOG_NOT_PUBLISHED', verdict: 'block' });
    expect(checkR01Catalog(input({ items: [] }), ctx())[0]).toMatchObject({ code: 'R1_NO_ITEMS', verdict: 'block' });
  });
});
