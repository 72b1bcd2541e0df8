import { defineItems } from './define.ts';

/** 云和县经济商务科技局 */
export const jskItems = defineItems('jsk', [
  {
    name: '对重点用能单位节能管理情况的监察',
    basis: '《中华人民共和国节约能源法》第十二条、第五十四条；《浙江省实施〈中华人民共和国节约能源法〉办法》',
    modes: 'both',
    industries: ['wooden_toys', 'machinery', 'chemicals_coatings', 'wood_products'],
    checklist: [
      '是否按时报送能源利用状况报告',
      '是否设立能源管理岗位并聘任能源管理负责人',
      '是否使用国家明令淘汰的用能设备',
      '单位产品能耗是否超过限额标准',
    ],
  },
  {
    name: '对单用途商业预付卡发卡企业的检查',
    basis: '《单用途商业预付卡管理办法（试行）》',
    modes: 'both',
    industries: ['catering', 'wholesale_retail'],
    checklist: [
      '是否按规定办理发卡备案',
      '预收资金余额是否按规定存管',
      '是否与购卡人签订购卡协议并提供发票',
    ],
  },
  {
    name: '对报废机动车回收拆解企业的检查',
    basis: '《报废机动车回收管理办法》；《报废机动车回收管理办法实施细则》',
    modes: 'onsite',
    industries: ['transport'],
    checklist: [
      '是否取得报废机动车回收拆解资质认定',
      '是否如实记录报废机动车“五大总成”去向',
      '回收信息是否按规定上传信息系统',
    ],
  },
  {
    name: '对再生资源回收经营者的检查',
    basis: '《再生资源回收管理办法》',
    modes: 'onsite',
    delegable: true,
    industries: ['wholesale_retail'],
    checklist: [
      '是否办理再生资源回收经营者备案',
      '回收生产性废旧金属是否如实登记',
      '场地是否符合环保和安全要求',
    ],
  },
  {
    name: '对零售商促销行为的检查',
    basis: '《零售商促销行为管理办法》',
    modes: 'onsite',
    delegable: true,
    industries: ['wholesale_retail'],
    checklist: [
      '促销内容是否在经营场所醒目位置明示',
      '有无以虚构原价、虚假折扣等方式促销',
      '促销商品是否与非促销商品明显区分',
    ],
  },
  {
    name: '外商投资信息报告情况的非现场核查',
    basis: '《中华人民共和国外商投资法》第三十四条；《外商投资信息报告办法》',
    modes: 'offsite',
    checklist: [
      '外商投资企业是否按时报送年度报告',
      '投资信息变更是否及时报告',
      '报送信息是否真实、准确、完整',
    ],
  },
]);

/** 云和县统计局 */
export const tjjItems = defineItems('tjj', [
  {
    name: '对统计调查对象统计数据质量的执法检查',
    basis: '《中华人民共和国统计法》第三十五条；《中华人民共和国统计法实施条例》',
    modes: 'onsite',
    checklist: [
      '报送的统计资料是否真实、准确、完整',
      '有无虚报、瞒报、伪造、篡改统计资料',
      '统计数据与财务资料、原始记录是否一致',
    ],
  },
  {
    name: '“四上”企业联网直报数据的非现场核查',
    basis: '《中华人民共和国统计法》第七条',
    modes: 'offsite',
    industries: ['wooden_toys', 'wood_products', 'machinery', 'construction', 'wholesale_retail'],
    checklist: [
      '是否按时通过联网直报平台报送统计报表',
      '主要指标是否存在异常波动并作出说明',
      '统计人员信息是否及时更新',
    ],
  },
  {
    name: '统计原始记录和统计台账建立情况的检查',
    basis: '《中华人民共和国统计法》第二十一条',
    modes: 'onsite',
    delegable: true,
    checklist: [
      '是否设置统计原始记录和统计台账',
      '统计资料是否按规定保存',
      '是否配备统计人员',
    ],
  },
  {
    name: '固定资产投资项目统计数据的核查',
    basis: '《中华人民共和国统计法》第三十五条；《固定资产投资统计报表制度》',
    modes: 'both',
    industries: ['construction'],
    checklist: [
      '项目入库资料是否齐全',
      '完成投资额是否有合同、发票、监理报告等佐证',
      '有无虚报投资额',
    ],
  },
  {
    name: '个体工商户统计调查资料报送情况的检查',
    basis: '《中华人民共和国统计法》第七条、第九条',
    modes: 'offsite',
    delegable: true,
    industries: ['catering', 'wholesale_retail'],
    checklist: [
      '是否按要求配合抽样调查并提供资料',
      '提供的营业收入等资料是否真实',
      '是否按时报送，逾期的是否已说明原因',
    ],
  },
]);

/** 云和县发展和改革局 */
export const fgjItems = defineItems('fgj', [
  {
    name: '对企业投资项目核准和备案事中事后监管',
    basis: '《企业投资项目核准和备案管理条例》第十六条、第十七条',
    modes: 'both',
    industries: ['wooden_toys', 'machinery', 'chemicals_coatings', 'construction', 'hydropower'],
    checklist: [
      '项目是否依法办理核准或备案',
      '建设地点、规模、内容是否与核准备案信息一致',
      '是否通过在线平台如实报送项目开工、建设进度和竣工信息',
    ],
  },
  {
    name: '固定资产投资项目节能审查意见落实情况的检查',
    basis: '《中华人民共和国节约能源法》第十五条；《固定资产投资项目节能审查办法》',
    modes: 'both',
    industries: ['wooden_toys', 'machinery', 'chemicals_coatings'],
    checklist: [
      '项目是否按规定取得节能审查意见',
      '节能措施是否落实',
      '是否按规定开展节能验收',
    ],
  },
  {
    name: '对粮食经营者的监督检查',
    basis: '《粮食流通管理条例》第三十八条',
    modes: 'onsite',
    delegable: true,
    industries: ['food_processing', 'wholesale_retail'],
    checklist: [
      '是否建立粮食经营台账并按规定报送数据',
      '粮食收购是否执行质量标准并及时支付售粮款',
      '是否执行粮食库存量规定',
    ],
  },
  {
    name: '对电力设施保护和用电安全的监督检查',
    basis: '《中华人民共和国电力法》第五十六条；《电力设施保护条例》',
    modes: 'onsite',
    industries: ['hydropower'],
    checklist: [
      '小水电站并网运行是否符合调度要求',
      '电力设施保护区内有无违法施工作业',
      '是否落实电力安全生产管理制度',
    ],
  },
  {
    name: '对招标投标活动的监督检查',
    basis: '《中华人民共和国招标投标法》第七条；《中华人民共和国招标投标法实施条例》第四条',
    modes: 'offsite',
    industries: ['construction'],
    checklist: [
      '依法必须招标的项目是否招标',
      '招标文件有无排斥、限制潜在投标人的条款',
      '有无串通投标、弄虚作假线索',
    ],
  },
]);

/** 云和县公安局 */
export const gajItems = defineItems('gaj', [
  {
    name: '对旅馆业治安管理情况的检查',
    basis: '《旅馆业治安管理办法》第四条、第六条、第十四条',
    modes: 'both',
    industries: ['tourism_homestay'],
    checklist: [
      '是否取得特种行业许可证（民宿按规定备案）',
      '是否如实登记住宿旅客身份信息并实时上传',
      '接待未成年人入住是否落实“五必须”规定',
      '是否建立安全管理制度并配备安全保卫人员',
    ],
  },
  {
    name: '对易制爆危险化学品购买、使用单位的检查',
    basis: '《危险化学品安全管理条例》第六条；《易制爆危险化学品治安管理办法》',
    modes: 'onsite',
    industries: ['chemicals_coatings'],
    checklist: [
      '是否如实登记易制爆危险化学品流向',
      '储存场所是否设置治安防范设施并专人管理',
      '销售、购买信息是否在系统中备案',
    ],
  },
  {
    name: '对易制毒化学品购买、运输单位的检查',
    basis: '《易制毒化学品管理条例》第三十二条',
    modes: 'onsite',
    industries: ['chemicals_coatings'],
    checklist: [
      '是否按规定办理购买、运输备案或许可',
      '是否建立易制毒化学品管理制度和台账',
      '库存与台账是否相符',
    ],
  },
  {
    name: '对单位内部治安保卫工作的检查',
    basis: '《企业事业单位内部治安保卫条例》第十三条',
    modes: 'onsite',
    delegable: true,
    checklist: [
      '是否建立内部治安保卫制度',
      '重要部位是否设置技防、物防设施',
      '是否配备专职或兼职治安保卫人员',
    ],
  },
  {
    name: '网络安全等级保护制度落实情况的检查',
    basis: '《中华人民共和国网络安全法》第二十一条',
    modes: 'both',
    checklist: [
      '网络系统是否完成定级备案',
      '是否按规定开展等级测评',
      '是否落实网络日志留存不少于六个月',
    ],
  },
  {
    name: '对废旧金属收购企业的检查',
    basis: '《废旧金属收购业治安管理办法》',
    modes: 'onsite',
    delegable: true,
    industries: ['wholesale_retail'],
    checklist: [
      '是否按规定向公安机关备案',
      '收购生产性废旧金属是否查验出售单位证明并登记',
      '有无收购禁止收购的金属物品',
    ],
  },
]);

/** 云和县烟草专卖局 */
export const yczmItems = defineItems('yczm', [
  {
    name: '对烟草专卖零售许可证持证人的监督检查',
    basis: '《中华人民共和国烟草专卖法》第十六条；《中华人民共和国烟草专卖法实施条例》；《烟草专卖许可证管理办法》',
    modes: 'onsite',
    delegable: true,
    industries: ['wholesale_retail'],
    checklist: [
      '烟草专卖零售许可证是否在有效期内并悬挂',
      '经营地址、负责人是否与许可证一致',
      '有无销售假冒、走私、非法渠道卷烟',
    ],
  },
  {
    name: '卷烟进货渠道的非现场核查',
    basis: '《中华人民共和国烟草专卖法》第十七条',
    modes: 'offsite',
    industries: ['wholesale_retail'],
    checklist: [
      '是否从当地烟草专卖批发企业进货',
      '订货量与经营规模是否匹配',
      '有无长期零订货等异常情况',
    ],
  },
  {
    name: '对电子烟经营者的监督检查',
    basis: '《中华人民共和国烟草专卖法实施条例》第六十五条；《电子烟管理办法》',
    modes: 'onsite',
    industries: ['wholesale_retail'],
    checklist: [
      '是否取得电子烟零售许可',
      '是否通过电子烟交易管理平台购进产品',
      '有无销售调味电子烟或通过网络销售',
    ],
  },
  {
    name: '向未成年人售烟行为的检查',
    basis: '《中华人民共和国未成年人保护法》第五十九条',
    modes: 'onsite',
    delegable: true,
    industries: ['wholesale_retail'],
    checklist: [
      '是否在显著位置设置不向未成年人售烟标志',
      '对难以判明是否成年的，是否要求出示身份证件',
      '经营场所是否位于学校、幼儿园周边禁设范围内',
    ],
  },
  {
    name: '持证人经营状况的书面核查',
    basis: '《烟草专卖许可证管理办法》',
    modes: 'offsite',
    industries: ['wholesale_retail'],
    checklist: [
      '是否存在歇业、停业未办理手续',
      '是否存在转让、出租、出借许可证',
      '许可证记载事项变更是否已办理变更手续',
    ],
  },
]);
