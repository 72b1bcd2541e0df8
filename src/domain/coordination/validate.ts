/**
 * Validate the scheduler's JSON input and turn it into flat typed arrays in one pass.
 * Every problem is named by its field path (`filings[3].from`); the first ten are collected and
 * thrown together as a ScheduleInputError before any planning starts.
 */
import { InvalidDateError, toDayNumber } from '../calendar/dates.ts';
import { ScheduleInputError, type InputIssue } from './errors.ts';
import type { ScheduleInput } from './types.ts';

export const GRADE_LETTERS = ['A', 'B', 'C', 'D'] as const;
const MAX_COUNT = 1_000_000;

/** The input as arrays indexed by enterprise, department and filing position. */
export interface PreparedInput {
  raw: ScheduleInput;
  today: number;
  policy: string | undefined;
  entIds: string[];
  /** 0..3 for A..D */
  entGrade: Uint8Array;
  entOnsite: Int32Array;
  entOptOut: Uint8Array;
  /** departmentVisitsThisYear as CSR: entries entDvStart[e]..entDvStart[e+1] of entDvDept/entDvCount. */
  entDvStart: Int32Array;
  entDvDept: Int32Array;
  entDvCount: Int32Array;
  deptIds: string[];
  /** -1 = no limit */
  deptCapacity: Int32Array;
  n: number;
  fEnt: Int32Array;
  fDept: Int32Array;
  fFrom: Int32Array;
  fTo: Int32Array;
  /** delegableTo as CSR of department indices */
  fDelStart: Int32Array;
  fDel: Int32Array;
}

/** The typed-array part of the input: all the planning phase reads (and what a worker thread is sent). */
export type PlanInput = Pick<
  PreparedInput,
  'today' | 'n' | 'entGrade' | 'entOnsite' | 'entOptOut' | 'entDvStart' | 'entDvDept' | 'entDvCount' | 'deptCapacity' | 'fEnt' | 'fDept' | 'fFrom' | 'fTo' | 'fDelStart' | 'fDel'
>;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field path `list[index].field`, built only when there is something to report. */
function at(list: string, index: number, field = ''): string {
  return `${list}[${index}]${field === '' ? '' : `.${field}`}`;
}

class Issues {
  readonly list: InputIssue[] = [];
  add(path: string, zh: string, en: string): void {
    this.list.push({ path, zh, en });
    if (this.list.length >= 10) throw new ScheduleInputError(this.list);
  }
  unknownKeys(o: Obj, allowed: ReadonlySet<string>, list: string, index: number): void {
    for (const k in o) if (!allowed.has(k)) this.add(index < 0 ? `${list}.${k}` : at(list, index, k), '未知字段', 'unknown field');
  }
  id(v: unknown, list: string, index: number): v is string {
    if (typeof v === 'string' && v.length > 0) return true;
    this.add(at(list, index, 'id'), v === undefined ? '缺少标识' : '应为非空字符串', v === undefined ? 'missing id' : 'must be a non-empty string');
    return false;
  }
  count(v: unknown, list: string, index: number, field: string): number {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT) return v;
    this.add(at(list, index, field), v === undefined ? '缺少字段（非负整数）' : '应为非负整数', v === undefined ? 'missing (a non-negative integer)' : 'must be a non-negative integer');
    return 0;
  }
  date(v: unknown, path: string, index: number, field: string): number {
    if (typeof v === 'string') {
      try {
        return toDayNumber(v);
      } catch (e) {
        if (e instanceof InvalidDateError && e.code === 'IMPOSSIBLE_DATE') {
          this.add(index < 0 ? path : at(path, index, field), `日期不存在：${v}`, `no such date: ${v}`);
          return 0;
        }
      }
    }
    this.add(index < 0 ? path : at(path, index, field), '不是有效日期（YYYY-MM-DD）', v === undefined ? 'missing date (YYYY-MM-DD)' : 'not a date (YYYY-MM-DD)');
    return 0;
  }
  array(v: unknown, path: string): unknown[] {
    if (Array.isArray(v)) return v;
    this.add(path, '应为数组', v === undefined ? 'missing array' : 'must be an array');
    return [];
  }
}

const TOP = new Set(['today', 'policy', 'enterprises', 'departments', 'filings']);
const ENT = new Set(['id', 'grade', 'onsiteVisitsThisYear', 'departmentVisitsThisYear', 'optOut']);
const DEPT = new Set(['id', 'capacityPerDay']);
const FIL = new Set(['id', 'enterprise', 'department', 'from', 'to', 'delegableTo']);

function departments(is: Issues, list: unknown[]) {
  const ids: string[] = [];
  const capacity = new Int32Array(list.length);
  const index = new Map<string, number>();
  list.forEach((d, i) => {
    if (!isObj(d)) return is.add(at('departments', i), '应为对象', 'must be an object');
    is.unknownKeys(d, DEPT, 'departments', i);
    const id = is.id(d.id, 'departments', i) ? (d.id as string) : `#${i}`;
    if (index.has(id)) is.add(at('departments', i, 'id'), `重复的部门标识 ${id}`, `duplicate department id ${id}`);
    index.set(id, i);
    ids.push(id);
    const c = d.capacityPerDay;
    if (c === undefined) is.add(at('departments', i, 'capacityPerDay'), '缺少字段（null 或非负整数）', 'missing (null or a non-negative integer)');
    else capacity[i] = c === null ? -1 : is.count(c, 'departments', i, 'capacityPerDay');
  });
  return { ids, capacity, index };
}

function enterprises(is: Issues, list: unknown[], deptIndex: Map<string, number>) {
  const m = list.length;
  const ids: string[] = [];
  const grade = new Uint8Array(m);
  const onsite = new Int32Array(m);
  const optOut = new Uint8Array(m);
  const dvStart = new Int32Array(m + 1);
  const dvDept: number[] = [];
  const dvCount: number[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < m; i++) {
    const e = list[i];
    dvStart[i] = dvDept.length;
    if (!isObj(e)) {
      is.add(at('enterprises', i), '应为对象', 'must be an object');
      ids.push(`#${i}`);
      continue;
    }
    is.unknownKeys(e, ENT, 'enterprises', i);
    const id = is.id(e.id, 'enterprises', i) ? (e.id as string) : `#${i}`;
    if (index.has(id)) is.add(at('enterprises', i, 'id'), `重复的企业标识 ${id}`, `duplicate enterprise id ${id}`);
    index.set(id, i);
    ids.push(id);
    const g = GRADE_LETTERS.indexOf(e.grade as 'A');
    if (g < 0) is.add(at('enterprises', i, 'grade'), '监管等级应为 A、B、C 或 D', 'grade must be "A", "B", "C" or "D"');
    grade[i] = Math.max(g, 0);
    onsite[i] = is.count(e.onsiteVisitsThisYear, 'enterprises', i, 'onsiteVisitsThisYear');
    if (e.optOut !== undefined && typeof e.optOut !== 'boolean') is.add(at('enterprises', i, 'optOut'), '应为 true 或 false', 'must be true or false');
    optOut[i] = e.optOut === true ? 1 : 0;
    const dv = e.departmentVisitsThisYear;
    if (!isObj(dv)) {
      is.add(at('enterprises', i, 'departmentVisitsThisYear'), '应为对象（部门标识 → 次数）', dv === undefined ? 'missing (an object: department id → count)' : 'must be an object: department id → count');
      continue;
    }
    for (const k in dv) {
      const d = deptIndex.get(k);
      if (d === undefined) is.add(at('enterprises', i, `departmentVisitsThisYear.${k}`), '未知部门', 'unknown department');
      const c = is.count(dv[k], 'enterprises', i, `departmentVisitsThisYear.${k}`);
      if (d !== undefined && c > 0) {
        dvDept.push(d);
        dvCount.push(c);
      }
    }
  }
  dvStart[m] = dvDept.length;
  return { ids, grade, onsite, optOut, dvStart, dvDept: Int32Array.from(dvDept), dvCount: Int32Array.from(dvCount), index };
}

/**
 * Repeated filing ids, found with an open-addressing table over the ids' own hash (a JavaScript
 * Set of a million strings costs more than the rest of validation). Exact: equal hashes are
 * compared as strings.
 */
class IdTable {
  /** Per slot: [hash, filing number + 1] side by side (one cache line per probe); 0 = empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(n: number, private readonly ids: (i: number) => string) {
    let size = 16;
    while (size < n * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** Adds filing i's id; false when an earlier filing has the same id. */
  add(id: string, i: number): boolean {
    let h = 0x811c9dc5;
    for (let c = 0; c < id.length; c++) h = Math.imul(h ^ id.charCodeAt(c), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const at = this.slots[2 * k + 1];
      if (at === 0) {
        this.slots[2 * k] = h;
        this.slots[2 * k + 1] = i + 1;
        return true;
      }
      if (this.slots[2 * k] === h && this.ids(at - 1) === id) return false;
    }
  }
}

/** Validate and flatten; throws ScheduleInputError naming the offending fields. */
export function prepareInput(input: unknown): PreparedInput {
  const is = new Issues();
  if (!isObj(input)) throw new ScheduleInputError([{ path: '(input)', zh: '输入应为 JSON 对象', en: 'the input must be a JSON object' }]);
  is.unknownKeys(input, TOP, '(input)', -1);
  const today = is.date(input.today, 'today', -1, '');
  if (input.policy !== undefined && (typeof input.policy !== 'string' || input.policy === '')) is.add('policy', '应为政策版本标识（字符串）', 'must be a policy version id (a string)');
  const dep = departments(is, is.array(input.departments, 'departments'));
  const ent = enterprises(is, is.array(input.enterprises, 'enterprises'), dep.index);
  const list = is.array(input.filings, 'filings');
  const n = list.length;
  const fEnt = new Int32Array(n), fDept = new Int32Array(n), fFrom = new Int32Array(n), fTo = new Int32Array(n);
  const fDelStart = new Int32Array(n + 1);
  const del: number[] = [];
  const seen = new IdTable(n, (j) => (list[j] as Obj).id as string);
  for (let i = 0; i < n; i++) {
    const f = list[i];
    fDelStart[i] = del.length;
    if (!isObj(f)) {
      is.add(at('filings', i), '应为对象', 'must be an object');
      continue;
    }
    is.unknownKeys(f, FIL, 'filings', i);
    if (is.id(f.id, 'filings', i)) {
      if (!seen.add(f.id as string, i)) is.add(at('filings', i, 'id'), `重复的备案标识 ${String(f.id)}`, `duplicate filing id ${String(f.id)}`);
    }
    const e = typeof f.enterprise === 'string' ? ent.index.get(f.enterprise) : undefined;
    if (e === undefined) is.add(at('filings', i, 'enterprise'), '未知企业（不在 enterprises 中）', 'unknown enterprise (not in enterprises)');
    const d = typeof f.department === 'string' ? dep.index.get(f.department) : undefined;
    if (d === undefined) is.add(at('filings', i, 'department'), '未知部门（不在 departments 中）', 'unknown department (not in departments)');
    fEnt[i] = e ?? 0;
    fDept[i] = d ?? 0;
    fFrom[i] = is.date(f.from, 'filings', i, 'from');
    fTo[i] = is.date(f.to, 'filings', i, 'to');
    if (fFrom[i] > fTo[i]) is.add(at('filings', i, 'to'), '结束日期早于开始日期', 'is before from');
    const dl = f.delegableTo;
    if (dl === undefined) continue;
    if (!Array.isArray(dl)) {
      is.add(at('filings', i, 'delegableTo'), '应为部门标识数组', 'must be an array of department ids');
      continue;
    }
    for (let j = 0; j < dl.length; j++) {
      const x = typeof dl[j] === 'string' ? dep.index.get(dl[j] as string) : undefined;
      if (x === undefined) is.add(`${at('filings', i, 'delegableTo')}[${j}]`, '未知部门', 'unknown department');
      else if (x === d) is.add(`${at('filings', i, 'delegableTo')}[${j}]`, '不能委托给本部门', "names the filing's own department");
      else if (del.indexOf(x, fDelStart[i]) >= 0) is.add(`${at('filings', i, 'delegableTo')}[${j}]`, '重复的部门', 'duplicate department');
      else del.push(x);
    }
  }
  fDelStart[n] = del.length;
  if (is.list.length > 0) throw new ScheduleInputError(is.list);
  return {
    raw: input as unknown as ScheduleInput,
    today,
    policy: input.policy as string | undefined,
    entIds: ent.ids, entGrade: ent.grade, entOnsite: ent.onsite, entOptOut: ent.optOut,
    entDvStart: ent.dvStart, entDvDept: ent.dvDept, entDvCount: ent.dvCount,
    deptIds: dep.ids, deptCapacity: dep.capacity,
    n, fEnt, fDept, fFrom, fTo, fDelStart, fDel: Int32Array.from(del),
  };
}
