import type { DemoJurisdiction, DemoTown } from './types.ts';

export const demoJurisdiction: DemoJurisdiction = {
  code: '331125',
  name: '云和县',
  fullName: '浙江省丽水市云和县',
  nameEn: 'Yunhe County, Lishui, Zhejiang',
};

/**
 * Yunhe's four subdistricts, three towns and two She ethnic townships, with their statistical
 * division codes (统计用区划代码, township level). 赤石乡 is left out: the county's current
 * arrangement counts the nine below.
 */
export const demoTowns: readonly DemoTown[] = [
  { code: '331125001', name: '浮云街道', nameEn: 'Fuyun Subdistrict', kind: 'subdistrict' },
  { code: '331125002', name: '元和街道', nameEn: 'Yuanhe Subdistrict', kind: 'subdistrict' },
  { code: '331125003', name: '白龙山街道', nameEn: 'Bailongshan Subdistrict', kind: 'subdistrict' },
  { code: '331125004', name: '凤凰山街道', nameEn: 'Fenghuangshan Subdistrict', kind: 'subdistrict' },
  { code: '331125105', name: '崇头镇', nameEn: 'Chongtou Town', kind: 'town' },
  { code: '331125106', name: '石塘镇', nameEn: 'Shitang Town', kind: 'town' },
  { code: '331125107', name: '紧水滩镇', nameEn: 'Jinshuitan Town', kind: 'town' },
  { code: '331125201', name: '雾溪畲族乡', nameEn: 'Wuxi She Ethnic Township', kind: 'ethnic_township' },
  { code: '331125202', name: '安溪畲族乡', nameEn: 'Anxi She Ethnic Township', kind: 'ethnic_township' },
];

/**
 * Streets and villages used to compose demo addresses, per town. They are illustrative (some are
 * real place names, none is checked against the county's address register); house numbers are made up.
 */
export const townPlaces: Readonly<Record<string, readonly string[]>> = {
  '331125001': ['中山路', '解放街', '人民路', '环城西路', '城北路', '贵义路', '复兴路'],
  '331125002': ['元和路', '新华路', '环城南路', '城南路', '园林路', '局村路'],
  '331125003': ['白龙山路', '长田路', '城东路', '浮云路', '工业园区新园路', '沙铺路'],
  '331125004': ['凤凰山路', '凤凰山工业园区园区路', '五一路', '大坪路', '塔下路'],
  '331125105': ['崇头村', '梅源村', '坑根村', '黄源村', '下垟村'],
  '331125106': ['石塘村', '小顺村', '规溪村', '长汀村', '赤石村'],
  '331125107': ['紧水滩村', '大坪村', '云和湖路', '沙铺村', '麻垟村'],
  '331125201': ['雾溪村', '坪垟岗村', '东垟村', '杨柳河村'],
  '331125202': ['安溪村', '黄处村', '下武村', '上武村'],
};
