import { defineItems } from './define.ts';

/** 云和县住房和城乡建设局 */
export const zjjItems = defineItems('zjj', [
  {
    name: '对建设工程质量的监督检查',
    basis: '《建设工程质量管理条例》第四十七条、第四十八条',
    modes: 'onsite',
    industries: ['construction'],
    checklist: [
      '参建各方质量责任制和项目负责人质量终身责任是否落实',
      '是否按照审查合格的施工图设计文件和施工技术标准施工',
      '建筑材料、构配件是否按规定进场检验和见证取样',
      '隐蔽工程是否经验收合格后隐蔽',
    ],
  },
  {
    name: '对建筑施工安全生产的监督检查',
    basis: '《建设工程安全生产管理条例》第四十条、第四十三条',
    modes: 'onsite',
    industries: ['construction'],
    checklist: [
      '危险性较大的分部分项工程是否编制专项施工方案并论证',
      '建筑起重机械是否办理使用登记并经检验合格',
      '脚手架、临边洞口防护是否符合要求',
      '施工现场是否配备专职安全生产管理人员',
    ],
  },
  {
    name: '建筑施工企业安全生产许可证和“三类人员”考核情况的核查',
    basis: '《建设工程安全生产管理条例》第三十六条；《建筑施工企业安全生产许可证管理规定》',
    modes: 'offsite',
    industries: ['construction'],
    checklist: [
      '企业安全生产许可证是否在有效期内',
      '主要负责人、项目负责人、专职安全生产管理人员是否持有效考核合格证书',
      '在建项目的项目负责人是否与投标承诺一致',
    ],
  },
  {
    name: '对餐饮场所燃气使用安全的检查',
    basis: '《城镇燃气管理条例》第二十八条；《浙江省燃气管理条例》',
    modes: 'onsite',
    delegable: true,
    industries: ['catering', 'tourism_homestay'],
    checklist: [
      '是否安装可燃气体报警器并与紧急切断阀联动',
      '燃气连接软管是否使用金属波纹管或在有效期内',
      '瓶装燃气是否来自合法供应站并实名登记',
      '有无在地下室、半地下室使用瓶装液化石油气',
    ],
  },
  {
    name: '对燃气经营企业的监督检查',
    basis: '《城镇燃气管理条例》第十五条、第十八条',
    modes: 'both',
    industries: ['wholesale_retail'],
    checklist: [
      '是否取得燃气经营许可证并在许可范围内经营',
      '气瓶是否建立充装、配送追溯信息',
      '是否定期对用户燃气设施进行安全检查',
    ],
  },
  {
    name: '对房地产开发企业商品房预售和销售行为的检查',
    basis: '《中华人民共和国城市房地产管理法》第四十五条；《商品房销售管理办法》',
    modes: 'both',
    industries: ['construction'],
    checklist: [
      '是否取得商品房预售许可证后预售',
      '预售资金是否全部存入监管账户',
      '是否明码标价并公示有关证照',
    ],
  },
  {
    name: '对物业服务企业的监督检查',
    basis: '《物业管理条例》第五条',
    modes: 'both',
    delegable: true,
    checklist: [
      '是否按物业服务合同约定提供服务',
      '是否在物业管理区域显著位置公示服务内容和收费标准',
      '共用部位、共用设施设备是否定期维护',
    ],
  },
]);

/** 云和县综合行政执法局 */
export const zhzfItems = defineItems('zhzf', [
  {
    name: '对餐饮服务经营者油烟排放的检查',
    basis: '《中华人民共和国大气污染防治法》第八十一条；《浙江省综合行政执法条例》',
    modes: 'onsite',
    delegable: true,
    industries: ['catering'],
    checklist: [
      '是否安装油烟净化设施并保持正常使用',
      '油烟净化设施是否定期清洗并留存记录',
      '是否在居民住宅楼等禁止区域新建排放油烟的餐饮项目',
    ],
  },
  {
    name: '对建筑垃圾（工程渣土）处置的检查',
    basis: '《中华人民共和国固体废物污染环境防治法》第六十三条；《城市建筑垃圾管理规定》',
    modes: 'both',
    industries: ['construction', 'transport'],
    checklist: [
      '是否编制建筑垃圾处理方案并备案',
      '是否将建筑垃圾交由核准的运输单位运输',
      '运输车辆是否密闭并按规定线路、时间行驶',
    ],
  },
  {
    name: '对门前责任区市容环境卫生的检查',
    basis: '《城市市容和环境卫生管理条例》第十条、第十七条',
    modes: 'onsite',
    delegable: true,
    industries: ['wholesale_retail', 'catering'],
    checklist: [
      '是否落实门前市容环境卫生责任',
      '有无超出门窗外墙经营、占道堆放物品',
      '垃圾是否分类投放',
    ],
  },
  {
    name: '对户外广告设施和招牌设置的检查',
    basis: '《城市市容和环境卫生管理条例》第十一条',
    modes: 'onsite',
    delegable: true,
    checklist: [
      '大型户外广告设置是否经审批同意',
      '招牌设置是否符合设置规范',
      '广告设施是否牢固安全、画面整洁',
    ],
  },
  {
    name: '对排水户排放污水的检查',
    basis: '《城镇排水与污水处理条例》第二十一条',
    modes: 'onsite',
    industries: ['catering', 'food_processing', 'transport'],
    checklist: [
      '是否取得污水排入排水管网许可证',
      '是否按许可内容排放污水',
      '隔油池等预处理设施是否正常运行',
    ],
  },
  {
    name: '对建设工地扬尘污染防治的检查',
    basis: '《中华人民共和国大气污染防治法》第六十九条',
    modes: 'both',
    industries: ['construction'],
    checklist: [
      '施工工地是否设置硬质围挡并采取覆盖、洒水等措施',
      '出入口是否设置车辆冲洗设施',
      '扬尘在线监测数据是否超标',
    ],
  },
]);

/** 云和县交通运输局 */
export const jtysItems = defineItems('jtys', [
  {
    name: '对道路运输经营者的监督检查',
    basis: '《中华人民共和国道路运输条例》第五十八条、第六十条；《道路货物运输及站场管理规定》',
    modes: 'onsite',
    industries: ['transport'],
    checklist: [
      '是否取得道路运输经营许可证并在许可范围内经营',
      '营运车辆是否持有有效道路运输证并按期年审',
      '驾驶员是否取得相应从业资格证',
      '是否建立车辆技术档案和驾驶员管理档案',
    ],
  },
  {
    name: '道路运输车辆动态监控情况的非现场检查',
    basis: '《道路运输车辆动态监督管理办法》',
    modes: 'offsite',
    industries: ['transport'],
    checklist: [
      '重型货车、客车是否安装卫星定位装置并接入监控平台',
      '车辆上线率、轨迹完整率是否达到要求',
      '超速、疲劳驾驶报警是否及时处置并记录',
    ],
  },
  {
    name: '对道路危险货物运输企业的监督检查',
    basis: '《危险化学品安全管理条例》第四十三条；《道路危险货物运输管理规定》',
    modes: 'onsite',
    industries: ['transport', 'chemicals_coatings'],
    checklist: [
      '是否取得危险货物道路运输许可',
      '驾驶人员、押运人员是否取得从业资格',
      '专用车辆、罐体是否检验合格并配备应急处置器材',
      '是否如实填写运单并随车携带',
    ],
  },
  {
    name: '对机动车维修经营者的监督检查',
    basis: '《机动车维修管理规定》；《中华人民共和国道路运输条例》第三十七条',
    modes: 'onsite',
    delegable: true,
    industries: ['transport'],
    checklist: [
      '是否按规定办理机动车维修经营备案',
      '是否公示维修项目、工时定额和收费标准',
      '是否使用合格配件并建立维修档案',
    ],
  },
  {
    name: '对交通运输企业安全生产的监督检查',
    basis: '《中华人民共和国安全生产法》第六十五条；《道路运输企业和城市客运企业安全生产重大事故隐患判定标准》',
    modes: 'both',
    industries: ['transport'],
    checklist: [
      '是否落实安全生产主体责任和安全生产管理机构',
      '是否开展驾驶员安全教育培训和从业行为定期考核',
      '是否建立隐患排查治理台账',
    ],
  },
  {
    name: '对水路旅游客运经营者（云和湖游船）的检查',
    basis: '《国内水路运输管理条例》；《中华人民共和国内河交通安全管理条例》',
    modes: 'onsite',
    industries: ['tourism_homestay', 'transport'],
    checklist: [
      '是否取得水路运输经营许可',
      '船舶是否经检验合格并配齐持证船员',
      '救生设备是否按载客定额配备',
      '是否落实恶劣天气停航等安全管理制度',
    ],
  },
]);
