import { defineItems } from './define.ts';

const MANUFACTURING = [
  'wooden_toys',
  'wood_products',
  'machinery',
  'chemicals_coatings',
  'food_processing',
  'printing_packaging',
] as const;

/** 云和县应急管理局 */
export const yjglItems = defineItems('yjgl', [
  {
    name: '对生产经营单位安全生产情况的监督检查',
    basis: '《中华人民共和国安全生产法》第六十五条',
    modes: 'onsite',
    industries: [...MANUFACTURING],
    checklist: [
      '是否建立健全全员安全生产责任制和安全生产规章制度',
      '主要负责人和安全生产管理人员是否具备相应安全生产知识和管理能力',
      '是否对从业人员进行安全生产教育和培训并建立档案',
      '是否建立事故隐患排查治理制度并如实记录隐患排查治理情况',
      '是否为从业人员提供符合标准的劳动防护用品',
    ],
  },
  {
    name: '对粉尘涉爆企业粉尘防爆安全的监督检查',
    basis: '《中华人民共和国安全生产法》第六十五条；《工贸企业粉尘防爆安全规定》',
    modes: 'onsite',
    industries: ['wooden_toys', 'wood_products'],
    checklist: [
      '木粉尘除尘系统是否按规定采取防爆泄爆、隔爆等措施',
      '是否按规定频次清理作业场所积尘并记录',
      '除尘系统是否与生产设备联锁，锁气卸灰装置是否完好',
      '粉尘爆炸危险场所电气设备是否符合防爆要求',
      '是否建立粉尘防爆安全管理制度和隐患排查台账',
    ],
  },
  {
    name: '对涂装（喷漆）作业场所安全生产的监督检查',
    basis: '《中华人民共和国安全生产法》第六十五条；《工贸企业重大事故隐患判定标准》',
    modes: 'onsite',
    industries: ['wooden_toys', 'wood_products', 'machinery'],
    checklist: [
      '喷漆房、调漆间是否独立设置并采取防火防爆措施',
      '油漆、稀释剂等易燃物品是否限量存放',
      '通风设施是否正常运行',
      '作业人员是否经培训并佩戴防护用品',
    ],
  },
  {
    name: '对工贸企业有限空间作业安全的监督检查',
    basis: '《中华人民共和国安全生产法》第六十五条；《工贸企业有限空间作业安全规定》',
    modes: 'onsite',
    industries: ['food_processing', 'chemicals_coatings', 'printing_packaging', 'wood_products'],
    checklist: [
      '是否辨识有限空间并建立管理台账、设置安全警示标志',
      '是否执行作业审批制度，做到“先通风、再检测、后作业”',
      '是否配备检测、通风、防护和应急救援装备',
      '作业现场是否安排专人监护',
    ],
  },
  {
    name: '对危险化学品生产、经营、使用单位的监督检查',
    basis: '《危险化学品安全管理条例》第六条、第七条',
    modes: 'onsite',
    industries: ['chemicals_coatings'],
    checklist: [
      '是否依法取得安全生产许可证或危险化学品经营许可证',
      '危险化学品储存场所是否符合安全要求并专人管理',
      '是否建立危险化学品出入库核查登记制度',
      '重大危险源是否登记建档并实施监控',
      '是否提供化学品安全技术说明书和安全标签',
    ],
  },
  {
    name: '安全风险分级管控和隐患排查治理情况的书面核查',
    basis: '《中华人民共和国安全生产法》第四十一条',
    modes: 'offsite',
    industries: [...MANUFACTURING],
    checklist: [
      '是否建立安全风险分级管控制度并形成风险清单',
      '隐患排查治理信息是否按规定通过平台报送',
      '重大事故隐患是否制定治理方案并按期整改',
    ],
  },
  {
    name: '特种作业人员持证上岗情况的检查',
    basis: '《中华人民共和国安全生产法》第三十条；《特种作业人员安全技术培训考核管理规定》',
    modes: 'both',
    delegable: true,
    industries: [...MANUFACTURING, 'construction'],
    checklist: [
      '电工、焊接与热切割等特种作业人员是否持有效操作证',
      '特种作业操作证是否按期复审',
      '是否存在无证上岗作业',
    ],
  },
  {
    name: '生产安全事故应急预案管理情况的检查',
    basis: '《中华人民共和国安全生产法》第八十一条；《生产安全事故应急预案管理办法》',
    modes: 'both',
    industries: [...MANUFACTURING],
    checklist: [
      '是否制定生产安全事故应急救援预案并与地方预案衔接',
      '应急预案是否按规定备案',
      '是否按规定组织应急预案演练并评估',
    ],
  },
  {
    name: '对烟花爆竹经营（零售）单位的监督检查',
    basis: '《烟花爆竹安全管理条例》第十九条；《烟花爆竹经营许可实施办法》',
    modes: 'onsite',
    delegable: true,
    industries: ['wholesale_retail'],
    checklist: [
      '是否持有有效的烟花爆竹经营（零售）许可证',
      '是否在许可范围内限量存放',
      '是否从批发企业进货，有无销售非法产品',
      '零售点是否与居住场所设置在同一建筑物内',
    ],
  },
]);

/** 云和县消防救援大队 */
export const xfjyItems = defineItems('xfjy', [
  {
    name: '对单位履行消防安全职责情况的监督检查',
    basis: '《中华人民共和国消防法》第十六条、第五十三条；《消防监督检查规定》',
    modes: 'onsite',
    checklist: [
      '是否落实消防安全责任制，明确消防安全责任人、管理人',
      '是否制定消防安全制度、操作规程和灭火和应急疏散预案',
      '是否组织防火检查和巡查并及时消除火灾隐患',
      '是否对员工进行消防安全培训并组织演练',
    ],
  },
  {
    name: '公众聚集场所投入使用、营业前消防安全检查',
    basis: '《中华人民共和国消防法》第十五条',
    modes: 'onsite',
    industries: ['catering', 'tourism_homestay', 'wholesale_retail'],
    checklist: [
      '场所实际情况是否与告知承诺内容一致',
      '消防设施、器材是否配置并完好有效',
      '疏散通道、安全出口和应急照明是否符合要求',
      '室内装修装饰材料是否符合消防技术标准',
    ],
  },
  {
    name: '疏散通道、安全出口及灭火器配置情况的检查',
    basis: '《中华人民共和国消防法》第十六条、第二十八条',
    modes: 'onsite',
    delegable: true,
    checklist: [
      '疏散通道、安全出口是否畅通，有无占用、堵塞、封闭',
      '灭火器是否按规定配置并在有效期内',
      '消火栓是否被埋压、圈占、遮挡',
    ],
  },
  {
    name: '“三合一”场所和生产加工作坊消防安全的检查',
    basis: '《中华人民共和国消防法》第十九条',
    modes: 'onsite',
    delegable: true,
    industries: ['wooden_toys', 'wood_products', 'wholesale_retail', 'catering'],
    checklist: [
      '生产、储存、经营场所是否与居住场所设置在同一建筑物内',
      '确需设置的，是否采取防火分隔并设置独立疏散通道',
      '是否违规住人或设置员工宿舍',
    ],
  },
  {
    name: '消防设施维护保养和远程监控情况的检查',
    basis: '《中华人民共和国消防法》第十六条、第十七条',
    modes: 'both',
    checklist: [
      '建筑消防设施是否每年至少进行一次全面检测',
      '维护保养记录是否完整，故障是否及时修复',
      '消防设施物联网远程监控系统报警是否及时处置',
    ],
  },
  {
    name: '消防安全重点单位消防安全管理情况的检查',
    basis: '《中华人民共和国消防法》第十七条；《机关、团体、企业、事业单位消防安全管理规定》',
    modes: 'both',
    industries: ['wooden_toys', 'chemicals_coatings', 'wholesale_retail', 'tourism_homestay'],
    checklist: [
      '是否确定消防安全管理人并建立消防档案',
      '是否实行每日防火巡查并建立巡查记录',
      '消防控制室是否24小时双人值班且值班人员持证',
      '是否在消防安全管理平台按时填报“户籍化”信息',
    ],
  },
  {
    name: '电气线路和燃气用具消防安全的检查',
    basis: '《中华人民共和国消防法》第二十七条',
    modes: 'onsite',
    industries: ['wooden_toys', 'wood_products', 'catering', 'tourism_homestay'],
    checklist: [
      '电气线路敷设是否穿管保护，有无私拉乱接',
      '电动自行车是否在室内违规停放、充电',
      '燃气用具及管路是否符合消防技术标准',
    ],
  },
]);
