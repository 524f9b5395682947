/**
 * Concept groups: words in either language that mean the same thing in this domain. Used to give a question and a
 * passage shared features across languages and paraphrases.
 *
 * English terms are lowercase and matched as stemmed word sequences (up to four words); Chinese terms are matched
 * as substrings, longest first. A compound Chinese term is also listed under the groups of the shorter terms it
 * contains (e.g. "充电桩" under both charging and charging-pile), so taking the longest match loses no concept.
 * Quantity words and place names are deliberately not concepts.
 */
export interface ConceptGroup {
  id: string;
  en: string[];
  zh: string[];
}

export const GLOSSARY: ConceptGroup[] = [
  // Food, catering and food waste
  {
    id: "food",
    en: [
      "food", "foods", "meal", "meals", "dish", "dishes", "grain", "grains", "foodstuff", "foodstuffs", "ingredients",
    ],
    zh: [
      "粮食", "食物", "饭菜", "餐食", "菜品", "食品", "食材", "口粮", "食物浪费", "粮食浪费", "食品浪费",
      "反食品浪费法", "粮食安全",
    ],
  },
  {
    id: "food-waste",
    en: [
      "food waste", "food wastage", "wasted food", "leftover", "leftovers", "plate waste", "clean plate",
      "clean plates", "clear your plate", "food loss", "uneaten food", "anti-food waste law", "anti food waste law",
      "food waste law", "law against food waste",
    ],
    zh: [
      "餐饮浪费", "食物浪费", "粮食浪费", "食品浪费", "剩饭", "剩菜", "光盘行动", "光盘", "舌尖上的浪费",
      "厉行节约反对浪费", "反食品浪费法", "制止餐饮浪费", "反对浪费",
    ],
  },
  {
    id: "waste",
    en: ["waste", "wastes", "wasted", "wasteful", "wasting", "squander", "squandering", "squandered"],
    zh: [
      "浪费", "废物", "废弃物", "餐饮浪费", "食物浪费", "粮食浪费", "食品浪费", "舌尖上的浪费", "厉行节约反对浪费",
      "反食品浪费法", "制止餐饮浪费", "反对浪费", "餐厨废弃物", "固体废物", "危险废物", "一般工业固体废物", "医疗废物",
      "电子废弃物",
    ],
  },
  {
    id: "kitchen-waste",
    en: ["kitchen waste", "food scraps", "organic waste", "wet waste", "restaurant waste", "catering waste"],
    zh: ["厨余垃圾", "厨余", "餐厨垃圾", "餐厨废弃物", "湿垃圾", "地沟油"],
  },
  {
    id: "canteen",
    en: [
      "canteen", "canteens", "cafeteria", "cafeterias", "dining hall", "dining halls", "mess hall", "staff canteen",
      "refectory",
    ],
    zh: ["食堂", "餐厅", "职工食堂", "机关食堂", "学校食堂", "单位食堂"],
  },
  {
    id: "school",
    en: [
      "school", "schools", "campus", "campuses", "university", "universities", "college", "colleges", "student",
      "students", "pupil", "pupils", "kindergarten",
    ],
    zh: ["学校", "校园", "高校", "中小学", "学生", "大学", "幼儿园", "学校食堂", "无废学校"],
  },
  {
    id: "government",
    en: [
      "government", "governments", "authorities", "authority", "state organ", "state organs", "government agency",
      "government agencies", "public sector", "public institution", "public institutions",
    ],
    zh: [
      "政府", "机关", "公共机构", "事业单位", "政府部门", "人民政府", "机关食堂", "党政机关", "机关单位",
      "政府工作报告", "省政府",
    ],
  },
  {
    id: "party-government-organs",
    en: [
      "party and government organs", "party and government", "party organs", "government organs",
      "party and government agencies", "civil servant", "civil servants", "communist party", "cpc", "ccp",
    ],
    zh: ["党政机关", "党政", "机关单位", "公务员", "党委", "中共", "党委书记"],
  },
  {
    id: "standard",
    en: [
      "standard", "standards", "norm", "norms", "specification", "specifications", "guideline", "guidelines",
      "criteria", "criterion", "code of practice", "benchmark standard",
    ],
    zh: ["标准", "规范", "准则", "指南", "导则", "团体标准", "地方标准"],
  },
  {
    id: "regulation",
    en: [
      "regulation", "regulations", "rule", "rules", "law", "laws", "ordinance", "ordinances", "legislation", "bylaw",
      "bylaws", "legal", "statute",
    ],
    zh: ["条例", "法规", "规定", "办法", "法律", "立法", "法治"],
  },
  {
    id: "catering",
    en: [
      "catering", "caterer", "caterers", "restaurant", "restaurants", "food service", "food services", "eatery",
      "eateries", "hospitality", "hotel", "hotels",
    ],
    zh: ["餐饮", "饭店", "餐馆", "酒店", "餐饮业", "餐饮服务", "宾馆", "饭馆", "餐饮浪费", "制止餐饮浪费"],
  },
  {
    id: "portion",
    en: [
      "small portion", "small portions", "half portion", "half portions", "portion size", "portion sizes",
      "order by need", "order appropriately", "doggy bag", "pack up leftovers", "take leftovers home",
    ],
    zh: ["小份菜", "半份菜", "按需点餐", "适量点餐", "打包", "份量", "小份"],
  },
  {
    id: "banquet",
    en: [
      "buffet", "buffets", "banquet", "banquets", "feast", "feasts", "wedding banquet", "dinner party",
      "official reception", "business dinner",
    ],
    zh: ["自助餐", "宴席", "宴会", "婚宴", "聚餐", "酒席", "公务接待"],
  },
  {
    id: "takeaway",
    en: [
      "takeaway", "take-away", "takeout", "take-out", "food delivery", "delivery", "deliveries", "meal delivery",
      "online food ordering", "express delivery", "courier",
    ],
    zh: ["外卖", "配送", "快递", "网络订餐", "网上订餐", "城市配送", "快递包装"],
  },
  {
    id: "saving",
    en: [
      "saving", "savings", "save", "saves", "conserve", "conserving", "conservation", "thrift", "thrifty", "frugal",
      "frugality", "economise", "economize",
    ],
    zh: ["节约", "节俭", "节省", "厉行节约", "勤俭", "勤俭节约", "节约型", "厉行节约反对浪费"],
  },
  {
    id: "recycling",
    en: [
      "recycling", "recycle", "recycled", "recycles", "recyclable", "reuse", "reused", "reusing", "recovery", "recover",
      "recovered", "reclaim", "reclaimed", "resource recovery",
    ],
    zh: [
      "回收", "循环利用", "再利用", "再生", "回用", "回收利用", "再生利用", "余热回收", "再生水", "分类回收",
      "再生资源", "可回收物",
    ],
  },
  {
    id: "pilot",
    en: [
      "pilot", "pilots", "trial", "trials", "demonstration", "demonstrations", "showcase", "experimental",
      "pilot project", "pilot program", "pilot programme", "model project", "pilot zone", "pilot zones", "pilot city",
      "pilot cities",
    ],
    zh: ["试点", "示范", "先行", "示范区", "先行区", "示范项目", "试点城市", "先行示范"],
  },
  {
    id: "publicity",
    en: [
      "campaign", "campaigns", "publicity", "propaganda", "awareness", "promotion", "advocacy", "education campaign",
      "outreach", "publicise", "publicize", "slogan", "slogans", "poster", "posters",
    ],
    zh: ["宣传", "倡导", "宣教", "宣传教育", "倡议", "宣传周", "标语", "海报"],
  },
  {
    id: "supply-chain",
    en: [
      "supply chain", "supply chains", "supplier", "suppliers", "procurement", "purchasing", "logistics", "sourcing",
      "cold chain",
    ],
    zh: ["供应链", "采购", "物流", "供应商", "冷链", "供应体系", "物流车"],
  },
  {
    id: "household",
    en: ["household", "households", "family", "families", "home", "homes", "domestic"],
    zh: ["家庭", "居民家庭", "住户", "家中"],
  },
  {
    id: "consumption",
    en: ["consumption", "consume", "consumed", "consumes", "consuming", "consumer", "consumers", "consumer spending"],
    zh: ["消费", "消耗", "消费者", "消费量", "使用量", "能源消费", "能源消耗", "能源消费结构"],
  },
  {
    id: "lifestyle",
    en: [
      "lifestyle", "lifestyles", "behaviour", "behavior", "behaviours", "behaviors", "habit", "habits",
      "green lifestyle", "green living", "everyday life", "daily life", "etiquette", "social norm",
    ],
    zh: ["生活方式", "绿色生活", "习惯", "行为", "日常生活", "文明用餐"],
  },
  {
    id: "inspection",
    en: [
      "supervision", "supervise", "supervised", "inspection", "inspections", "inspect", "oversight", "enforcement",
      "audit", "audits", "spot check", "spot checks", "crackdown",
    ],
    zh: ["监督", "检查", "督查", "执法", "巡查", "抽查", "督导", "监管"],
  },
  {
    id: "assessment",
    en: [
      "evaluation", "evaluate", "evaluations", "assessment", "assessments", "assess", "assessed", "appraisal",
      "certification", "certified", "certify", "accreditation", "scoring", "scorecard",
    ],
    zh: ["评价", "评估", "认证", "评定", "评级", "考核", "考评", "打分", "碳评价"],
  },

  // Energy use and carbon monitoring
  {
    id: "energy",
    en: ["energy", "energies", "energy sector", "power sector", "fuel", "fuels"],
    zh: [
      "能源", "能源领域", "能源行业", "燃料", "能源消费", "能源消耗", "能源效率", "能源管理", "能源审计",
      "合同能源管理", "能源托管", "综合能源服务", "能源服务", "能源管控", "能源转型", "能源安全", "可再生能源",
      "清洁能源", "非化石能源", "新能源", "绿色能源", "生物燃料", "分布式能源", "综合能源", "能源互联网", "能源结构",
      "能源消费结构", "能源体系", "燃料电池", "氢燃料", "氢燃料电池", "氢能源", "化石能源", "化石燃料", "综合能源站",
      "新能源汽车", "新能源车", "新能源车辆", "新能源公交", "可持续航空燃料",
    ],
  },
  {
    id: "energy-consumption",
    en: [
      "energy consumption", "energy use", "energy usage", "power consumption", "electricity consumption",
      "electricity use", "electricity usage", "energy demand", "energy-consuming", "energy consuming",
    ],
    zh: [
      "能耗", "用能", "能源消费", "耗能", "用电", "用电量", "能源消耗", "综合能耗", "能耗双控", "用能权", "能耗强度",
      "重点用能单位", "重点用能", "超低能耗", "近零能耗", "高耗能", "能源消费结构", "用电负荷",
    ],
  },
  {
    id: "energy-saving",
    en: [
      "energy saving", "energy-saving", "energy conservation", "energy efficiency", "energy-efficient",
      "energy efficient", "efficient", "efficiency", "efficiently",
    ],
    zh: [
      "节能", "能效", "能源效率", "节能降耗", "效率", "高效", "节能减排", "能效标识", "能效码", "建筑节能", "节能改造",
      "节能灯",
    ],
  },
  {
    id: "carbon",
    en: ["carbon", "carbon dioxide"],
    zh: [
      "碳", "二氧化碳", "碳排放", "降碳", "减碳", "低碳", "脱碳", "减污降碳", "碳减排", "低碳化", "碳中和",
      "碳中和目标", "碳达峰", "双碳", "碳达峰碳中和", "双碳目标", "碳达峰、碳中和", "碳排放双控", "碳排放强度",
      "碳强度", "碳核算", "碳足迹", "碳盘查", "碳核查", "碳排放核算", "碳效码", "碳效", "碳标签", "碳标识", "碳评价",
      "碳市场", "碳交易", "碳排放权", "碳配额", "碳价", "碳信用", "碳排放权交易", "碳抵消", "碳普惠", "碳积分",
      "个人碳账户", "碳账户", "碳币", "零碳", "近零碳", "无碳", "近零碳排放", "零碳工厂", "低碳工厂", "近零碳工厂",
      "零碳园区", "绿色低碳", "吨二氧化碳", "固碳释氧", "碳汇", "固碳", "碳吸收", "林业碳汇", "蓝碳", "碳储量",
      "吸收二氧化碳", "碳汇能力", "碳捕集", "碳捕集利用与封存", "碳封存", "碳捕获", "二氧化碳捕集", "清洁低碳",
    ],
  },
  {
    id: "emissions",
    en: [
      "emission", "emissions", "emit", "emits", "emitted", "emitting", "emitter", "emitters", "discharge", "discharges",
      "greenhouse gas", "greenhouse gases", "ghg", "ghgs",
    ],
    zh: [
      "排放", "排放量", "温室气体", "碳排放", "排放总量", "净零排放", "碳排放双控", "碳排放强度", "排放清单",
      "温室气体清单", "碳排放核算", "碳排放权", "碳排放权交易", "重点排放单位", "重点排放", "零排放", "近零排放",
      "近零碳排放", "高排放",
    ],
  },
  {
    id: "carbon-reduction",
    en: [
      "carbon reduction", "carbon cutting", "cut emissions", "cutting emissions", "reduce emissions",
      "reducing emissions", "emission reduction", "emissions reduction", "emission cuts", "decarbonise", "decarbonize",
      "decarbonisation", "decarbonization", "low carbon", "low-carbon", "abatement", "mitigation", "mitigate",
    ],
    zh: [
      "降碳", "减碳", "减排", "低碳", "脱碳", "节能减排", "减污降碳", "碳减排", "低碳化", "核证自愿减排", "低碳工厂",
      "绿色低碳", "清洁低碳",
    ],
  },
  {
    id: "carbon-neutrality",
    en: [
      "carbon neutrality", "carbon neutral", "carbon-neutral", "net zero", "net-zero", "climate neutrality",
      "climate neutral", "climate-neutral",
    ],
    zh: ["碳中和", "净零", "净零排放", "碳中和目标", "碳达峰碳中和", "碳达峰、碳中和"],
  },
  {
    id: "carbon-peak",
    en: [
      "peak carbon", "carbon peak", "carbon peaking", "emissions peak", "emission peak", "peak emissions",
      "peaking carbon", "emissions peaking", "peak its emissions", "peak their emissions",
    ],
    zh: ["碳达峰", "达峰", "率先达峰", "达峰行动", "碳达峰碳中和", "碳达峰、碳中和"],
  },
  {
    id: "dual-carbon",
    en: [
      "dual carbon", "dual-carbon", "double carbon", "carbon peak and neutrality", "dual carbon goals",
      "dual-carbon goals",
    ],
    zh: ["双碳", "碳达峰碳中和", "双碳目标", "碳达峰、碳中和"],
  },
  {
    id: "dual-control",
    en: [
      "dual control", "dual-control", "total amount and intensity", "energy quota", "energy quotas",
      "energy-use rights", "energy use rights",
    ],
    zh: ["双控", "能耗双控", "碳排放双控", "总量和强度", "用能权"],
  },
  {
    id: "carbon-intensity",
    en: [
      "carbon intensity", "emission intensity", "emissions intensity", "energy intensity", "per unit of gdp",
      "per unit gdp", "carbon per unit",
    ],
    zh: ["碳排放强度", "能耗强度", "碳强度", "单位地区生产总值", "单位生产总值", "万元GDP"],
  },
  {
    id: "monitoring",
    en: [
      "monitoring", "monitor", "monitors", "monitored", "surveillance", "tracking", "track", "tracked", "smart meter",
      "smart meters", "sensing", "sensor", "sensors", "real-time", "real time", "online monitoring",
    ],
    zh: ["监测", "监控", "计量", "在线监测", "传感器", "感知", "实时", "智能电表", "电表"],
  },
  {
    id: "carbon-accounting",
    en: [
      "carbon accounting", "carbon footprint", "carbon footprints", "footprint", "carbon inventory",
      "emission inventory", "emissions inventory", "greenhouse gas inventory", "carbon verification", "mrv",
      "carbon audit", "carbon disclosure", "carbon efficiency", "carbon efficiency code", "carbon code",
      "energy efficiency code", "carbon rating", "carbon label", "carbon labels", "carbon labelling", "carbon labeling",
      "energy label", "energy labels",
    ],
    zh: [
      "碳核算", "碳足迹", "碳盘查", "核算", "排放清单", "碳核查", "温室气体清单", "碳排放核算", "碳效码", "碳效",
      "碳标签", "碳标识", "能效标识", "碳评价", "能效码",
    ],
  },
  {
    id: "carbon-market",
    en: [
      "carbon market", "carbon markets", "carbon trading", "emissions trading", "emission trading", "ets",
      "carbon price", "carbon prices", "carbon credit", "carbon credits", "carbon allowance", "carbon allowances",
      "allowance", "allowances", "carbon quota", "carbon quotas", "offset", "offsets", "ccer",
    ],
    zh: ["碳市场", "碳交易", "碳排放权", "碳配额", "配额", "碳价", "碳信用", "碳排放权交易", "核证自愿减排", "碳抵消"],
  },
  {
    id: "carbon-inclusive",
    en: [
      "carbon inclusive", "carbon inclusion", "carbon points", "green points", "personal carbon account",
      "personal carbon accounts", "carbon ledger", "low-carbon points", "carbon coins",
    ],
    zh: ["碳普惠", "碳积分", "个人碳账户", "绿色积分", "碳账户", "碳币"],
  },
  {
    id: "key-energy-users",
    en: [
      "key energy users", "key energy-using", "energy-using entities", "energy-using units",
      "key energy-consuming units", "key enterprises", "major energy consumers", "large energy users", "key emitters",
      "large emitters", "major emitters", "heavy emitters",
    ],
    zh: ["重点用能单位", "重点排放单位", "重点企业", "重点用能", "重点排放"],
  },
  {
    id: "energy-management",
    en: [
      "energy management", "energy audit", "energy audits", "contract energy management",
      "energy performance contracting", "energy service", "energy services", "esco", "escos", "energy manager",
    ],
    zh: ["能源管理", "能源审计", "合同能源管理", "能源托管", "综合能源服务", "能源服务", "能源管控"],
  },

  // Digital, smart and data
  {
    id: "digital",
    en: [
      "digital", "digitalisation", "digitalization", "digitise", "digitize", "digitised", "digitized", "digitisation",
      "digitization", "digital twin", "digital twins", "online",
    ],
    zh: ["数字", "数字化", "数智", "数字孪生", "线上", "在线", "数字化转型", "在线监测"],
  },
  {
    id: "smart",
    en: [
      "smart", "intelligent", "intelligence", "ai", "artificial intelligence", "automated", "automation", "automatic",
      "algorithm", "algorithms", "machine learning",
    ],
    zh: [
      "智慧", "智能", "人工智能", "自动化", "智能化", "算法", "大模型", "智能电表", "智能制造", "智能电网",
      "智能有序充电", "智能网联", "智能网联汽车",
    ],
  },
  {
    id: "data",
    en: [
      "data", "dataset", "datasets", "database", "databases", "big data", "statistics", "statistic", "statistical",
      "figures", "indicator", "indicators", "metric", "metrics",
    ],
    zh: ["数据", "大数据", "数据库", "统计", "统计数据", "数据显示", "空间数据", "数据中心"],
  },
  {
    id: "platform",
    en: [
      "platform", "platforms", "dashboard", "dashboards", "portal", "portals", "app", "apps", "software",
      "mini-program", "mini program", "control centre", "control center", "command centre", "command center",
    ],
    zh: [
      "平台", "大屏", "驾驶舱", "小程序", "系统平台", "管理平台", "指挥中心", "一张图", "城市信息模型平台", "云平台",
    ],
  },
  {
    id: "model",
    en: [
      "model", "models", "mode", "modes", "approach", "approaches", "paradigm", "template", "pattern", "patterns",
      "modelling", "modeling", "simulation", "simulations", "simulate",
    ],
    zh: [
      "模式", "模型", "范式", "样板", "模拟", "仿真", "大模型", "城市信息模型", "建筑信息模型", "城市信息模型平台",
      "三维城市模型", "换电模式",
    ],
  },
  {
    id: "gis",
    en: [
      "gis", "geographic", "geographical", "geospatial", "geographic information", "geographic information system",
      "geographical information", "mapping", "map", "maps", "spatial data", "remote sensing", "satellite", "satellites",
      "satellite imagery", "surveying",
    ],
    zh: ["地理", "地理信息", "地理信息系统", "遥感", "卫星", "地图", "空间数据", "测绘", "卫星遥感"],
  },
  {
    id: "cim",
    en: [
      "cim", "city information model", "urban information model", "urban information modeling",
      "urban information modelling", "city information modelling", "city information modeling", "bim",
      "building information model", "building information modelling", "building information modeling", "3d city model",
    ],
    zh: ["城市信息模型", "建筑信息模型", "城市信息模型平台", "三维城市模型"],
  },
  {
    id: "iot",
    en: [
      "internet of things", "iot", "connected devices", "cloud", "cloud computing", "internet", "industrial internet",
      "blockchain", "computing power", "data centre", "data center", "data centres", "data centers",
    ],
    zh: ["物联网", "云计算", "互联网", "工业互联网", "区块链", "算力", "数据中心", "云平台", "能源互联网"],
  },
  {
    id: "network",
    en: ["network", "networks", "networked", "coverage", "layout", "web of"],
    zh: [
      "网络", "网络化", "布局", "覆盖", "全覆盖", "布点", "网点", "网络订餐", "覆盖率", "空间布局", "绿化覆盖率",
      "森林覆盖率", "充电网络",
    ],
  },

  // Industry, factories and buildings
  {
    id: "factory",
    en: [
      "factory", "factories", "mill", "mills", "workshop", "workshops", "production line", "production lines",
      "industrial plant", "manufacturing plant", "production base",
    ],
    zh: [
      "工厂", "厂区", "车间", "生产线", "厂房", "生产基地", "绿色工厂", "灯塔工厂", "零碳工厂", "低碳工厂",
      "近零碳工厂",
    ],
  },
  {
    id: "manufacturing",
    en: [
      "manufacturing", "manufacturer", "manufacturers", "manufacture", "manufactured", "production", "produce",
      "produced", "producing", "producer", "producers",
    ],
    zh: ["制造", "制造业", "生产", "智能制造", "制造商", "先进制造", "生产线", "生产基地", "绿色制造"],
  },
  {
    id: "zero-carbon",
    en: [
      "zero carbon", "zero-carbon", "zero emission", "zero-emission", "zero emissions", "carbon free", "carbon-free",
      "fossil-free", "near-zero carbon", "near zero carbon", "nearly zero carbon",
    ],
    zh: [
      "零碳", "零排放", "近零碳", "近零排放", "无碳", "近零碳排放", "净零排放", "零碳工厂", "近零碳工厂", "零碳园区",
    ],
  },
  {
    id: "green-factory",
    en: [
      "green factory", "green factories", "green manufacturing", "green plant", "lighthouse factory",
      "lighthouse factories", "zero-carbon factory", "zero-carbon factories", "zero carbon factory",
      "zero carbon factories", "low-carbon factory",
    ],
    zh: ["绿色工厂", "绿色制造", "灯塔工厂", "零碳工厂", "低碳工厂", "近零碳工厂"],
  },
  {
    id: "building",
    en: [
      "building", "buildings", "architecture", "architectural", "housing", "house", "houses", "residential", "property",
      "properties", "real estate", "dwelling", "dwellings",
    ],
    zh: [
      "建筑", "楼宇", "房屋", "住宅", "建筑物", "楼房", "房地产", "建筑信息模型", "绿色建筑", "建筑节能", "公共建筑",
      "办公建筑", "商业建筑", "住宅小区", "建筑密度", "建筑垃圾",
    ],
  },
  {
    id: "green-building",
    en: [
      "green building", "green buildings", "passive house", "passive houses", "ultra-low energy", "ultra low energy",
      "near-zero energy building", "nearly zero energy", "energy-efficient building", "energy-efficient buildings",
      "prefabricated", "prefab", "building energy efficiency",
    ],
    zh: ["绿色建筑", "超低能耗", "近零能耗", "被动房", "装配式", "建筑节能", "被动式"],
  },
  {
    id: "public-building",
    en: [
      "public building", "public buildings", "office building", "office buildings", "commercial building",
      "commercial buildings", "government building", "government buildings", "large buildings", "shopping centre",
      "shopping center",
    ],
    zh: ["公共建筑", "办公建筑", "商业建筑", "大型公建", "公建", "办公楼", "商业综合体"],
  },
  {
    id: "industrial-park",
    en: [
      "zone", "zones", "development zone", "development zones", "industrial park", "industrial parks", "science park",
      "economic zone", "economic zones", "special economic zone", "new area", "new district", "industrial estate",
      "industrial zone", "industrial zones", "business park",
    ],
    zh: [
      "开发区", "园区", "产业园", "工业园", "经开区", "新区", "高新区", "保税区", "自贸区", "工业园区", "产业园区",
      "经济技术开发区", "零碳园区",
    ],
  },
  {
    id: "high-tech",
    en: [
      "high-tech", "high tech", "hi-tech", "high technology", "high-technology", "cutting-edge", "advanced technology",
    ],
    zh: ["高新", "高新技术", "高科技", "高新技术企业", "尖端", "高新区"],
  },
  {
    id: "technology",
    en: ["technology", "technologies", "tech", "technical", "technique", "techniques", "technological"],
    zh: ["技术", "科技", "工艺", "技术路线", "经济技术开发区", "高新技术", "高科技", "高新技术企业", "科技创新"],
  },
  {
    id: "innovation",
    en: [
      "innovation", "innovations", "innovative", "innovate", "r&d", "research and development", "research",
      "breakthrough", "breakthroughs", "invention", "patent", "patents",
    ],
    zh: ["创新", "研发", "科研", "科技创新", "突破", "专利", "攻关"],
  },
  {
    id: "industry",
    en: [
      "industry", "industries", "industrial", "sector", "sectors", "cluster", "clusters", "industrial cluster",
      "industrial base",
    ],
    zh: [
      "产业", "行业", "工业", "产业集群", "集群", "工业企业", "能源行业", "工业互联网", "产业园", "工业园", "工业园区",
      "产业园区", "产业链", "全产业链", "新兴产业", "战略性新兴产业", "未来产业", "朝阳产业", "产业规模", "产业结构",
      "工业固废", "一般工业固体废物",
    ],
  },
  {
    id: "industry-chain",
    en: [
      "industry chain", "industrial chain", "industrial chains", "industry chains", "value chain", "value chains",
      "upstream", "downstream", "whole chain", "full chain",
    ],
    zh: ["产业链", "上下游", "链条", "链主", "全产业链", "补链", "强链"],
  },
  {
    id: "enterprise",
    en: [
      "enterprise", "enterprises", "company", "companies", "firm", "firms", "business", "businesses", "corporation",
      "corporations", "corporate", "state-owned", "soe", "soes", "private sector", "startup", "startups", "employer",
      "employers",
    ],
    zh: [
      "企业", "公司", "国企", "民企", "央企", "集团", "商家", "厂商", "市场主体", "重点企业", "高新技术企业",
      "工业企业", "供电公司",
    ],
  },
  {
    id: "heavy-industry",
    en: [
      "heavy industry", "energy-intensive", "energy intensive", "high-emission", "high emission",
      "high-energy-consuming", "high energy consumption", "cement", "chemical industry", "chemicals", "petrochemical",
      "petrochemicals", "nonferrous", "non-ferrous", "aluminium", "aluminum", "glass", "building materials",
      "high-polluting", "refinery", "refineries",
    ],
    zh: ["高耗能", "高排放", "两高", "水泥", "化工", "石化", "有色", "电解铝", "建材", "玻璃", "重化工", "炼化"],
  },
  {
    id: "steel",
    en: [
      "steel", "iron and steel", "steelmaking", "steel mill", "steel mills", "steelworks", "steel plant",
      "steel plants", "ironmaking", "blast furnace", "electric arc furnace",
    ],
    zh: ["钢铁", "炼钢", "钢厂", "钢材", "炼铁", "高炉", "电炉"],
  },
  {
    id: "emerging-industries",
    en: [
      "new quality productive forces", "new-quality productive forces", "new productive forces", "emerging industries",
      "emerging industry", "strategic emerging industries", "future industries", "frontier industries",
      "sunrise industries",
    ],
    zh: ["新质生产力", "新兴产业", "战略性新兴产业", "未来产业", "朝阳产业"],
  },
  {
    id: "waste-heat",
    en: [
      "waste heat", "waste-heat", "residual heat", "heat recovery", "excess heat", "cogeneration",
      "combined heat and power", "chp", "trigeneration",
    ],
    zh: ["余热", "余热回收", "余热利用", "热电联产", "余压", "余热发电"],
  },

  // Generic policy words
  {
    id: "target",
    en: [
      "target", "targets", "targeted", "goal", "goals", "objective", "objectives", "aim", "aims", "milestone",
      "milestones", "benchmark year",
    ],
    zh: ["目标", "指标", "目标任务", "约束性指标", "预期目标", "碳中和目标", "双碳目标"],
  },
  {
    id: "plan",
    en: [
      "plan", "plans", "planned", "blueprint", "blueprints", "roadmap", "roadmaps", "road map", "programme", "program",
      "programmes", "programs", "scheme", "schemes", "five-year plan", "14th five-year plan", "15th five-year plan",
      "action plan", "action plans", "implementation plan", "work plan",
    ],
    zh: [
      "规划", "计划", "方案", "行动方案", "实施方案", "十四五", "十五五", "五年规划", "蓝图", "路线图", "行动计划",
      "工作方案", "城市规划", "国土空间规划", "空间规划", "总体规划", "控制性详细规划",
    ],
  },
  {
    id: "strategy",
    en: [
      "strategy", "strategies", "strategic", "framework", "frameworks", "pathway", "pathways", "path",
      "top-level design",
    ],
    zh: ["战略", "策略", "路径", "思路", "顶层设计", "实施路径", "战略性新兴产业"],
  },
  {
    id: "policy",
    en: [
      "policy", "policies", "policymaking", "policy measure", "policy measures", "measures", "measure", "initiative",
      "initiatives", "guiding opinions", "notice", "directive", "directives",
    ],
    zh: ["政策", "措施", "举措", "意见", "指导意见", "通知", "政策措施", "政策体系", "若干措施"],
  },
  {
    id: "implement",
    en: [
      "implement", "implementation", "implemented", "implementing", "carry out", "carried out", "execute", "execution",
      "put into practice", "roll out", "rollout", "rolled out", "deploy", "deployment", "deployed", "adopt", "adoption",
      "adopted", "launch", "launched",
    ],
    zh: ["实施", "落实", "推行", "推进", "执行", "推广", "开展", "部署", "启动", "落地", "实施方案", "实施路径"],
  },
  {
    id: "promote",
    en: [
      "promote", "promoted", "promoting", "encourage", "encouraged", "encouraging", "support", "supported",
      "supporting", "foster", "fostering", "facilitate", "guide", "guidance",
    ],
    zh: ["推动", "促进", "鼓励", "支持", "引导", "助推", "扶持", "资金支持"],
  },
  {
    id: "subsidy",
    en: [
      "subsidy", "subsidies", "subsidise", "subsidize", "subsidised", "subsidized", "incentive", "incentives", "reward",
      "rewards", "grant", "grants", "bonus", "rebate", "rebates", "financial support", "tax break", "tax breaks",
      "tax credit",
    ],
    zh: ["补贴", "补助", "奖励", "奖补", "激励", "资金支持", "财政补贴", "减免", "税收优惠"],
  },
  {
    id: "finance",
    en: [
      "finance", "financing", "financial", "green finance", "investment", "investments", "invest", "invested",
      "investor", "investors", "loan", "loans", "bond", "bonds", "green bond", "green bonds", "capital", "fund",
      "funds", "funding", "insurance",
    ],
    zh: [
      "金融", "绿色金融", "投资", "融资", "贷款", "债券", "绿色债券", "资金", "基金", "投入", "保险", "绿色信贷",
      "资金支持",
    ],
  },
  {
    id: "cost",
    en: [
      "cost", "costs", "price", "prices", "pricing", "tariff", "tariffs", "fee", "fees", "electricity price",
      "electricity prices", "cheap", "cheaper", "expensive", "affordable", "spending", "expenditure", "budget",
      "budgets",
    ],
    zh: ["成本", "价格", "电价", "费用", "收费", "电费", "预算", "支出", "分时电价", "峰谷电价"],
  },
  {
    id: "market",
    en: [
      "market", "markets", "market-based", "marketisation", "marketization", "market mechanism", "market-oriented",
      "marketplace",
    ],
    zh: ["市场", "市场化", "市场机制", "市场化运作", "碳市场", "市场主体", "农贸市场", "菜市场"],
  },
  {
    id: "development",
    en: [
      "development", "develop", "developed", "developing", "advance", "advancing", "progress", "progressed",
      "high-quality development", "sustainable development",
    ],
    zh: ["发展", "高质量发展", "可持续发展", "进展", "发展方式", "绿色发展", "协同发展", "循环发展"],
  },
  {
    id: "transformation",
    en: [
      "transformation", "transform", "transformed", "transforming", "transition", "transitions", "transitioning",
      "shift", "shifting", "shifted", "upgrade", "upgrading", "upgraded", "restructuring", "energy transition",
      "green transition", "conversion", "convert", "converted", "switch", "switching", "replace", "replacement",
      "replacing", "replaced", "substitution", "substitute",
    ],
    zh: [
      "转型", "转变", "升级", "转型升级", "绿色转型", "替代", "替换", "置换", "更替", "能源转型", "优化升级",
      "数字化转型", "升级改造", "电能替代",
    ],
  },
  {
    id: "growth",
    en: [
      "growth", "grow", "grows", "growing", "grew", "increase", "increased", "increases", "increasing", "rise", "rose",
      "rising", "risen", "expand", "expanded", "expansion", "boost", "boosted", "surge", "surged", "double", "doubled",
    ],
    zh: [
      "增长", "增加", "提高", "提升", "扩大", "上升", "增速", "增幅", "翻番", "翻一番", "同比增长", "经济增长",
      "提升改造",
    ],
  },
  {
    id: "reduction",
    en: [
      "reduce", "reduced", "reduces", "reducing", "reduction", "reductions", "cut", "cuts", "cutting", "decrease",
      "decreased", "decreases", "decline", "declined", "declines", "lower", "lowered", "lowering", "minimise",
      "minimize", "drop", "dropped", "fell", "fall", "curb", "curbed",
    ],
    zh: ["减少", "降低", "下降", "减量", "削减", "减量化", "压减", "遏制", "压降", "降低温度", "减量化资源化无害化"],
  },
  {
    id: "economy",
    en: ["economy", "economic", "economies", "gdp", "gross domestic product", "economically", "prosperity"],
    zh: [
      "经济", "地区生产总值", "国民经济", "经济增长", "生产总值", "单位地区生产总值", "单位生产总值", "经济技术开发区",
      "经济带", "长江经济带", "经济结构", "低空经济", "循环经济",
    ],
  },
  {
    id: "green",
    en: [
      "green", "greener", "eco-friendly", "environmentally friendly", "environment-friendly", "sustainable",
      "sustainability", "environmental", "environment",
    ],
    zh: [
      "绿色", "环境友好", "可持续", "环境", "绿色低碳", "绿色发展", "绿色生活", "绿色积分", "绿色工厂", "绿色制造",
      "绿色建筑", "绿色金融", "绿色债券", "绿色信贷", "可持续发展", "绿色转型", "生态环境部", "生态环境局", "热环境",
      "风环境", "水环境", "绿色空间", "生态环境", "环境保护", "环境整治", "绿色能源", "绿色电力", "绿色电力证书",
      "绿色甲醇", "绿色出行", "可持续航空燃料",
    ],
  },
  {
    id: "pollution",
    en: [
      "pollution", "pollutant", "pollutants", "polluting", "polluter", "polluters", "contamination", "contaminated",
      "contaminant", "contaminants", "pollution control",
    ],
    zh: ["污染", "污染物", "污染治理", "污染防治", "排污", "黑臭", "大气污染", "土壤污染", "白色污染"],
  },
  {
    id: "air-quality",
    en: [
      "air quality", "air pollution", "smog", "haze", "particulate matter", "blue sky", "blue skies", "clean air",
      "ozone", "fine particles",
    ],
    zh: ["空气质量", "大气", "雾霾", "蓝天", "优良天数", "臭氧", "大气污染", "细颗粒物", "蓝天保卫战"],
  },
  {
    id: "governance",
    en: [
      "mechanism", "mechanisms", "institutional", "institution", "institutions", "governance", "management", "manage",
      "managed", "managing", "administration", "administer", "coordination", "coordinate", "coordinated",
    ],
    zh: [
      "机制", "制度", "治理", "管理", "体制", "统筹", "协调", "长效机制", "能源管理", "合同能源管理", "管理平台",
      "市场机制", "污染治理", "管理局", "气候治理", "应急管理", "综合治理", "治理修复",
    ],
  },
  {
    id: "responsibility",
    en: [
      "responsibility", "responsibilities", "accountability", "accountable", "responsible", "duty", "duties",
      "obligation", "obligations", "in charge",
    ],
    zh: ["责任", "职责", "责任制", "主体责任", "问责", "责任清单"],
  },
  {
    id: "result",
    en: [
      "result", "results", "achievement", "achievements", "outcome", "outcomes", "effect", "effects", "impact",
      "impacts", "effectiveness", "accomplishment", "accomplishments", "success", "successful", "benefit", "benefits",
    ],
    zh: ["成效", "成果", "效果", "成就", "效益", "影响", "实效", "成绩", "降温效果"],
  },
  {
    id: "problem",
    en: [
      "problem", "problems", "challenge", "challenges", "difficulty", "difficulties", "issue", "issues", "bottleneck",
      "bottlenecks", "shortcoming", "shortcomings", "obstacle", "obstacles", "pressure", "constraint", "constraints",
    ],
    zh: ["问题", "挑战", "困难", "难题", "瓶颈", "短板", "压力", "痛点", "难点"],
  },
  {
    id: "future",
    en: [
      "future", "next step", "next steps", "prospect", "prospects", "outlook", "going forward", "upcoming",
      "in the coming years", "long-term", "long term",
    ],
    zh: ["未来", "下一步", "展望", "今后", "前景", "远景", "中长期", "未来产业"],
  },
  {
    id: "vision",
    en: [
      "vision", "concept", "concepts", "idea", "ideas", "philosophy", "principle", "principles", "thought", "thinking",
      "ideology", "notion", "mindset",
    ],
    zh: ["理念", "思想", "愿景", "理论", "原则", "观念", "思维", "两山理论"],
  },
  {
    id: "two-mountains",
    en: [
      "lucid waters", "lush mountains", "clear waters", "green mountains", "invaluable assets", "two mountains",
      "gold and silver mountains", "mountains of gold",
    ],
    zh: ["绿水青山", "金山银山", "两山", "两山理论", "青山绿水", "两山转化"],
  },
  {
    id: "ecological-civilization",
    en: [
      "ecological civilisation", "ecological civilization", "eco-civilisation", "eco-civilization", "beautiful china",
      "harmony with nature", "harmonious coexistence", "man and nature",
    ],
    zh: ["生态文明", "美丽中国", "人与自然和谐共生", "和谐共生", "生态文明建设", "美丽城市"],
  },
  {
    id: "ranking",
    en: [
      "ranking", "rankings", "rank", "ranked", "ranks", "first place", "top ten", "top five", "top spot", "number one",
      "leading position", "forefront", "pioneer", "pioneers", "pioneering", "frontrunner", "front-runner", "benchmark",
      "benchmarks", "first batch", "first-batch", "first-ever", "trailblazer", "largest", "biggest", "largest-scale",
      "greatest", "highest", "longest", "record-high", "record high",
    ],
    zh: [
      "排名", "位居", "首位", "第一", "领先", "前列", "标杆", "率先", "首个", "首批", "首创", "走在前列", "全国第一",
      "居首", "最大", "最高", "之最", "规模最大", "全国最大", "最长", "纪录", "率先达峰",
    ],
  },

  // Measurement words
  {
    id: "capacity",
    en: [
      "capacity", "capacities", "installed capacity", "installed", "installation", "installations",
      "generating capacity", "production capacity", "nameplate",
    ],
    zh: ["装机", "装机容量", "容量", "产能", "并网容量", "装机规模"],
  },
  {
    id: "grid-connection",
    en: [
      "grid connection", "grid-connected", "grid connected", "connected to the grid", "hooked up", "feed-in",
      "grid integration", "curtailment", "curtailed", "accommodation of renewables",
    ],
    zh: ["并网", "接入", "消纳", "弃风", "弃光", "入网", "上网电量", "并网容量", "就地消纳", "就近消纳"],
  },
  {
    id: "output-value",
    en: [
      "output value", "output", "production value", "gross output", "industrial output", "revenue", "revenues", "sales",
      "turnover", "operating income", "scale", "market size",
    ],
    zh: ["产值", "营收", "营业收入", "销售额", "规模", "总产值", "产业规模", "收入", "营业额", "规模最大", "装机规模"],
  },
  {
    id: "share",
    en: [
      "share", "shares", "proportion", "proportions", "percentage", "percentages", "percent", "per cent", "ratio",
      "ratios", "rate", "rates", "penetration", "penetration rate", "fraction", "portion", "accounts for",
      "account for", "accounting for", "coverage rate",
    ],
    zh: ["占比", "比例", "比重", "渗透率", "比率", "百分比", "份额", "覆盖率", "占据", "绿化覆盖率", "森林覆盖率"],
  },
  {
    id: "total",
    en: [
      "total", "totals", "totalled", "totaled", "cumulative", "cumulatively", "in total", "altogether", "overall",
      "aggregate", "accumulated", "so far", "to date", "sum",
    ],
    zh: ["累计", "总计", "合计", "总量", "共计", "总共", "累积", "总体", "共有", "排放总量", "总量和强度"],
  },
  {
    id: "per-capita",
    en: ["per capita", "per person", "per head", "per resident", "per-capita", "average per person"],
    zh: ["人均", "户均", "每人"],
  },
  {
    id: "kilometre",
    en: ["kilometre", "kilometres", "kilometer", "kilometers", "km", "kms", "mile", "miles"],
    zh: ["公里", "千米", "公里数", "平方公里", "平方千米"],
  },
  {
    id: "square-kilometre",
    en: [
      "square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "square metre",
      "square metres", "square meter", "square meters", "sqm", "floor area", "area of",
    ],
    zh: ["平方公里", "平方千米", "平方米", "万平方米", "面积", "占地"],
  },
  {
    id: "metre",
    en: ["metre", "metres", "meter", "meters", "length", "width", "height"],
    zh: ["长度", "宽度", "高度", "米宽", "延米", "米长"],
  },
  {
    id: "hectare",
    en: ["hectare", "hectares", "ha", "acre", "acres", "mu"],
    zh: ["公顷", "亩", "万亩"],
  },
  {
    id: "ton",
    en: [
      "ton", "tons", "tonne", "tonnes", "metric ton", "metric tons", "kiloton", "kilotons", "megaton", "megatons", "mt",
      "tce", "standard coal equivalent", "coal equivalent",
    ],
    zh: ["吨", "万吨", "亿吨", "吨标准煤", "吨标煤", "吨二氧化碳", "标准煤"],
  },
  {
    id: "kilowatt",
    en: [
      "kilowatt", "kilowatts", "kw", "megawatt", "megawatts", "mw", "gigawatt", "gigawatts", "gw", "watt", "watts",
      "terawatt", "terawatts", "power rating",
    ],
    zh: [
      "千瓦", "兆瓦", "吉瓦", "万千瓦", "亿千瓦", "功率", "千瓦时", "兆瓦时", "亿千瓦时", "万千瓦时", "大功率充电",
      "兆瓦超充",
    ],
  },
  {
    id: "kwh",
    en: [
      "kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours", "mwh", "gwh", "twh", "megawatt-hour",
      "megawatt-hours", "units of electricity",
    ],
    zh: ["千瓦时", "度电", "兆瓦时", "亿千瓦时", "万千瓦时"],
  },
  {
    id: "yuan",
    en: ["yuan", "rmb", "renminbi", "cny"],
    zh: ["元", "万元", "亿元", "人民币", "万元GDP"],
  },
  {
    id: "minutes",
    en: ["minute", "minutes", "min", "mins"],
    zh: ["分钟"],
  },
  {
    id: "hours",
    en: ["hour", "hours", "hourly"],
    zh: ["小时"],
  },
  {
    id: "annual",
    en: ["annual", "annually", "per year", "a year", "each year", "every year", "yearly", "per annum", "year-on-year"],
    zh: ["每年", "年均", "全年", "年度", "同比", "年平均", "同比增长"],
  },
  {
    id: "daily",
    en: ["daily", "per day", "a day", "each day", "every day"],
    zh: ["每天", "每日", "日均"],
  },
  {
    id: "unit",
    en: ["unit", "units", "block", "blocks", "plot", "plots", "parcel", "parcels", "land parcel", "land parcels"],
    zh: ["单元", "地块", "街坊", "宗地"],
  },
  {
    id: "diverse",
    en: ["diverse", "diversified", "diversify", "diversification", "multiple", "various", "varied", "multi-faceted"],
    zh: ["多元", "多元化", "多样", "多样化", "多种", "多渠道", "生物多样性"],
  },
  {
    id: "level",
    en: [
      "level", "levels", "grade", "grades", "tier", "tiers", "class", "classes", "category", "categories", "primary",
      "secondary", "first-level", "second-level", "hierarchy",
    ],
    zh: ["等级", "一级", "二级", "三级", "级别", "层级", "类别", "分级", "层面", "层次"],
  },

  // People, institutions and statements
  {
    id: "mayor",
    en: ["mayor", "mayors", "deputy mayor", "vice mayor", "vice-mayor", "acting mayor"],
    zh: ["市长", "副市长", "代市长", "前市长", "原市长"],
  },
  {
    id: "party-secretary",
    en: [
      "party secretary", "party secretaries", "party chief", "party chiefs", "party boss", "secretary",
      "municipal party secretary", "cpc secretary", "municipal party committee secretary", "party committee",
    ],
    zh: ["书记", "市委书记", "党委书记", "区委书记", "省委书记", "县委书记", "市委", "前书记", "原书记"],
  },
  {
    id: "leader",
    en: [
      "leader", "leaders", "leadership", "official", "officials", "head", "heads", "chief", "director", "directors",
      "chairman", "governor", "governors", "cadre", "cadres", "top official", "policymaker", "policymakers", "minister",
      "ministers", "president",
    ],
    zh: [
      "领导", "负责人", "主任", "局长", "干部", "官员", "主要领导", "领导人", "省长", "区长", "县长", "主席", "部长",
      "厅长",
    ],
  },
  {
    id: "former",
    en: [
      "former", "formerly", "previous", "predecessor", "predecessors", "ex-", "outgoing", "erstwhile", "one-time",
      "then-mayor", "then mayor", "then party secretary", "retired",
    ],
    zh: ["前任", "前市长", "前书记", "原任", "时任", "曾任", "原市长", "原书记", "卸任"],
  },
  {
    id: "current",
    en: [
      "current", "currently", "incumbent", "present", "presently", "at present", "nowadays", "sitting", "new mayor",
      "latest",
    ],
    zh: ["现任", "当前", "新任", "最新", "眼下"],
  },
  {
    id: "say",
    en: [
      "say", "says", "said", "saying", "state", "stated", "statement", "statements", "quote", "quoted", "quotes",
      "quotation", "remark", "remarks", "words", "view", "views", "comment", "comments", "commented", "told",
      "emphasise", "emphasize", "emphasised", "emphasized", "pointed out", "speech", "speeches", "interview",
      "interviews", "stance", "position on",
    ],
    zh: [
      "指出", "表示", "说", "讲", "强调", "谈到", "观点", "认为", "讲话", "发言", "采访", "致辞", "看法", "所说",
      "表态", "原话",
    ],
  },
  {
    id: "meeting",
    en: [
      "conference", "conferences", "forum", "forums", "summit", "summits", "session", "sessions", "symposium",
      "congress", "plenary", "press conference", "briefing", "briefings", "cop", "expo", "exhibition",
    ],
    zh: ["会议", "大会", "论坛", "峰会", "发布会", "新闻发布会", "座谈会", "两会", "全会", "常务会议", "博览会"],
  },
  {
    id: "report",
    en: [
      "government work report", "work report", "report", "reports", "white paper", "bulletin", "bulletins", "yearbook",
      "communique", "communiqué", "news release", "press release",
    ],
    zh: ["政府工作报告", "工作报告", "报告", "白皮书", "公报", "年鉴", "通报", "新闻稿"],
  },
  {
    id: "expert",
    en: [
      "expert", "experts", "scholar", "scholars", "researcher", "researchers", "professor", "professors", "academic",
      "academics", "academician", "scientist", "scientists", "think tank", "think tanks", "analyst", "analysts",
      "institute", "institutes",
    ],
    zh: ["专家", "学者", "研究员", "教授", "院士", "科学家", "研究院", "智库", "研究所", "研究中心"],
  },
  {
    id: "residents",
    en: [
      "resident", "residents", "population", "populations", "people", "citizen", "citizens", "inhabitant",
      "inhabitants", "locals", "populace", "permanent residents", "permanent population", "general public",
    ],
    zh: ["居民", "人口", "常住人口", "市民", "群众", "老百姓", "公众", "人民群众", "户籍人口", "居民家庭", "公众参与"],
  },
  {
    id: "volunteer",
    en: [
      "volunteer", "volunteers", "volunteering", "participation", "participate", "participated", "public participation",
      "engagement", "involvement", "grassroots", "social organisation", "social organization", "ngo", "ngos",
    ],
    zh: ["志愿者", "参与", "公众参与", "社会组织", "全民参与", "志愿服务", "共建共治"],
  },
  {
    id: "jobs",
    en: [
      "job", "jobs", "employment", "employ", "employed", "employee", "employees", "worker", "workers", "workforce",
      "labour", "labor", "green jobs", "staff",
    ],
    zh: ["就业", "岗位", "员工", "职工", "工人", "劳动力", "从业人员", "职工食堂"],
  },
  {
    id: "national",
    en: [
      "national", "nationwide", "country", "countrywide", "state-level", "central government", "state council", "ndrc",
      "ministry", "ministries", "across the country", "whole country",
    ],
    zh: ["国家", "全国", "国务院", "国家发展改革委", "部委", "中央", "国家级", "生态环境部", "全国第一", "全国最大"],
  },
  {
    id: "provincial",
    en: ["province", "provinces", "provincial", "provincial-level", "autonomous region", "autonomous regions"],
    zh: ["省级", "全省", "自治区", "省内", "省政府", "省份"],
  },
  {
    id: "bureau",
    en: [
      "bureau", "bureaus", "department", "departments", "commission", "commissions", "administration bureau", "agency",
      "agencies", "office", "offices", "ecology and environment bureau", "development and reform commission",
      "housing bureau", "urban-rural development",
    ],
    zh: [
      "委员会", "部门", "生态环境局", "发改委", "住建局", "住建", "发展改革委", "管理局", "发展和改革委员会",
      "住房和城乡建设", "政府部门", "国家发展改革委",
    ],
  },
  {
    id: "cooperation",
    en: [
      "cooperation", "co-operation", "collaboration", "collaborate", "collaborative", "partnership", "partnerships",
      "partner", "partners", "joint", "jointly", "international cooperation", "sister city", "sister cities",
      "alliance", "alliances", "twinning",
    ],
    zh: [
      "合作", "协作", "伙伴", "联合", "交流", "国际合作", "联盟", "友好城市", "协同", "结对", "协同发展", "区域协同",
      "多能协同", "源网荷储协同", "车路协同",
    ],
  },
  {
    id: "world",
    en: [
      "world", "global", "globally", "worldwide", "international", "internationally", "overseas", "abroad", "foreign",
    ],
    zh: ["世界", "全球", "国际", "海外", "境外", "国外", "国际上", "国际合作", "全球变暖"],
  },

  // City and urban form
  {
    id: "city",
    en: [
      "city", "cities", "urban", "municipal", "municipality", "municipalities", "metropolis", "metropolitan", "town",
      "towns", "citywide", "city-wide",
    ],
    zh: [
      "城市", "市区", "都市", "城区", "全市", "城镇", "市域", "主城区", "试点城市", "城市信息模型", "城市信息模型平台",
      "三维城市模型", "美丽城市", "友好城市", "超大城市", "特大城市", "大城市", "超大特大城市", "一线城市", "城市群",
      "都市圈", "城市规划", "城市设计", "城市更新", "人民城市", "城市风貌", "城市热岛", "城市气候", "城市风道",
      "城市内涝", "海绵城市", "韧性城市", "气候适应型城市", "公园城市", "森林城市", "公交都市", "城市配送", "无废城市",
      "无废城市建设", "城市垃圾",
    ],
  },
  {
    id: "district",
    en: [
      "district", "districts", "county", "counties", "borough", "boroughs", "subdistrict", "subdistricts",
      "county-level",
    ],
    zh: ["区县", "辖区", "县区", "行政区", "县域", "区级", "县级"],
  },
  {
    id: "community",
    en: [
      "community", "communities", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
      "residential area", "residential areas", "residential compound", "residential compounds",
    ],
    zh: ["社区", "小区", "街道", "居住区", "片区", "街区", "住宅小区", "老旧小区", "无废社区"],
  },
  {
    id: "rural",
    en: [
      "rural", "village", "villages", "countryside", "township", "townships", "rural area", "rural areas", "villager",
      "villagers",
    ],
    zh: ["农村", "乡村", "乡镇", "村庄", "村民", "乡村振兴", "美丽乡村"],
  },
  {
    id: "agriculture",
    en: [
      "agriculture", "agricultural", "farm", "farms", "farming", "farmland", "farmer", "farmers", "crop", "crops",
      "cropland", "fishery", "fisheries", "livestock",
    ],
    zh: ["农业", "农田", "耕地", "农户", "农民", "种植", "渔业", "畜牧"],
  },
  {
    id: "megacity",
    en: [
      "megacity", "megacities", "mega city", "mega cities", "mega-city", "supercity", "super-large city",
      "super large city", "megalopolis", "large city", "large cities", "big city", "big cities", "major city",
      "major cities",
    ],
    zh: ["超大城市", "特大城市", "大城市", "超大特大城市", "一线城市"],
  },
  {
    id: "regional",
    en: [
      "regional", "region", "regions", "cross-regional", "cross-border", "integration", "metropolitan area",
      "urban agglomeration", "urban agglomerations", "city cluster", "city clusters", "economic belt",
      "coordinated development", "city circle",
    ],
    zh: ["区域", "城市群", "都市圈", "一体化", "协同发展", "经济带", "跨区域", "区域协同", "长江经济带"],
  },
  {
    id: "urban-planning",
    en: [
      "urban planning", "city planning", "spatial planning", "land use", "land-use", "master plan",
      "territorial planning", "urban design", "regulatory plan", "detailed plan", "spatial layout", "urban form",
    ],
    zh: [
      "城市规划", "国土空间规划", "空间规划", "用地", "控规", "总体规划", "城市设计", "土地利用", "国土空间",
      "空间布局", "控制性详细规划",
    ],
  },
  {
    id: "density",
    en: [
      "density", "dense", "densely", "high-density", "compact", "crowded", "built-up", "building density",
      "floor area ratio", "plot ratio",
    ],
    zh: ["密度", "高密度", "紧凑", "容积率", "建筑密度", "密集", "建成区"],
  },
  {
    id: "urban-renewal",
    en: [
      "urban renewal", "urban regeneration", "renovation", "renovations", "renovate", "renovated", "retrofit",
      "retrofits", "retrofitting", "retrofitted", "old neighbourhood", "old neighbourhoods", "old neighborhood",
      "old neighborhoods", "old residential", "redevelopment", "refurbishment", "refurbish",
    ],
    zh: ["城市更新", "改造", "老旧小区", "旧改", "更新改造", "提升改造", "升级改造", "城中村", "节能改造"],
  },
  {
    id: "infrastructure",
    en: [
      "infrastructure", "infrastructures", "facility", "facilities", "pipeline", "pipelines", "pipe network",
      "pipe networks", "underground pipe", "utility tunnel", "utility tunnels", "municipal facilities",
    ],
    zh: [
      "基础设施", "设施", "管网", "地下管廊", "综合管廊", "管道", "市政设施", "新基建", "排水管网", "污水管网",
      "储能设施", "管道燃气", "充电设施", "充电基础设施",
    ],
  },
  {
    id: "completion",
    en: [
      "completed", "completion", "put into operation", "put into service", "came online", "come online",
      "went into operation", "in operation", "operational", "inaugurated", "up and running", "finished",
    ],
    zh: ["建成", "投运", "投产", "投入使用", "投入运营", "竣工", "建成投运", "完工"],
  },
  {
    id: "livability",
    en: [
      "liveable", "livable", "livability", "liveability", "quality of life", "wellbeing", "well-being", "comfort",
      "comfortable", "happiness", "people-centred", "people-centered", "people's livelihood", "livelihood",
      "livelihoods",
    ],
    zh: ["宜居", "民生", "幸福感", "获得感", "舒适", "人民城市", "宜业", "舒适度", "安全感", "热舒适"],
  },
  {
    id: "health",
    en: [
      "health", "healthy", "public health", "heatstroke", "heat stroke", "heat illness", "disease", "diseases",
      "hospital", "hospitals", "medical", "elderly", "vulnerable", "vulnerable groups", "outdoor workers",
    ],
    zh: ["健康", "中暑", "公共卫生", "医院", "医疗", "老年人", "热射病", "户外劳动者", "弱势群体", "医疗废物"],
  },
  {
    id: "safety",
    en: [
      "safety", "safe", "security", "secure", "energy security", "food security", "grain security", "reliability",
      "reliable", "stable", "stability", "guarantee", "guaranteed",
    ],
    zh: ["安全", "能源安全", "粮食安全", "保障", "可靠", "稳定", "保供", "安全保障", "安全感"],
  },
  {
    id: "roof",
    en: [
      "roof", "roofs", "rooftop", "rooftops", "green roof", "green roofs", "roof garden", "roof gardens",
      "vertical greening", "green wall", "green walls", "facade", "façade", "facades",
    ],
    zh: ["屋顶", "屋面", "屋顶绿化", "立体绿化", "垂直绿化", "外墙", "楼顶", "墙面", "屋顶光伏"],
  },
  {
    id: "lighting",
    en: [
      "street lighting", "street light", "street lights", "streetlight", "streetlights", "led lighting", "led lights",
      "public lighting", "lamp", "lamps", "illumination",
    ],
    zh: ["照明", "路灯", "灯具", "节能灯", "亮化", "照明系统"],
  },
  {
    id: "commerce",
    en: [
      "shopping mall", "shopping malls", "mall", "malls", "supermarket", "supermarkets", "retail", "retailer",
      "retailers", "shop", "shops", "convenience store", "convenience stores", "wet market", "farmers market",
      "commercial",
    ],
    zh: ["商场", "超市", "商超", "零售", "农贸市场", "菜市场", "商店", "商业", "商圈", "商业建筑", "商业综合体"],
  },
  {
    id: "tourism",
    en: [
      "tourism", "tourist", "tourists", "visitor", "visitors", "sightseeing", "leisure", "recreation", "recreational",
      "tourist attraction", "scenic area", "scenic spot",
    ],
    zh: ["旅游", "游客", "文旅", "休闲", "游憩", "观光", "景区", "游览"],
  },
  {
    id: "culture",
    en: [
      "culture", "cultural", "heritage", "history", "historic", "historical", "tradition", "traditional", "humanities",
      "cultural relics",
    ],
    zh: ["文化", "历史", "传统", "遗产", "人文", "文脉", "历史文化", "文物"],
  },
  {
    id: "landscape",
    en: [
      "landscape", "landscapes", "landscaping", "scenery", "scenic", "vista", "vistas", "skyline", "aesthetic",
      "aesthetics", "beautiful", "beauty", "townscape", "cityscape",
    ],
    zh: ["景观", "风景", "景色", "风貌", "美景", "城市风貌", "天际线", "颜值"],
  },

  // Heat, wind and ventilation
  {
    id: "heat",
    en: [
      "heat", "hot", "heatwave", "heatwaves", "heat wave", "heat waves", "extreme heat", "high temperature",
      "high temperatures", "scorching", "sweltering", "hottest", "hotter", "temperature", "temperatures",
    ],
    zh: [
      "高温", "炎热", "酷热", "热浪", "热环境", "气温", "温度", "酷暑", "高温天气", "极端高温", "闷热", "降低温度",
      "地表温度",
    ],
  },
  {
    id: "urban-heat-island",
    en: ["urban heat island", "heat island", "heat-island", "heat islands", "uhi", "heat island effect"],
    zh: ["热岛", "热岛效应", "城市热岛", "热岛强度"],
  },
  {
    id: "cooling",
    en: [
      "cool", "cooling", "cooler", "cooled", "cool down", "lower temperature", "lower temperatures",
      "reduce temperature", "temperature reduction", "shade", "shading", "shaded", "refreshing", "coolness",
    ],
    zh: ["清凉", "降温", "凉爽", "纳凉", "遮阴", "降低温度", "冷却", "遮荫", "消暑", "降温效果", "清凉驿站", "纳凉点"],
  },
  {
    id: "cooling-shelter",
    en: [
      "cooling centre", "cooling center", "cooling centres", "cooling centers", "cooling shelter", "cooling shelters",
      "cool spot", "cool spots", "heat refuge", "heat refuges", "air-conditioned shelter", "rest station",
      "rest stations",
    ],
    zh: ["清凉驿站", "避暑", "纳凉点", "避暑点", "爱心驿站", "驿站", "避暑场所"],
  },
  {
    id: "microclimate",
    en: [
      "microclimate", "micro-climate", "microclimates", "thermal comfort", "urban climate", "local climate",
      "surface temperature", "land surface temperature", "thermal environment",
    ],
    zh: ["微气候", "热舒适", "城市气候", "地表温度", "局地气候", "小气候"],
  },
  {
    id: "ventilation",
    en: [
      "ventilation", "ventilate", "ventilated", "ventilating", "airflow", "air flow", "airflows", "breeze", "breezes",
      "air circulation", "fresh air", "air exchange",
    ],
    zh: [
      "通风", "引风", "导风", "空气流通", "新风", "通风量", "空气交换", "通风廊道", "通风走廊", "引风廊道", "通风道",
    ],
  },
  {
    id: "wind",
    en: [
      "wind", "winds", "windy", "gust", "gusts", "wind speed", "wind direction", "prevailing wind", "sea breeze",
      "monsoon", "wind environment",
    ],
    zh: ["风向", "风速", "季风", "风环境", "主导风向", "盛行风", "自然风", "海风", "湖风", "江风", "山谷风", "风频"],
  },
  {
    id: "corridor",
    en: [
      "corridor", "corridors", "channel", "channels", "passageway", "passageways", "belt", "belts", "greenway",
      "greenways", "axis", "axes",
    ],
    zh: [
      "廊道", "走廊", "通道", "绿廊", "绿道", "生态廊道", "绿带", "轴线", "通风廊道", "通风走廊", "引风廊道",
      "过江通道",
    ],
  },
  {
    id: "ventilation-corridor",
    en: [
      "ventilation corridor", "ventilation corridors", "wind corridor", "wind corridors", "air corridor",
      "air corridors", "wind path", "wind paths", "ventilation channel", "ventilation channels", "air path",
      "air paths",
    ],
    zh: ["通风廊道", "风道", "城市风道", "通风走廊", "引风廊道", "风廊", "通风道"],
  },
  {
    id: "summer",
    en: ["summer", "summers", "summertime", "dog days", "midsummer", "hot season"],
    zh: ["夏季", "夏天", "盛夏", "三伏", "伏天", "入夏", "夏日"],
  },
  {
    id: "winter",
    en: ["winter", "winters", "wintertime", "cold", "cold wave", "cold waves", "freezing", "snow", "snowfall"],
    zh: ["冬季", "冬天", "寒潮", "低温", "严寒", "降雪", "寒冷"],
  },
  {
    id: "weather",
    en: [
      "weather", "meteorological", "meteorology", "meteorologist", "forecast", "forecasts", "forecasting",
      "early warning", "warning", "warnings", "alert", "alerts",
    ],
    zh: ["气象", "天气", "预报", "预警", "气象局", "气象台", "红色预警", "高温天气", "极端天气", "气象灾害"],
  },
  {
    id: "climate-change",
    en: [
      "climate", "climate change", "global warming", "warming", "climate crisis", "climate action", "climate policy",
      "climatic", "climate goals",
    ],
    zh: [
      "气候", "气候变化", "全球变暖", "应对气候变化", "气候行动", "升温", "气候治理", "微气候", "城市气候", "局地气候",
      "小气候", "气候适应", "适应气候变化", "气候适应型城市", "气候韧性",
    ],
  },
  {
    id: "heating",
    en: [
      "district heating", "central heating", "space heating", "winter heating", "heat supply", "clean heating",
      "boiler", "boilers", "radiator", "radiators", "heating season",
    ],
    zh: ["供暖", "供热", "集中供热", "清洁取暖", "取暖", "锅炉", "采暖", "供暖季"],
  },
  {
    id: "air-conditioning",
    en: [
      "air conditioning", "air-conditioning", "air conditioner", "air conditioners", "air-conditioned", "hvac",
      "district cooling", "chiller", "chillers", "refrigeration", "cold storage",
    ],
    zh: ["空调", "制冷", "区域供冷", "冷源", "冷站", "冷库", "集中供冷"],
  },

  // Water, rivers, floods and sponge city
  {
    id: "river",
    en: [
      "river", "rivers", "riverside", "riverine", "waterway", "waterways", "stream", "streams", "creek", "creeks",
      "canal", "canals", "tributary", "tributaries", "river basin", "watershed",
    ],
    zh: ["河流", "河道", "江河", "水系", "河湖", "运河", "江面", "沿河", "流域", "支流", "河段", "河长制", "长江流域"],
  },
  {
    id: "yangtze",
    en: ["yangtze", "yangtze river", "chang jiang", "changjiang", "yangtze river economic belt", "yangtze protection"],
    zh: ["长江", "长江经济带", "长江大保护", "长江流域", "长江沿线", "长江大桥"],
  },
  {
    id: "riverfront",
    en: [
      "riverbank", "riverbanks", "river bank", "river banks", "riverfront", "riverfronts", "waterfront", "waterfronts",
      "shore", "shores", "shoreline", "shorelines", "beach", "beaches", "foreshore", "river beach", "floodplain",
      "floodplains", "mudflat", "mudflats",
    ],
    zh: [
      "江滩", "滨江", "滨水", "岸线", "河岸", "江岸", "沿江", "滩涂", "沙滩", "河滩", "滩", "滨河", "亲水", "海岸线",
    ],
  },
  {
    id: "embankment",
    en: [
      "embankment", "embankments", "levee", "levees", "dike", "dikes", "dyke", "dykes", "flood wall", "flood walls",
      "seawall", "seawalls", "revetment",
    ],
    zh: ["堤防", "堤坝", "江堤", "河堤", "大堤", "堤岸", "护岸", "海堤", "防洪堤"],
  },
  {
    id: "bridge",
    en: ["bridge", "bridges", "overpass", "overpasses", "viaduct", "viaducts", "river crossing"],
    zh: ["大桥", "桥梁", "桥", "长江大桥", "过江通道", "高架"],
  },
  {
    id: "sluice",
    en: [
      "sluice", "sluices", "sluice gate", "sluice gates", "floodgate", "floodgates", "dam", "dams", "pumping station",
      "pumping stations", "pump station", "pump stations", "ship lock", "barrage",
    ],
    zh: ["闸", "水闸", "闸门", "泵站", "船闸", "大坝", "水坝", "闸站", "排涝泵站"],
  },
  {
    id: "flood",
    en: [
      "flood", "floods", "flooding", "flooded", "inundation", "inundated", "waterlogging", "waterlogged",
      "flood control", "flood prevention", "flood protection", "urban flooding", "flood season", "deluge",
      "flash flood",
    ],
    zh: [
      "防洪", "洪水", "内涝", "洪涝", "防汛", "汛期", "积水", "排涝", "水患", "城市内涝", "防涝", "防洪堤", "排涝泵站",
    ],
  },
  {
    id: "rain",
    en: [
      "rain", "rains", "rainfall", "rainwater", "rainstorm", "rainstorms", "heavy rain", "torrential rain",
      "precipitation", "downpour", "downpours", "storm", "storms", "stormwater", "storm water", "rainwater harvesting",
    ],
    zh: ["降雨", "雨水", "暴雨", "降水", "强降雨", "雨洪", "雨量", "雨水收集", "雨水花园"],
  },
  {
    id: "sponge-city",
    en: [
      "sponge", "sponge city", "sponge cities", "sponge-city", "permeable", "permeable pavement", "permeable paving",
      "rain garden", "rain gardens", "low impact development", "bioswale", "bioswales", "sunken green space",
    ],
    zh: ["海绵", "海绵城市", "透水", "透水铺装", "雨水花园", "下沉式绿地", "透水砖", "植草沟", "海绵化"],
  },
  {
    id: "resilience",
    en: [
      "resilience", "resilient", "resilient city", "resilient cities", "adaptation", "adapt", "adaptive",
      "climate adaptation", "climate-adaptive", "climate resilient", "climate-resilient",
    ],
    zh: ["韧性", "韧性城市", "适应", "气候适应", "适应气候变化", "气候适应型城市", "气候韧性"],
  },
  {
    id: "disaster",
    en: [
      "disaster", "disasters", "disaster prevention", "disaster reduction", "disaster relief", "hazard", "hazards",
      "emergency", "emergencies", "risk", "risks", "extreme weather", "calamity", "catastrophe",
    ],
    zh: ["灾害", "防灾", "减灾", "防灾减灾", "应急", "风险", "极端天气", "灾情", "应急管理", "气象灾害"],
  },
  {
    id: "drought",
    en: ["drought", "droughts", "dry spell", "water shortage", "water shortages", "water scarcity", "arid"],
    zh: ["干旱", "旱情", "缺水", "水资源短缺", "抗旱", "旱灾"],
  },
  {
    id: "typhoon",
    en: ["typhoon", "typhoons", "tropical storm", "tropical storms", "cyclone", "cyclones", "hurricane", "hurricanes"],
    zh: ["台风", "热带风暴", "气旋", "热带气旋"],
  },
  {
    id: "water",
    en: [
      "water", "water resources", "water quality", "water environment", "water body", "water bodies", "water supply",
      "water use", "water saving", "water-saving", "drinking water",
    ],
    zh: ["水资源", "水质", "水环境", "水体", "用水", "供水", "节水", "饮用水", "水生态", "水资源短缺"],
  },
  {
    id: "lake",
    en: [
      "lake", "lakes", "pond", "ponds", "reservoir", "reservoirs", "wetland", "wetlands", "marsh", "marshes", "swamp",
      "wetland park", "wetland parks",
    ],
    zh: ["湖泊", "湿地", "水库", "池塘", "湖泊湿地", "湿地公园", "湖区", "湖畔"],
  },
  {
    id: "wastewater",
    en: [
      "wastewater", "waste water", "sewage", "effluent", "sewer", "sewers", "drainage", "drain", "drains",
      "sewage treatment", "water treatment", "reclaimed water", "sewerage", "combined sewer",
    ],
    zh: ["污水", "废水", "排水", "污水处理", "再生水", "中水", "雨污分流", "排水管网", "污水管网"],
  },
  {
    id: "sea",
    en: [
      "sea", "seas", "ocean", "oceans", "coast", "coasts", "coastal", "coastline", "coastlines", "marine", "bay",
      "bays", "estuary", "estuaries", "sea level", "sea-level", "sea level rise",
    ],
    zh: ["海洋", "沿海", "海岸", "海岸线", "海湾", "海域", "河口", "海岛", "海平面", "近海", "入海口"],
  },
  {
    id: "mountain",
    en: [
      "mountain", "mountains", "hill", "hills", "hillside", "hillsides", "mountainous", "ridge", "ridges", "slope",
      "slopes", "valley", "valleys",
    ],
    zh: ["山体", "山脉", "山地", "丘陵", "山林", "山坡", "山区", "山谷", "山谷风"],
  },

  // Green space, ecology and carbon sinks
  {
    id: "oxygen",
    en: [
      "oxygen", "oxygen release", "oxygen production", "release oxygen", "releases oxygen", "produce oxygen",
      "negative oxygen ions", "negative ions",
    ],
    zh: ["氧气", "释氧", "制氧", "负氧离子", "供氧", "产氧", "释放氧气", "固碳释氧"],
  },
  {
    id: "carbon-sink",
    en: [
      "carbon sink", "carbon sinks", "sequestration", "carbon sequestration", "sequester", "sequesters", "sequestered",
      "carbon absorption", "absorb carbon", "absorbs carbon", "carbon storage", "carbon stock", "carbon stocks",
      "blue carbon", "carbon uptake",
    ],
    zh: ["碳汇", "固碳", "碳吸收", "增汇", "林业碳汇", "蓝碳", "碳储量", "吸收二氧化碳", "碳汇能力", "固碳释氧"],
  },
  {
    id: "ccus",
    en: [
      "ccus", "ccs", "carbon capture", "carbon capture and storage", "carbon capture and utilisation",
      "carbon capture and utilization", "direct air capture",
    ],
    zh: ["碳捕集", "碳捕集利用与封存", "碳封存", "碳捕获", "二氧化碳捕集"],
  },
  {
    id: "green-space",
    en: [
      "green space", "green spaces", "greenspace", "greenery", "green area", "green areas", "urban greening",
      "green land", "green cover", "green coverage", "vegetation", "lawn", "lawns", "garden", "gardens", "park",
      "parks", "parkland", "pocket park", "pocket parks", "urban forest", "country park",
    ],
    zh: [
      "绿地", "绿色空间", "绿化", "公园", "绿化覆盖率", "口袋公园", "园林", "花园", "绿植", "植被", "绿地率",
      "郊野公园", "公园城市", "屋顶绿化", "立体绿化", "垂直绿化", "雨水花园", "下沉式绿地", "湿地公园",
    ],
  },
  {
    id: "forest",
    en: [
      "tree", "trees", "forest", "forests", "forestry", "woodland", "woodlands", "woods", "afforestation",
      "reforestation", "tree planting", "plant trees", "planting trees", "tree canopy", "canopy", "shrub", "shrubs",
    ],
    zh: [
      "树木", "森林", "林业", "造林", "植树", "植树造林", "林地", "乔木", "森林覆盖率", "行道树", "林木", "灌木",
      "森林城市", "林业碳汇",
    ],
  },
  {
    id: "ecology",
    en: [
      "ecology", "ecological", "ecologically", "ecosystem", "ecosystems", "biodiversity", "nature", "habitat",
      "habitats", "wildlife", "species", "eco",
    ],
    zh: [
      "生态", "生态系统", "生物多样性", "生态环境", "栖息地", "野生动物", "物种", "生境", "生态文明", "生态文明建设",
      "生态环境部", "生态环境局", "生态廊道", "水生态", "生态保护", "生态红线", "生态修复",
    ],
  },
  {
    id: "protection",
    en: [
      "protection", "protect", "protected", "protecting", "preserve", "preserved", "preservation", "safeguard",
      "safeguarding", "environmental protection", "ecological protection", "conservation area", "nature reserve",
      "nature reserves", "protected area", "protected areas", "red line", "ecological red line",
    ],
    zh: ["保护", "生态保护", "环境保护", "环保", "自然保护区", "保护区", "生态红线", "红线", "保护地", "长江大保护"],
  },
  {
    id: "restoration",
    en: [
      "restoration", "restore", "restored", "restoring", "rehabilitation", "rehabilitate", "rehabilitated",
      "remediation", "remediate", "remediated", "regeneration", "rejuvenation", "revitalisation", "revitalization",
      "clean-up", "cleanup",
    ],
    zh: ["修复", "生态修复", "整治", "复绿", "恢复", "综合治理", "环境整治", "治理修复"],
  },
  {
    id: "land",
    en: [
      "land", "lands", "soil", "soils", "brownfield", "brownfields", "land reclamation", "mining area",
      "abandoned mine",
    ],
    zh: ["土地", "土壤", "棕地", "土壤污染", "矿山", "废弃矿山", "矿区", "土地利用"],
  },

  // Renewable and clean energy
  {
    id: "renewable",
    en: [
      "renewable", "renewables", "renewable energy", "clean energy", "clean", "green energy", "non-fossil",
      "non fossil", "alternative energy", "new energy", "sustainable energy", "low-carbon energy",
    ],
    zh: [
      "可再生", "可再生能源", "清洁能源", "清洁", "非化石", "非化石能源", "洁净", "新能源", "绿色能源", "清洁低碳",
      "清洁取暖", "清洁电力", "新能源汽车", "新能源车", "新能源车辆", "新能源公交",
    ],
  },
  {
    id: "green-electricity",
    en: [
      "green electricity", "green power", "green certificate", "green certificates", "renewable energy certificate",
      "renewable energy certificates", "recs", "green power trading", "green electricity trading", "clean electricity",
      "clean power",
    ],
    zh: ["绿电", "绿证", "绿电交易", "绿色电力", "绿色电力证书", "清洁电力", "绿电直供"],
  },
  {
    id: "wind-power",
    en: [
      "wind power", "wind energy", "wind turbine", "wind turbines", "wind farm", "wind farms", "offshore wind",
      "onshore wind", "wind generation", "wind capacity", "wind-power", "wind park",
    ],
    zh: ["风电", "风能", "风力发电", "风机", "海上风电", "风电场", "陆上风电", "风力", "风电机组"],
  },
  {
    id: "solar",
    en: [
      "solar", "solar power", "solar energy", "photovoltaic", "photovoltaics", "pv", "solar panel", "solar panels",
      "solar farm", "solar farms", "rooftop solar", "distributed solar", "solar cell", "solar cells", "solar module",
      "solar modules",
    ],
    zh: ["光伏", "太阳能", "光伏发电", "分布式光伏", "屋顶光伏", "光伏板", "光电", "光伏组件", "光伏电站", "风光电"],
  },
  {
    id: "wind-solar",
    en: ["wind and solar", "wind-solar", "wind solar", "wind and photovoltaic", "wind-pv", "solar and wind"],
    zh: ["风光", "风光储", "风光互补", "风光发电", "风光电"],
  },
  {
    id: "hydropower",
    en: [
      "hydropower", "hydro", "hydroelectric", "hydroelectricity", "pumped storage", "pumped hydro", "pumped-storage",
      "hydropower station",
    ],
    zh: ["水电", "水力发电", "抽水蓄能", "水能", "水电站"],
  },
  {
    id: "nuclear",
    en: ["nuclear", "nuclear power", "nuclear energy", "nuclear plant", "nuclear plants", "atomic"],
    zh: ["核电", "核能", "核电站", "核电机组"],
  },
  {
    id: "biomass",
    en: ["biomass", "biogas", "bioenergy", "biofuel", "biofuels", "landfill gas", "biomethane"],
    zh: ["生物质", "沼气", "生物燃料", "生物质能", "生物天然气", "生物质发电"],
  },
  {
    id: "geothermal",
    en: [
      "geothermal", "ground source", "ground-source", "heat pump", "heat pumps", "ground-source heat pump",
      "air-source heat pump", "air source heat pump",
    ],
    zh: ["地热", "地源热泵", "热泵", "空气源热泵", "水源热泵", "地热能"],
  },
  {
    id: "distributed-energy",
    en: [
      "distributed", "distributed energy", "distributed generation", "decentralised", "decentralized",
      "on-site generation", "self-generation", "self-consumption", "prosumer", "prosumers",
    ],
    zh: ["分布式", "分布式能源", "就地消纳", "自发自用", "余电上网", "就近消纳", "分布式光伏"],
  },
  {
    id: "integrated-energy",
    en: [
      "integrated energy", "multi-energy", "multi-energy complementarity", "energy internet", "energy hub",
      "hybrid system", "complementary", "complementarity",
    ],
    zh: ["综合能源", "多能互补", "能源互联网", "互补", "多能协同", "综合能源服务", "风光互补", "综合能源站"],
  },
  {
    id: "energy-mix",
    en: [
      "energy mix", "energy structure", "power mix", "generation mix", "fuel mix", "electricity mix",
      "energy portfolio",
    ],
    zh: ["能源结构", "电源结构", "能源消费结构", "电力结构", "能源体系"],
  },
  {
    id: "industrial-structure",
    en: [
      "industrial structure", "economic structure", "industrial restructuring", "structural adjustment",
      "structural optimisation", "structural optimization",
    ],
    zh: ["产业结构", "经济结构", "结构调整", "结构优化", "调结构"],
  },

  // Power system, storage and fuels
  {
    id: "electricity",
    en: [
      "electricity", "electric power", "power", "power generation", "generate electricity", "generates electricity",
      "generating electricity", "generation", "electrical",
    ],
    zh: [
      "电力", "发电", "电能", "发电量", "供电", "电力供应", "电量", "用电量", "余热发电", "上网电量", "绿色电力",
      "绿色电力证书", "清洁电力", "风力发电", "光伏发电", "风光发电", "水力发电", "生物质发电", "电力结构", "发电厂",
      "发电站", "供电公司", "焚烧发电", "垃圾发电", "垃圾焚烧发电", "充电量", "电能替代",
    ],
  },
  {
    id: "power-plant",
    en: [
      "power plant", "power plants", "power station", "power stations", "thermal power", "generating unit",
      "generating units", "thermal power plant",
    ],
    zh: ["电厂", "发电厂", "火电", "机组", "火电厂", "发电站", "热电厂", "风电机组", "核电机组", "虚拟电厂"],
  },
  {
    id: "grid",
    en: [
      "grid", "grids", "power grid", "electric grid", "electricity grid", "transmission", "transmission line",
      "transmission lines", "distribution network", "smart grid", "smart grids", "microgrid", "microgrids", "utility",
      "utilities", "uhv", "ultra-high voltage", "substation", "substations", "state grid",
    ],
    zh: [
      "电网", "智能电网", "微电网", "输电", "配电", "配电网", "特高压", "变电站", "国家电网", "南方电网", "供电公司",
      "输电线路",
    ],
  },
  {
    id: "load",
    en: [
      "load", "loads", "peak load", "peak loads", "demand", "power demand", "electricity demand", "demand response",
      "demand-side", "load shifting", "peak shaving", "peak-shaving", "valley filling", "flexible load",
      "flexible loads", "peak and valley", "off-peak", "peak hours", "peak-valley",
    ],
    zh: [
      "负荷", "荷", "需求响应", "削峰填谷", "调峰", "峰谷", "用电负荷", "错峰", "尖峰", "需求侧", "柔性负荷",
      "峰谷电价", "源网荷储", "源网荷储一体化", "源网荷储协同", "负荷聚合", "负荷聚合商",
    ],
  },
  {
    id: "source-grid-load-storage",
    en: [
      "source-grid-load-storage", "source grid load storage", "generation-grid-load-storage",
      "source-network-load-storage", "source network load storage", "generation grid load storage",
    ],
    zh: ["源网荷储", "源网荷储一体化", "源网荷储协同"],
  },
  {
    id: "virtual-power-plant",
    en: [
      "virtual power plant", "virtual power plants", "vpp", "vpps", "aggregator", "aggregators", "load aggregation",
      "aggregated load",
    ],
    zh: ["虚拟电厂", "聚合商", "负荷聚合", "负荷聚合商"],
  },
  {
    id: "storage",
    en: [
      "storage", "energy storage", "store energy", "storing energy", "storage station", "storage stations",
      "storage capacity", "battery storage", "bess", "storage facility", "storage facilities", "compressed air",
      "compressed-air", "flywheel", "flywheels", "thermal storage", "molten salt", "ice storage", "flow battery",
      "flow batteries", "vanadium", "gravity storage",
    ],
    zh: [
      "储能", "储能电站", "新型储能", "蓄能", "储电", "储能系统", "储能设施", "压缩空气", "飞轮", "储热", "熔盐",
      "冰蓄冷", "液流电池", "全钒液流", "重力储能", "压缩空气储能", "抽水蓄能",
    ],
  },
  {
    id: "battery",
    en: [
      "battery", "batteries", "lithium", "lithium-ion", "li-ion", "battery pack", "battery packs", "sodium-ion",
      "solid-state battery", "solid-state batteries", "power battery", "power batteries", "lfp",
    ],
    zh: [
      "电池", "锂电", "锂电池", "动力电池", "钠离子", "固态电池", "电芯", "电池包", "磷酸铁锂", "锂离子", "液流电池",
      "电池更换", "燃料电池", "氢燃料电池", "退役电池", "废旧电池",
    ],
  },
  {
    id: "battery-swap",
    en: [
      "battery swap", "battery swaps", "battery swapping", "battery-swapping", "battery exchange", "swap station",
      "swap stations", "swapping station", "swapping stations", "power swap", "battery-swap",
    ],
    zh: ["换电", "换电站", "电池更换", "换电模式", "换电车型"],
  },
  {
    id: "hydrogen",
    en: [
      "hydrogen", "green hydrogen", "hydrogen energy", "fuel cell", "fuel cells", "hydrogen fuel cell",
      "hydrogen refuelling", "hydrogen refueling", "hydrogen station", "hydrogen stations", "electrolyser",
      "electrolyzer", "electrolysers", "electrolyzers", "electrolysis", "hydrogen-powered",
    ],
    zh: ["氢", "氢能", "绿氢", "燃料电池", "加氢站", "制氢", "电解水", "氢燃料", "氢燃料电池", "氢能源", "醇氢"],
  },
  {
    id: "ammonia",
    en: ["ammonia", "green ammonia", "ammonia fuel"],
    zh: ["氨", "绿氨", "合成氨", "氨能"],
  },
  {
    id: "methanol",
    en: ["methanol", "alcohol", "alcohols", "green methanol", "ethanol", "bio-methanol", "methanol fuel"],
    zh: ["醇", "甲醇", "绿色甲醇", "乙醇", "绿醇", "醇氢"],
  },
  {
    id: "fossil",
    en: [
      "fossil", "fossil fuel", "fossil fuels", "fossil energy", "hydrocarbon", "hydrocarbons", "oil", "petroleum",
      "crude", "crude oil", "diesel", "fuel oil",
    ],
    zh: ["化石", "化石能源", "化石燃料", "石油", "原油", "燃油", "柴油", "油品", "非化石", "非化石能源"],
  },
  {
    id: "coal",
    en: [
      "coal", "coal-fired", "coal fired", "coal power", "thermal coal", "coal consumption", "coal mine", "coal mines",
      "coal mining", "coking", "coke", "coal plant", "coal plants",
    ],
    zh: ["煤", "煤炭", "燃煤", "煤电", "散煤", "煤矿", "控煤", "煤耗", "焦化", "吨标准煤", "吨标煤", "标准煤"],
  },
  {
    id: "natural-gas",
    en: [
      "natural gas", "gas-fired", "gas power", "gas pipeline", "gas pipelines", "lng", "cng", "methane",
      "liquefied natural gas", "piped gas",
    ],
    zh: ["天然气", "燃气", "液化天然气", "甲烷", "气电", "管道燃气", "生物天然气"],
  },
  {
    id: "gas-station",
    en: [
      "gas station", "gas stations", "petrol station", "petrol stations", "filling station", "filling stations",
      "refuelling station", "refueling station", "service station", "service stations", "refuel", "refuelling",
      "refueling", "gasoline", "petrol",
    ],
    zh: ["加油站", "加油", "加注", "汽油", "加气站", "油站", "加油加气站", "综合能源站"],
  },
  {
    id: "waste-to-energy",
    en: [
      "waste-to-energy", "waste to energy", "incineration", "incinerate", "incinerated", "incinerator", "incinerators",
      "energy from waste", "waste power plant", "waste incineration",
    ],
    zh: ["焚烧", "垃圾焚烧", "焚烧发电", "垃圾发电", "垃圾焚烧发电"],
  },

  // Transport, EVs and charging
  {
    id: "charging",
    en: [
      "charge", "charging", "charger", "chargers", "recharge", "recharging", "recharged", "top up", "top-up", "plug in",
      "plug-in", "charged", "charges",
    ],
    zh: [
      "充电", "充电桩", "快充", "补能", "慢充", "充电服务", "充电量", "充电站", "充电设施", "充电基础设施", "充电枪",
      "充电车位", "公共充电桩", "充电网络", "超级充电", "超快充", "大功率充电", "有序充电", "双向充电", "智能有序充电",
    ],
  },
  {
    id: "charging-pile",
    en: [
      "charging pile", "charging piles", "charging post", "charging posts", "charging point", "charging points",
      "charging station", "charging stations", "charge point", "charge points", "charging spot", "charging spots",
      "charging facility", "charging facilities", "charging infrastructure", "pile", "piles", "charging bay",
      "charging bays", "charging hub", "charging hubs",
    ],
    zh: [
      "充电桩", "桩", "充电站", "充电设施", "充电基础设施", "充电枪", "充电车位", "公共充电桩", "充电网络", "超充桩",
    ],
  },
  {
    id: "supercharging",
    en: [
      "supercharging", "supercharger", "superchargers", "supercharge", "supercharged", "fast charging", "fast-charging",
      "fast charger", "fast chargers", "rapid charging", "rapid charger", "rapid chargers", "ultra-fast charging",
      "ultrafast charging", "ultra-fast", "high-power charging", "liquid-cooled", "liquid cooling", "megawatt charging",
      "supercharging station", "supercharging stations",
    ],
    zh: [
      "超充", "超级充电", "快充", "超快充", "液冷超充", "大功率充电", "兆瓦超充", "超充站", "超充桩", "超充之城",
      "液冷",
    ],
  },
  {
    id: "ev",
    en: [
      "ev", "evs", "electric vehicle", "electric vehicles", "electric car", "electric cars", "new energy vehicle",
      "new energy vehicles", "nev", "nevs", "bev", "bevs", "phev", "phevs", "plug-in hybrid",
      "battery electric vehicle", "e-vehicle", "e-vehicles", "battery electric",
    ],
    zh: [
      "新能源汽车", "电动车", "电动汽车", "新能源车", "纯电动", "插电混动", "新能源车辆", "纯电动汽车", "电动车辆",
      "纯电动公交",
    ],
  },
  {
    id: "vehicle",
    en: [
      "vehicle", "vehicles", "car", "cars", "automobile", "automobiles", "auto", "autos", "motor vehicle",
      "motor vehicles", "fleet", "fleets", "automotive", "automaker", "automakers", "carmaker", "carmakers",
      "private car", "private cars",
    ],
    zh: [
      "车辆", "汽车", "机动车", "车队", "整车", "车企", "私家车", "乘用车", "新能源汽车", "电动汽车", "新能源车辆",
      "纯电动汽车", "电动车辆", "公共汽车", "公交车辆", "出租汽车", "巡游出租汽车", "智能网联汽车",
    ],
  },
  {
    id: "v2g",
    en: [
      "v2g", "vehicle-to-grid", "vehicle to grid", "vehicle-grid interaction", "vehicle grid interaction",
      "bidirectional charging", "bi-directional charging", "two-way charging", "vehicle-to-home", "v2h",
      "orderly charging", "smart charging",
    ],
    zh: ["车网互动", "双向充放电", "有序充电", "车网融合", "双向充电", "智能有序充电", "车网"],
  },
  {
    id: "bus",
    en: [
      "bus", "buses", "busses", "public bus", "public buses", "city bus", "city buses", "electric bus",
      "electric buses", "e-bus", "e-buses", "coach", "coaches", "bus route", "bus routes", "bus line", "bus lines",
      "bus fleet",
    ],
    zh: [
      "公交车", "公交", "巴士", "公共汽车", "电动公交", "新能源公交", "公交线路", "公交车辆", "纯电动公交", "公交优先",
      "公交都市",
    ],
  },
  {
    id: "taxi",
    en: [
      "taxi", "taxis", "cab", "cabs", "taxicab", "taxicabs", "ride-hailing", "ride hailing", "car-hailing",
      "online car-hailing", "cruising taxi", "cruising taxis", "street-hail taxi", "ride-sharing",
    ],
    zh: ["出租车", "巡游出租车", "网约车", "的士", "出租汽车", "巡游车", "巡游出租汽车"],
  },
  {
    id: "public-transport",
    en: [
      "public transport", "public transportation", "public transit", "transit", "mass transit", "metro", "metros",
      "subway", "subways", "rail transit", "urban rail", "light rail", "tram", "trams", "commute", "commuting",
      "commuter", "commuters",
    ],
    zh: ["公共交通", "地铁", "轨道交通", "轻轨", "有轨电车", "公共出行", "通勤", "公交优先", "公交都市"],
  },
  {
    id: "transport",
    en: [
      "transport", "transportation", "traffic", "mobility", "travel", "trips", "trip", "road", "roads", "street",
      "streets", "transport sector",
    ],
    zh: ["交通", "运输", "出行", "交通运输", "道路", "路网", "公共交通", "轨道交通", "公共出行", "绿色出行"],
  },
  {
    id: "green-travel",
    en: [
      "green travel", "green commuting", "green mobility", "cycling", "bicycle", "bicycles", "bike", "bikes",
      "bike sharing", "bike-sharing", "shared bikes", "shared bicycles", "walking", "pedestrian", "pedestrians",
      "slow traffic", "non-motorised", "non-motorized", "walkable",
    ],
    zh: ["绿色出行", "骑行", "自行车", "共享单车", "步行", "慢行", "慢行系统", "步道", "电动自行车"],
  },
  {
    id: "e-bike",
    en: [
      "e-bike", "e-bikes", "electric bike", "electric bikes", "electric bicycle", "electric bicycles",
      "electric scooter", "electric scooters", "two-wheeler", "two-wheelers", "electric motorcycle",
      "electric motorcycles", "moped", "mopeds",
    ],
    zh: ["电动自行车", "电瓶车", "两轮车", "电动摩托车", "电动两轮车"],
  },
  {
    id: "freight",
    en: [
      "truck", "trucks", "lorry", "lorries", "heavy truck", "heavy trucks", "heavy-duty truck", "heavy-duty trucks",
      "freight", "haulage", "logistics vehicles", "delivery vehicles", "sanitation vehicles", "garbage trucks",
      "construction machinery", "muck trucks",
    ],
    zh: ["卡车", "重卡", "货车", "货运", "物流车", "环卫车", "渣土车", "工程机械", "电动重卡", "城市配送"],
  },
  {
    id: "shipping",
    en: [
      "port", "ports", "harbour", "harbor", "harbours", "harbors", "shipping", "ship", "ships", "vessel", "vessels",
      "shore power", "wharf", "wharves", "terminal", "terminals", "dock", "docks", "container", "containers", "ferry",
      "ferries", "inland shipping",
    ],
    zh: ["港口", "港区", "码头", "船舶", "航运", "岸电", "集装箱", "内河航运", "渡轮", "电动船舶"],
  },
  {
    id: "aviation",
    en: [
      "airport", "airports", "aviation", "flight", "flights", "airline", "airlines", "sustainable aviation fuel",
      "aircraft", "low-altitude", "drone", "drones",
    ],
    zh: ["机场", "航空", "航班", "可持续航空燃料", "飞机", "低空经济", "无人机"],
  },
  {
    id: "highway",
    en: [
      "highway", "highways", "expressway", "expressways", "motorway", "motorways", "freeway", "freeways",
      "service area", "service areas",
    ],
    zh: ["高速公路", "服务区", "国道", "高速服务区"],
  },
  {
    id: "range",
    en: [
      "range", "driving range", "mileage", "range anxiety", "endurance", "distance per charge", "kilometres per charge",
      "kilometers per charge",
    ],
    zh: ["续航", "续航里程", "里程", "里程焦虑", "行驶里程"],
  },
  {
    id: "fast",
    en: [
      "fast", "faster", "quick", "quicker", "quickly", "rapid", "rapidly", "speed", "speedy", "swift", "swiftly",
      "in minutes", "short time",
    ],
    zh: ["快速", "迅速", "快捷", "速度", "极速", "秒级"],
  },
  {
    id: "electrification",
    en: [
      "electric", "electrification", "electrify", "electrified", "electrifying", "all-electric", "fully electric",
      "pure electric", "battery-powered", "electric drive",
    ],
    zh: [
      "电动", "电动化", "电气化", "纯电", "全电", "以电代油", "电能替代", "全面电动化", "电驱", "电动车", "电动汽车",
      "纯电动", "纯电动汽车", "电动车辆", "电动公交", "纯电动公交", "电动自行车", "电动摩托车", "电动两轮车",
      "电动重卡", "电动船舶",
    ],
  },
  {
    id: "autonomous-driving",
    en: [
      "self-driving", "driverless", "autonomous driving", "intelligent connected vehicle",
      "intelligent connected vehicles", "robotaxi", "robotaxis", "connected vehicles", "unmanned", "autonomous vehicle",
      "autonomous vehicles",
    ],
    zh: ["自动驾驶", "无人驾驶", "智能网联", "智能网联汽车", "车路协同", "无人车"],
  },
  {
    id: "parking",
    en: [
      "parking lot", "parking lots", "car park", "car parks", "parking space", "parking spaces", "garage", "garages",
      "parking garage", "parking facility", "parking facilities", "parking place",
    ],
    zh: ["停车", "停车场", "停车位", "车位", "车库", "充电车位"],
  },

  // Circular economy and waste
  {
    id: "circular-economy",
    en: [
      "circular economy", "circular", "circularity", "closed loop", "closed-loop", "resource cycle",
      "resource recycling", "cradle to cradle", "circular development",
    ],
    zh: ["循环经济", "循环", "闭环", "资源循环", "循环发展", "循环型", "循环利用"],
  },
  {
    id: "zero-waste-city",
    en: [
      "zero-waste city", "zero waste city", "zero-waste cities", "zero waste cities", "zero waste", "zero-waste",
      "waste-free city", "waste-free", "no-waste city", "waste-free cells",
    ],
    zh: ["无废城市", "无废", "无废细胞", "无废城市建设", "无废社区", "无废学校"],
  },
  {
    id: "garbage",
    en: [
      "garbage", "rubbish", "trash", "municipal waste", "household waste", "domestic waste", "litter",
      "municipal solid waste", "msw",
    ],
    zh: [
      "垃圾", "生活垃圾", "城市垃圾", "垃圾处理", "垃圾清运", "厨余垃圾", "餐厨垃圾", "湿垃圾", "垃圾焚烧", "垃圾发电",
      "垃圾焚烧发电", "垃圾分类", "建筑垃圾", "垃圾填埋", "原生垃圾零填埋",
    ],
  },
  {
    id: "garbage-sorting",
    en: [
      "sorting", "sort", "sorted", "waste sorting", "garbage sorting", "waste classification", "garbage classification",
      "waste segregation", "segregation", "classification", "classify", "classified", "separate collection",
      "source separation",
    ],
    zh: ["垃圾分类", "分类", "分拣", "分类投放", "分类收集", "分类回收", "源头分类"],
  },
  {
    id: "solid-waste",
    en: [
      "solid waste", "solid wastes", "industrial waste", "industrial solid waste", "hazardous waste",
      "hazardous wastes", "construction waste", "construction and demolition waste", "bulk solid waste", "tailings",
      "slag", "fly ash", "sludge", "medical waste",
    ],
    zh: [
      "固体废物", "固废", "工业固废", "危险废物", "危废", "建筑垃圾", "尾矿", "污泥", "大宗固废", "一般工业固体废物",
      "医疗废物",
    ],
  },
  {
    id: "scrap",
    en: [
      "scrap", "scrap metal", "waste paper", "used batteries", "end-of-life", "e-waste", "electronic waste",
      "waste electrical", "second-hand", "secondhand", "used goods", "recyclable waste", "recyclable materials",
      "renewable resources", "retired batteries", "decommissioned batteries",
    ],
    zh: [
      "废旧", "再生资源", "废品", "废钢", "废纸", "电子废弃物", "二手", "可回收物", "退役电池", "废旧电池", "废旧物资",
    ],
  },
  {
    id: "plastic",
    en: [
      "plastic", "plastics", "plastic bag", "plastic bags", "single-use", "disposable", "disposables", "packaging",
      "package", "packages", "express packaging", "plastic pollution", "plastic ban", "tableware", "cutlery",
    ],
    zh: ["塑料", "塑料袋", "一次性", "包装", "快递包装", "限塑", "白色污染", "禁塑", "餐具", "一次性餐具", "过度包装"],
  },
  {
    id: "resource-utilization",
    en: [
      "resource utilisation", "resource utilization", "comprehensive utilisation", "comprehensive utilization",
      "utilisation", "utilization", "utilise", "utilize", "utilised", "utilized", "valorisation", "valorization",
      "by-product", "by-products", "beneficial use",
    ],
    zh: ["资源化利用", "综合利用", "利用率", "资源化", "副产品", "无害化", "减量化资源化无害化", "无害化处理"],
  },
  {
    id: "landfill",
    en: [
      "landfill", "landfills", "dump", "dumps", "dumping", "dumpsite", "dumpsites", "disposal", "zero landfill",
      "waste disposal",
    ],
    zh: ["填埋", "垃圾填埋", "填埋场", "零填埋", "处置", "无害化处理", "原生垃圾零填埋"],
  },
];
