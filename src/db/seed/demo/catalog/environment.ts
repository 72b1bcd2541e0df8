import { defineItems } from './define.ts';

/** 丽水市生态环境局云和分局 */
export const sthjItems = defineItems('sthj', [
  {
    name: '对排污单位的现场检查（污染源日常环境监管）',
    basis: '《中华人民共和国环境保护法》第二十四条',
    modes: 'onsite',
    industries: ['wooden_toys', 'wood_products', 'chemicals_coatings', 'food_processing', 'printing_packaging', 'machinery'],
    checklist: [
      '污染防治设施是否正常运行',
      '污染物排放是否符合排放标准',
      '环评、“三同时”、排污许可等制度是否落实',
      '环境管理台账是否建立并如实记录',
    ],
  },
  {
    name: '对排污许可证执行情况的检查',
    basis: '《排污许可管理条例》第二十六条、第二十七条',
    modes: 'both',
    industries: ['wooden_toys', 'chemicals_coatings', 'printing_packaging', 'food_processing'],
    checklist: [
      '是否依法申领排污许可证或办理排污登记',
      '是否按证载要求排放污染物',
      '是否按时提交排污许可证执行报告',
      '是否按规定开展自行监测并公开信息',
    ],
  },
  {
    name: '对挥发性有机物（VOCs）等大气污染物排放的监督检查',
    basis: '《中华人民共和国大气污染防治法》第二十九条、第四十五条',
    modes: 'onsite',
    industries: ['wooden_toys', 'wood_products', 'printing_packaging', 'chemicals_coatings'],
    checklist: [
      '喷漆、烘干、印刷等含VOCs工序是否在密闭空间或设备中进行',
      '废气收集和处理设施（如活性炭吸附、RTO）是否正常运行',
      '活性炭等吸附材料是否按期更换并留存记录',
      '是否使用低VOCs含量的水性涂料、油墨',
    ],
  },
  {
    name: '对水污染物排放的监督检查',
    basis: '《中华人民共和国水污染防治法》第三十条',
    modes: 'onsite',
    industries: ['food_processing', 'chemicals_coatings', 'printing_packaging'],
    checklist: [
      '废水处理设施是否正常运行，有无私设暗管或偷排',
      '排污口设置是否规范',
      '外排废水是否达标',
    ],
  },
  {
    name: '对工业固体废物和危险废物污染环境防治的检查',
    basis: '《中华人民共和国固体废物污染环境防治法》第二十七条、第七十八条',
    modes: 'both',
    industries: ['wooden_toys', 'wood_products', 'chemicals_coatings', 'printing_packaging', 'machinery'],
    checklist: [
      '是否制定危险废物管理计划并在信息系统申报',
      '漆渣、废活性炭等危险废物是否规范贮存、设置标识',
      '危险废物是否交有资质单位处置并执行转移联单',
      '一般工业固体废物台账是否建立',
    ],
  },
  {
    name: '重点排污单位自动监测数据的非现场检查',
    basis: '《中华人民共和国环境保护法》第四十二条；《污染源自动监控设施现场监督检查办法》',
    modes: 'offsite',
    industries: ['chemicals_coatings', 'food_processing', 'wooden_toys'],
    checklist: [
      '自动监测设备是否联网并正常传输数据',
      '监测数据是否存在超标、异常或长时间恒值',
      '是否存在篡改、伪造监测数据的迹象',
    ],
  },
  {
    name: '建设项目环境保护“三同时”及竣工环境保护验收的检查',
    basis: '《建设项目环境保护管理条例》第十五条、第十九条',
    modes: 'both',
    industries: ['wooden_toys', 'wood_products', 'chemicals_coatings', 'machinery', 'food_processing'],
    checklist: [
      '环境保护设施是否与主体工程同时设计、同时施工、同时投产使用',
      '是否依法开展竣工环境保护验收并公开',
      '实际建设内容是否与环评批复一致',
    ],
  },
  {
    name: '对工业噪声排放的监督检查',
    basis: '《中华人民共和国噪声污染防治法》第三十条',
    modes: 'onsite',
    delegable: true,
    industries: ['wooden_toys', 'wood_products', 'machinery'],
    checklist: [
      '产生噪声的设备是否采取减振降噪措施',
      '厂界噪声是否符合排放标准',
      '夜间是否违规进行产生噪声的作业',
    ],
  },
  {
    name: '对土壤污染重点监管单位的检查',
    basis: '《中华人民共和国土壤污染防治法》第二十一条',
    modes: 'both',
    industries: ['chemicals_coatings'],
    checklist: [
      '是否按年度报告有毒有害物质排放情况',
      '是否建立土壤污染隐患排查制度并开展排查',
      '是否制定、实施自行监测方案并报送监测数据',
    ],
  },
]);

/** 云和县水利局 */
export const sljItems = defineItems('slj', [
  {
    name: '对取用水单位取水许可执行情况的检查',
    basis: '《中华人民共和国水法》第四十八条、第六十条；《取水许可和水资源费征收管理条例》',
    modes: 'both',
    industries: ['hydropower', 'food_processing'],
    checklist: [
      '是否依法取得取水许可证并在有效期内',
      '是否按规定安装取水计量设施并正常运行',
      '实际取水量是否超过许可水量',
    ],
  },
  {
    name: '小水电站生态流量泄放情况的非现场核查',
    basis: '《中华人民共和国水法》第二十六条；《浙江省水资源条例》',
    modes: 'offsite',
    industries: ['hydropower'],
    checklist: [
      '生态流量在线监测设施是否正常运行并接入监管平台',
      '下泄流量是否持续满足核定的生态流量',
      '监测数据缺失或不达标时是否已说明原因并整改',
    ],
  },
  {
    name: '对农村水电站安全运行的检查',
    basis: '《中华人民共和国水法》第六十条；《水库大坝安全管理条例》第二十条',
    modes: 'onsite',
    industries: ['hydropower'],
    checklist: [
      '大坝（拦河坝）是否按规定开展安全鉴定',
      '防汛责任人、应急预案是否落实',
      '闸门、启闭机等设施是否定期维护',
      '是否开展安全生产标准化建设',
    ],
  },
  {
    name: '对生产建设项目水土保持方案落实情况的检查',
    basis: '《中华人民共和国水土保持法》第二十五条、第四十三条',
    modes: 'both',
    industries: ['construction'],
    checklist: [
      '是否编报水土保持方案并经批准',
      '水土保持措施是否与主体工程同时施工',
      '是否开展水土保持监测并按季度报告',
      '是否按规定进行水土保持设施自主验收并报备',
    ],
  },
  {
    name: '对河道管理范围内建设项目和河道采砂的检查',
    basis: '《中华人民共和国河道管理条例》第十一条；《中华人民共和国水法》第三十九条',
    modes: 'onsite',
    delegable: true,
    industries: ['construction'],
    checklist: [
      '涉河建设方案是否经水行政主管部门审查同意',
      '是否按批准的位置和界限施工',
      '有无未经许可在河道内采砂、堆放物料',
    ],
  },
  {
    name: '对水利工程建设质量与安全的检查',
    basis: '《建设工程质量管理条例》第四十七条；《水利工程质量管理规定》',
    modes: 'onsite',
    industries: ['construction'],
    checklist: [
      '参建单位质量和安全管理体系是否建立',
      '原材料、中间产品是否按规定检测',
      '施工现场安全防护措施是否落实',
    ],
  },
]);

/** 云和县自然资源和规划局 */
export const zrzyItems = defineItems('zrzy', [
  {
    name: '对土地利用情况的监督检查',
    basis: '《中华人民共和国土地管理法》第六十七条、第六十八条',
    modes: 'both',
    checklist: [
      '用地是否依法取得批准，有无未批先用',
      '是否按出让合同约定的用途、容积率开发利用',
      '卫星遥感图斑变化是否已核实并合法',
    ],
  },
  {
    name: '对木材经营加工企业的监督检查',
    basis: '《中华人民共和国森林法》第六十五条、第六十七条',
    modes: 'onsite',
    delegable: true,
    industries: ['wooden_toys', 'wood_products'],
    checklist: [
      '是否建立原料和产品出入库台账',
      '所收购、加工的木材是否来源合法',
      '台账记录是否与实际库存相符',
    ],
  },
  {
    name: '涉木企业松材线虫病疫木检疫监管',
    basis: '《植物检疫条例》第七条；《中华人民共和国森林法》第三十五条',
    modes: 'onsite',
    industries: ['wood_products', 'wooden_toys'],
    checklist: [
      '松木及其制品调入是否持有植物检疫证书',
      '是否存在收购、加工、存放疫木情况',
      '松木原料是否建立来源登记和去向台账',
    ],
  },
  {
    name: '对林木采伐的监督检查',
    basis: '《中华人民共和国森林法》第五十六条、第六十七条',
    modes: 'both',
    industries: ['wood_products', 'agriculture_fungi'],
    checklist: [
      '是否持有林木采伐许可证',
      '是否按许可证规定的地点、数量、树种、方式采伐',
      '采伐迹地是否按规定完成更新造林',
    ],
  },
  {
    name: '对建设工程规划许可执行情况的检查',
    basis: '《中华人民共和国城乡规划法》第四十条、第五十三条',
    modes: 'onsite',
    industries: ['construction'],
    checklist: [
      '是否取得建设工程规划许可证',
      '建设位置、面积、高度是否与规划许可一致',
      '是否按规定进行规划条件核实',
    ],
  },
]);
