import { personName } from './names.ts';
import { createRng, type Rng } from './random.ts';
import type { DemoInspector, DemoTrainingRecord } from './types.ts';

/**
 * Inspectors whose certificate has lapsed or whose training is stale, so that R13 (two qualified
 * inspectors, valid certificate, current training) has something to refuse in the demo.
 * Keyed by department code; the inspector concerned is the department's last one.
 */
export const EXPIRED_CERTIFICATES: Readonly<Record<string, string>> = {
  yjgl: '2026-06-30',
  zjj: '2025-12-31',
};
export const STALE_TRAINING_DEPARTMENTS: readonly string[] = ['scjg', 'jtys'];

/** Subject-matter courses by department; others get a generic one. */
const SUBJECT_COURSES: Readonly<Record<string, string>> = {
  scjg: '特种设备安全监察与食品安全执法业务培训',
  yjgl: '工贸行业粉尘防爆与有限空间作业执法培训',
  sthj: '生态环境执法与非现场监管技术培训',
  xfjy: '消防监督检查业务培训',
  rlsb: '劳动保障监察业务培训',
  wsjk: '职业卫生监督执法培训',
  zjj: '建筑施工安全和燃气安全执法培训',
  zhzf: '“大综合一体化”行政执法业务培训',
  jtys: '道路运输执法业务培训',
  tjj: '统计执法检查业务培训',
};

function day(rng: Rng, year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(rng.between(1, 28)).padStart(2, '0')}`;
}

function trainings(rng: Rng, departmentCode: string, stale: boolean): DemoTrainingRecord[] {
  if (stale) {
    return [
      { course: '2024年度行政执法人员公共法律知识轮训', date: day(rng, 2024, 4), hours: 16 },
      { course: '行政执法“三项制度”专题培训', date: day(rng, 2024, 9), hours: 6 },
    ];
  }
  const records: DemoTrainingRecord[] = [
    { course: '2026年度行政执法人员公共法律知识轮训', date: day(rng, 2026, 3), hours: 16 },
    { course: '严格规范涉企行政检查专题培训（国办发〔2024〕54号、浙政办发〔2025〕5号）', date: day(rng, 2026, 5), hours: 8 },
  ];
  if (rng.chance(0.7)) {
    records.push({ course: '“云企舒”涉企行政检查10项工作机制及“亮码检查”操作培训', date: day(rng, 2026, 8), hours: 4 });
  }
  records.push({
    course: SUBJECT_COURSES[departmentCode] ?? '本系统行政执法业务培训',
    date: day(rng, 2025, rng.between(9, 12)),
    hours: rng.pick([8, 12, 16, 24]),
  });
  return records.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Three to six inspectors for the department at position `ordinal` (1-based) of the department
 * list. Certificate numbers are '浙K' (Lishui's letter) + '1125' (the county) + the department's
 * two-digit ordinal + a two-digit serial, hence unique over the county.
 */
export function demoInspectors(departmentCode: string, ordinal: number): DemoInspector[] {
  const rng = createRng(`inspectors:${departmentCode}`);
  const count = rng.between(3, 6);
  const names = new Set<string>();
  const inspectors: DemoInspector[] = [];
  for (let n = 1; n <= count; n++) {
    let name = personName(rng);
    while (names.has(name)) name = personName(rng);
    names.add(name);
    const last = n === count;
    const expired = last ? EXPIRED_CERTIFICATES[departmentCode] : undefined;
    const stale = last && STALE_TRAINING_DEPARTMENTS.includes(departmentCode);
    inspectors.push({
      username: `insp-${departmentCode}-${n}`,
      name,
      departmentCode,
      certificateNo: `浙K1125${String(ordinal).padStart(2, '0')}${String(n).padStart(2, '0')}`,
      certificateValidUntil: expired ?? rng.pick(['2027-12-31', '2027-12-31', '2027-06-30', '2028-06-30']),
      trainings: trainings(rng, departmentCode, stale),
    });
  }
  return inspectors;
}
