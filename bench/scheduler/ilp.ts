/**
 * The scheduling problem as an integer programme, solved by HiGHS (the `highs` npm package) in a
 * worker thread — for the quality benchmark on instances up to about 1,000 filings. Written from
 * the rules directly (days by the test checker's day-by-day lawfulness), not from the scheduler.
 *
 *   x[i,t,c]  filing i on day t, carried by c (its owner, or a delegate; owner only if opt-out)
 *   y[e,t]    a visit to enterprise e on day t
 *   z[e,d,t]  department d's team enters that visit     u[e,d,t]  d is counted there (R4)
 * maximise W·Σx − Σy (W larger than any number of visits: most filings first, then fewest visits)
 * s.t. Σ_{t,c} x[i,t,c] ≤ 1;  x[i,t,c] ≤ z[e,c,t];  z[e,d,t] ≤ Σ x[own filings of d at (e,t), by d];
 *      z ≤ y;  Σ_d z[e,d,t] ≤ M;  u[e,owner(i),t] ≥ x[i,t,c];  Σ_{t in year} u[e,d,t] ≤ R4 left;
 *      Σ_{t in year} y[e,t] ≤ R5 left;  opt-out: Σ_i x[i,t,·] ≤ 1;  Σ_e z[e,d,t] ≤ capacity[d].
 * If `highs` is not installed the comparison reports so and is skipped.
 */
import { Worker } from 'node:worker_threads';
import type { WorkingCalendar } from '../../src/domain/calendar/types.ts';
import { lawfulDay, nextDate } from '../../src/domain/coordination/testing/checker.ts';
import type { ScheduleInput, SchedulerPolicy } from '../../src/domain/coordination/types.ts';

export interface IlpModel {
  lp: string;
  xs: string[];
  ys: string[];
}

export function buildIlp(input: ScheduleInput, cal: WorkingCalendar, policy: SchedulerPolicy): IlpModel {
  const todayYear = Number(input.today.slice(0, 4));
  const ent = new Map(input.enterprises.map((e, k) => [e.id, { ...e, k }]));
  const dept = new Map(input.departments.map((d, k) => [d.id, { ...d, k }]));
  const rows: string[] = [];
  const xs: string[] = [], ys = new Set<string>(), zs = new Set<string>(), us = new Set<string>();
  const zCarried = new Map<string, string[]>(); // z → own x's
  const byVisit = new Map<string, string[]>(); // y → x's (opt-out)
  const uOf = new Map<string, string[]>(); // u → x's
  const lawful = new Map<string, string[]>();
  input.filings.forEach((f, i) => {
    const e = ent.get(f.enterprise)!;
    if (policy.gradeOnsiteCaps[e.grade] === 0) return;
    const key = `${e.grade}|${f.from}|${f.to}`;
    let days = lawful.get(key);
    if (!days) {
      days = [];
      for (let d = f.from; d <= f.to; d = nextDate(d)) if (lawfulDay(d, e.grade, input.today, cal, policy)) days.push(d);
      lawful.set(key, days);
    }
    const carriers = e.optOut ? [f.department] : [f.department, ...(f.delegableTo ?? [])];
    for (const t of days) {
      const tn = t.replace(/-/g, '');
      const y = `y_${e.k}_${tn}`;
      for (const c of carriers) {
        const x = `x_${i}_${tn}_${dept.get(c)!.k}`;
        const z = `z_${e.k}_${dept.get(c)!.k}_${tn}`;
        const u = `u_${e.k}_${dept.get(f.department)!.k}_${tn}`;
        xs.push(x);
        ys.add(y);
        zs.add(z);
        us.add(u);
        rows.push(` ${x} - ${z} <= 0`);
        if (c === f.department) zCarried.set(z, [...(zCarried.get(z) ?? []), x]);
        byVisit.set(y, [...(byVisit.get(y) ?? []), x]);
        uOf.set(u, [...(uOf.get(u) ?? []), x]);
      }
    }
  });
  const perFiling = new Map<string, string[]>();
  for (const x of xs) {
    const i = x.split('_')[1];
    perFiling.set(i, [...(perFiling.get(i) ?? []), x]);
  }
  for (const list of perFiling.values()) rows.push(` ${list.join(' + ')} <= 1`);
  const visitsOfEntYear = new Map<string, string[]>();
  const zOfVisit = new Map<string, string[]>();
  const zOfDeptDay = new Map<string, string[]>();
  for (const z of zs) {
    const [, e, d, t] = z.split('_');
    const own = zCarried.get(z) ?? [];
    rows.push(own.length > 0 ? ` ${z} - ${own.join(' - ')} <= 0` : ` ${z} <= 0`);
    rows.push(` ${z} - y_${e}_${t} <= 0`);
    zOfVisit.set(`${e}_${t}`, [...(zOfVisit.get(`${e}_${t}`) ?? []), z]);
    zOfDeptDay.set(`${d}_${t}`, [...(zOfDeptDay.get(`${d}_${t}`) ?? []), z]);
  }
  for (const list of zOfVisit.values()) if (list.length > policy.maxDepartmentsPerJointVisit) rows.push(` ${list.join(' + ')} <= ${policy.maxDepartmentsPerJointVisit}`);
  const uOfEntDeptYear = new Map<string, string[]>();
  for (const u of us) {
    for (const x of uOf.get(u) ?? []) rows.push(` ${u} - ${x} >= 0`);
    const [, e, d, t] = u.split('_');
    const k = `${e}_${d}_${t.slice(0, 4)}`;
    uOfEntDeptYear.set(k, [...(uOfEntDeptYear.get(k) ?? []), u]);
  }
  for (const [k, list] of uOfEntDeptYear) {
    const [e, d, year] = k.split('_').map(Number);
    const made = year === todayYear ? (input.enterprises[e].departmentVisitsThisYear[input.departments[d].id] ?? 0) : 0;
    rows.push(` ${list.join(' + ')} <= ${Math.max(0, policy.departmentOnsiteCap - made)}`);
  }
  for (const y of ys) {
    const [, e, t] = y.split('_');
    const k = `${e}_${t.slice(0, 4)}`;
    visitsOfEntYear.set(k, [...(visitsOfEntYear.get(k) ?? []), y]);
    if (input.enterprises[Number(e)].optOut) rows.push(` ${(byVisit.get(y) ?? []).join(' + ')} <= 1`);
  }
  for (const [k, list] of visitsOfEntYear) {
    const [e, year] = k.split('_').map(Number);
    const cap = policy.gradeOnsiteCaps[input.enterprises[e].grade];
    if (cap === null) continue;
    const made = year === todayYear ? input.enterprises[e].onsiteVisitsThisYear : 0;
    rows.push(` ${list.join(' + ')} <= ${Math.max(0, cap - made)}`);
  }
  for (const [k, list] of zOfDeptDay) {
    const cap = input.departments[Number(k.split('_')[0])].capacityPerDay;
    if (cap !== null && list.length > cap) rows.push(` ${list.join(' + ')} <= ${cap}`);
  }
  const W = ys.size + 1;
  const objective = [...xs.map((x) => `${W} ${x}`), ...[...ys].map((y) => `- ${y}`)].join(' + ').replace(/\+ -/g, '-');
  const vars = [...xs, ...ys, ...zs, ...us];
  const lp = `Maximize\n obj: ${objective || '0 dummy'}\nSubject To\n${rows.map((r, k) => ` c${k}:${r}`).join('\n') || ' c0: dummy <= 0'}\nBinary\n ${vars.join('\n ') || 'dummy'}\nEnd\n`;
  return { lp, xs, ys: [...ys] };
}

export type IlpResult = { available: false; error: string } | { available: true; status: string; scheduled: number; visits: number; seconds: number };

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
let load = null;
try { load = require('highs'); } catch (e) { parentPort.postMessage({ available: false, error: String(e && e.message || e) }); }
if (load) load().then((highs) => {
  const t0 = Date.now();
  const r = highs.solve(workerData.lp, { output_flag: false, time_limit: workerData.seconds, mip_rel_gap: 0 });
  const get = (n) => (r.Columns[n] ? Math.round(r.Columns[n].Primal) : 0);
  parentPort.postMessage({ available: true, status: r.Status, scheduled: workerData.xs.reduce((a, x) => a + get(x), 0), visits: workerData.ys.reduce((a, y) => a + get(y), 0), seconds: (Date.now() - t0) / 1000 });
}, (e) => parentPort.postMessage({ available: false, error: String(e) }));
`;

/** Solves the model in a worker thread; { available: false } when `highs` cannot be loaded. */
export function solveIlp(model: IlpModel, seconds = 120): Promise<IlpResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { lp: model.lp, xs: model.xs, ys: model.ys, seconds } });
    worker.once('message', (m: IlpResult) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
