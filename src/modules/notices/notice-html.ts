/** The printable 检查通知书 (zh-CN, A4 print CSS) of a filing's notice, with the inspection code as a QR code (level M). */
import { notFound } from '../../domain/errors.ts';
import { assertEnterpriseScope, type Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { codeQrSvg } from '../codes/index.ts';
import { visibleFiling } from '../filings/index.ts';
import { noticeCode } from './notice-code.ts';

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Content {
  department: { name: string };
  enterprise: { uscc: string; name: string; address: string | null };
  date: string;
  windowEnd: string | null;
  mode: string;
  items: { code: string; name: string; legalBasis: string; owner: string; delegated: boolean }[];
  inspectors: { name: string; certificateNumber: string | null }[];
  onsiteCountThisYear: { year: number; count: number; cap: number | null };
  rights: { zh: string }[];
  policy: { id: string; title: string };
}

/** The notice as printed; `origin` is where the QR code of the inspection code points (the verify page). */
export async function noticeHtml(deps: Deps, by: Principal, filingId: number, origin: string): Promise<string> {
  const notice = await deps.db.selectFrom('notices').selectAll().where('filing_id', '=', filingId).executeTakeFirst();
  if (by.role === 'enterprise') {
    if (!notice) throw notFound('NOTICE_NOT_FOUND', '该备案没有检查预告。', 'This filing has no notice.');
    assertEnterpriseScope(by, notice.enterprise_id);
  } else {
    await visibleFiling(deps, by, filingId);
    if (!notice) throw notFound('NOTICE_NOT_FOUND', '该备案尚未发出检查预告。', 'No notice has been issued for this filing.');
  }
  const c = notice.content as unknown as Content;
  const code = await noticeCode(deps.db, filingId);
  const qr = code.code ? await codeQrSvg(origin, code.code, { level: 'M' }) : null;
  const when = c.windowEnd && c.windowEnd !== c.date ? `${c.date} 至 ${c.windowEnd}` : c.date;
  const cap = c.onsiteCountThisYear.cap === null ? '' : `（按监管等级，年度现场检查原则上不超过 ${c.onsiteCountThisYear.cap} 次）`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>检查通知书 ${esc(c.enterprise.name)}</title>
<style>
@page { size: A4; margin: 20mm; }
body { font-family: "SimSun", "Songti SC", serif; font-size: 14pt; line-height: 1.8; color: #000; max-width: 170mm; margin: 0 auto; }
h1 { text-align: center; font-size: 22pt; letter-spacing: 4pt; margin: 0 0 8mm; }
table { width: 100%; border-collapse: collapse; font-size: 12pt; }
th, td { border: 1px solid #000; padding: 2mm 3mm; text-align: left; vertical-align: top; }
.no { text-align: right; font-size: 11pt; }
.sign { margin-top: 14mm; text-align: right; }
.code { display: flex; gap: 5mm; align-items: center; break-inside: avoid; }
.qr svg { width: 45mm; height: 45mm; }
@media print { .noprint { display: none; } }
</style></head><body>
<p class="no">编号：备案 ${esc(filingId)} / 预告 ${esc(notice.id)}</p>
<h1>检查通知书</h1>
<p>${esc(c.enterprise.name)}（统一社会信用代码：${esc(c.enterprise.uscc)}）：</p>
<p>根据${esc(c.policy.title)}（${esc(c.policy.id)}），${esc(c.department.name)}定于 <b>${esc(when)}</b> 对你单位实施${c.mode === 'onsite' ? '现场' : '非现场'}检查，现将有关事项预告如下。</p>
<table><thead><tr><th>检查事项</th><th>依据</th><th>备注</th></tr></thead><tbody>
${c.items.map((i) => `<tr><td>${esc(i.name)}</td><td>${esc(i.legalBasis)}</td><td>${i.delegated ? `受${esc(i.owner)}委托检查` : ''}</td></tr>`).join('\n')}
</tbody></table>
<p>检查人员：${c.inspectors.map((u) => `${esc(u.name)}（执法证号 ${esc(u.certificateNumber ?? '—')}）`).join('、')}</p>
<p>本次为你单位 ${esc(c.onsiteCountThisYear.year)} 年度第 ${esc(c.onsiteCountThisYear.count)} 次现场检查${esc(cap)}。</p>
${qr ? `<div class="code"><div class="qr">${qr}</div><p>检查码：执法人员入企时须出示与本码一致的检查码（查时亮码）。可用手机扫描本二维码，或登录企业端“核验检查码”，核对检查部门、人员、事项和日期（有效期 ${esc(code.codeValidFrom)} 至 ${esc(code.codeValidTo)}）。</p></div>` : ''}
<p>你单位享有以下权利：</p>
<ol>${c.rights.map((r) => `<li>${esc(r.zh)}</li>`).join('')}</ol>
<p class="sign">${esc(c.department.name)}<br>${esc(notice.issued_on)}</p>
<button class="noprint" onclick="window.print()">打印</button>
</body></html>`;
}
