import { makeUscc, USCC_CHARSET } from '../../../domain/enterprise/uscc.ts';
import { demoIndustries, industryProfiles } from './industries.ts';
import { personName, tradeName, tradeNameTier2Size, TRADE_NAME_CHARS } from './names.ts';
import { affinePermutation, createRng, type Rng } from './random.ts';
import { demoJurisdiction, demoTowns, townPlaces } from './towns.ts';
import type {
  DemoEnterprise,
  EntityKind,
  GenerateEnterprisesOptions,
  IndustryCode,
  IsoDate,
  SupervisionGrade,
} from './types.ts';

export const DEFAULT_DEMO_SEED = 20250924;
export const DEFAULT_ENTERPRISE_COUNT = 3000;
export const DEMO_GRADE_YEAR = 2025;

/**
 * The most enterprises one seed can give with guaranteed-unique names and codes (two- and
 * three-character trade names; four-character ones could coincide with an industry word).
 */
export const MAX_DEMO_ENTERPRISES = (() => {
  const p = TRADE_NAME_CHARS.length;
  return p * (p - 1) + p * (p - 1) ** 2;
})();

const ENTITY_TYPE_CODE: Readonly<Record<EntityKind, string>> = {
  company: '1',
  individual: '2',
  cooperative: '3',
};

/** 'MA' codes: 'MA2' + five USCC characters, assigned after the 2015 reform. */
const MA_SPACE = 31 ** 5;
/** Legacy organisation codes (组织机构代码) of older companies: eight digits, 10000000–99999999. */
const LEGACY_SPACE = 90_000_000;

const INDUSTRY_WEIGHTS = demoIndustries.map((i) => [i.code, i.weight] as const);
const GRADES: readonly SupervisionGrade[] = ['A', 'B', 'C', 'D'];

const DAY_MS = 86_400_000;
function epochDay(date: IsoDate): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}
function isoFromEpochDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
const REFORM_DAY = epochDay('2015-10-01');

function randomDate(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  return isoFromEpochDay(rng.between(epochDay(from), epochDay(to)));
}

function maBody(n: number): string {
  let s = '';
  let rest = n;
  for (let k = 0; k < 5; k++) {
    s = USCC_CHARSET[rest % 31] + s;
    rest = Math.floor(rest / 31);
  }
  return 'MA2' + s;
}

function address(rng: Rng, townCode: string, townName: string): string {
  const places = townPlaces[townCode] ?? [];
  const place = places.length > 0 ? rng.pick(places) : '';
  const no = place.endsWith('村') ? `${rng.between(1, 260)}号` : `${rng.between(1, 399)}号`;
  return `${demoJurisdiction.fullName}${townName}${place}${no}`;
}

function companyName(rng: Rng, trade: string, industry: IndustryCode, aboveScale: boolean): string {
  const words = industryProfiles[industry].companyWords;
  const word = rng.pick(words);
  const prefix = rng.weighted([
    ['云和县', aboveScale ? 45 : 78],
    ['浙江', aboveScale ? 45 : 12],
    ['丽水', 10],
  ] as const);
  const form = aboveScale && rng.chance(0.3) ? '股份有限公司' : '有限公司';
  if (word === '家庭农场') return `${prefix}${trade}家庭农场`;
  return `${prefix}${trade}${word}${form}`;
}

function individualName(rng: Rng, trade: string, industry: IndustryCode): string {
  const words = industryProfiles[industry].shopWords;
  return `云和县${trade}${rng.pick(words)}`;
}

function cooperativeName(rng: Rng, trade: string): string {
  const word = rng.pick(['食用菌', '香菇', '黑木耳', '茶叶', '水果', '蔬菜', '雪梨']);
  return `云和县${trade}${word}专业合作社`;
}

/**
 * Generates the demo county's enterprises lazily, one at a time, so a million can be streamed
 * into the database in constant memory. Enterprise i is the same for a given seed whatever the
 * count (a longer run extends a shorter one). USCCs (division 331125) and names are unique by
 * construction: each enterprise draws a distinct index from seeded permutations.
 */
export function* generateEnterprises(
  options: GenerateEnterprisesOptions = {},
): Generator<DemoEnterprise, void, undefined> {
  const count = options.count ?? DEFAULT_ENTERPRISE_COUNT;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isInteger(count) || count < 0 || count > MAX_DEMO_ENTERPRISES) {
    throw new RangeError(`count must be an integer in [0, ${MAX_DEMO_ENTERPRISES}]`);
  }
  const setup = createRng(`${seed}:permutations`);
  const p = TRADE_NAME_CHARS.length;
  const tier2 = tradeNameTier2Size();
  const permTier2 = affinePermutation(tier2, setup);
  const permTier3 = affinePermutation(p * (p - 1) ** 2, setup);
  const permMa = affinePermutation(MA_SPACE, setup);
  const permLegacy = affinePermutation(LEGACY_SPACE, setup);

  const rng = createRng(seed);
  let maUsed = 0;
  let legacyUsed = 0;

  for (let seq = 0; seq < count; seq++) {
    const industry = rng.weighted(INDUSTRY_WEIGHTS);
    const profile = industryProfiles[industry];
    const entityKind = rng.weighted(profile.kinds);

    const legacy = entityKind === 'company' ? rng.chance(0.25) : false;
    const orgCode = legacy
      ? String(10_000_000 + permLegacy(legacyUsed++))
      : maBody(permMa(maUsed++));
    const uscc = makeUscc({
      registrationAuthority: '9',
      entityType: ENTITY_TYPE_CODE[entityKind],
      divisionCode: demoJurisdiction.code,
      orgCode,
    });
    const establishedOn = legacy
      ? randomDate(rng, '1996-01-01', isoFromEpochDay(REFORM_DAY - 1))
      : randomDate(rng, isoFromEpochDay(REFORM_DAY), '2025-06-30');

    const aboveScale =
      entityKind === 'company' && rng.chance(legacy ? profile.aboveScale * 1.6 : profile.aboveScale * 0.8);
    const key = rng.chance(aboveScale ? profile.key[1] : profile.key[0]);
    const trade = seq < tier2 ? tradeName(permTier2(seq)) : tradeName(tier2 + permTier3(seq - tier2));
    const name =
      entityKind === 'company'
        ? companyName(rng, trade, industry, aboveScale)
        : entityKind === 'individual'
          ? individualName(rng, trade, industry)
          : cooperativeName(rng, trade);

    const townIndex = rng.weighted(profile.towns.map((w, i) => [i, w] as const));
    const town = demoTowns[townIndex];
    const grade = rng.weighted(GRADES.map((g, i) => [g, profile.grades[i]] as const));

    yield {
      seq,
      uscc,
      name,
      entityKind,
      industry,
      townCode: town.code,
      address: address(rng, town.code, town.name),
      legalRepresentative: personName(rng),
      establishedOn,
      aboveScale,
      key,
      grade,
      gradeYear: DEMO_GRADE_YEAR,
    };
  }
}
