import type { DemoIndustry, EntityKind, IndustryCode } from './types.ts';

/**
 * The industry mix of the demo county, led by Yunhe's wooden-toy makers (云和, "中国木制玩具城").
 * Weights are percentages of all generated market entities.
 */
export const demoIndustries: readonly DemoIndustry[] = [
  { code: 'wooden_toys', name: '木制玩具制造', nameEn: 'Wooden toy manufacturing', gbt4754: 'C2459', weight: 35 },
  { code: 'wood_products', name: '木制品加工', nameEn: 'Wood products', gbt4754: 'C2039', weight: 10 },
  { code: 'wholesale_retail', name: '批发零售', nameEn: 'Wholesale and retail', gbt4754: 'F5299', weight: 11 },
  { code: 'catering', name: '餐饮', nameEn: 'Catering', gbt4754: 'H6210', weight: 10 },
  { code: 'food_processing', name: '食品加工', nameEn: 'Food processing', gbt4754: 'C1499', weight: 6 },
  { code: 'construction', name: '建筑', nameEn: 'Construction', gbt4754: 'E4710', weight: 5 },
  { code: 'tourism_homestay', name: '旅游民宿', nameEn: 'Tourism and homestays', gbt4754: 'H6130', weight: 5 },
  { code: 'transport', name: '交通运输', nameEn: 'Road transport', gbt4754: 'G5430', weight: 4 },
  { code: 'agriculture_fungi', name: '农业/食用菌', nameEn: 'Agriculture and edible fungi', gbt4754: 'A0142', weight: 4 },
  { code: 'machinery', name: '机械制造', nameEn: 'Machinery', gbt4754: 'C3490', weight: 3 },
  { code: 'chemicals_coatings', name: '化工/涂料', nameEn: 'Chemicals and coatings', gbt4754: 'C2641', weight: 2 },
  { code: 'printing_packaging', name: '印刷包装', nameEn: 'Printing and packaging', gbt4754: 'C2319', weight: 2 },
  { code: 'pharmacy', name: '药品零售', nameEn: 'Retail pharmacy', gbt4754: 'F5251', weight: 2 },
  { code: 'hydropower', name: '水力发电', nameEn: 'Hydropower', gbt4754: 'D4413', weight: 1 },
];

export interface IndustryProfile {
  /** Share of companies / individual businesses / farmers' cooperatives. */
  kinds: readonly (readonly [EntityKind, number])[];
  /** Words that follow the trade name for a company (行业表述). */
  companyWords: readonly string[];
  /** Words for an individual business (个体工商户), ending in its shop kind. */
  shopWords: readonly string[];
  /** Probability that a company of this industry is above scale (规上). */
  aboveScale: number;
  /** Probability of being a key enterprise (重点企业) when not above scale / when above scale. */
  key: readonly [number, number];
  /** Grade shares A, B, C, D in percent. */
  grades: readonly [number, number, number, number];
  /** Town weights by town code suffix order (as demoTowns); tourism leans to the countryside. */
  towns: readonly number[];
}

const URBAN = [22, 18, 22, 22, 5, 4, 4, 1.5, 1.5];
const INDUSTRIAL = [10, 10, 34, 34, 4, 3, 3, 1, 1];
const RURAL = [6, 6, 6, 6, 28, 18, 20, 5, 5];
const G_NORMAL = [10, 35, 45, 10] as const;

export const industryProfiles: Readonly<Record<IndustryCode, IndustryProfile>> = {
  wooden_toys: {
    kinds: [['company', 92], ['individual', 8]],
    companyWords: ['玩具', '玩具', '木制玩具', '木玩', '教玩具', '益智玩具', '工艺玩具', '童趣玩具'],
    shopWords: ['玩具加工厂', '木玩加工厂'],
    aboveScale: 0.18, key: [0.015, 0.2], grades: [11, 37, 43, 9], towns: INDUSTRIAL,
  },
  wood_products: {
    kinds: [['company', 85], ['individual', 15]],
    companyWords: ['木业', '木制品', '竹木制品', '工艺品', '家居用品', '木材加工'],
    shopWords: ['木材加工厂', '木制品加工厂'],
    aboveScale: 0.12, key: [0.015, 0.2], grades: [9, 34, 46, 11], towns: INDUSTRIAL,
  },
  wholesale_retail: {
    kinds: [['company', 45], ['individual', 55]],
    companyWords: ['商贸', '贸易', '超市', '百货', '日用品', '建材'],
    shopWords: ['超市', '便利店', '商店', '日杂店', '建材店'],
    aboveScale: 0.05, key: [0.01, 0.2], grades: [12, 38, 43, 7], towns: URBAN,
  },
  catering: {
    kinds: [['company', 30], ['individual', 70]],
    companyWords: ['餐饮管理', '餐饮', '酒店管理'],
    shopWords: ['饭店', '小吃店', '面馆', '农家乐', '食堂'],
    aboveScale: 0.03, key: [0.02, 0.2], grades: [8, 33, 47, 12], towns: URBAN,
  },
  food_processing: {
    kinds: [['company', 80], ['individual', 20]],
    companyWords: ['食品', '农产品开发', '茶业', '酒业', '食品科技'],
    shopWords: ['食品加工厂', '糕点坊', '豆制品加工厂'],
    aboveScale: 0.1, key: [0.05, 0.4], grades: [9, 34, 45, 12], towns: URBAN,
  },
  construction: {
    kinds: [['company', 100]],
    companyWords: ['建设', '建筑工程', '市政工程', '装饰工程', '水电安装工程'],
    shopWords: [],
    aboveScale: 0.12, key: [0.03, 0.3], grades: [9, 33, 46, 12], towns: URBAN,
  },
  tourism_homestay: {
    kinds: [['company', 35], ['individual', 65]],
    companyWords: ['旅游开发', '文化旅游', '民宿管理', '旅行社'],
    shopWords: ['民宿', '山居民宿', '农家乐'],
    aboveScale: 0.02, key: [0.04, 0.3], grades: [12, 38, 42, 8], towns: RURAL,
  },
  transport: {
    kinds: [['company', 75], ['individual', 25]],
    companyWords: ['运输', '物流', '客运', '货运', '汽车服务'],
    shopWords: ['货运部', '汽车修理厂'],
    aboveScale: 0.06, key: [0.05, 0.4], grades: [8, 32, 47, 13], towns: URBAN,
  },
  agriculture_fungi: {
    kinds: [['company', 35], ['individual', 15], ['cooperative', 50]],
    companyWords: ['农业开发', '生态农业', '食用菌', '家庭农场', '农林科技'],
    shopWords: ['家庭农场', '食用菌种植场'],
    aboveScale: 0.02, key: [0.02, 0.2], grades: [11, 36, 44, 9], towns: RURAL,
  },
  machinery: {
    kinds: [['company', 95], ['individual', 5]],
    companyWords: ['机械', '机械制造', '五金', '精密机械', '智能装备'],
    shopWords: ['机械加工厂'],
    aboveScale: 0.2, key: [0.04, 0.3], grades: [10, 36, 45, 9], towns: INDUSTRIAL,
  },
  chemicals_coatings: {
    kinds: [['company', 100]],
    companyWords: ['涂料', '化工', '新材料', '油漆'],
    shopWords: [],
    aboveScale: 0.25, key: [0.35, 0.8], grades: [5, 25, 45, 25], towns: INDUSTRIAL,
  },
  printing_packaging: {
    kinds: [['company', 90], ['individual', 10]],
    companyWords: ['印刷', '包装', '彩印包装', '纸制品'],
    shopWords: ['印刷厂', '图文店'],
    aboveScale: 0.12, key: [0.05, 0.3], grades: [10, 35, 45, 10], towns: INDUSTRIAL,
  },
  pharmacy: {
    kinds: [['company', 70], ['individual', 30]],
    companyWords: ['大药房', '医药连锁', '药店'],
    shopWords: ['药店', '大药房'],
    aboveScale: 0.02, key: [0.1, 0.4], grades: [10, 35, 45, 10], towns: URBAN,
  },
  hydropower: {
    kinds: [['company', 100]],
    companyWords: ['水电开发', '水力发电', '电力开发', '能源开发'],
    shopWords: [],
    aboveScale: 0.15, key: [0.2, 0.5], grades: G_NORMAL, towns: RURAL,
  },
};
