import { defineItems } from './define.ts';

/** 云和县农业农村局 */
export const nyncItems = defineItems('nync', [
  {
    name: '对农产品生产企业和农民专业合作社农产品质量安全的监督检查',
    basis: '《中华人民共和国农产品质量安全法》第二十七条、第五十四条',
    modes: 'both',
    industries: ['agriculture_fungi'],
    checklist: [
      '是否建立农产品生产记录并保存二年',
      '是否按规定使用农业投入品并遵守安全间隔期',
      '农产品上市前是否自行或委托检测',
      '有无使用国家禁用的农药、兽药',
    ],
  },
  {
    name: '承诺达标合格证开具情况的检查',
    basis: '《中华人民共和国农产品质量安全法》第三十九条',
    modes: 'both',
    delegable: true,
    industries: ['agriculture_fungi'],
    checklist: [
      '销售的农产品是否按规定开具承诺达标合格证',
      '合格证内容是否真实完整',
      '合格证开具记录是否留存',
    ],
  },
  {
    name: '对农药经营者的监督检查',
    basis: '《农药管理条例》第四十一条',
    modes: 'onsite',
    industries: ['wholesale_retail', 'agriculture_fungi'],
    checklist: [
      '是否取得农药经营许可证',
      '是否建立采购台账和销售台账',
      '限制使用农药是否实行定点经营和实名购买',
      '有无经营假、劣农药',
    ],
  },
  {
    name: '对兽药、饲料经营者的监督检查',
    basis: '《兽药管理条例》第四十五条；《饲料和饲料添加剂管理条例》第三十四条',
    modes: 'onsite',
    industries: ['wholesale_retail'],
    checklist: [
      '是否取得兽药经营许可证',
      '兽药购销记录是否完整',
      '有无经营无产品批准文号的兽药、饲料',
    ],
  },
  {
    name: '对食用菌菌种生产经营者的监督检查',
    basis: '《中华人民共和国种子法》第五十条；《食用菌菌种管理办法》',
    modes: 'onsite',
    industries: ['agriculture_fungi'],
    checklist: [
      '是否取得食用菌菌种生产经营许可证',
      '菌种标签和使用说明是否规范',
      '是否建立菌种生产经营档案',
    ],
  },
  {
    name: '对生猪定点屠宰厂（场）的监督检查',
    basis: '《生猪屠宰管理条例》第二十六条',
    modes: 'both',
    industries: ['food_processing'],
    checklist: [
      '是否落实进厂查验登记和肉品品质检验制度',
      '屠宰视频监控是否正常运行并接入监管平台',
      '病害生猪及产品是否按规定无害化处理',
    ],
  },
]);

/** 云和县文化和广电旅游体育局 */
export const wgltItems = defineItems('wglt', [
  {
    name: '对旅行社经营活动的监督检查',
    basis: '《中华人民共和国旅游法》第八十三条、第八十五条；《旅行社条例》',
    modes: 'both',
    industries: ['tourism_homestay'],
    checklist: [
      '是否取得旅行社业务经营许可证',
      '是否与旅游者签订规范的旅游合同',
      '是否委派持证导游并按规定投保旅行社责任险',
      '有无“不合理低价游”或指定购物场所',
    ],
  },
  {
    name: '对A级旅游景区的监督检查',
    basis: '《中华人民共和国旅游法》第四十二条、第四十五条；《旅游景区质量等级管理办法》',
    modes: 'onsite',
    industries: ['tourism_homestay'],
    checklist: [
      '是否制定并实施旅游者流量控制方案',
      '游览设施、安全警示标识是否完善',
      '门票价格和收费项目是否公示',
    ],
  },
  {
    name: '对民宿、农家乐等旅游经营者安全和服务质量的检查',
    basis: '《中华人民共和国旅游法》第七十九条；《浙江省旅游条例》',
    modes: 'onsite',
    delegable: true,
    industries: ['tourism_homestay'],
    checklist: [
      '是否制定安全管理制度和突发事件应急预案',
      '是否对可能危及人身安全的事项作出明示和警示',
      '是否公示服务项目和收费标准',
    ],
  },
  {
    name: '对高危险性体育项目经营场所（漂流、攀岩等）的检查',
    basis: '《全民健身条例》第三十二条；《经营高危险性体育项目许可管理办法》',
    modes: 'onsite',
    industries: ['tourism_homestay'],
    checklist: [
      '是否取得经营高危险性体育项目许可证',
      '社会体育指导人员和救助人员是否持证并达到配备标准',
      '场地设施和救护器材是否符合国家标准',
    ],
  },
  {
    name: '对包装装潢印刷品印刷企业的检查',
    basis: '《印刷业管理条例》第三条、第二十条',
    modes: 'both',
    industries: ['printing_packaging'],
    checklist: [
      '是否取得印刷经营许可证',
      '承印商标标识、包装装潢印刷品是否验证委托印刷证明',
      '是否建立承印登记和印刷品保存制度',
    ],
  },
  {
    name: '对互联网上网服务营业场所的检查',
    basis: '《互联网上网服务营业场所管理条例》第四条、第二十一条',
    modes: 'both',
    delegable: true,
    industries: ['wholesale_retail'],
    checklist: [
      '是否取得网络文化经营许可证',
      '是否核对、登记上网消费者有效身份证件',
      '有无接纳未成年人进入营业场所',
    ],
  },
]);

/** 云和县教育局 */
export const jyjItems = defineItems('jyj', [
  {
    name: '对校外培训机构办学行为的监督检查',
    basis: '《中华人民共和国民办教育促进法》第四十一条；《校外培训行政处罚暂行办法》',
    modes: 'both',
    checklist: [
      '是否取得办学许可证并在许可范围内开展培训',
      '培训内容、培训时间是否符合规定',
      '是否使用示范合同文本并公示收费项目和标准',
      '培训场所是否符合安全、消防要求',
    ],
  },
  {
    name: '校外培训机构预收费资金监管情况的非现场核查',
    basis: '《中华人民共和国民办教育促进法》第四十一条；《关于加强校外培训机构预收费监管工作的通知》',
    modes: 'offsite',
    checklist: [
      '预收费是否全部进入监管专用账户',
      '单次收费是否超过规定的课时或期限',
      '资金拨付是否按课消进度进行',
    ],
  },
  {
    name: '校外培训机构从业人员资质和背景查询情况的检查',
    basis: '《中华人民共和国未成年人保护法》第六十二条；《校外培训机构从业人员管理办法（试行）》',
    modes: 'both',
    delegable: true,
    checklist: [
      '教学人员是否具有相应教师资格或职业技能证书',
      '聘用人员是否经性侵违法犯罪信息查询',
      '从业人员信息是否在平台公示',
    ],
  },
  {
    name: '对民办幼儿园办园行为的检查',
    basis: '《幼儿园管理条例》第二十五条；《中华人民共和国学前教育法》',
    modes: 'onsite',
    checklist: [
      '是否取得办学许可证',
      '保教人员是否具备相应资格并按比例配备',
      '收费项目和标准是否公示',
      '园舍、设施是否符合安全标准',
    ],
  },
  {
    name: '对学校供餐（配餐）企业的检查',
    basis: '《学校食品安全与营养健康管理规定》；《中华人民共和国食品安全法》第五十七条',
    modes: 'onsite',
    industries: ['catering', 'food_processing'],
    checklist: [
      '是否取得相应食品经营许可',
      '是否按规定留样并保存48小时以上',
      '配送过程是否保证食品温度和卫生安全',
    ],
  },
]);
