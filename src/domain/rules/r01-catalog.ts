/**
 * R1: an inspection may only contain items of the department's published item catalog.
 * Items the department inspects on another's behalf (delegable-item library) are left to R12.
 */
import { finding, list, listZh } from './finding.ts';
import type { Finding, InspectionCheckInput, RuleContext } from './types.ts';

export function checkR01Catalog(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const { inspection: p, catalog } = input;
  if (!catalog.published) {
    return [finding(ctx, 'R1', 'R1_CATALOG_NOT_PUBLISHED', 'block',
      `部门 ${p.department} 的检查事项清单尚未公布，不得据此实施检查。请先公布检查事项清单。`,
      `Department ${p.department} has not published its item catalog; publish it before inspecting.`)];
  }
  if (p.items.length === 0) {
    return [finding(ctx, 'R1', 'R1_NO_ITEMS', 'block', '未列明检查事项。请从本部门公布的检查事项清单中选择事项。', 'No items given: choose items from the published catalog.')];
  }
  const own = new Map(catalog.items.map((i) => [i.code, i]));
  const library = new Set((input.delegableLibrary ?? []).map((d) => d.item));
  const unknown = p.items.filter((code) => !own.has(code) && !library.has(code));
  const wrongMode = p.items.filter((code) => {
    const item = own.get(code);
    return item !== undefined && !item.modes.includes(p.mode);
  });
  const out: Finding[] = [];
  if (unknown.length > 0) {
    out.push(finding(ctx, 'R1', 'R1_ITEM_NOT_IN_CATALOG', 'block',
      `检查事项 ${listZh(unknown)} 不在本部门公布的检查事项清单内。请删除这些事项；如属其他部门职责，请由该部门实施或通过委托检查事项清单库委托。`,
      `Items ${list(unknown)} are not in the department's published catalog. Remove them; if they belong to another department, leave them to it or use the delegable-item library.`,
      { items: unknown }));
  }
  if (wrongMode.length > 0) {
    const modeZh = p.mode === 'onsite' ? '现场' : '非现场';
    out.push(finding(ctx, 'R1', 'R1_MODE_NOT_ALLOWED', 'block',
      `检查事项 ${listZh(wrongMode)} 按清单不得以${modeZh}方式检查。请改用清单规定的检查方式。`,
      `Items ${list(wrongMode)} may not be inspected ${p.mode === 'onsite' ? 'on site' : 'off site'} under the catalog; use the mode the catalog allows.`,
      { items: wrongMode, mode: p.mode }));
  }
  if (out.length === 0) {
    out.push(finding(ctx, 'R1', 'R1_OK', 'allow', '所有检查事项均在本部门公布的检查事项清单内。', "All items are in the department's published catalog."));
  }
  return out;
}
