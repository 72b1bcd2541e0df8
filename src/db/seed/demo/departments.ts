import { jskItems, fgjItems, gajItems, tjjItems, yczmItems } from './catalog/economy.ts';
import { sljItems, sthjItems, zrzyItems } from './catalog/environment.ts';
import { rlsbItems, wsjkItems, ybjItems } from './catalog/labour-health.ts';
import { scjgItems } from './catalog/market.ts';
import { jyjItems, nyncItems, wgltItems } from './catalog/rural-culture.ts';
import { xfjyItems, yjglItems } from './catalog/safety.ts';
import { jtysItems, zhzfItems, zjjItems } from './catalog/urban.ts';
import { demoInspectors } from './inspectors.ts';
import { personName } from './names.ts';
import { createRng } from './random.ts';
import type { DemoDepartment, DemoInspectionItem } from './types.ts';

interface DepartmentSpec {
  code: string;
  name: string;
  shortName: string;
  nameEn: string;
  items: DemoInspectionItem[];
}

/**
 * Yunhe's enforcement departments under the names the county publishes. The order is stable:
 * it fixes the certificate numbers of their inspectors.
 */
const SPECS: readonly DepartmentSpec[] = [
  { code: 'scjg', name: '云和县市场监督管理局', shortName: '县市场监管局', nameEn: 'Yunhe County Administration for Market Regulation', items: scjgItems },
  { code: 'yjgl', name: '云和县应急管理局', shortName: '县应急管理局', nameEn: 'Yunhe County Emergency Management Bureau', items: yjglItems },
  { code: 'sthj', name: '丽水市生态环境局云和分局', shortName: '生态环境分局', nameEn: 'Yunhe Branch of Lishui Ecology and Environment Bureau', items: sthjItems },
  { code: 'xfjy', name: '云和县消防救援大队', shortName: '县消防救援大队', nameEn: 'Yunhe County Fire and Rescue Brigade', items: xfjyItems },
  { code: 'rlsb', name: '云和县人力资源和社会保障局', shortName: '县人力社保局', nameEn: 'Yunhe County Human Resources and Social Security Bureau', items: rlsbItems },
  { code: 'wsjk', name: '云和县卫生健康局', shortName: '县卫生健康局', nameEn: 'Yunhe County Health Bureau', items: wsjkItems },
  { code: 'zjj', name: '云和县住房和城乡建设局', shortName: '县住建局', nameEn: 'Yunhe County Housing and Urban-Rural Development Bureau', items: zjjItems },
  { code: 'zhzf', name: '云和县综合行政执法局', shortName: '县综合行政执法局', nameEn: 'Yunhe County Comprehensive Administrative Law Enforcement Bureau', items: zhzfItems },
  { code: 'jtys', name: '云和县交通运输局', shortName: '县交通运输局', nameEn: 'Yunhe County Transport Bureau', items: jtysItems },
  { code: 'nync', name: '云和县农业农村局', shortName: '县农业农村局', nameEn: 'Yunhe County Agriculture and Rural Affairs Bureau', items: nyncItems },
  { code: 'zrzy', name: '云和县自然资源和规划局', shortName: '县自然资源和规划局', nameEn: 'Yunhe County Natural Resources and Planning Bureau', items: zrzyItems },
  { code: 'slj', name: '云和县水利局', shortName: '县水利局', nameEn: 'Yunhe County Water Resources Bureau', items: sljItems },
  { code: 'wglt', name: '云和县文化和广电旅游体育局', shortName: '县文广旅体局', nameEn: 'Yunhe County Culture, Radio, Television, Tourism and Sports Bureau', items: wgltItems },
  { code: 'jyj', name: '云和县教育局', shortName: '县教育局', nameEn: 'Yunhe County Education Bureau', items: jyjItems },
  { code: 'jsk', name: '云和县经济商务科技局', shortName: '县经商科局', nameEn: 'Yunhe County Economy, Commerce, Science and Technology Bureau', items: jskItems },
  { code: 'ybj', name: '云和县医疗保障局', shortName: '县医保局', nameEn: 'Yunhe County Healthcare Security Bureau', items: ybjItems },
  { code: 'tjj', name: '云和县统计局', shortName: '县统计局', nameEn: 'Yunhe County Statistics Bureau', items: tjjItems },
  { code: 'fgj', name: '云和县发展和改革局', shortName: '县发改局', nameEn: 'Yunhe County Development and Reform Bureau', items: fgjItems },
  { code: 'gaj', name: '云和县公安局', shortName: '县公安局', nameEn: 'Yunhe County Public Security Bureau', items: gajItems },
  { code: 'yczm', name: '云和县烟草专卖局', shortName: '县烟草专卖局', nameEn: 'Yunhe County Tobacco Monopoly Bureau', items: yczmItems },
];

/**
 * The demo county's departments with their item catalogs and inspectors. Heads and inspectors
 * are invented persons (deterministic), not the real office holders.
 */
export const demoDepartments: readonly DemoDepartment[] = SPECS.map((spec, i) => ({
  code: spec.code,
  name: spec.name,
  shortName: spec.shortName,
  nameEn: spec.nameEn,
  headName: personName(createRng(`head:${spec.code}`)),
  items: spec.items,
  inspectors: demoInspectors(spec.code, i + 1),
}));
