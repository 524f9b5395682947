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
      "eat", "eats", "eating", "ate", "eaten", "dinner", "dinners", "breakfast", "breakfasts", "rice", "vegetable",
      "vegetables", "fruit", "fruits", "snack", "snacks", "cuisine", "cook", "cooking", "cooked", "edible", "nutrition",
      "nutritious", "diet", "diets", "dietary", "groceries", "bread",
    ],
    zh: [
      "粮食", "食物", "饭菜", "餐食", "菜品", "食品", "食材", "口粮", "食物浪费", "粮食浪费", "食品浪费",
      "反食品浪费法", "粮食安全", "餐桌", "饭桌", "吃饭", "用餐", "就餐", "进餐", "饮食", "伙食", "饭食", "米饭",
      "主食", "菜肴", "蔬菜", "水果", "吃喝", "三餐", "早餐", "午餐", "晚餐", "早饭", "午饭", "晚饭", "盘中餐", "膳食",
      "营养", "粮油", "存粮", "浪费粮食", "浪费食物", "浪费饭菜", "剩饭菜", "吃的东西", "小吃", "快餐", "学生餐",
      "工作餐", "团餐", "剩余饭菜", "剩下的饭菜", "餐桌浪费", "餐桌上的浪费", "倒掉的饭菜", "扔掉的食物", "早餐店",
      "饮食店", "外出就餐", "在外吃饭", "快餐盒", "公款吃喝", "餐桌礼仪", "粮食生产",
    ],
  },
  {
    id: "food-waste",
    en: [
      "food waste", "food wastage", "wasted food", "leftover", "leftovers", "plate waste", "clean plate",
      "clean plates", "clear your plate", "food loss", "uneaten food", "anti-food waste law", "anti food waste law",
      "food waste law", "law against food waste", "throw away food", "throwing away food", "food thrown away",
      "uneaten", "left-over food", "left over food", "half-eaten", "half eaten", "go to waste", "goes to waste",
      "going to waste", "went to waste", "over-ordering", "over ordering", "order too much", "ordering too much",
      "too much food", "finish your plate", "finish their plates", "finish your food", "empty plate", "empty plates",
      "clear plates", "waste of food", "food squandering", "squander food", "food in the bin", "binned food",
      "dump food", "dumping food", "food left on plates", "plate clearing",
    ],
    zh: [
      "餐饮浪费", "食物浪费", "粮食浪费", "食品浪费", "剩饭", "剩菜", "光盘行动", "光盘", "舌尖上的浪费",
      "厉行节约反对浪费", "反食品浪费法", "制止餐饮浪费", "反对浪费", "浪费粮食", "浪费食物", "浪费饭菜", "剩饭菜",
      "吃剩", "吃不完", "剩余饭菜", "剩下的饭菜", "点多了", "点菜过多", "餐桌浪费", "餐桌上的浪费", "吃多少点多少",
      "吃多少盛多少", "残羹冷炙", "空盘", "浪费现象", "倒掉的饭菜", "扔掉的食物", "剩菜汤",
    ],
  },
  {
    id: "waste",
    en: [
      "waste", "wastes", "wasted", "wasteful", "wasting", "squander", "squandering", "squandered", "wastage",
      "throw away", "thrown away", "throwaway", "extravagance", "extravagant", "lavish", "lavishness", "splurge",
    ],
    zh: [
      "浪费", "废物", "废弃物", "餐饮浪费", "食物浪费", "粮食浪费", "食品浪费", "舌尖上的浪费", "厉行节约反对浪费",
      "反食品浪费法", "制止餐饮浪费", "反对浪费", "餐厨废弃物", "固体废物", "危险废物", "一般工业固体废物", "医疗废物",
      "电子废弃物", "糟蹋", "铺张", "大手大脚", "奢侈", "挥霍", "扔掉", "丢弃", "废弃", "废料", "不浪费", "别浪费",
      "浪费粮食", "浪费食物", "浪费饭菜", "餐桌浪费", "餐桌上的浪费", "浪费现象", "扔掉的食物", "废弃油脂", "废物利用",
      "建筑废料", "农林废弃物", "废弃地", "零废弃", "危险废弃物",
    ],
  },
  {
    id: "kitchen-waste",
    en: [
      "kitchen waste", "food scraps", "organic waste", "wet waste", "restaurant waste", "catering waste", "food scrap",
      "kitchen scraps", "table scraps", "peels", "compost", "composting", "compostable", "swill", "gutter oil",
      "used cooking oil", "waste cooking oil", "grease", "food garbage", "food rubbish", "food trash",
      "kitchen garbage", "kitchen rubbish", "food residue", "food residues", "wet garbage", "wet rubbish",
      "organic garbage", "biodegradable waste", "green bin", "brown bin", "food bin", "food leftovers bin",
    ],
    zh: [
      "厨余垃圾", "厨余", "餐厨垃圾", "餐厨废弃物", "湿垃圾", "地沟油", "厨房垃圾", "泔水", "潲水", "果皮", "菜叶",
      "菜皮", "残渣", "堆肥", "餐余垃圾", "易腐", "餐厨", "废弃油脂", "废油", "剩菜汤",
    ],
  },
  {
    id: "canteen",
    en: [
      "canteen", "canteens", "cafeteria", "cafeterias", "dining hall", "dining halls", "mess hall", "staff canteen",
      "refectory", "lunch", "lunches", "lunchtime", "school meals", "school meal", "dining", "dine", "dines",
      "lunchroom", "food court", "food courts", "staff restaurant", "set meal", "set meals", "meal service", "mealtime",
      "mealtimes", "staff meals", "student meals",
    ],
    zh: [
      "食堂", "餐厅", "职工食堂", "机关食堂", "学校食堂", "单位食堂", "饭堂", "打饭", "午餐", "午饭", "工作餐", "团餐",
      "学生餐", "配餐", "堂食", "教工食堂",
    ],
  },
  {
    id: "school",
    en: [
      "school", "schools", "campus", "campuses", "university", "universities", "college", "colleges", "student",
      "students", "pupil", "pupils", "kindergarten", "kid", "kids", "child", "children", "schoolchildren",
      "schoolchild", "schoolkids", "youngster", "youngsters", "youth", "young people", "teenager", "teenagers",
      "teacher", "teachers", "classroom", "classrooms", "undergraduate", "undergraduates", "academy", "preschool",
    ],
    zh: [
      "学校", "校园", "高校", "中小学", "学生", "大学", "幼儿园", "学校食堂", "无废学校", "孩子", "小孩", "小朋友",
      "小学", "初中", "高中生", "老师", "教师", "师生", "班级", "课堂", "教室", "青少年", "学生餐", "校方", "在校生",
      "学校建筑",
    ],
  },
  {
    id: "government",
    en: [
      "government", "governments", "authorities", "authority", "state organ", "state organs", "government agency",
      "government agencies", "public sector", "public institution", "public institutions", "govt", "gov", "city hall",
      "town hall", "public body", "public bodies", "public agency", "public agencies", "officialdom", "public office",
      "state-run", "state run", "council", "councils",
    ],
    zh: [
      "政府", "机关", "公共机构", "事业单位", "政府部门", "人民政府", "机关食堂", "党政机关", "机关单位",
      "政府工作报告", "省政府", "官方", "当局", "区政府", "机关事业单位", "公家", "体制内", "衙门", "有关部门",
      "相关部门", "主管部门", "职能部门", "政府大楼", "政府工作人员", "机关干部", "国家机关", "机关工作人员",
      "党和政府", "官方人士",
    ],
  },
  {
    id: "party-government-organs",
    en: [
      "party and government organs", "party and government", "party organs", "government organs",
      "party and government agencies", "civil servant", "civil servants", "communist party", "cpc", "ccp",
      "civil service", "civil-service", "public servant", "public servants", "bureaucrat", "bureaucrats", "bureaucracy",
      "bureaucratic", "government staff", "government employee", "government employees", "government worker",
      "government workers", "state employees", "party member", "party members", "party cadres", "party officials",
    ],
    zh: [
      "党政机关", "党政", "机关单位", "公务员", "党委", "中共", "党委书记", "公职人员", "公务人员", "机关工作人员",
      "政府工作人员", "党员", "党和政府", "机关干部", "机关事业单位", "国家机关", "体制内", "党委一把手",
    ],
  },
  {
    id: "standard",
    en: [
      "standard", "standards", "norm", "norms", "specification", "specifications", "guideline", "guidelines",
      "criteria", "criterion", "code of practice", "benchmark standard", "standardised", "standardized", "standardise",
      "standardize", "standardisation", "standardization", "specs", "spec", "yardstick", "yardsticks", "rulebook",
      "handbook", "handbooks", "set of rules",
    ],
    zh: [
      "标准", "规范", "准则", "指南", "导则", "团体标准", "地方标准", "国标", "规程", "指引", "准绳", "达标", "合格",
    ],
  },
  {
    id: "regulation",
    en: [
      "regulation", "regulations", "rule", "rules", "law", "laws", "ordinance", "ordinances", "legislation", "bylaw",
      "bylaws", "legal", "statute", "binding", "mandatory", "compulsory", "ban", "bans", "banned", "banning",
      "prohibit", "prohibited", "prohibits", "prohibition", "prohibitions", "forbid", "forbidden", "forbids", "outlaw",
      "outlawed", "penalty", "penalties", "punish", "punished", "punishment", "punishments", "sanction", "sanctions",
      "regulate", "regulated", "regulatory", "legislature", "lawmaker", "lawmakers", "legislator", "legislators",
      "legislative", "legislate", "statutory", "red tape",
    ],
    zh: [
      "条例", "法规", "规定", "办法", "法律", "立法", "法治", "违规", "违法", "规矩", "细则", "禁止", "禁令", "严禁",
      "不准", "不许", "罚款", "处罚", "惩罚", "强制", "人大", "依法",
    ],
  },
  {
    id: "catering",
    en: [
      "catering", "caterer", "caterers", "restaurant", "restaurants", "food service", "food services", "eatery",
      "eateries", "hospitality", "hotel", "hotels", "eating out", "eat out", "eats out", "dining out", "dine out",
      "diner", "diners", "cafe", "cafes", "coffee shop", "coffee shops", "bistro", "bistros", "food stall",
      "food stalls", "street food", "snack bar", "fast food", "fast-food", "food outlet", "food outlets",
      "food business", "food businesses", "foodservice", "chef", "chefs", "waiter", "waiters", "waitress", "menu",
      "menus", "hotelier", "guesthouse", "guesthouses", "food and beverage", "restaurateur", "restaurateurs",
    ],
    zh: [
      "餐饮", "饭店", "餐馆", "酒店", "餐饮业", "餐饮服务", "宾馆", "饭馆", "餐饮浪费", "制止餐饮浪费", "馆子", "餐厅",
      "大排档", "小吃", "快餐", "面馆", "酒楼", "茶楼", "咖啡馆", "咖啡店", "早餐店", "食肆", "饮食店", "外出就餐",
      "在外吃饭", "厨师", "后厨", "菜单", "服务员", "点菜", "点餐", "按需点餐", "适量点餐", "快餐盒", "线上点餐",
      "点菜过多", "少点菜", "量力点餐",
    ],
  },
  {
    id: "portion",
    en: [
      "small portion", "small portions", "half portion", "half portions", "portion size", "portion sizes",
      "order by need", "order appropriately", "doggy bag", "pack up leftovers", "take leftovers home",
      "smaller portions", "smaller portion", "half-size", "half size", "mini portions", "mini portion",
      "portion control", "order less", "ordering less", "order what you need", "take home leftovers", "take-home box",
      "take-home boxes", "leftover box", "leftover boxes", "to-go box", "to-go boxes", "doggie bag", "doggie bags",
      "takeaway box", "pack leftovers", "box up leftovers", "serving size", "serving sizes", "small plates",
      "small dishes", "half dishes", "shared dishes", "serving chopsticks",
    ],
    zh: [
      "小份菜", "半份菜", "按需点餐", "适量点餐", "打包", "份量", "小份", "半份", "小碗菜", "小盘菜", "分餐", "公筷",
      "公勺", "打包盒", "按需取餐", "按需取用", "少点菜", "少点一点", "够吃就行", "量力点餐", "适量", "菜量", "分量",
    ],
  },
  {
    id: "banquet",
    en: [
      "buffet", "buffets", "banquet", "banquets", "feast", "feasts", "wedding banquet", "dinner party",
      "official reception", "business dinner", "wedding", "weddings", "reception", "receptions", "all-you-can-eat",
      "all you can eat", "gala dinner", "gala dinners", "celebration dinner", "feasting", "wining and dining",
      "business meal", "business meals", "entertaining guests", "hosting guests", "treat guests", "family dinner",
      "group dinner", "group meal", "company dinner", "lavish meals", "lavish dinners",
    ],
    zh: [
      "自助餐", "宴席", "宴会", "婚宴", "聚餐", "酒席", "公务接待", "请客", "吃席", "摆酒", "喜宴", "寿宴", "宴请",
      "大餐", "饭局", "应酬", "公款吃喝", "公款消费", "聚会", "年夜饭", "年会", "招待", "大吃大喝",
    ],
  },
  {
    id: "takeaway",
    en: [
      "takeaway", "take-away", "takeout", "take-out", "food delivery", "delivery", "deliveries", "meal delivery",
      "online food ordering", "express delivery", "courier", "takeaways", "last mile", "last-mile", "online orders",
      "online ordering", "meal kits", "meituan", "express parcel", "express parcels", "delivered meals",
    ],
    zh: [
      "外卖", "配送", "快递", "网络订餐", "网上订餐", "城市配送", "快递包装", "骑手", "送餐", "快递盒", "快递箱",
      "包裹", "美团", "饿了么", "线上点餐", "外送", "外卖盒", "配送体系",
    ],
  },
  {
    id: "saving",
    en: [
      "saving", "savings", "save", "saves", "conserve", "conserving", "conservation", "thrift", "thrifty", "frugal",
      "frugality", "economise", "economize", "cut back", "cutting back", "use less", "using less", "belt-tightening",
      "penny-pinching", "thriftiness", "scrimp", "scrimping", "economising", "waste not", "make do",
    ],
    zh: [
      "节约", "节俭", "节省", "厉行节约", "勤俭", "勤俭节约", "节约型", "厉行节约反对浪费", "省钱", "省电", "省水",
      "省油", "精打细算", "不浪费", "别浪费", "少用", "省着用", "物尽其用", "节约用电", "节约能源", "节水", "能省则省",
      "节约集约", "集约", "节省能源", "集约利用",
    ],
  },
  {
    id: "recycling",
    en: [
      "recycling", "recycle", "recycled", "recycles", "recyclable", "reuse", "reused", "reusing", "recovery", "recover",
      "recovered", "reclaim", "reclaimed", "resource recovery", "reusable", "refill", "refillable", "refills",
      "second life", "repurpose", "repurposed", "repurposing", "upcycle", "upcycled", "upcycling", "reclamation",
      "salvage", "salvaged", "reprocess", "reprocessing", "remanufacture", "remanufactured", "remanufacturing",
      "take-back", "collection point", "collection points", "used again", "use again",
    ],
    zh: [
      "回收", "循环利用", "再利用", "再生", "回用", "回收利用", "再生利用", "余热回收", "再生水", "分类回收",
      "再生资源", "可回收物", "废物利用", "变废为宝", "二次利用", "重复使用", "重复利用", "循环使用", "再制造",
      "以旧换新", "旧物改造", "旧衣回收", "资源循环利用", "回收热量", "热量回收", "再生水厂", "再生利用率",
    ],
  },
  {
    id: "pilot",
    en: [
      "pilot", "pilots", "trial", "trials", "demonstration", "demonstrations", "showcase", "experimental",
      "pilot project", "pilot program", "pilot programme", "model project", "pilot zone", "pilot zones", "pilot city",
      "pilot cities", "try out", "trying out", "testbed", "testbeds", "test bed", "testing ground", "testing grounds",
      "experiment", "experiments", "experimenting", "experimentation", "model city", "model cities", "flagship",
      "exemplar", "exemplars", "exemplary", "role model", "role models", "proof of concept", "demo", "demos", "sandbox",
    ],
    zh: [
      "试点", "示范", "先行", "示范区", "先行区", "示范项目", "试点城市", "先行示范", "试行", "先试", "试验", "实验",
      "试运行", "打样", "排头兵", "样板工程", "试水", "标杆项目",
    ],
  },
  {
    id: "publicity",
    en: [
      "campaign", "campaigns", "publicity", "propaganda", "awareness", "promotion", "advocacy", "education campaign",
      "outreach", "publicise", "publicize", "slogan", "slogans", "poster", "posters", "advertise", "advertising",
      "advertisement", "advertisements", "ads", "spread the word", "get the word out", "public education", "educate",
      "educating", "media", "newspaper", "newspapers", "tv", "television", "video", "videos", "broadcast", "broadcasts",
      "banner", "banners", "leaflet", "leaflets", "flyer", "flyers", "brochure", "brochures", "billboard", "billboards",
      "public service announcement", "psa", "hashtag", "wechat", "weibo", "douyin", "tiktok", "ambassador",
      "ambassadors", "word of mouth", "urge", "urged", "urging", "call on", "called on", "calls on", "call for",
      "called for", "calls for", "appeal", "appeals", "appealed", "rallying", "mobilise", "mobilize", "mobilisation",
      "mobilization",
    ],
    zh: [
      "宣传", "倡导", "宣教", "宣传教育", "倡议", "宣传周", "标语", "海报", "广告", "公益广告", "媒体", "新闻", "报道",
      "电视", "微信", "公众号", "微博", "抖音", "视频", "横幅", "口号", "传单", "展板", "讲座", "科普", "普及", "号召",
      "呼吁", "动员", "宣讲", "广而告之", "提醒", "主题活动",
    ],
  },
  {
    id: "supply-chain",
    en: [
      "supply chain", "supply chains", "supplier", "suppliers", "procurement", "purchasing", "logistics", "sourcing",
      "cold chain", "vendor", "vendors", "wholesale", "wholesaler", "wholesalers", "distributor", "distributors",
      "warehouse", "warehouses", "warehousing", "purchase", "purchases", "procure", "sourced", "farm-to-table",
      "farm to table", "farm-to-fork", "farm to fork", "raw material", "raw materials", "supply network",
      "supply networks",
    ],
    zh: [
      "供应链", "采购", "物流", "供应商", "冷链", "供应体系", "物流车", "进货", "采买", "供货", "货源", "批发", "仓储",
      "仓库", "原材料", "原料", "供给", "配送体系", "供销", "储运", "绿色供应链", "物流配送",
    ],
  },
  {
    id: "household",
    en: [
      "household", "households", "family", "families", "home", "homes", "domestic", "homeowner", "homeowners",
      "residence", "residences", "living room", "appliance", "appliances", "kitchen", "kitchens", "parent", "parents",
      "housewife", "housewives", "householder", "householders",
    ],
    zh: [
      "家庭", "居民家庭", "住户", "家中", "家里", "在家", "每家每户", "千家万户", "家家户户", "居家", "家用", "家电",
      "厨房", "住家", "家人", "父母", "厨房垃圾", "旧家电",
    ],
  },
  {
    id: "consumption",
    en: [
      "consumption", "consume", "consumed", "consumes", "consuming", "consumer", "consumers", "consumer spending",
      "buy", "buys", "buying", "bought", "buyer", "buyers", "shopper", "shoppers", "usage", "use up", "uses up",
      "used up", "burn", "burns", "burned", "burnt", "burning", "eat up", "eats up", "gobble up", "gobbles up",
      "guzzle", "guzzles", "guzzling", "consumerism", "spending habits", "how much they use",
    ],
    zh: [
      "消费", "消耗", "消费者", "消费量", "使用量", "能源消费", "能源消耗", "能源消费结构", "购买", "购物", "花钱",
      "开销", "用量", "用掉", "烧掉", "吃掉", "绿色消费", "公款消费", "买买买", "用了多少", "烧了多少", "用了多少电",
      "电力消耗", "电力消费", "消费券",
    ],
  },
  {
    id: "lifestyle",
    en: [
      "lifestyle", "lifestyles", "behaviour", "behavior", "behaviours", "behaviors", "habit", "habits",
      "green lifestyle", "green living", "everyday life", "daily life", "etiquette", "social norm", "way of life",
      "ways of life", "how people live", "routine", "routines", "table manners", "civility", "simple living",
      "live simply", "minimalism", "minimalist", "social custom", "social customs", "the way we live", "how we live",
    ],
    zh: [
      "生活方式", "绿色生活", "习惯", "行为", "日常生活", "文明用餐", "日常", "风气", "新风尚", "风尚", "文明",
      "移风易俗", "简约", "绿色消费", "低碳生活", "过日子", "衣食住行", "餐桌礼仪", "低碳行为",
    ],
  },
  {
    id: "inspection",
    en: [
      "supervision", "supervise", "supervised", "inspection", "inspections", "inspect", "oversight", "enforcement",
      "audit", "audits", "spot check", "spot checks", "crackdown", "crack down", "cracking down", "cracked down",
      "crackdowns", "police", "policing", "patrol", "patrols", "patrolling", "check", "checks", "checking", "checked",
      "watchdog", "watchdogs", "keep tabs on", "oversee", "oversees", "overseeing", "oversaw", "regulator",
      "regulators", "inspector", "inspectors", "enforce", "compliance", "name and shame", "naming and shaming",
    ],
    zh: [
      "监督", "检查", "督查", "执法", "巡查", "抽查", "督导", "监管", "暗访", "抽检", "督察", "巡视", "核查", "把关",
      "严查", "查处", "整改", "通报批评", "曝光", "监察", "稽查", "督促", "查一查", "合规", "市场监管局",
    ],
  },
  {
    id: "assessment",
    en: [
      "evaluation", "evaluate", "evaluations", "assessment", "assessments", "assess", "assessed", "appraisal",
      "certification", "certified", "certify", "accreditation", "scoring", "scorecard", "review", "reviews", "reviewed",
      "reviewing", "appraise", "appraised", "judge", "judged", "judging", "gauge", "gauged", "verify", "verified",
      "verifying", "verification", "star rating", "star ratings", "eco-label", "eco-labels", "ecolabel", "ecolabels",
      "certificate", "certificates", "report card", "report cards", "kpi", "kpis", "key performance indicators",
      "test results", "grading system", "how well they do",
    ],
    zh: [
      "评价", "评估", "认证", "评定", "评级", "考核", "考评", "打分", "碳评价", "评分", "评比", "测评", "评选", "评审",
      "审核", "验收", "认定", "评判", "打星", "星级", "挂牌", "授牌", "称号", "评优", "评先", "绩效",
    ],
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
      "新能源汽车", "新能源车", "新能源车辆", "新能源公交", "可持续航空燃料", "能量", "供能", "能源站", "智慧能源",
      "能碳", "能碳管理", "能源占比", "能源构成", "碳能量", "能源中心", "能源管理中心", "能源监测", "能源使用",
      "节约能源", "节省能源", "能源管家", "智慧能源中心", "能源调控", "清洁能源占比", "非化石能源占比", "能源局",
      "清洁能源电力", "新能源电力", "能源一体化", "传统能源", "常规能源", "新能源公交车", "新能源出租车", "新能源车主",
    ],
  },
  {
    id: "energy-consumption",
    en: [
      "energy consumption", "energy use", "energy usage", "power consumption", "electricity consumption",
      "electricity use", "electricity usage", "energy demand", "energy-consuming", "energy consuming", "use energy",
      "uses energy", "using energy", "used energy", "use power", "uses power", "using power", "use electricity",
      "uses electricity", "using electricity", "burn energy", "burn power", "power use", "power usage",
      "how much power", "how much energy", "how much electricity", "energy-hungry", "energy hungry", "power-hungry",
      "power hungry", "energy hog", "energy hogs", "energy guzzler", "energy guzzlers", "energy-guzzling",
      "gas-guzzling", "gas guzzler", "gas guzzlers", "energy footprint", "power consumed", "energy consumed",
      "electricity consumed", "energy used", "electricity used", "power used", "power draw", "consume energy",
      "consumes energy", "consume power", "consume electricity", "energy bill", "energy bills",
    ],
    zh: [
      "能耗", "用能", "能源消费", "耗能", "用电", "用电量", "能源消耗", "综合能耗", "能耗双控", "用能权", "能耗强度",
      "重点用能单位", "重点用能", "超低能耗", "近零能耗", "高耗能", "能源消费结构", "用电负荷", "耗电", "费电", "耗油",
      "油耗", "用多少电", "用了多少电", "电老虎", "耗电大户", "用能大户", "用电大户", "能耗大户", "耗能大户", "用气量",
      "用煤", "耗煤", "能源使用", "电力消耗", "电力消费", "低能耗", "能耗监测", "用能监测", "能耗管理", "用能管理",
      "用电高峰", "能耗总量", "用能结构", "用电需求", "节约用电", "低耗能", "能耗控制", "能耗指标", "用能指标",
      "用能预算", "单位产值能耗", "单位能耗", "高耗能企业", "能耗企业", "用能单位", "零能耗建筑", "低能耗建筑",
      "年用电量",
    ],
  },
  {
    id: "energy-saving",
    en: [
      "energy saving", "energy-saving", "energy conservation", "energy efficiency", "energy-efficient",
      "energy efficient", "efficient", "efficiency", "efficiently", "save energy", "saves energy", "saving energy",
      "save power", "saving power", "save electricity", "saving electricity", "less energy", "less power",
      "less electricity", "energy waste", "wasted energy", "wasting energy", "switch off", "switching off", "turn off",
      "turning off", "unplug", "unplugging", "lights off", "energy star",
    ],
    zh: [
      "节能", "能效", "能源效率", "节能降耗", "效率", "高效", "节能减排", "能效标识", "能效码", "建筑节能", "节能改造",
      "节能灯", "省电", "节约用电", "节约能源", "省油", "节油", "关灯", "少开空调", "低能耗", "低耗能", "节能建筑",
      "节省能源", "节能服务", "节能窗", "低能耗建筑", "利用效率", "资源效率",
    ],
  },
  {
    id: "carbon",
    en: ["carbon", "carbon dioxide", "co2", "tco2"],
    zh: [
      "碳", "二氧化碳", "碳排放", "降碳", "减碳", "低碳", "脱碳", "减污降碳", "碳减排", "低碳化", "碳中和",
      "碳中和目标", "碳达峰", "双碳", "碳达峰碳中和", "双碳目标", "碳达峰、碳中和", "碳排放双控", "碳排放强度",
      "碳强度", "碳核算", "碳足迹", "碳盘查", "碳核查", "碳排放核算", "碳效码", "碳效", "碳标签", "碳标识", "碳评价",
      "碳市场", "碳交易", "碳排放权", "碳配额", "碳价", "碳信用", "碳排放权交易", "碳抵消", "碳普惠", "碳积分",
      "个人碳账户", "碳账户", "碳币", "零碳", "近零碳", "无碳", "近零碳排放", "零碳工厂", "低碳工厂", "近零碳工厂",
      "零碳园区", "绿色低碳", "吨二氧化碳", "固碳释氧", "碳汇", "固碳", "碳吸收", "林业碳汇", "蓝碳", "碳储量",
      "吸收二氧化碳", "碳汇能力", "碳捕集", "碳捕集利用与封存", "碳封存", "碳捕获", "二氧化碳捕集", "清洁低碳", "排碳",
      "碳排", "碳排放峰值", "碳税", "碳排放交易", "碳资产", "碳金融", "碳汇交易", "碳数据", "碳排放数据", "碳监测",
      "碳排放监测", "碳计量", "碳账", "碳排放清单", "低碳积分", "减碳积分", "碳钱包", "能碳", "能碳管理", "吸碳",
      "吸收碳", "储碳", "锁碳", "碳捕捉", "少排碳", "减少碳排放", "降低碳排放", "碳目标", "降碳目标", "低碳生活",
      "低碳建筑", "低碳出行", "净零碳", "零碳建筑", "零碳车间", "近零碳建筑", "碳平衡", "算碳", "碳减排量", "控碳",
      "碳排放总量", "碳能量", "碳预算", "高碳", "碳排放统计", "碳排放报告", "碳信息披露", "低碳行为", "不排碳",
      "低碳车间", "高碳行业", "固定二氧化碳", "吸收CO2", "二氧化碳封存",
    ],
  },
  {
    id: "emissions",
    en: [
      "emission", "emissions", "emit", "emits", "emitted", "emitting", "emitter", "emitters", "discharge", "discharges",
      "greenhouse gas", "greenhouse gases", "ghg", "ghgs", "give off", "gives off", "gave off", "given off", "pump out",
      "pumps out", "pumping out", "spew", "spews", "spewing", "spewed", "belch", "belches", "belching", "exhaust",
      "tailpipe", "tailpipes", "fumes", "carbon output", "heat-trapping", "greenhouse",
    ],
    zh: [
      "排放", "排放量", "温室气体", "碳排放", "排放总量", "净零排放", "碳排放双控", "碳排放强度", "排放清单",
      "温室气体清单", "碳排放核算", "碳排放权", "碳排放权交易", "重点排放单位", "重点排放", "零排放", "近零排放",
      "近零碳排放", "高排放", "排碳", "碳排", "尾气", "废气", "烟囱", "排放大户", "温室效应", "排了多少", "碳排放峰值",
      "排放峰值", "碳排放交易", "碳排放数据", "排放数据", "碳排放监测", "碳排放清单", "减少排放", "减少碳排放",
      "降低排放", "降低碳排放", "少排放", "少排碳", "减排量", "控排", "控排企业", "碳排放总量", "不排放", "无排放",
      "碳减排量", "碳排放统计", "碳排放报告", "排放权", "排放单位", "不排碳", "年排放",
    ],
  },
  {
    id: "carbon-reduction",
    en: [
      "carbon reduction", "carbon cutting", "cut emissions", "cutting emissions", "reduce emissions",
      "reducing emissions", "emission reduction", "emissions reduction", "emission cuts", "decarbonise", "decarbonize",
      "decarbonisation", "decarbonization", "low carbon", "low-carbon", "abatement", "mitigation", "mitigate",
      "cut carbon", "cutting carbon", "cuts carbon", "reduce carbon", "reducing carbon", "reduces carbon",
      "lower emissions", "lowering emissions", "curb emissions", "curbing emissions", "slash emissions",
      "slashing emissions", "cut co2", "reduce co2", "less carbon", "fewer emissions", "lower carbon", "lower-carbon",
      "low emission", "low-emission", "low emissions", "climate-friendly", "climate friendly", "drive down emissions",
      "bring down emissions", "emissions-cutting", "carbon cuts", "decarbonising", "decarbonizing", "tackle emissions",
      "greener economy",
    ],
    zh: [
      "降碳", "减碳", "减排", "低碳", "脱碳", "节能减排", "减污降碳", "碳减排", "低碳化", "核证自愿减排", "低碳工厂",
      "绿色低碳", "清洁低碳", "减少排放", "减少碳排放", "降低排放", "降低碳排放", "少排碳", "少排放", "减排量", "控碳",
      "控排", "降碳目标", "减碳积分", "低碳生活", "低碳建筑", "低碳出行", "碳减排量", "降排", "低碳积分", "控排企业",
      "低碳行为", "低碳车间",
    ],
  },
  {
    id: "carbon-neutrality",
    en: [
      "carbon neutrality", "carbon neutral", "carbon-neutral", "net zero", "net-zero", "climate neutrality",
      "climate neutral", "climate-neutral", "carbon balance", "balance out emissions", "neutralise emissions",
      "neutralize emissions",
    ],
    zh: ["碳中和", "净零", "净零排放", "碳中和目标", "碳达峰碳中和", "碳达峰、碳中和", "碳平衡", "净零碳"],
  },
  {
    id: "carbon-peak",
    en: [
      "peak carbon", "carbon peak", "carbon peaking", "emissions peak", "emission peak", "peak emissions",
      "peaking carbon", "emissions peaking", "peak its emissions", "peak their emissions", "emissions to peak",
      "emissions will peak", "reach peak", "reached peak", "reaching peak", "stop rising", "stops rising", "plateau",
      "plateaued", "top out", "peaked emissions",
    ],
    zh: [
      "碳达峰", "达峰", "率先达峰", "达峰行动", "碳达峰碳中和", "碳达峰、碳中和", "排放峰值", "碳排放峰值", "见顶",
      "达到峰值",
    ],
  },
  {
    id: "dual-carbon",
    en: [
      "dual carbon", "dual-carbon", "double carbon", "carbon peak and neutrality", "dual carbon goals",
      "dual-carbon goals", "twin carbon", "carbon goals", "carbon targets", "carbon goal", "carbon target",
      "twin goals", "peaking and neutrality", "peak and neutrality", "carbon pledge", "carbon pledges",
    ],
    zh: ["双碳", "碳达峰碳中和", "双碳目标", "碳达峰、碳中和", "3060目标", "碳目标", "降碳目标"],
  },
  {
    id: "dual-control",
    en: [
      "dual control", "dual-control", "total amount and intensity", "energy quota", "energy quotas",
      "energy-use rights", "energy use rights", "energy cap", "energy caps", "emissions cap", "emissions caps",
      "emission cap", "carbon cap", "carbon caps", "cap on energy", "cap on emissions", "energy budget",
      "energy budgets", "carbon budget", "carbon budgets", "energy ceiling",
    ],
    zh: [
      "双控", "能耗双控", "碳排放双控", "总量和强度", "用能权", "总量控制", "能耗总量", "碳排放总量", "强度控制",
      "能耗控制", "总量强度", "能耗指标", "用能指标", "用能预算", "碳预算",
    ],
  },
  {
    id: "carbon-intensity",
    en: [
      "carbon intensity", "emission intensity", "emissions intensity", "energy intensity", "per unit of gdp",
      "per unit gdp", "carbon per unit", "carbon per yuan", "emissions per yuan", "energy per yuan",
      "carbon per dollar", "carbon intensive", "carbon-intensive", "emissions-intensive", "emissions intensive",
      "intensity targets", "per unit of output", "energy use per unit",
    ],
    zh: [
      "碳排放强度", "能耗强度", "碳强度", "单位地区生产总值", "单位生产总值", "万元GDP", "单位GDP", "单位产值能耗",
      "单位能耗", "高碳", "高碳行业",
    ],
  },
  {
    id: "monitoring",
    en: [
      "monitoring", "monitor", "monitors", "monitored", "surveillance", "tracking", "track", "tracked", "smart meter",
      "smart meters", "sensing", "sensor", "sensors", "real-time", "real time", "online monitoring", "keep an eye on",
      "keeps an eye on", "keeping an eye on", "watch closely", "live data", "camera", "cameras", "cctv", "detect",
      "detects", "detected", "detection", "traceability", "traceable", "trace", "traced", "data collection",
      "collect data", "collecting data",
    ],
    zh: [
      "监测", "监控", "计量", "在线监测", "传感器", "感知", "实时", "智能电表", "电表", "盯着", "盯住", "盯紧", "采集",
      "追踪", "跟踪", "溯源", "摄像头", "探头", "水表", "气表", "读数", "测量", "检测", "监视", "监控中心", "监测中心",
      "碳监测", "碳排放监测", "能耗监测", "用能监测", "能源监测", "碳计量", "一网统管", "看住", "采集分析",
    ],
  },
  {
    id: "carbon-accounting",
    en: [
      "carbon accounting", "carbon footprint", "carbon footprints", "footprint", "carbon inventory",
      "emission inventory", "emissions inventory", "greenhouse gas inventory", "carbon verification", "mrv",
      "carbon audit", "carbon disclosure", "carbon efficiency", "carbon efficiency code", "carbon code",
      "energy efficiency code", "carbon rating", "carbon label", "carbon labels", "carbon labelling", "carbon labeling",
      "energy label", "energy labels", "how much carbon", "how much co2", "count emissions", "counting emissions",
      "measure emissions", "measuring emissions", "track emissions", "tracking emissions", "emissions data",
      "carbon data", "emissions report", "emissions reporting", "carbon reporting", "carbon bookkeeping",
      "greenhouse gas accounting", "carbon tracking", "carbon calculator", "carbon calculators", "emission factor",
      "emission factors", "carbon map", "carbon maps", "carbon books", "carbon balance sheet",
    ],
    zh: [
      "碳核算", "碳足迹", "碳盘查", "核算", "排放清单", "碳核查", "温室气体清单", "碳排放核算", "碳效码", "碳效",
      "碳标签", "碳标识", "能效标识", "碳评价", "能效码", "算碳", "碳账", "碳排放数据", "碳数据", "排放数据", "碳监测",
      "碳排放监测", "算账", "碳计量", "能碳", "能碳管理", "碳排放清单", "碳排放统计", "碳排放报告", "碳信息披露",
      "核查",
    ],
  },
  {
    id: "carbon-market",
    en: [
      "carbon market", "carbon markets", "carbon trading", "emissions trading", "emission trading", "ets",
      "carbon price", "carbon prices", "carbon credit", "carbon credits", "carbon allowance", "carbon allowances",
      "allowance", "allowances", "carbon quota", "carbon quotas", "offset", "offsets", "ccer", "carbon tax",
      "carbon taxes", "cap and trade", "cap-and-trade", "emissions permit", "emissions permits", "emission permit",
      "emission permits", "pollution permit", "pollution permits", "carbon permit", "carbon permits", "trade emissions",
      "trading emissions", "carbon exchange", "carbon exchanges", "sell carbon", "carbon assets", "carbon asset",
      "carbon finance", "carbon pricing", "price on carbon", "price of carbon",
    ],
    zh: [
      "碳市场", "碳交易", "碳排放权", "碳配额", "配额", "碳价", "碳信用", "碳排放权交易", "核证自愿减排", "碳抵消",
      "碳税", "碳排放交易", "排污权交易", "排放权", "碳资产", "碳金融", "碳汇交易", "交易所",
    ],
  },
  {
    id: "carbon-inclusive",
    en: [
      "carbon inclusive", "carbon inclusion", "carbon points", "green points", "personal carbon account",
      "personal carbon accounts", "carbon ledger", "low-carbon points", "carbon coins", "green rewards",
      "reward points", "carbon rewards", "carbon reward", "earn points", "earning points", "green credits",
      "green credit", "carbon wallet", "carbon wallets", "personal carbon", "eco-points", "eco points",
      "points for going green", "carbon savings account",
    ],
    zh: [
      "碳普惠", "碳积分", "个人碳账户", "绿色积分", "碳账户", "碳币", "低碳积分", "减碳积分", "积分兑换", "兑换礼品",
      "碳钱包", "碳能量", "攒积分", "绿色账户", "低碳行为",
    ],
  },
  {
    id: "key-energy-users",
    en: [
      "key energy users", "key energy-using", "energy-using entities", "energy-using units",
      "key energy-consuming units", "key enterprises", "major energy consumers", "large energy users", "key emitters",
      "large emitters", "major emitters", "heavy emitters", "big polluters", "big polluter", "biggest polluters",
      "major polluters", "big emitters", "biggest emitters", "top emitters", "heavy energy users", "big energy users",
      "biggest energy users", "heavy users", "key firms", "key companies", "major factories", "high-energy users",
      "energy-intensive firms", "energy-intensive companies", "energy-using companies", "energy-using firms",
    ],
    zh: [
      "重点用能单位", "重点排放单位", "重点企业", "重点用能", "重点排放", "用能大户", "耗能大户", "排放大户",
      "用电大户", "耗电大户", "能耗大户", "排污大户", "控排企业", "高耗能企业", "重点单位", "能耗企业", "用能单位",
      "排放单位",
    ],
  },
  {
    id: "energy-management",
    en: [
      "energy management", "energy audit", "energy audits", "contract energy management",
      "energy performance contracting", "energy service", "energy services", "esco", "escos", "energy manager",
      "manage energy", "managing energy", "manages energy", "manage power", "energy control", "energy hosting",
      "energy trusteeship", "energy contracting", "energy performance contract", "energy consultant",
      "energy consultants", "energy centre", "energy center", "energy and carbon management",
      "energy-carbon management",
    ],
    zh: [
      "能源管理", "能源审计", "合同能源管理", "能源托管", "综合能源服务", "能源服务", "能源管控", "能源管家",
      "用能管理", "节能服务", "能碳管理", "智慧能源", "智慧能源中心", "能源中心", "能源管理中心", "能耗管理",
      "能源监测", "能耗监测", "用能监测", "能源调控", "智能调控",
    ],
  },

  // Digital, smart and data
  {
    id: "digital",
    en: [
      "digital", "digitalisation", "digitalization", "digitise", "digitize", "digitised", "digitized", "digitisation",
      "digitization", "digital twin", "digital twins", "online", "internet-based", "e-government", "computer",
      "computers", "computerised", "computerized", "electronic", "paperless", "cyber", "tech-enabled", "smartphone",
      "smartphones", "phone", "phones", "mobile app", "mobile apps", "website", "websites", "web", "qr code",
      "qr codes", "scan", "scanning", "scanned", "data-driven", "data driven", "information technology",
    ],
    zh: [
      "数字", "数字化", "数智", "数字孪生", "线上", "在线", "数字化转型", "在线监测", "信息化", "电子化", "网上",
      "手机", "扫码", "二维码", "一网通办", "数字城市", "数字孪生城市", "数智化", "网上订餐", "网络订餐", "线上点餐",
      "信息技术", "手机应用", "数字基础设施", "数字底座", "旧手机",
    ],
  },
  {
    id: "smart",
    en: [
      "smart", "intelligent", "intelligence", "ai", "artificial intelligence", "automated", "automation", "automatic",
      "algorithm", "algorithms", "machine learning", "robot", "robots", "robotic", "robotics", "computer vision",
      "deep learning", "neural network", "neural networks", "large language model", "large language models",
      "large model", "large models", "big model", "clever",
    ],
    zh: [
      "智慧", "智能", "人工智能", "自动化", "智能化", "算法", "大模型", "智能电表", "智能制造", "智能电网",
      "智能有序充电", "智能网联", "智能网联汽车", "机器人", "无人化", "自动", "数智化", "聪明", "智慧能源",
      "智慧能源中心", "智能驾驶", "智驾", "智能调控", "智能工厂", "城市大脑", "智能家居", "智能汽车",
    ],
  },
  {
    id: "data",
    en: [
      "data", "dataset", "datasets", "database", "databases", "big data", "statistics", "statistic", "statistical",
      "figures", "indicator", "indicators", "metric", "metrics", "information", "info", "figure", "spreadsheet",
      "spreadsheets", "analytics",
    ],
    zh: [
      "数据", "大数据", "数据库", "统计", "统计数据", "数据显示", "空间数据", "数据中心", "信息", "资料", "数值",
      "台账", "报表", "普查", "统计局", "排放数据", "碳数据", "碳排放数据", "采集分析", "信息技术", "地理信息",
      "碳排放统计", "碳信息披露", "信息化", "空间信息", "城市信息平台", "信息基础设施",
    ],
  },
  {
    id: "platform",
    en: [
      "platform", "platforms", "dashboard", "dashboards", "portal", "portals", "app", "apps", "software",
      "mini-program", "mini program", "control centre", "control center", "command centre", "command center",
      "control room", "control rooms", "nerve centre", "nerve center", "one-stop", "one stop", "big screen",
      "big screens", "display screen", "monitoring center", "monitoring centre", "operations center",
      "operations centre", "operation center", "cockpit", "miniapp", "data hub", "data hubs", "city brain",
    ],
    zh: [
      "平台", "大屏", "驾驶舱", "小程序", "系统平台", "管理平台", "指挥中心", "一张图", "城市信息模型平台", "云平台",
      "调度中心", "监控中心", "监测中心", "运营中心", "城市大脑", "一网统管", "一网通办", "一张网", "应用程序",
      "手机应用", "智慧能源中心", "能源管理中心", "城市信息平台",
    ],
  },
  {
    id: "model",
    en: [
      "model", "models", "mode", "modes", "approach", "approaches", "paradigm", "template", "pattern", "patterns",
      "modelling", "modeling", "simulation", "simulations", "simulate", "method", "methods", "methodology",
      "methodologies", "playbook", "playbooks", "replicable", "replicate", "replicated", "replicating", "case study",
      "case studies", "good practice", "good practices", "best practice", "best practices", "lesson", "lessons",
    ],
    zh: [
      "模式", "模型", "范式", "样板", "模拟", "仿真", "大模型", "城市信息模型", "建筑信息模型", "城市信息模型平台",
      "三维城市模型", "换电模式", "做法", "经验", "可复制", "可推广", "路子", "打法", "玩法", "典型", "案例", "样本",
      "样板工程", "三维模型", "建筑模型", "城市模型", "案例集",
    ],
  },
  {
    id: "gis",
    en: [
      "gis", "geographic", "geographical", "geospatial", "geographic information", "geographic information system",
      "geographical information", "mapping", "map", "maps", "spatial data", "remote sensing", "satellite", "satellites",
      "satellite imagery", "surveying", "geolocation", "location data", "gps", "aerial", "spatial analysis", "geodata",
      "thermal imaging", "infrared", "lidar", "topography", "topographic", "terrain", "cartography", "navigation",
    ],
    zh: [
      "地理", "地理信息", "地理信息系统", "遥感", "卫星", "地图", "空间数据", "测绘", "卫星遥感", "北斗", "航拍",
      "热力图", "红外", "地形", "空间分析", "地理城市系统", "导航", "空间信息",
    ],
  },
  {
    id: "cim",
    en: [
      "cim", "city information model", "urban information model", "urban information modeling",
      "urban information modelling", "city information modelling", "city information modeling", "bim",
      "building information model", "building information modelling", "building information modeling", "3d city model",
      "city model", "city models", "digital city", "digital cities", "virtual city", "virtual cities", "building model",
      "building models", "3d modelling of cities", "city information system",
    ],
    zh: [
      "城市信息模型", "建筑信息模型", "城市信息模型平台", "三维城市模型", "三维模型", "建筑模型", "数字城市",
      "城市模型", "三维城市", "实景三维", "数字孪生城市", "地理城市系统", "城市信息平台",
    ],
  },
  {
    id: "iot",
    en: [
      "internet of things", "iot", "connected devices", "cloud", "cloud computing", "internet", "industrial internet",
      "blockchain", "computing power", "data centre", "data center", "data centres", "data centers", "online devices",
      "connected sensors", "digital infrastructure", "edge computing", "server", "servers", "networked devices",
      "smart sensors", "smart sensor", "sensor network", "sensor networks", "machine-to-machine",
    ],
    zh: [
      "物联网", "云计算", "互联网", "工业互联网", "区块链", "算力", "数据中心", "云平台", "能源互联网", "传感网",
      "万物互联", "云端", "上云", "云服务", "服务器", "终端", "联网", "物联", "车联网", "数字基础设施", "新型基础设施",
      "信息基础设施", "数字底座", "城市大脑", "智能家居",
    ],
  },
  {
    id: "network",
    en: [
      "network", "networks", "networked", "coverage", "layout", "web of", "nodes", "node", "all over the city",
      "throughout the city", "across the city", "within reach", "walking distance", "service radius",
      "every few kilometres", "every few kilometers",
    ],
    zh: [
      "网络", "网络化", "布局", "覆盖", "全覆盖", "布点", "网点", "网络订餐", "覆盖率", "空间布局", "绿化覆盖率",
      "森林覆盖率", "充电网络", "遍布", "星罗棋布", "密布", "无处不在", "随处可见", "到处都是", "每隔", "分布", "布设",
      "站点", "服务半径", "生活圈", "城市布局", "开敞空间布局", "补能网络",
    ],
  },

  // Industry, factories and buildings
  {
    id: "factory",
    en: [
      "factory", "factories", "mill", "mills", "workshop", "workshops", "production line", "production lines",
      "industrial plant", "manufacturing plant", "production base", "shop floor", "assembly line", "assembly lines",
      "production facility", "production facilities", "manufacturing facility", "manufacturing facilities",
      "industrial site", "industrial sites", "industrial facility", "industrial facilities", "foundry", "foundries",
      "gigafactory", "gigafactories", "fab", "fabs", "manufacturing base", "manufacturing bases", "plant floor",
      "production site", "production sites", "manufacturing plants", "industrial plants",
    ],
    zh: [
      "工厂", "厂区", "车间", "生产线", "厂房", "生产基地", "绿色工厂", "灯塔工厂", "零碳工厂", "低碳工厂",
      "近零碳工厂", "厂", "流水线", "钢铁厂", "零碳车间", "绿色车间", "智能工厂", "无废工厂", "制造基地", "低碳车间",
      "生态工厂", "污水厂", "污水处理厂", "水质净化厂", "再生水厂", "核电厂",
    ],
  },
  {
    id: "manufacturing",
    en: [
      "manufacturing", "manufacturer", "manufacturers", "manufacture", "manufactured", "production", "produce",
      "produced", "producing", "producer", "producers", "maker", "makers", "fabricate", "fabricated", "fabrication",
      "assembly", "assemble", "assembled", "assembling", "product", "products", "factory output",
    ],
    zh: [
      "制造", "制造业", "生产", "智能制造", "制造商", "先进制造", "生产线", "生产基地", "绿色制造", "出产", "产出",
      "加工", "组装", "产品", "量产", "造车", "绿色生产", "清洁生产", "智能工厂", "再制造", "制造基地",
    ],
  },
  {
    id: "zero-carbon",
    en: [
      "zero carbon", "zero-carbon", "zero emission", "zero-emission", "zero emissions", "carbon free", "carbon-free",
      "fossil-free", "near-zero carbon", "near zero carbon", "nearly zero carbon", "emission-free", "emissions-free",
      "no emissions", "no emission", "no carbon", "carbon zero", "zero-co2", "zero co2", "totally clean",
      "completely clean", "fully clean",
    ],
    zh: [
      "零碳", "零排放", "近零碳", "近零排放", "无碳", "近零碳排放", "净零排放", "零碳工厂", "近零碳工厂", "零碳园区",
      "不排碳", "不排放", "零污染", "无排放", "零碳建筑", "零碳车间", "近零碳建筑", "净零碳",
    ],
  },
  {
    id: "green-factory",
    en: [
      "green factory", "green factories", "green manufacturing", "green plant", "lighthouse factory",
      "lighthouse factories", "zero-carbon factory", "zero-carbon factories", "zero carbon factory",
      "zero carbon factories", "low-carbon factory", "clean factory", "clean factories", "cleaner factory",
      "cleaner factories", "eco-factory", "eco factory", "eco-factories", "sustainable factory",
      "sustainable factories", "greener factory", "greener factories", "green plants", "low-carbon factories",
      "low carbon factory", "low carbon factories", "green manufacturer", "green manufacturers", "zero-waste factory",
      "zero waste factory", "green workshop",
    ],
    zh: [
      "绿色工厂", "绿色制造", "灯塔工厂", "零碳工厂", "低碳工厂", "近零碳工厂", "无废工厂", "零碳车间", "绿色车间",
      "智能工厂", "绿色生产", "清洁生产", "低碳车间", "绿色供应链", "绿色园区", "生态工厂",
    ],
  },
  {
    id: "building",
    en: [
      "building", "buildings", "architecture", "architectural", "housing", "house", "houses", "residential", "property",
      "properties", "real estate", "dwelling", "dwellings", "tower", "towers", "skyscraper", "skyscrapers", "high-rise",
      "high-rises", "highrise", "highrises", "block of flats", "apartment block", "apartment blocks", "premises",
      "villa", "villas", "real-estate", "homes and offices",
    ],
    zh: [
      "建筑", "楼宇", "房屋", "住宅", "建筑物", "楼房", "房地产", "建筑信息模型", "绿色建筑", "建筑节能", "公共建筑",
      "办公建筑", "商业建筑", "住宅小区", "建筑密度", "建筑垃圾", "大楼", "高楼", "大厦", "写字楼", "楼盘", "商品房",
      "房子", "房产", "盖楼", "建房", "住房", "楼栋", "民房", "民居", "节能建筑", "低碳建筑", "零能耗建筑", "绿色住宅",
      "零碳建筑", "近零碳建筑", "古建筑", "老建筑", "办公大楼", "政府大楼", "住房和城乡建设", "建筑废料", "建筑模型",
      "光伏建筑一体化", "低能耗建筑", "学校建筑", "高楼林立", "老房子",
    ],
  },
  {
    id: "green-building",
    en: [
      "green building", "green buildings", "passive house", "passive houses", "ultra-low energy", "ultra low energy",
      "near-zero energy building", "nearly zero energy", "energy-efficient building", "energy-efficient buildings",
      "prefabricated", "prefab", "building energy efficiency", "insulation", "insulate", "insulated", "insulating",
      "double glazing", "double-glazed", "eco-building", "eco-buildings", "eco building", "sustainable building",
      "sustainable buildings", "low-energy building", "low-energy buildings", "low energy building",
      "net-zero building", "net-zero buildings", "zero-energy building", "zero-energy buildings",
      "zero energy building", "passive design", "modular construction", "modular building", "modular buildings",
      "green homes", "green home", "green housing", "green construction", "energy-saving building",
      "energy-saving buildings", "energy-saving homes", "energy saving homes",
    ],
    zh: [
      "绿色建筑", "超低能耗", "近零能耗", "被动房", "装配式", "建筑节能", "被动式", "绿建", "节能建筑", "低碳建筑",
      "零能耗建筑", "保温", "隔热", "节能窗", "双层玻璃", "绿色住宅", "零碳建筑", "近零碳建筑", "绿色建造", "绿色施工",
      "光伏建筑一体化", "低能耗建筑",
    ],
  },
  {
    id: "public-building",
    en: [
      "public building", "public buildings", "office building", "office buildings", "commercial building",
      "commercial buildings", "government building", "government buildings", "large buildings", "shopping centre",
      "shopping center", "office tower", "office block", "office blocks", "stadium", "stadiums", "gymnasium",
      "gymnasiums", "library", "libraries", "theatre", "theatres", "theater", "theaters", "concert hall",
      "concert halls", "venue", "venues", "landmark building", "landmark buildings", "exhibition centre",
      "exhibition center", "convention centre", "convention center", "station building",
    ],
    zh: [
      "公共建筑", "办公建筑", "商业建筑", "大型公建", "公建", "办公楼", "商业综合体", "写字楼", "办公大楼", "办公场所",
      "体育馆", "场馆", "图书馆", "博物馆", "会展中心", "文化馆", "影院", "政府大楼", "商场", "酒店", "宾馆", "医院",
      "学校建筑", "公共场所",
    ],
  },
  {
    id: "industrial-park",
    en: [
      "zone", "zones", "development zone", "development zones", "industrial park", "industrial parks", "science park",
      "economic zone", "economic zones", "special economic zone", "new area", "new district", "industrial estate",
      "industrial zone", "industrial zones", "business park", "tech park", "tech parks", "technology park",
      "technology parks", "science city", "innovation park", "innovation parks", "industrial district",
      "industrial districts", "factory district", "industrial area", "industrial areas",
    ],
    zh: [
      "开发区", "园区", "产业园", "工业园", "经开区", "新区", "高新区", "保税区", "自贸区", "工业园区", "产业园区",
      "经济技术开发区", "零碳园区", "科技园", "软件园", "产业基地", "工业区", "产业新城", "创新园", "创业园", "孵化园",
      "工业集中区", "产业聚集区", "保税港区", "绿色园区", "管委会",
    ],
  },
  {
    id: "high-tech",
    en: [
      "high-tech", "high tech", "hi-tech", "high technology", "high-technology", "cutting-edge", "advanced technology",
      "state-of-the-art", "frontier technology", "frontier technologies", "next-generation", "next generation",
      "next-gen", "leading-edge", "leading edge", "futuristic", "sophisticated technology", "hard tech", "deep tech",
      "black tech", "tech-heavy", "technology-intensive", "high-end", "high end",
    ],
    zh: [
      "高新", "高新技术", "高科技", "高新技术企业", "尖端", "高新区", "高精尖", "黑科技", "前沿技术", "先进技术",
      "硬科技", "科技含量", "高端", "科技型企业", "前沿科技",
    ],
  },
  {
    id: "technology",
    en: [
      "technology", "technologies", "tech", "technical", "technique", "techniques", "technological", "equipment",
      "device", "devices", "gadget", "gadgets", "know-how", "hardware",
    ],
    zh: [
      "技术", "科技", "工艺", "技术路线", "经济技术开发区", "高新技术", "高科技", "高新技术企业", "科技创新", "黑科技",
      "设备", "装备", "新技术", "工程技术", "硬件", "前沿技术", "先进技术", "硬科技", "科技含量", "科技园", "信息技术",
      "科技型企业", "技术改造", "技改", "前沿科技", "充电设备",
    ],
  },
  {
    id: "innovation",
    en: [
      "innovation", "innovations", "innovative", "innovate", "r&d", "research and development", "research",
      "breakthrough", "breakthroughs", "invention", "patent", "patents", "new ideas", "new idea", "novel", "invent",
      "invented", "inventor", "inventors", "science", "sciences", "scientific", "lab", "labs", "laboratory",
      "laboratories", "r and d", "incubator", "incubators", "incubate", "incubation", "game-changer", "game changer",
      "game-changing", "game changing", "creative", "creativity", "ingenuity", "inventive", "new approach",
      "new approaches", "fresh idea", "fresh ideas",
    ],
    zh: [
      "创新", "研发", "科研", "科技创新", "突破", "专利", "攻关", "研究", "实验室", "发明", "新技术", "黑科技", "首创",
      "孵化", "新点子", "新招", "新办法", "创意", "研究所", "研究院", "研究员", "研究中心", "科研人员", "科研团队",
      "科创", "创新园", "创业园", "孵化园", "原创", "研究人员", "研究机构", "科研机构",
    ],
  },
  {
    id: "industry",
    en: [
      "industry", "industries", "industrial", "sector", "sectors", "cluster", "clusters", "industrial cluster",
      "industrial base", "industrialisation", "industrialization", "industrialised", "industrialized", "industrialise",
      "industrialize", "line of business",
    ],
    zh: [
      "产业", "行业", "工业", "产业集群", "集群", "工业企业", "能源行业", "工业互联网", "产业园", "工业园", "工业园区",
      "产业园区", "产业链", "全产业链", "新兴产业", "战略性新兴产业", "未来产业", "朝阳产业", "产业规模", "产业结构",
      "工业固废", "一般工业固体废物", "业态", "产业升级", "传统产业", "重工业", "行当", "新产业", "工业区", "产业基地",
      "工业集中区", "产业聚集区", "工业垃圾", "产业新城", "产业生态", "老工业基地", "骨干企业", "产业配套", "高碳行业",
      "新业态", "工业用地", "产业转型",
    ],
  },
  {
    id: "industry-chain",
    en: [
      "industry chain", "industrial chain", "industrial chains", "industry chains", "value chain", "value chains",
      "upstream", "downstream", "whole chain", "full chain", "industrial ecosystem", "industrial ecosystems",
      "entire chain", "complete chain", "chain leader", "chain leaders", "anchor company", "anchor companies",
      "anchor firm", "anchor firms", "supporting industries", "extend the chain", "extending the chain",
      "strengthen the chain", "links in the chain", "supply and demand chain", "industrial linkages",
    ],
    zh: [
      "产业链", "上下游", "链条", "链主", "全产业链", "补链", "强链", "产业生态", "龙头企业", "链长", "延链",
      "产业配套",
    ],
  },
  {
    id: "enterprise",
    en: [
      "enterprise", "enterprises", "company", "companies", "firm", "firms", "business", "businesses", "corporation",
      "corporations", "corporate", "state-owned", "soe", "soes", "private sector", "startup", "startups", "employer",
      "employers", "conglomerate", "conglomerates", "multinational", "multinationals", "sme", "smes",
      "small and medium-sized", "small and medium sized", "industry players", "industry player", "market player",
      "market players", "brand", "brands", "operator", "operators", "entrepreneur", "entrepreneurs", "merchant",
      "merchants", "tech giant", "tech giants", "industry giant", "industry giants",
    ],
    zh: [
      "企业", "公司", "国企", "民企", "央企", "集团", "商家", "厂商", "市场主体", "重点企业", "高新技术企业",
      "工业企业", "供电公司", "厂", "老板", "商户", "个体户", "私企", "外企", "龙头企业", "钢企", "高耗能企业",
      "控排企业", "能耗企业", "科技型企业", "骨干企业", "钢铁厂", "重污染企业",
    ],
  },
  {
    id: "heavy-industry",
    en: [
      "heavy industry", "energy-intensive", "energy intensive", "high-emission", "high emission",
      "high-energy-consuming", "high energy consumption", "cement", "chemical industry", "chemicals", "petrochemical",
      "petrochemicals", "nonferrous", "non-ferrous", "aluminium", "aluminum", "glass", "building materials",
      "high-polluting", "refinery", "refineries", "smelting", "smelter", "smelters", "polluting industries",
      "polluting industry", "dirty industries", "dirty industry", "smokestack industry", "smokestack industries",
      "energy-hungry industries", "energy-hungry industry", "heavy polluters", "paper mill", "paper mills", "ceramics",
      "high-carbon industries", "carbon-intensive industries", "carbon-intensive industry",
    ],
    zh: [
      "高耗能", "高排放", "两高", "水泥", "化工", "石化", "有色", "电解铝", "建材", "玻璃", "重化工", "炼化", "重工业",
      "钢铁厂", "高污染", "高耗能企业", "冶炼", "冶金", "造纸", "印染", "老工业基地", "高碳行业", "重污染企业",
    ],
  },
  {
    id: "steel",
    en: [
      "steel", "iron and steel", "steelmaking", "steel mill", "steel mills", "steelworks", "steel plant",
      "steel plants", "ironmaking", "blast furnace", "electric arc furnace", "steelmaker", "steelmakers", "ironworks",
      "iron ore", "furnace", "furnaces",
    ],
    zh: ["钢铁", "炼钢", "钢厂", "钢材", "炼铁", "高炉", "电炉", "钢企", "铁矿石", "钢产量", "粗钢", "钢铁厂"],
  },
  {
    id: "emerging-industries",
    en: [
      "new quality productive forces", "new-quality productive forces", "new productive forces", "emerging industries",
      "emerging industry", "strategic emerging industries", "future industries", "frontier industries",
      "sunrise industries", "new industries", "new industry", "high-growth industries", "industries of the future",
      "new economy", "growth engine", "growth engines", "growth drivers", "new sectors", "new sector", "new tracks",
      "new track", "hot sectors", "next big thing", "sunrise sectors", "sunrise sector",
    ],
    zh: [
      "新质生产力", "新兴产业", "战略性新兴产业", "未来产业", "朝阳产业", "新产业", "赛道", "新动能", "新增长点",
      "新业态", "新经济", "风口", "增长引擎", "新引擎", "新动力", "新兴领域", "新增长极",
    ],
  },
  {
    id: "waste-heat",
    en: [
      "waste heat", "waste-heat", "residual heat", "heat recovery", "excess heat", "cogeneration",
      "combined heat and power", "chp", "trigeneration", "leftover heat", "surplus heat", "spare heat", "exhaust heat",
      "recovered heat", "heat reuse", "reuse heat", "reusing heat", "heat capture", "capture heat", "low-grade heat",
    ],
    zh: ["余热", "余热回收", "余热利用", "热电联产", "余压", "余热发电", "废热", "回收热量", "热量回收", "余能"],
  },

  // Generic policy words
  {
    id: "target",
    en: [
      "target", "targets", "targeted", "goal", "goals", "objective", "objectives", "aim", "aims", "milestone",
      "milestones", "benchmark year", "deadline", "deadlines", "timeline", "timelines", "timetable", "timetables",
      "ambition", "ambitions", "ambitious", "aspiration", "aspirations", "on track", "expected to reach", "quota",
      "quotas",
    ],
    zh: [
      "目标", "指标", "目标任务", "约束性指标", "预期目标", "碳中和目标", "双碳目标", "力争", "时间表", "时间节点",
      "降碳目标", "碳目标", "3060目标", "远景目标", "能耗指标", "用能指标",
    ],
  },
  {
    id: "commitment",
    en: [
      "pledge", "pledges", "pledged", "pledging", "promise", "promises", "promised", "vow", "vows", "vowed", "commit",
      "commits", "committed", "commitment", "commitments", "committing", "determined to", "resolve to", "resolved to",
      "swear", "swore", "sworn", "undertake", "undertakes", "undertook", "undertaking", "guarantee to", "guaranteed to",
      "give their word",
    ],
    zh: ["承诺", "许诺", "誓言", "立誓", "发誓", "决心", "军令状", "坚定不移", "信誓旦旦", "保证做到", "坚持"],
  },
  {
    id: "plan",
    en: [
      "plan", "plans", "planned", "blueprint", "blueprints", "roadmap", "roadmaps", "road map", "programme", "program",
      "programmes", "programs", "scheme", "schemes", "five-year plan", "14th five-year plan", "15th five-year plan",
      "action plan", "action plans", "implementation plan", "work plan", "proposal", "proposals", "propose", "proposed",
      "proposes", "agenda", "agendas", "outline", "outlined", "outlines", "five-year", "five year", "to-do list",
    ],
    zh: [
      "规划", "计划", "方案", "行动方案", "实施方案", "十四五", "十五五", "五年规划", "蓝图", "路线图", "行动计划",
      "工作方案", "城市规划", "国土空间规划", "空间规划", "总体规划", "控制性详细规划", "打算", "安排", "设想", "构想",
      "远景目标", "日程", "议程", "提案", "规划建设", "专项规划", "行动纲要", "三年行动", "规划图", "规划师",
      "土地规划", "街区规划", "详细规划", "控制性规划", "规划管控", "规划设计",
    ],
  },
  {
    id: "project",
    en: ["project", "projects"],
    zh: ["项目", "工程", "示范项目", "样板工程", "标杆项目", "市政工程"],
  },
  {
    id: "strategy",
    en: [
      "strategy", "strategies", "strategic", "framework", "frameworks", "pathway", "pathways", "path",
      "top-level design", "game plan", "big picture", "grand plan", "way forward", "ways forward", "tactic", "tactics",
      "course of action", "overall approach", "long-term plan", "direction of travel",
    ],
    zh: [
      "战略", "策略", "路径", "思路", "顶层设计", "实施路径", "战略性新兴产业", "路子", "方针", "大方向", "总体思路",
      "战略布局", "总体部署", "方略",
    ],
  },
  {
    id: "policy",
    en: [
      "policy", "policies", "policymaking", "policy measure", "policy measures", "measures", "measure", "initiative",
      "initiatives", "guiding opinions", "notice", "directive", "directives", "steps taken", "taken steps",
      "take steps", "taking steps", "took steps", "action", "actions", "effort", "efforts", "intervention",
      "interventions", "countermeasure", "countermeasures", "do about", "doing about", "done about", "did about",
      "tackle", "tackles", "tackling", "tackled", "deal with", "dealing with", "dealt with", "what has been done",
      "what is being done", "toolkit", "toolbox",
    ],
    zh: [
      "政策", "措施", "举措", "意见", "指导意见", "通知", "政策措施", "政策体系", "若干措施", "对策", "行动", "招数",
      "应对之策", "解决办法", "气候行动", "达峰行动", "光盘行动", "行动方案", "行动计划", "三年行动", "行动纲要",
    ],
  },
  {
    id: "implement",
    en: [
      "implement", "implementation", "implemented", "implementing", "carry out", "carried out", "execute", "execution",
      "put into practice", "roll out", "rollout", "rolled out", "deploy", "deployment", "deployed", "adopt", "adoption",
      "adopted", "launch", "launched", "put in place", "puts in place", "putting in place", "set up", "sets up",
      "setting up", "introduce", "introduced", "introduces", "introducing", "bring in", "brought in", "bringing in",
      "kick off", "kicked off", "kicks off", "enact", "enacted", "establish", "established", "establishes",
      "establishing", "in force", "take effect", "takes effect", "took effect", "come into force", "came into force",
      "follow through", "put into effect", "put into place",
    ],
    zh: [
      "实施", "落实", "推行", "推进", "执行", "推广", "开展", "部署", "启动", "落地", "实施方案", "实施路径", "推出",
      "出台", "采取", "实行", "施行", "上线", "建立", "设立", "启用", "引入", "引进", "付诸实践", "生效", "搞起来",
      "动起来", "建起", "干起来", "可推广", "总体部署", "推广应用", "协同推进", "推进会", "正式启用",
    ],
  },
  {
    id: "promote",
    en: [
      "promote", "promoted", "promoting", "encourage", "encouraged", "encouraging", "support", "supported",
      "supporting", "foster", "fostering", "facilitate", "guide", "guidance", "push", "pushed", "pushes", "pushing",
      "spur", "spurs", "spurred", "spurring", "stimulate", "stimulated", "stimulates", "stimulating", "nurture",
      "nurtured", "nurtures", "nurturing", "cultivate", "cultivated", "cultivates", "cultivating", "cultivation",
      "advocate", "advocated", "advocates", "advocating", "step up", "stepped up", "stepping up", "steps up",
      "speed up", "sped up", "speeding up", "accelerate", "accelerated", "accelerates", "accelerating", "acceleration",
      "get behind", "incentivise", "incentivize", "give a boost", "help develop", "nudge", "nudges",
      "boost development",
    ],
    zh: [
      "推动", "促进", "鼓励", "支持", "引导", "助推", "扶持", "资金支持", "大力", "加快", "加速", "培育", "培养",
      "助力", "带动", "撬动", "发力", "抓手", "帮助", "帮扶", "推广应用", "加大投入", "协同推进", "引领", "打造",
      "力推", "扶持资金",
    ],
  },
  {
    id: "subsidy",
    en: [
      "subsidy", "subsidies", "subsidise", "subsidize", "subsidised", "subsidized", "incentive", "incentives", "reward",
      "rewards", "grant", "grants", "bonus", "rebate", "rebates", "financial support", "tax break", "tax breaks",
      "tax credit", "handout", "handouts", "discount", "discounts", "discounted", "voucher", "vouchers", "coupon",
      "coupons", "tax cut", "tax cuts", "tax relief", "tax exemption", "tax exemptions", "perk", "perks", "cash back",
      "cashback", "payout", "payouts", "prize", "prizes", "free of charge", "for free", "money off", "price cut",
      "price cuts", "government money", "state money",
    ],
    zh: [
      "补贴", "补助", "奖励", "奖补", "激励", "资金支持", "财政补贴", "减免", "税收优惠", "给钱", "发钱", "优惠",
      "打折", "折扣", "消费券", "代金券", "免费", "减税", "免税", "退税", "返现", "以奖代补", "贴息", "真金白银",
      "扶持资金",
    ],
  },
  {
    id: "finance",
    en: [
      "finance", "financing", "financial", "green finance", "investment", "investments", "invest", "invested",
      "investor", "investors", "loan", "loans", "bond", "bonds", "green bond", "green bonds", "capital", "fund",
      "funds", "funding", "insurance", "money", "cash", "credit", "credits", "lend", "lends", "lending", "lender",
      "lenders", "commercial bank", "commercial banks", "development bank", "esg", "pay for", "pays for", "paying for",
      "paid for", "foot the bill", "who pays",
    ],
    zh: [
      "金融", "绿色金融", "投资", "融资", "贷款", "债券", "绿色债券", "资金", "基金", "投入", "保险", "绿色信贷",
      "资金支持", "银行", "信贷", "投钱", "砸钱", "出资", "注资", "拨款", "财政", "资本", "风投", "风险投资", "总投资",
      "碳金融", "真金白银", "加大投入", "钱从哪来", "掏钱", "出钱", "花了多少钱", "扶持资金",
    ],
  },
  {
    id: "cost",
    en: [
      "cost", "costs", "price", "prices", "pricing", "tariff", "tariffs", "fee", "fees", "electricity price",
      "electricity prices", "cheap", "cheaper", "expensive", "affordable", "spending", "expenditure", "budget",
      "budgets", "bill", "bills", "afford", "affordability", "expense", "expenses", "rent", "rents", "outlay", "pricey",
      "overpriced",
    ],
    zh: [
      "成本", "价格", "电价", "费用", "收费", "电费", "预算", "支出", "分时电价", "峰谷电价", "花钱", "花费", "开支",
      "开销", "多少钱", "价钱", "价位", "便宜", "省钱", "划算", "实惠", "账单", "水费", "油费", "油钱", "充电费",
      "水电费", "贵不贵", "降本", "花了多少钱", "要花多少", "用能预算", "碳预算", "上网电价",
    ],
  },
  {
    id: "market",
    en: [
      "market", "markets", "market-based", "marketisation", "marketization", "market mechanism", "market-oriented",
      "marketplace", "buyers and sellers", "supply and demand", "demand and supply", "commercialisation",
      "commercialization", "commercialise", "commercialize", "commercialised", "commercialized", "sell", "sells",
      "selling", "sold", "trading platform", "marketplaces",
    ],
    zh: [
      "市场", "市场化", "市场机制", "市场化运作", "碳市场", "市场主体", "农贸市场", "菜市场", "商业化", "买卖",
      "跳蚤市场", "市场监管局",
    ],
  },
  {
    id: "development",
    en: [
      "development", "develop", "developed", "developing", "advance", "advancing", "progress", "progressed",
      "high-quality development", "sustainable development", "evolve", "evolved", "evolves", "evolving", "evolution",
      "flourish", "flourishing", "thrive", "thriving", "thrives",
    ],
    zh: [
      "发展", "高质量发展", "可持续发展", "进展", "发展方式", "绿色发展", "协同发展", "循环发展", "打造", "进步",
      "壮大", "做大做强", "起步",
    ],
  },
  {
    id: "transformation",
    en: [
      "transformation", "transform", "transformed", "transforming", "transition", "transitions", "transitioning",
      "shift", "shifting", "shifted", "upgrade", "upgrading", "upgraded", "restructuring", "energy transition",
      "green transition", "conversion", "convert", "converted", "switch", "switching", "replace", "replacement",
      "replacing", "replaced", "substitution", "substitute", "overhaul", "overhauled", "overhauls", "overhauling",
      "revamp", "revamped", "revamping", "makeover", "makeovers", "phase out", "phases out", "phasing out",
      "phased out", "move away from", "moving away from", "moved away from", "moves away from", "modernise",
      "modernize", "modernised", "modernized", "modernising", "modernizing", "modernisation", "modernization",
      "reinvent", "reinvented", "reinvention", "remake", "remade", "pivot", "pivoting", "pivoted", "turn into",
      "turned into", "turning into", "turns into", "wean off", "weaning off",
    ],
    zh: [
      "转型", "转变", "升级", "转型升级", "绿色转型", "替代", "替换", "置换", "更替", "能源转型", "优化升级",
      "数字化转型", "升级改造", "电能替代", "改变", "变成", "变为", "改成", "换成", "换掉", "淘汰", "脱胎换骨",
      "改头换面", "华丽转身", "更新换代", "以旧换新", "油改电", "煤改电", "煤改气", "以电代煤", "以电代油", "产业升级",
      "腾笼换鸟", "退二进三", "技术改造", "技改", "转向", "转换", "清退", "产业转型",
    ],
  },
  {
    id: "growth",
    en: [
      "growth", "grow", "grows", "growing", "grew", "increase", "increased", "increases", "increasing", "rise", "rose",
      "rising", "risen", "expand", "expanded", "expansion", "boost", "boosted", "surge", "surged", "double", "doubled",
      "jump", "jumps", "jumped", "jumping", "soar", "soars", "soared", "soaring", "climb", "climbs", "climbed",
      "climbing", "went up", "go up", "goes up", "gone up", "going up", "up from", "raise", "raises", "raised",
      "raising", "boom", "booming", "boomed", "ramp up", "ramped up", "ramping up", "scale up", "scaled up",
      "more and more", "gain", "gains", "gained", "multiply", "multiplied", "triple", "tripled", "tripling", "spike",
      "spiked", "increasingly", "rocket", "rocketed", "skyrocket", "skyrocketed", "shot up", "balloon", "ballooned",
    ],
    zh: [
      "增长", "增加", "提高", "提升", "扩大", "上升", "增速", "增幅", "翻番", "翻一番", "同比增长", "经济增长",
      "提升改造", "涨", "变多", "越来越多", "翻倍", "翻了一番", "增多", "增至", "攀升", "飙升", "激增", "大增", "扩容",
      "扩张", "增量", "新增", "增绿", "扩绿", "壮大", "做大", "新增长点", "增长引擎", "新增长极", "做大做强", "年增长",
    ],
  },
  {
    id: "reduction",
    en: [
      "reduce", "reduced", "reduces", "reducing", "reduction", "reductions", "cut", "cuts", "cutting", "decrease",
      "decreased", "decreases", "decline", "declined", "declines", "lower", "lowered", "lowering", "minimise",
      "minimize", "drop", "dropped", "fell", "fall", "curb", "curbed", "shrink", "shrinks", "shrank", "shrunk",
      "shrinking", "slash", "slashes", "slashed", "slashing", "bring down", "brings down", "brought down",
      "bringing down", "go down", "goes down", "went down", "gone down", "going down", "down from", "trim", "trims",
      "trimmed", "trimming", "halve", "halved", "halving", "plunge", "plunged", "plunging", "plummet", "plummeted",
      "plummeting", "scale back", "scaled back", "scaling back", "less and less", "fewer and fewer", "diminish",
      "diminished", "lessen", "lessened", "shrinkage",
    ],
    zh: [
      "减少", "降低", "下降", "减量", "削减", "减量化", "压减", "遏制", "压降", "降低温度", "减量化资源化无害化",
      "少了", "变少", "越来越少", "减掉", "砍掉", "降下来", "压下来", "降了", "缩减", "缩小", "减半", "回落", "降幅",
      "减幅", "锐减", "大降", "降到", "减至", "降至", "减污", "清退", "淘汰", "压缩", "少用", "减少碳排放",
      "降低碳排放", "减少排放", "降低排放", "降低气温", "气温降低", "温度降低",
    ],
  },
  {
    id: "economy",
    en: [
      "economy", "economic", "economies", "gdp", "gross domestic product", "economically", "prosperity", "wealth",
      "wealthy", "rich", "richer", "prosperous", "income", "incomes", "business environment", "bottom line",
      "gross domestic output",
    ],
    zh: [
      "经济", "地区生产总值", "国民经济", "经济增长", "生产总值", "单位地区生产总值", "单位生产总值", "经济技术开发区",
      "经济带", "长江经济带", "经济结构", "低空经济", "循环经济", "挣钱", "赚钱", "富裕", "致富", "钱袋子", "新经济",
      "单位GDP", "经济效益",
    ],
  },
  {
    id: "green",
    en: [
      "green", "greener", "eco-friendly", "environmentally friendly", "environment-friendly", "sustainable",
      "sustainability", "environmental", "environment", "eco-friendlier", "planet-friendly", "earth-friendly",
      "nature-friendly", "sustainably", "eco-conscious", "environmentalism", "environmentalist", "environmentalists",
      "climate-conscious", "low-impact",
    ],
    zh: [
      "绿色", "环境友好", "可持续", "环境", "绿色低碳", "绿色发展", "绿色生活", "绿色积分", "绿色工厂", "绿色制造",
      "绿色建筑", "绿色金融", "绿色债券", "绿色信贷", "可持续发展", "绿色转型", "生态环境部", "生态环境局", "热环境",
      "风环境", "水环境", "绿色空间", "生态环境", "环境保护", "环境整治", "绿色能源", "绿色电力", "绿色电力证书",
      "绿色甲醇", "绿色出行", "可持续航空燃料", "环保", "更绿", "变绿", "绿起来", "生态友好", "绿色消费", "绿色生产",
      "绿色车间", "绿色园区", "绿色住宅", "绿色建造", "绿色施工", "绿色账户", "绿色供应链", "环保局", "环境局",
      "居住环境", "人居环境", "扩绿", "增绿", "绿美", "绿意", "生态环境部门",
    ],
  },
  {
    id: "pollution",
    en: [
      "pollution", "pollutant", "pollutants", "polluting", "polluter", "polluters", "contamination", "contaminated",
      "contaminant", "contaminants", "pollution control", "dirty", "dirtier", "dirtiest", "filthy", "smoke", "smoky",
      "smokestack", "smokestacks", "toxic", "toxins", "toxin", "poisonous", "foul", "stink", "stinks", "stinking",
      "stench", "odor", "odour", "odors", "odours", "smelly", "noise", "noisy", "soot", "sooty", "muck",
    ],
    zh: [
      "污染", "污染物", "污染治理", "污染防治", "排污", "黑臭", "大气污染", "土壤污染", "白色污染", "脏乱差", "臭味",
      "异味", "发臭", "黑臭水体", "烟尘", "粉尘", "扬尘", "废气", "有毒", "噪音", "噪声", "治污", "防污", "排污口",
      "零污染", "高污染", "重污染企业", "减污", "水污染", "排污权交易", "排污大户", "臭水沟", "重污染天气", "污染地块",
    ],
  },
  {
    id: "air-quality",
    en: [
      "air quality", "air pollution", "smog", "haze", "particulate matter", "blue sky", "blue skies", "clean air",
      "ozone", "fine particles", "breathe", "breathing", "breathable", "smoggy", "hazy", "aqi", "good air", "bad air",
      "poor air", "dirty air", "cleaner air", "fresher air", "dust", "dusty", "sandstorm", "sandstorms", "airborne",
      "particulates", "particulate", "pm levels",
    ],
    zh: [
      "空气质量", "大气", "雾霾", "蓝天", "优良天数", "臭氧", "大气污染", "细颗粒物", "蓝天保卫战", "空气", "霾",
      "烟雾", "沙尘", "优良天", "PM2.5", "PM10", "重污染天气", "尾气",
    ],
  },
  {
    id: "governance",
    en: [
      "mechanism", "mechanisms", "institutional", "institution", "institutions", "governance", "management", "manage",
      "managed", "managing", "administration", "administer", "coordination", "coordinate", "coordinated", "handle",
      "handles", "handling", "handled", "steer", "steering", "admin", "cross-department", "cross-departmental",
      "joined-up", "task force", "task forces", "taskforce", "leading group", "leading groups", "leading small group",
      "oversight body", "run the city", "runs the city", "institutionalise", "institutionalize", "institutionalised",
      "institutionalized", "institutionalising", "system building", "rules of the game",
    ],
    zh: [
      "机制", "制度", "治理", "管理", "体制", "统筹", "协调", "长效机制", "能源管理", "合同能源管理", "管理平台",
      "市场机制", "污染治理", "管理局", "气候治理", "应急管理", "综合治理", "治理修复", "管控", "统管", "联动",
      "齐抓共管", "一盘棋", "多部门", "跨部门", "管好", "城管", "领导小组", "精细化", "联席会议", "多方共治",
      "共建共治", "能碳管理", "体制内", "能源管理中心", "能耗管理", "用能管理", "一网统管", "规划管控", "生态治理",
      "治理沿江",
    ],
  },
  {
    id: "responsibility",
    en: [
      "responsibility", "responsibilities", "accountability", "accountable", "responsible", "duty", "duties",
      "obligation", "obligations", "in charge", "blame", "liability", "liable", "answerable", "ownership", "task",
      "tasks", "whose job", "point person", "assigned to",
    ],
    zh: [
      "责任", "职责", "责任制", "主体责任", "问责", "责任清单", "负责", "分工", "任务", "包干", "担子", "担当",
      "挑大梁", "一岗双责", "负责人", "负责同志",
    ],
  },
  {
    id: "result",
    en: [
      "result", "results", "achievement", "achievements", "outcome", "outcomes", "effect", "effects", "impact",
      "impacts", "effectiveness", "accomplishment", "accomplishments", "success", "successful", "benefit", "benefits",
      "make a difference", "makes a difference", "made a difference", "making a difference", "pay off", "paid off",
      "paying off", "pays off", "payoff", "track record", "bear fruit", "bore fruit", "borne fruit", "consequence",
      "consequences", "how well", "payback", "gain ground", "difference it made", "working well", "worked well",
    ],
    zh: [
      "成效", "成果", "效果", "成就", "效益", "影响", "实效", "成绩", "降温效果", "好处", "管用", "有用", "见效",
      "起作用", "收获", "结果", "战果", "亮点", "回报", "收效", "经济效益",
    ],
  },
  {
    id: "problem",
    en: [
      "problem", "problems", "challenge", "challenges", "difficulty", "difficulties", "bottleneck", "bottlenecks",
      "shortcoming", "shortcomings", "obstacle", "obstacles", "pressure", "constraint", "constraints", "trouble",
      "troubles", "troubled", "struggle", "struggles", "struggling", "struggled", "hurdle", "hurdles", "barrier",
      "barriers", "headache", "headaches", "snag", "snags", "pain point", "pain points", "difficult", "tricky",
      "holding back", "held back", "hold back", "holds back", "gap", "gaps", "shortage", "shortages", "complaint",
      "complaints", "complain", "complained", "criticism", "criticisms", "drawback", "drawbacks", "downside",
      "downsides", "worry", "worries", "worried", "setback", "setbacks", "roadblock", "roadblocks", "sticking point",
    ],
    zh: [
      "问题", "挑战", "困难", "难题", "瓶颈", "短板", "压力", "痛点", "难点", "麻烦", "头疼", "难处", "卡脖子", "堵点",
      "缺口", "短缺", "困境", "隐患", "顽疾", "老大难", "吐槽", "投诉", "矛盾", "阻力", "障碍", "制约", "充电难",
      "停车难", "难在哪", "后顾之忧",
    ],
  },
  {
    id: "future",
    en: [
      "future", "next step", "next steps", "prospect", "prospects", "outlook", "going forward", "upcoming",
      "in the coming years", "long-term", "long term", "from now on", "years to come", "coming years", "years ahead",
      "next phase", "next stage", "next stages", "long run", "what comes next", "whats next", "eventually",
      "looking ahead", "look ahead", "down the line", "by then", "what lies ahead", "road map for", "the decade ahead",
      "next decade",
    ],
    zh: [
      "未来", "下一步", "展望", "今后", "前景", "远景", "中长期", "未来产业", "以后", "将来", "往后", "接下来", "后续",
      "长远", "长期", "到时候", "明年", "下一阶段", "远期", "远景目标", "近期",
    ],
  },
  {
    id: "vision",
    en: [
      "vision", "concept", "concepts", "idea", "ideas", "philosophy", "principle", "principles", "thought", "thinking",
      "ideology", "notion", "mindset", "ideal", "ideals", "belief", "beliefs", "ethos", "motto", "mantra", "spirit",
      "dream", "dreams", "worldview", "core values", "what they believe",
    ],
    zh: [
      "理念", "思想", "愿景", "理论", "原则", "观念", "思维", "两山理论", "想法", "初心", "梦想", "价值观", "信念",
      "精神", "主张", "理念先行", "生态优先", "以人为本", "人民至上",
    ],
  },
  {
    id: "two-mountains",
    en: [
      "lucid waters", "lush mountains", "clear waters", "green mountains", "invaluable assets", "two mountains",
      "gold and silver mountains", "mountains of gold", "green is gold", "nature is wealth", "ecology is wealth",
      "environment is wealth", "natural capital", "ecological wealth", "gold mountains", "silver mountains",
      "ecological value", "ecological products", "nature as an asset",
    ],
    zh: [
      "绿水青山", "金山银山", "两山", "两山理论", "青山绿水", "两山转化", "生态就是资源", "生态就是生产力", "生态价值",
      "生态产品",
    ],
  },
  {
    id: "ecological-civilization",
    en: [
      "ecological civilisation", "ecological civilization", "eco-civilisation", "eco-civilization", "beautiful china",
      "harmony with nature", "harmonious coexistence", "man and nature", "beautiful city", "beautiful cities",
      "humans and nature", "people and nature", "nature and people", "coexist with nature", "coexistence with nature",
      "live with nature", "green civilisation", "green civilization", "ecological progress",
    ],
    zh: [
      "生态文明", "美丽中国", "人与自然和谐共生", "和谐共生", "生态文明建设", "美丽城市", "美丽家园", "人与自然",
      "天人合一", "美丽乡村", "生态优先", "生态城市",
    ],
  },
  {
    id: "ranking",
    en: [
      "ranking", "rankings", "rank", "ranked", "ranks", "first place", "top ten", "top five", "top spot", "number one",
      "leading position", "forefront", "pioneer", "pioneers", "pioneering", "frontrunner", "front-runner", "benchmark",
      "benchmarks", "first batch", "first-batch", "first-ever", "trailblazer", "largest", "biggest", "largest-scale",
      "greatest", "highest", "longest", "record-high", "record high", "world-class", "world class", "top-tier",
      "top tier", "lead the country", "leads the country", "leading the country", "led the country", "lead the nation",
      "leads the nation", "leading the nation", "ahead of others", "best in the country", "best in china",
      "than any other", "unmatched", "unrivalled", "unrivaled", "top performer", "top performers", "top performing",
      "ahead of the curve", "first of its kind", "second to none", "most advanced", "world leader", "world leaders",
      "global leader", "national leader", "national leaders", "trendsetter", "out in front", "outnumber", "outnumbers",
      "outnumbered",
    ],
    zh: [
      "排名", "位居", "首位", "第一", "领先", "前列", "标杆", "率先", "首个", "首批", "首创", "走在前列", "全国第一",
      "居首", "最大", "最高", "之最", "规模最大", "全国最大", "最长", "纪录", "率先达峰", "数一数二", "名列前茅",
      "领跑", "打头阵", "头部", "排头兵", "领头羊", "之首", "最多", "最快", "最早", "头一个", "头号", "世界级", "一流",
      "首屈一指", "全国首例", "标杆项目",
    ],
  },

  // Measurement words
  {
    id: "capacity",
    en: [
      "capacity", "capacities", "installed capacity", "installed", "installation", "installations",
      "generating capacity", "production capacity", "nameplate", "maximum output", "rated power",
    ],
    zh: [
      "装机", "装机容量", "容量", "产能", "并网容量", "装机规模", "总装机", "发电能力", "装了多少", "装机占比", "扩容",
      "装机结构",
    ],
  },
  {
    id: "grid-connection",
    en: [
      "grid connection", "grid-connected", "grid connected", "connected to the grid", "hooked up", "feed-in",
      "grid integration", "curtailment", "curtailed", "accommodation of renewables", "hook up", "hooking up",
      "hooks up", "plug into the grid", "plugged into the grid", "connect to the grid", "connected to grid", "on-grid",
      "on grid", "off-grid", "off grid", "feed into the grid", "feeds into the grid", "feeding into the grid",
      "wasted wind power", "wasted solar power", "grid access", "absorb renewables", "renewable integration",
    ],
    zh: [
      "并网", "接入", "消纳", "弃风", "弃光", "入网", "上网电量", "并网容量", "就地消纳", "就近消纳", "并入电网",
      "弃电", "离网", "上网电价",
    ],
  },
  {
    id: "output-value",
    en: [
      "output value", "output", "production value", "gross output", "industrial output", "revenue", "revenues", "sales",
      "turnover", "operating income", "scale", "market size", "earnings", "earn", "earns", "earned", "earning",
      "profit", "profits", "profitable", "profitability", "business volume", "gross value", "economic value",
      "worth billions", "industry worth", "industry value", "how much money", "money made", "made money", "makes money",
      "income from",
    ],
    zh: [
      "产值", "营收", "营业收入", "销售额", "规模", "总产值", "产业规模", "收入", "营业额", "规模最大", "装机规模",
      "赚", "利润", "盈利", "体量", "销售", "卖了多少", "销量", "年产值", "总收入", "经济效益", "挣了多少",
      "单位产值能耗", "赚钱",
    ],
  },
  {
    id: "share",
    en: [
      "share", "shares", "proportion", "proportions", "percentage", "percentages", "percent", "per cent", "ratio",
      "ratios", "rate", "rates", "penetration", "penetration rate", "fraction", "portion", "accounts for",
      "account for", "accounting for", "coverage rate", "how much of", "majority", "minority", "out of every",
      "one in every", "one in three", "one in five", "accounted for",
    ],
    zh: [
      "占比", "比例", "比重", "渗透率", "比率", "百分比", "份额", "覆盖率", "占据", "绿化覆盖率", "森林覆盖率", "几成",
      "百分之", "占到", "占了", "所占", "占总", "一半", "三分之一", "四分之一", "三分之二", "大部分", "多数", "少数",
      "普及率", "占有率", "占全市", "占全国", "装机占比", "能源占比", "清洁能源占比", "非化石能源占比", "绿电占比",
    ],
  },
  {
    id: "total",
    en: [
      "total", "totals", "totalled", "totaled", "cumulative", "cumulatively", "in total", "altogether", "overall",
      "aggregate", "accumulated", "so far", "to date", "sum", "all told", "collectively", "add up", "adds up",
      "added up", "till now", "until now", "up to now", "thus far", "as of now", "to this day", "tally",
    ],
    zh: [
      "累计", "总计", "合计", "总量", "共计", "总共", "累积", "总体", "共有", "排放总量", "总量和强度", "一共",
      "加起来", "全部", "总数", "总额", "截至", "迄今", "到目前为止", "至今", "目前已", "总装机", "能耗总量",
      "碳排放总量", "总投资", "总收入", "总长", "总量控制", "总量强度",
    ],
  },
  {
    id: "per-capita",
    en: [
      "per capita", "per person", "per head", "per resident", "per-capita", "average per person", "each person",
      "every person", "each resident", "every resident", "per household", "per family", "per citizen", "per inhabitant",
      "average person", "each citizen", "average resident",
    ],
    zh: ["人均", "户均", "每人", "每个人", "每户", "每家", "人头", "每位", "每家每户"],
  },
  {
    id: "kilometre",
    en: ["kilometre", "kilometres", "kilometer", "kilometers", "km", "kms", "mile", "miles"],
    zh: ["公里", "千米", "公里数", "平方公里", "平方千米", "里程数", "跑多少公里", "一秒一公里"],
  },
  {
    id: "square-kilometre",
    en: [
      "square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "square metre",
      "square metres", "square meter", "square meters", "sqm", "floor area", "area of", "square feet", "square foot",
      "sq ft", "how big an area", "size of the area", "floor space", "land area", "total area", "surface area",
    ],
    zh: ["平方公里", "平方千米", "平方米", "万平方米", "面积", "占地", "平方", "平米"],
  },
  {
    id: "metre",
    en: [
      "metre", "metres", "meter", "meters", "length", "width", "height", "how long is", "how wide", "how tall",
      "how high", "spans", "spanning", "spanned", "long stretch",
    ],
    zh: ["长度", "宽度", "高度", "米宽", "延米", "米长", "全长", "总长", "长约", "绵延", "岸线长"],
  },
  {
    id: "hectare",
    en: [
      "hectare", "hectares", "ha", "acre", "acres", "mu", "acreage", "football fields", "football pitches",
      "soccer fields",
    ],
    zh: ["公顷", "亩", "万亩"],
  },
  {
    id: "ton",
    en: [
      "ton", "tons", "tonne", "tonnes", "metric ton", "metric tons", "kiloton", "kilotons", "megaton", "megatons", "mt",
      "tce", "standard coal equivalent", "coal equivalent", "tonnage", "kg", "kilogram", "kilograms", "kilogramme",
      "kilogrammes", "kilo", "kilos", "weight", "how heavy",
    ],
    zh: ["吨", "万吨", "亿吨", "吨标准煤", "吨标煤", "吨二氧化碳", "标准煤", "千克", "斤", "重量"],
  },
  {
    id: "kilowatt",
    en: [
      "kilowatt", "kilowatts", "kw", "megawatt", "megawatts", "mw", "gigawatt", "gigawatts", "gw", "watt", "watts",
      "terawatt", "terawatts", "power rating", "wattage", "horsepower", "output power", "charging power",
    ],
    zh: [
      "千瓦", "兆瓦", "吉瓦", "万千瓦", "亿千瓦", "功率", "千瓦时", "兆瓦时", "亿千瓦时", "万千瓦时", "大功率充电",
      "兆瓦超充", "瓦特",
    ],
  },
  {
    id: "kwh",
    en: [
      "kwh", "kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours", "mwh", "gwh", "twh", "megawatt-hour",
      "megawatt-hours", "units of electricity", "watt-hour", "watt-hours", "watt hour", "watt hours",
      "electricity units", "units of power",
    ],
    zh: ["千瓦时", "度电", "兆瓦时", "亿千瓦时", "万千瓦时"],
  },
  {
    id: "yuan",
    en: ["yuan", "rmb", "renminbi", "cny", "dollar", "dollars", "usd", "euro", "euros"],
    zh: ["元", "万元", "亿元", "人民币", "万元GDP", "块钱", "万块"],
  },
  {
    id: "minutes",
    en: [
      "minute", "minutes", "min", "mins", "how long does it", "how long will it", "how long it takes", "time it takes",
      "charging time", "charging times",
    ],
    zh: ["分钟", "充电五分钟", "多久", "多长时间", "充电时间", "充电5分钟"],
  },
  {
    id: "hours",
    en: [
      "hour", "hours", "hourly", "how long does it", "how long will it", "how long it takes", "time it takes",
      "time needed", "wait time", "waiting time", "waiting times", "charging time", "charging times", "overnight",
    ],
    zh: ["小时", "多久", "多长时间", "多少时间", "钟头", "个钟", "时长", "耗时", "充电时间", "全天候"],
  },
  {
    id: "annual",
    en: [
      "annual", "annually", "per year", "a year", "each year", "every year", "yearly", "per annum", "year-on-year",
      "twelve months", "annualised", "annualized",
    ],
    zh: [
      "每年", "年均", "全年", "年度", "同比", "年平均", "同比增长", "一年", "年年", "逐年", "年增长", "年排放",
      "年发电量", "年用电量", "年产值", "年吸收",
    ],
  },
  {
    id: "daily",
    en: [
      "daily", "per day", "a day", "each day", "every day", "day-to-day", "day to day", "round-the-clock",
      "every night", "each night",
    ],
    zh: ["每天", "每日", "日均", "天天", "一天", "全天候", "昼夜", "日夜", "日常"],
  },
  {
    id: "unit",
    en: [
      "unit", "units", "block", "blocks", "plot", "plots", "parcel", "parcels", "land parcel", "land parcels",
      "grid cell", "grid cells",
    ],
    zh: ["单元", "地块", "街坊", "宗地", "网格", "污染地块"],
  },
  {
    id: "diverse",
    en: [
      "diverse", "diversified", "diversify", "diversification", "multiple", "various", "varied", "multi-faceted",
      "variety", "varieties", "wide range", "all kinds", "different kinds", "many kinds", "all sorts", "assorted",
      "pluralistic", "plurality", "range of options", "many different", "a range of", "different types", "diversity",
    ],
    zh: [
      "多元", "多元化", "多样", "多样化", "多种", "多渠道", "生物多样性", "各种", "各类", "各式各样", "五花八门",
      "多方面", "全方位", "多类型", "多形式", "多领域", "多层次",
    ],
  },
  {
    id: "level",
    en: [
      "level", "levels", "grade", "grades", "tier", "tiers", "class", "classes", "category", "categories", "primary",
      "secondary", "first-level", "second-level", "hierarchy", "grading", "tiered",
    ],
    zh: [
      "等级", "一级", "二级", "三级", "级别", "层级", "类别", "分级", "层面", "层次", "档次", "星级", "分档", "阶梯",
      "梯度", "总体层面", "市级", "多层次",
    ],
  },

  // People, institutions and statements
  {
    id: "mayor",
    en: ["mayor", "mayors", "deputy mayor", "vice mayor", "vice-mayor", "acting mayor", "mayoral", "mayorship"],
    zh: ["市长", "副市长", "代市长", "前市长", "原市长", "一市之长", "老市长", "新市长"],
  },
  {
    id: "party-secretary",
    en: [
      "party secretary", "party secretaries", "party chief", "party chiefs", "party boss", "secretary",
      "municipal party secretary", "cpc secretary", "municipal party committee secretary", "party committee",
      "party leader", "party leaders", "party head", "party heads", "cpc chief", "ccp chief", "top party official",
      "top party officials",
    ],
    zh: [
      "书记", "市委书记", "党委书记", "区委书记", "省委书记", "县委书记", "市委", "前书记", "原书记", "党委一把手",
      "省委", "县委", "区委", "原市委书记", "前市委书记",
    ],
  },
  {
    id: "leader",
    en: [
      "leader", "leaders", "leadership", "official", "officials", "head", "heads", "chief", "director", "directors",
      "chairman", "governor", "governors", "cadre", "cadres", "top official", "policymaker", "policymakers", "minister",
      "ministers", "president", "boss", "bosses", "top brass", "decision-maker", "decision-makers", "decision maker",
      "decision makers", "politician", "politicians", "administrator", "administrators", "at the helm", "who runs",
      "who leads", "ceo", "ceos", "premier", "mayor", "mayors", "party secretary", "party secretaries",
    ],
    zh: [
      "领导", "负责人", "主任", "局长", "干部", "官员", "主要领导", "领导人", "省长", "区长", "县长", "主席", "部长",
      "厅长", "一把手", "当官的", "掌门人", "掌舵人", "头头", "负责同志", "主官", "决策者", "主政", "执政者", "话事人",
      "带头人", "当家人", "官方人士", "高官", "党委一把手", "机关干部", "市长", "副市长", "代市长", "前市长", "原市长",
      "书记", "市委书记", "党委书记", "区委书记", "省委书记", "县委书记", "前书记", "原书记", "领导小组", "老市长",
      "新市长", "原市委书记", "前市委书记",
    ],
  },
  {
    id: "former",
    en: [
      "former", "formerly", "previous", "predecessor", "predecessors", "ex-", "outgoing", "erstwhile", "one-time",
      "then-mayor", "then mayor", "then party secretary", "retired", "used to be", "back then", "stepped down",
      "step down", "steps down", "left office", "past mayor", "earlier mayor", "old mayor", "who used to",
    ],
    zh: [
      "前任", "前市长", "前书记", "原任", "时任", "曾任", "原市长", "原书记", "卸任", "老市长", "上一任", "前一任",
      "退休", "离任", "当时的", "原市委书记", "前市委书记", "曾经担任",
    ],
  },
  {
    id: "current",
    en: [
      "current", "currently", "incumbent", "at present", "nowadays", "new mayor", "latest", "right now", "these days",
      "newly appointed", "new party secretary", "in office", "now in charge", "serving mayor", "sitting mayor",
      "present-day", "as of today", "at the moment",
    ],
    zh: ["现任", "当前", "新任", "最新", "眼下", "如今", "新上任", "在任", "现阶段", "当下", "新市长"],
  },
  {
    id: "say",
    en: [
      "say", "says", "said", "saying", "quote", "quoted", "quotes", "quotation", "remark", "remarks", "words", "view",
      "views", "comment", "comments", "commented", "told", "emphasise", "emphasize", "emphasised", "emphasized",
      "pointed out", "speech", "speeches", "interview", "interviews", "stance", "position on", "talk", "talks",
      "talked", "talking", "speak", "speaks", "spoke", "spoken", "speaking", "mention", "mentions", "mentioned",
      "announce", "announces", "announced", "announcement", "announcements", "claim", "claims", "claimed", "argue",
      "argues", "argued", "highlight", "highlights", "highlighted", "declare", "declared", "declares", "declaration",
      "opinion", "opinions", "thoughts on", "keynote", "tell", "tells", "telling", "point out", "points out", "voice",
      "voiced",
    ],
    zh: [
      "指出", "表示", "说", "讲", "强调", "谈到", "观点", "认为", "讲话", "发言", "采访", "致辞", "看法", "所说",
      "表态", "原话", "提出", "提到", "谈及", "谈起", "聊到", "提及", "透露", "宣布", "声明", "回应", "发话", "喊话",
      "寄语", "言论", "名言", "金句", "发表", "答记者问", "宣讲",
    ],
  },
  {
    id: "meeting",
    en: [
      "conference", "conferences", "forum", "forums", "summit", "summits", "session", "sessions", "symposium",
      "congress", "plenary", "press conference", "briefing", "briefings", "expo", "exhibition", "climate talks",
      "un climate", "roundtable", "roundtables", "round table", "seminar", "seminars", "dialogue", "dialogues",
      "dialog", "convention", "conventions", "npc", "cppcc",
    ],
    zh: [
      "会议", "大会", "论坛", "峰会", "发布会", "新闻发布会", "座谈会", "两会", "全会", "常务会议", "博览会", "开会",
      "研讨会", "COP", "人代会", "党代会", "展会", "交流会", "推进会", "现场会", "座谈", "年会", "联席会议",
    ],
  },
  {
    id: "report",
    en: [
      "government work report", "work report", "report", "reports", "white paper", "bulletin", "bulletins", "yearbook",
      "communique", "communiqué", "news release", "press release", "document", "documents", "study", "studies",
      "article", "articles", "overview", "overviews", "summary", "summaries", "published", "publish", "publishes",
      "publishing", "briefing note", "fact sheet", "factsheet", "write-up", "dossier", "booklet",
    ],
    zh: [
      "政府工作报告", "工作报告", "报告", "白皮书", "公报", "年鉴", "通报", "新闻稿", "文件", "文章", "蓝皮书",
      "绿皮书", "发布", "报道", "案例集", "简报", "综述", "碳排放报告",
    ],
  },
  {
    id: "expert",
    en: [
      "expert", "experts", "scholar", "scholars", "researcher", "researchers", "professor", "professors", "academic",
      "academics", "academician", "scientist", "scientists", "think tank", "think tanks", "analyst", "analysts",
      "institute", "institutes", "specialist", "specialists", "professional", "professionals", "planner", "planners",
      "engineer", "engineers", "economist", "economists", "climatologist", "climatologists", "consultant",
      "consultants", "adviser", "advisers", "advisor", "advisors", "advisory", "insider", "insiders", "phd",
      "study authors", "authority on",
    ],
    zh: [
      "专家", "学者", "研究员", "教授", "院士", "科学家", "研究院", "智库", "研究所", "研究中心", "专业人士",
      "业内人士", "内行", "权威", "顾问", "咨询", "分析师", "工程师", "规划师", "研究人员", "科研人员", "科研团队",
      "研究机构", "科研机构",
    ],
  },
  {
    id: "residents",
    en: [
      "resident", "residents", "population", "populations", "people", "citizen", "citizens", "inhabitant",
      "inhabitants", "populace", "permanent residents", "permanent population", "general public", "headcount",
      "head count", "census", "dwellers", "urbanites", "urbanite", "townspeople", "townsfolk", "netizen", "netizens",
      "demographic", "demographics", "populous", "inhabit", "inhabited", "inhabits", "live there", "lives there",
      "living there", "lived there", "live here", "living here", "live in the city", "living in the city",
      "members of the public", "folks", "community members",
    ],
    zh: [
      "居民", "人口", "常住人口", "市民", "群众", "老百姓", "公众", "人民群众", "户籍人口", "居民家庭", "公众参与",
      "多少人", "人数", "人口规模", "住着", "住在", "生活在", "百姓", "民众", "大众", "人们", "邻居", "网友",
      "千万人口", "千万级人口", "街坊邻居", "常住", "户籍", "人口大市",
    ],
  },
  {
    id: "volunteer",
    en: [
      "volunteer", "volunteers", "volunteering", "participation", "participate", "participated", "public participation",
      "engagement", "involvement", "grassroots", "social organisation", "social organization", "ngo", "ngos",
      "take part", "takes part", "taking part", "took part", "taken part", "join in", "joins in", "joined in",
      "pitch in", "civil society", "citizen science", "crowdsourcing", "crowdsourced", "consultation", "have a say",
      "activist", "activists", "activism", "charity", "charities", "nonprofit", "nonprofits", "non-profit",
      "non-profits", "bottom-up",
    ],
    zh: [
      "志愿者", "参与", "公众参与", "社会组织", "全民参与", "志愿服务", "共建共治", "义工", "志愿", "参加", "加入",
      "全民", "人人", "大家一起", "公益", "社工", "征求意见", "共建共享",
    ],
  },
  {
    id: "jobs",
    en: [
      "job", "jobs", "employment", "employ", "employed", "employee", "employees", "worker", "workers", "workforce",
      "labour", "labor", "green jobs", "staff", "hire", "hires", "hiring", "hired", "unemployment", "unemployed",
      "career", "careers", "wage", "wages", "salary", "salaries", "labourer", "labourers", "laborer", "laborers",
      "personnel", "manpower", "workplace", "workplaces", "work opportunities", "blue-collar", "white-collar",
    ],
    zh: [
      "就业", "岗位", "员工", "职工", "工人", "劳动力", "从业人员", "职工食堂", "上班", "打工", "饭碗", "用工", "招工",
      "招聘", "工资", "劳动者", "户外劳动者", "教工食堂", "环卫工人", "环卫工", "农民工", "从业者", "务工", "工作人员",
      "机关工作人员", "政府工作人员", "公职人员", "公务人员", "劳动者港湾",
    ],
  },
  {
    id: "national",
    en: [
      "national", "nationwide", "country", "countrywide", "state-level", "central government", "state council", "ndrc",
      "ministry", "ministries", "across the country", "whole country", "central authorities", "nation", "nations",
      "nationally", "at home and abroad", "domestic market",
    ],
    zh: [
      "国家", "全国", "国务院", "国家发展改革委", "部委", "中央", "国家级", "生态环境部", "全国第一", "全国最大",
      "国内", "我国", "国标", "占全国", "国家机关", "全国首例",
    ],
  },
  {
    id: "provincial",
    en: [
      "province", "provinces", "provincial", "provincial-level", "autonomous region", "autonomous regions",
      "provincewide",
    ],
    zh: [
      "省级", "全省", "自治区", "省内", "省政府", "省份", "省里", "省委", "本省", "外省", "各省", "省会", "省电力",
      "省电网", "跨省", "省道", "省委书记", "省域", "省水利",
    ],
  },
  {
    id: "bureau",
    en: [
      "bureau", "bureaus", "department", "departments", "commission", "commissions", "administration bureau", "agency",
      "agencies", "office", "offices", "ecology and environment bureau", "development and reform commission",
      "housing bureau", "urban-rural development", "management committee", "line ministries",
    ],
    zh: [
      "委员会", "部门", "生态环境局", "发改委", "住建局", "住建", "发展改革委", "管理局", "发展和改革委员会",
      "住房和城乡建设", "政府部门", "国家发展改革委", "有关部门", "相关部门", "主管部门", "职能部门", "环保局",
      "环境局", "交通局", "发改", "工信局", "市场监管局", "水务局", "园林局", "城管", "气象局", "跨部门", "多部门",
      "统计局", "管委会", "工信部", "交通运输局", "生态环境部门", "能源局",
    ],
  },
  {
    id: "cooperation",
    en: [
      "cooperation", "co-operation", "collaboration", "collaborate", "collaborative", "partnership", "partnerships",
      "partner", "partners", "joint", "jointly", "international cooperation", "sister city", "sister cities",
      "alliance", "alliances", "twinning", "team up", "teams up", "teamed up", "teaming up", "work together",
      "works together", "worked together", "working together", "hand in hand", "cooperate", "cooperates", "cooperated",
      "cooperating", "cooperative", "coalition", "coalitions", "friendship city", "friendship cities",
      "share experience", "share experiences", "sharing experience", "sharing experiences", "exchange experience",
      "help each other", "join forces", "joining forces", "joined forces", "synergy", "synergies", "synergistic",
      "synergistically", "in concert", "collaboratively", "mutual learning", "learn from each other",
    ],
    zh: [
      "合作", "协作", "伙伴", "联合", "交流", "国际合作", "联盟", "友好城市", "协同", "结对", "协同发展", "区域协同",
      "多能协同", "源网荷储协同", "车路协同", "联手", "携手", "一起干", "抱团", "牵手", "共建", "共享", "互助", "帮扶",
      "对口支援", "共同", "联动", "协同推进", "共建共享", "共建共治", "多方共治", "互利共赢", "交流会",
    ],
  },
  {
    id: "world",
    en: [
      "world", "global", "globally", "worldwide", "international", "internationally", "overseas", "abroad", "foreign",
      "planet", "earth", "other countries", "united nations", "un", "developed countries", "developing countries",
    ],
    zh: [
      "世界", "全球", "国际", "海外", "境外", "国外", "国际上", "国际合作", "全球变暖", "地球", "联合国", "外国",
      "各国", "走出去", "世界级",
    ],
  },

  // City and urban form
  {
    id: "city",
    en: [
      "city", "cities", "urban", "municipal", "municipality", "municipalities", "metropolis", "metropolitan", "town",
      "towns", "citywide", "city-wide", "downtown", "urbanisation", "urbanization", "urbanised", "urbanized",
      "urbanising", "urbanizing",
    ],
    zh: [
      "城市", "市区", "都市", "城区", "全市", "城镇", "市域", "主城区", "试点城市", "城市信息模型", "城市信息模型平台",
      "三维城市模型", "美丽城市", "友好城市", "超大城市", "特大城市", "大城市", "超大特大城市", "一线城市", "城市群",
      "都市圈", "城市规划", "城市设计", "城市更新", "人民城市", "城市风貌", "城市热岛", "城市气候", "城市风道",
      "城市内涝", "海绵城市", "韧性城市", "气候适应型城市", "公园城市", "森林城市", "公交都市", "城市配送", "无废城市",
      "无废城市建设", "城市垃圾", "城里", "市里", "市内", "市中心", "老城", "老城区", "新城", "本市", "该市", "全城",
      "城市建设", "城市大脑", "城市布局", "城市呼吸", "数字城市", "生态城市", "超充之城", "数字孪生城市",
      "地理城市系统", "城市模型", "三维城市", "城市信息平台", "产业新城", "占全市", "城区范围", "大都市", "特大型城市",
      "超大型城市", "千万级城市", "邻近城市", "城市圈", "都市区", "城市格局", "城市空间", "城市结构", "城市形象",
      "城市更热", "城市高温", "城区高温", "城市热环境", "城市通风", "城市看海",
    ],
  },
  {
    id: "district",
    en: [
      "district", "districts", "county", "counties", "borough", "boroughs", "subdistrict", "subdistricts",
      "county-level", "ward", "wards", "suburb", "suburbs", "suburban", "outskirts", "part of the city",
      "parts of the city",
    ],
    zh: [
      "区县", "辖区", "县区", "行政区", "县域", "区级", "县级", "郊区", "近郊", "远郊", "城郊", "各区", "县城", "区里",
      "区政府", "区委", "城区范围", "区委书记",
    ],
  },
  {
    id: "community",
    en: [
      "community", "communities", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
      "residential area", "residential areas", "residential compound", "residential compounds", "neighbors",
      "neighbours", "neighbor", "neighbour", "local area", "local areas", "residential quarter", "residential quarters",
      "housing complex", "housing complexes", "apartment complex", "apartment complexes", "15-minute city",
      "minute city", "doorstep", "residents committee", "living quarters",
    ],
    zh: [
      "社区", "小区", "街道", "居住区", "片区", "街区", "住宅小区", "老旧小区", "无废社区", "家门口", "楼下", "邻里",
      "居委会", "物业", "生活圈", "街坊邻居", "城中村", "街区规划",
    ],
  },
  {
    id: "rural",
    en: [
      "rural", "village", "villages", "countryside", "township", "townships", "rural area", "rural areas", "villager",
      "villagers", "hamlet", "hamlets", "peasant", "peasants", "remote areas", "remote area", "country life",
      "backcountry",
    ],
    zh: ["农村", "乡村", "乡镇", "村庄", "村民", "乡村振兴", "美丽乡村", "乡下", "村", "城乡", "偏远地区", "山区"],
  },
  {
    id: "agriculture",
    en: [
      "agriculture", "agricultural", "farm", "farms", "farming", "farmland", "farmer", "farmers", "crop", "crops",
      "cropland", "fishery", "fisheries", "livestock", "paddy", "paddies", "orchard", "orchards", "grow food",
      "growing food", "harvest", "harvests", "harvested", "poultry", "cattle", "pigs", "aquaculture", "agritech",
      "fertiliser", "fertilizer", "fertilisers", "fertilizers", "pesticide", "pesticides", "food production",
      "smallholder", "smallholders", "agri", "agrifood",
    ],
    zh: [
      "农业", "农田", "耕地", "农户", "农民", "种植", "渔业", "畜牧", "种地", "种田", "务农", "庄稼", "粮田", "农作物",
      "大棚", "养殖", "化肥", "农药", "果园", "稻田", "菜地", "农场", "农家", "鱼塘", "秸秆", "农林废弃物", "畜禽粪污",
      "农产品", "粮食生产", "农业生产",
    ],
  },
  {
    id: "megacity",
    en: [
      "megacity", "megacities", "mega city", "mega cities", "mega-city", "supercity", "super-large city",
      "super large city", "megalopolis", "large city", "large cities", "big city", "big cities", "major city",
      "major cities", "huge city", "huge cities", "giant city", "giant cities", "massive city", "massive cities",
      "sprawling city", "sprawling cities", "first-tier city", "first-tier cities", "tier-one city", "tier-one cities",
      "tier one city", "top-tier city", "top-tier cities", "city of millions", "cities of millions", "mega-cities",
      "super city", "superstar city", "large metropolis",
    ],
    zh: [
      "超大城市", "特大城市", "大城市", "超大特大城市", "一线城市", "大都市", "特大型城市", "千万人口", "新一线",
      "超大型城市", "千万级城市", "人口大市", "千万级人口",
    ],
  },
  {
    id: "regional",
    en: [
      "regional", "region", "regions", "cross-regional", "cross-border", "integration", "metropolitan area",
      "urban agglomeration", "urban agglomerations", "city cluster", "city clusters", "economic belt",
      "coordinated development", "city circle", "neighbouring cities", "neighboring cities", "neighbouring city",
      "neighboring city", "nearby cities", "nearby city", "surrounding areas", "surrounding area", "surrounding cities",
      "cross-city", "inter-city", "intercity", "interregional", "neighbouring provinces", "neighboring provinces",
    ],
    zh: [
      "区域", "城市群", "都市圈", "一体化", "协同发展", "经济带", "跨区域", "区域协同", "长江经济带", "周边",
      "邻近城市", "城际", "同城化", "跨市", "跨省", "全域", "城市圈", "都市区",
    ],
  },
  {
    id: "urban-planning",
    en: [
      "urban planning", "city planning", "spatial planning", "land use", "land-use", "master plan",
      "territorial planning", "urban design", "regulatory plan", "detailed plan", "spatial layout", "urban form",
      "town planning", "city design", "city plan", "city plans", "urban plan", "urban plans", "land planning",
      "urban development", "planning rules", "zoning rules", "development control", "planning permission",
      "city layout", "layout of the city", "street layout", "road layout", "open-space planning",
    ],
    zh: [
      "城市规划", "国土空间规划", "空间规划", "用地", "控规", "总体规划", "城市设计", "土地利用", "国土空间",
      "空间布局", "控制性详细规划", "规划师", "城市布局", "城市格局", "规划图", "城市建设", "城建", "土地规划",
      "规划建设", "城市空间", "空间格局", "开敞空间布局", "城市结构", "建设用地", "街区规划", "详细规划", "专项规划",
      "控制性规划", "规划管控", "规划设计", "工业用地",
    ],
  },
  {
    id: "density",
    en: [
      "density", "dense", "densely", "high-density", "compact", "crowded", "built-up", "building density",
      "floor area ratio", "plot ratio", "tightly packed", "sprawl", "cramped", "overcrowded", "overcrowding",
      "packed together", "jam-packed", "concentration of buildings", "crammed", "people per square kilometre",
    ],
    zh: [
      "密度", "高密度", "紧凑", "容积率", "建筑密度", "密集", "建成区", "拥挤", "人挤人", "稠密", "密密麻麻", "楼间距",
      "摊大饼", "高楼林立", "高强度开发", "开发强度",
    ],
  },
  {
    id: "urban-renewal",
    en: [
      "urban renewal", "urban regeneration", "renovation", "renovations", "renovate", "renovated", "retrofit",
      "retrofits", "retrofitting", "retrofitted", "old neighbourhood", "old neighbourhoods", "old neighborhood",
      "old neighborhoods", "old residential", "redevelopment", "refurbishment", "refurbish", "facelift", "facelifts",
      "spruce up", "spruced up", "sprucing up", "fix up", "fixed up", "fixing up", "old buildings", "old town",
      "old towns", "old city", "old district", "old districts", "slum", "slums", "shanty", "shantytown", "shantytowns",
      "urban village", "urban villages", "demolition", "demolish", "demolished", "demolishing", "rebuild", "rebuilt",
      "rebuilding", "renewal", "gentrification", "gentrify", "new look",
    ],
    zh: [
      "城市更新", "改造", "老旧小区", "旧改", "更新改造", "提升改造", "升级改造", "城中村", "节能改造", "翻新", "拆迁",
      "拆除", "拆旧建新", "棚改", "棚户区", "焕新", "面貌一新", "大变样", "换新颜", "老房子", "旧城", "老城区",
      "有机更新", "焕然一新", "旧物改造",
    ],
  },
  {
    id: "infrastructure",
    en: [
      "infrastructure", "infrastructures", "facility", "facilities", "pipeline", "pipelines", "pipe network",
      "pipe networks", "underground pipe", "utility tunnel", "utility tunnels", "municipal facilities", "public works",
      "pipes", "pipe", "amenity", "amenities", "civil works", "roads and bridges", "utility networks",
      "drainage network", "drainage networks", "sewer network", "sewer networks",
    ],
    zh: [
      "基础设施", "设施", "管网", "地下管廊", "综合管廊", "管道", "市政设施", "新基建", "排水管网", "污水管网",
      "储能设施", "管道燃气", "充电设施", "充电基础设施", "基建", "市政工程", "水管", "道路桥梁", "水电气",
      "数字基础设施", "新型基础设施", "信息基础设施",
    ],
  },
  {
    id: "completion",
    en: [
      "completed", "completion", "put into operation", "put into service", "came online", "come online",
      "went into operation", "in operation", "operational", "inaugurated", "up and running", "finished", "went live",
      "go live", "goes live", "gone live", "opened to the public", "open to the public", "open to traffic",
      "opened to traffic", "wrap up", "wrapped up", "into service", "entered service", "ribbon-cutting",
      "ribbon cutting", "fully built", "already built", "has built", "have built", "been built", "handed over",
      "officially opened",
    ],
    zh: [
      "建成", "投运", "投产", "投入使用", "投入运营", "竣工", "建成投运", "完工", "开通", "通车", "开业", "落成",
      "完成", "建好", "建起", "用上", "投用", "交付", "建了多少", "建了几", "正式运营", "正式启用",
    ],
  },
  {
    id: "livability",
    en: [
      "liveable", "livable", "livability", "liveability", "quality of life", "wellbeing", "well-being", "comfort",
      "comfortable", "happiness", "people-centred", "people-centered", "people's livelihood", "livelihood",
      "livelihoods", "nice place to live", "great place to live", "good place to live", "pleasant", "enjoyable",
      "happier", "better life", "better lives", "good life", "people-first", "people first", "living conditions",
      "living environment", "living environments", "convenient", "convenience", "satisfaction", "cozy", "cosy",
      "well-off", "standard of living", "living standards", "quality living",
    ],
    zh: [
      "宜居", "民生", "幸福感", "获得感", "舒适", "人民城市", "宜业", "舒适度", "安全感", "热舒适", "舒服", "好住",
      "生活品质", "生活质量", "幸福", "满意度", "便民", "美好生活", "好日子", "安居乐业", "居住环境", "人居环境",
      "惠民", "利民", "生活便利", "以人为本", "人民至上", "人体舒适度",
    ],
  },
  {
    id: "health",
    en: [
      "health", "healthy", "public health", "heatstroke", "heat stroke", "heat illness", "disease", "diseases",
      "hospital", "hospitals", "medical", "elderly", "vulnerable", "vulnerable groups", "outdoor workers", "sick",
      "sickness", "ill", "illness", "illnesses", "doctor", "doctors", "nurse", "nurses", "clinic", "clinics",
      "ambulance", "ambulances", "death", "deaths", "died", "die", "dying", "mortality", "older people", "old people",
      "seniors", "the aged", "sunstroke", "dehydration", "medicine", "respiratory", "asthma", "lungs", "hospitalised",
      "hospitalized", "pregnant women", "infants", "babies", "at-risk groups",
    ],
    zh: [
      "健康", "中暑", "公共卫生", "医院", "医疗", "老年人", "热射病", "户外劳动者", "弱势群体", "医疗废物", "看病",
      "生病", "疾病", "死亡", "伤亡", "老人", "一老一小", "长者", "孕妇", "环卫工人", "户外工作者", "医生", "护士",
      "诊所", "救护车", "呼吸道", "心血管", "防暑", "老年群体", "特殊群体", "易感人群",
    ],
  },
  {
    id: "safety",
    en: [
      "safety", "safe", "security", "secure", "energy security", "food security", "grain security", "reliability",
      "reliable", "stable", "stability", "guarantee", "guaranteed", "accident", "accidents", "blackout", "blackouts",
      "power cut", "power cuts", "outage", "outages", "keep the lights on", "peace of mind", "risk-free",
      "without risk", "power shortage", "power shortages", "electricity shortage", "electricity shortages",
      "energy shortage", "energy shortages", "hazard-free",
    ],
    zh: [
      "安全", "能源安全", "粮食安全", "保障", "可靠", "稳定", "保供", "安全保障", "安全感", "停电", "断电", "限电",
      "拉闸限电", "缺电", "电力紧张", "事故", "放心", "靠谱", "兜底", "停水", "水安全",
    ],
  },
  {
    id: "roof",
    en: [
      "roof", "roofs", "rooftop", "rooftops", "green roof", "green roofs", "roof garden", "roof gardens",
      "vertical greening", "green wall", "green walls", "facade", "façade", "facades", "top of buildings",
      "tops of buildings", "sky garden", "sky gardens", "terrace", "terraces", "exterior wall", "exterior walls",
      "building envelope", "balcony", "balconies", "building walls", "vertical gardens", "vertical garden",
    ],
    zh: [
      "屋顶", "屋面", "屋顶绿化", "立体绿化", "垂直绿化", "外墙", "楼顶", "墙面", "屋顶光伏", "房顶", "天台", "露台",
      "阳台", "顶楼", "空中花园", "墙体", "立面", "绿墙", "屋顶发电",
    ],
  },
  {
    id: "lighting",
    en: [
      "street lighting", "street light", "street lights", "streetlight", "streetlights", "led lighting", "led lights",
      "public lighting", "lamp", "lamps", "illumination", "lightbulb", "lightbulbs", "bulb", "bulbs", "night lighting",
      "light show", "light shows", "lamppost", "lampposts", "floodlight", "floodlights", "lights at night",
      "lighting fixtures",
    ],
    zh: ["照明", "路灯", "灯具", "节能灯", "亮化", "照明系统", "灯光", "灯泡", "LED灯", "亮灯", "夜景", "关灯"],
  },
  {
    id: "commerce",
    en: [
      "shopping mall", "shopping malls", "mall", "malls", "supermarket", "supermarkets", "retail", "retailer",
      "retailers", "shop", "shops", "convenience store", "convenience stores", "wet market", "farmers market",
      "commercial", "grocery store", "grocery stores", "e-commerce", "ecommerce", "department store",
      "department stores", "business district", "business districts", "cbd", "boutique", "boutiques", "high street",
      "high streets", "shopkeeper", "shopkeepers", "store owners", "market stall", "market stalls", "street vendor",
      "street vendors", "hawker", "hawkers",
    ],
    zh: [
      "商场", "超市", "商超", "零售", "农贸市场", "菜市场", "商店", "商业", "商圈", "商业建筑", "商业综合体", "店铺",
      "门店", "商铺", "小卖部", "便利店", "网购", "电商", "购物", "逛街", "步行街", "商家", "商户", "实体店", "小商贩",
      "摊贩", "商业化",
    ],
  },
  {
    id: "tourism",
    en: [
      "tourism", "tourist", "tourists", "visitor", "visitors", "sightseeing", "leisure", "recreation", "recreational",
      "tourist attraction", "scenic area", "scenic spot", "vacation", "vacations", "holidaymakers", "holiday-makers",
      "sightseers", "day-trippers", "day trippers", "attraction", "attractions", "hotspot", "hotspots", "popular spot",
      "popular spots", "check-in spot", "check-in spots", "instagrammable", "internet-famous", "internet famous",
      "tour", "tours", "theme park", "theme parks", "resort", "resorts", "weekend trip", "weekend trips", "day out",
      "place to visit", "places to visit",
    ],
    zh: [
      "旅游", "游客", "文旅", "休闲", "游憩", "观光", "景区", "游览", "景点", "打卡", "网红", "游玩", "出游", "度假",
      "去处", "遛弯", "游人", "赏景", "踏青", "游船", "亲子游",
    ],
  },
  {
    id: "culture",
    en: [
      "culture", "cultural", "heritage", "history", "historic", "historical", "tradition", "traditional", "humanities",
      "cultural relics", "ancient", "museum", "museums", "nostalgia", "nostalgic", "memories", "old streets",
      "old street", "sense of place",
    ],
    zh: [
      "文化", "历史", "传统", "遗产", "人文", "文脉", "历史文化", "文物", "老底子", "古老", "古建筑", "老建筑", "老街",
      "记忆", "乡愁", "非遗", "古城", "古镇", "营建智慧", "老字号", "文化馆",
    ],
  },
  {
    id: "landscape",
    en: [
      "landscape", "landscapes", "landscaping", "scenery", "scenic", "vista", "vistas", "skyline", "aesthetic",
      "aesthetics", "beautiful", "beauty", "townscape", "cityscape", "picturesque", "appearance", "eyesore", "eyesores",
      "visual", "visually", "streetscape", "streetscapes", "landmark", "landmarks", "look of the city", "city image",
      "urban image", "river views", "postcard", "photogenic", "beautification", "beautify", "beautified", "beautifying",
    ],
    zh: [
      "景观", "风景", "景色", "风貌", "美景", "城市风貌", "天际线", "颜值", "好看", "漂亮", "美丽", "景致", "面貌",
      "地标", "美化", "靓丽", "城市形象", "景观带", "颜值担当", "江景", "美丽家园", "面貌一新",
    ],
  },

  // Heat, wind and ventilation
  {
    id: "heat",
    en: [
      "heat", "hot", "heatwave", "heatwaves", "heat wave", "heat waves", "extreme heat", "high temperature",
      "high temperatures", "scorching", "sweltering", "hottest", "hotter", "temperature", "temperatures", "scorcher",
      "scorchers", "blistering", "warmer", "warmest", "humid", "humidity", "muggy", "stifling", "sultry", "celsius",
      "centigrade", "fahrenheit", "thermometer", "thermometers", "sizzling",
    ],
    zh: [
      "高温", "炎热", "酷热", "热浪", "热环境", "气温", "温度", "酷暑", "高温天气", "极端高温", "闷热", "降低温度",
      "地表温度", "天热", "天气热", "热死", "热得", "大热天", "暑热", "暑气", "炎夏", "酷夏", "火炉", "桑拿天", "烈日",
      "暴晒", "炙烤", "蒸笼", "升温", "摄氏度", "城市更热", "城市高温", "热环境导控", "太热了", "热坏了", "天太热",
      "天这么热", "城区高温", "城市热环境", "降低气温", "气温降低", "温度降低", "酷暑天",
    ],
  },
  {
    id: "urban-heat-island",
    en: [
      "urban heat island", "heat island", "heat-island", "heat islands", "uhi", "heat island effect", "concrete jungle",
      "concrete jungles", "city heat", "urban heat", "asphalt", "paved surfaces", "paved surface", "heat-absorbing",
      "hotter than the countryside", "overheating", "hard surfaces",
    ],
    zh: ["热岛", "热岛效应", "城市热岛", "热岛强度", "城市更热", "水泥森林", "城市高温", "城区高温", "城市热环境"],
  },
  {
    id: "cooling",
    en: [
      "cool", "cooling", "cooler", "cooled", "cool down", "lower temperature", "lower temperatures",
      "reduce temperature", "temperature reduction", "shade", "shading", "shaded", "refreshing", "coolness",
      "beat the heat", "beating the heat", "escape the heat", "escaping the heat", "chill out", "misting", "mist",
      "sprinkler", "sprinklers", "water spray", "water sprays", "shady", "drop in temperature", "lower the temperature",
      "lowering the temperature", "bring down temperatures", "bring temperatures down", "less hot", "heat relief",
      "relief from heat", "relief from the heat", "stay comfortable",
    ],
    zh: [
      "清凉", "降温", "凉爽", "纳凉", "遮阴", "降低温度", "冷却", "遮荫", "消暑", "降温效果", "清凉驿站", "纳凉点",
      "凉快", "阴凉", "乘凉", "解暑", "防暑", "去暑", "降低气温", "气温降低", "温度降低", "降几度", "遮阳", "树荫",
      "喷雾", "喷淋", "凉风", "消暑纳凉", "林荫", "林荫道", "不那么热", "纳凉场所", "乘凉点", "纳凉处", "降温点",
    ],
  },
  {
    id: "cooling-shelter",
    en: [
      "cooling centre", "cooling center", "cooling centres", "cooling centers", "cooling shelter", "cooling shelters",
      "cool spot", "cool spots", "heat refuge", "heat refuges", "air-conditioned shelter", "rest station",
      "rest stations", "place to cool off", "places to cool off", "cool room", "cool rooms", "cooling room",
      "cooling rooms", "air-conditioned rooms", "air-conditioned room", "refuge", "refuges", "shelter", "shelters",
      "rest stop", "rest stops", "water station", "water stations", "cool place", "cool places", "cool spaces",
      "cooling space", "cooling spaces", "cooling stations", "cooling station",
    ],
    zh: [
      "清凉驿站", "避暑", "纳凉点", "避暑点", "爱心驿站", "驿站", "避暑场所", "纳凉场所", "乘凉点", "休息点", "歇脚",
      "空调房", "凉亭", "避难所", "避难场所", "劳动者港湾", "消暑纳凉", "纳凉处", "降温点",
    ],
  },
  {
    id: "microclimate",
    en: [
      "microclimate", "micro-climate", "microclimates", "thermal comfort", "urban climate", "local climate",
      "surface temperature", "land surface temperature", "thermal environment", "felt temperature",
      "apparent temperature", "outdoor comfort", "feels-like temperature", "street-level temperature",
      "street-level climate", "local temperatures", "neighbourhood climate", "thermal conditions", "heat environment",
    ],
    zh: [
      "微气候", "热舒适", "城市气候", "地表温度", "局地气候", "小气候", "体感", "局部气候", "小环境", "热环境导控",
      "热环境", "城市热环境", "人体舒适度",
    ],
  },
  {
    id: "ventilation",
    en: [
      "ventilation", "ventilate", "ventilated", "ventilating", "airflow", "air flow", "airflows", "breeze", "breezes",
      "air circulation", "fresh air", "air exchange", "let air through", "air movement", "stuffy", "wind flow",
      "let the wind in", "air ducts", "air duct", "bring in wind", "bring wind into", "wind into the city",
      "circulate air", "circulating air", "stagnant air", "air stagnation",
    ],
    zh: [
      "通风", "引风", "导风", "空气流通", "新风", "通风量", "空气交换", "通风廊道", "通风走廊", "引风廊道", "通风道",
      "透气", "透风", "空气流动", "气流", "换气", "吹风", "进风", "送风", "凉风", "引风入城", "风流通", "自然通风",
      "风吹进来", "城市呼吸", "会呼吸", "导风廊道", "通风带", "城市通风",
    ],
  },
  {
    id: "wind",
    en: [
      "wind", "winds", "windy", "gust", "gusts", "wind speed", "wind direction", "prevailing wind", "sea breeze",
      "monsoon", "wind environment", "air current", "air currents", "land breeze", "mountain breeze", "valley breeze",
      "gale", "gales", "windward", "leeward", "downwind", "upwind",
    ],
    zh: [
      "风向", "风速", "季风", "风环境", "主导风向", "盛行风", "自然风", "海风", "湖风", "江风", "山谷风", "风频",
      "大风", "刮风", "风大", "微风", "风吹", "来风", "东南风", "西北风", "东北风", "西南风", "迎风", "海陆风", "凉风",
      "大风车", "风吹进来", "海陆风能",
    ],
  },
  {
    id: "corridor",
    en: [
      "corridor", "corridors", "channel", "channels", "passageway", "passageways", "belt", "belts", "greenway",
      "greenways", "axis", "axes", "green strip", "green strips", "linear park", "linear parks", "trail", "trails",
      "boulevard", "boulevards", "avenue", "avenues", "green link", "green links", "green connector", "green artery",
      "green arteries",
    ],
    zh: [
      "廊道", "走廊", "通道", "绿廊", "绿道", "生态廊道", "绿带", "轴线", "通风廊道", "通风走廊", "引风廊道",
      "过江通道", "绿化带", "林荫道", "生态带", "景观带", "风廊道", "导风廊道", "通风带", "高速走廊",
    ],
  },
  {
    id: "ventilation-corridor",
    en: [
      "ventilation corridor", "ventilation corridors", "wind corridor", "wind corridors", "air corridor",
      "air corridors", "wind path", "wind paths", "ventilation channel", "ventilation channels", "air path",
      "air paths", "air channel", "air channels", "wind channel", "wind channels", "breeze corridor",
      "breeze corridors", "breezeway", "breezeways", "ventilation path", "ventilation paths", "ventilation lane",
      "ventilation lanes", "wind lane", "wind lanes", "cooling corridor", "cooling corridors", "airflow corridor",
      "airflow corridors",
    ],
    zh: [
      "通风廊道", "风道", "城市风道", "通风走廊", "引风廊道", "风廊", "通风道", "通风带", "风廊道", "导风廊道", "风路",
      "引风入城", "城市呼吸", "城市通风",
    ],
  },
  {
    id: "summer",
    en: [
      "summer", "summers", "summertime", "dog days", "midsummer", "hot season", "july", "august", "june", "hot months",
      "hottest months", "hot month",
    ],
    zh: [
      "夏季", "夏天", "盛夏", "三伏", "伏天", "入夏", "夏日", "暑期", "暑假", "七月", "八月", "六月", "炎夏", "酷夏",
      "大暑", "小暑", "入伏", "酷暑天",
    ],
  },
  {
    id: "winter",
    en: [
      "winter", "winters", "wintertime", "cold", "cold wave", "cold waves", "freezing", "snow", "snowfall", "chill",
      "frost", "frosty", "icy", "ice", "december", "january", "february", "heating months", "sub-zero", "subzero",
      "colder", "coldest",
    ],
    zh: [
      "冬季", "冬天", "寒潮", "低温", "严寒", "降雪", "寒冷", "寒冬", "天冷", "很冷", "好冷", "冰冻", "结冰", "霜冻",
      "下雪", "冰雪", "冬日", "隆冬", "倒春寒",
    ],
  },
  {
    id: "weather",
    en: [
      "weather", "meteorological", "meteorology", "meteorologist", "forecast", "forecasts", "forecasting",
      "early warning", "warning", "warnings", "alert", "alerts", "met office", "weatherman", "sunny", "alarm", "alarms",
      "climate data",
    ],
    zh: [
      "气象", "天气", "预报", "预警", "气象局", "气象台", "红色预警", "高温天气", "极端天气", "气象灾害", "天儿",
      "晴天", "阴天", "雨天", "下雨", "重污染天气", "天气热", "不下雨",
    ],
  },
  {
    id: "climate-change",
    en: [
      "climate", "climate change", "global warming", "climate crisis", "climate action", "climate policy", "climatic",
      "climate goals", "planet warming", "warming planet", "warming world", "global heating",
    ],
    zh: [
      "气候", "气候变化", "全球变暖", "应对气候变化", "气候行动", "升温", "气候治理", "微气候", "城市气候", "局地气候",
      "小气候", "气候适应", "适应气候变化", "气候适应型城市", "气候韧性", "变暖", "暖化", "局部气候",
    ],
  },
  {
    id: "heating",
    en: [
      "district heating", "central heating", "space heating", "winter heating", "heat supply", "clean heating",
      "boiler", "boilers", "radiator", "radiators", "heating season", "keep warm", "keeping warm", "stay warm",
      "warm homes", "heater", "heaters", "stove", "stoves", "underfloor heating", "heating system", "heating systems",
      "warm houses", "heat homes", "heating homes", "home heating", "heating in winter",
    ],
    zh: [
      "供暖", "供热", "集中供热", "清洁取暖", "取暖", "锅炉", "采暖", "供暖季", "暖气", "地暖", "电采暖", "煤改电",
      "煤改气",
    ],
  },
  {
    id: "air-conditioning",
    en: [
      "air conditioning", "air-conditioning", "air conditioner", "air conditioners", "air-conditioned", "hvac",
      "district cooling", "chiller", "chillers", "refrigeration", "cold storage", "aircon", "air con", "air-con",
      "fridge", "fridges", "refrigerator", "refrigerators", "cooling demand", "cooling load", "cooling systems",
      "cooling equipment", "air coolers", "air cooler", "ac units", "ac use",
    ],
    zh: [
      "空调", "制冷", "区域供冷", "冷源", "冷站", "冷库", "集中供冷", "冷气", "冰箱", "空调房", "少开空调", "冷水机组",
      "中央空调",
    ],
  },

  // Water, rivers, floods and sponge city
  {
    id: "river",
    en: [
      "river", "rivers", "riverside", "riverine", "waterway", "waterways", "stream", "streams", "creek", "creeks",
      "canal", "canals", "tributary", "tributaries", "river basin", "watershed", "brook", "brooks", "water system",
      "water systems", "riverway",
    ],
    zh: [
      "河流", "河道", "江河", "水系", "河湖", "运河", "江面", "沿河", "流域", "支流", "河段", "河长制", "长江流域",
      "江水", "河水", "大江", "一江两岸", "河涌", "溪流", "小溪", "母亲河", "内河", "江边", "河边", "河网", "水网",
      "江段", "河流两岸", "沿河两岸",
    ],
  },
  {
    id: "yangtze",
    en: ["yangtze", "yangtze river", "chang jiang", "changjiang", "yangtze river economic belt", "yangtze protection"],
    zh: ["长江", "长江经济带", "长江大保护", "长江流域", "长江沿线", "长江大桥", "大保护", "长江两岸"],
  },
  {
    id: "riverfront",
    en: [
      "riverbank", "riverbanks", "river bank", "river banks", "riverfront", "riverfronts", "waterfront", "waterfronts",
      "shore", "shores", "shoreline", "shorelines", "beach", "beaches", "foreshore", "river beach", "floodplain",
      "floodplains", "mudflat", "mudflats", "riverside", "by the river", "along the river", "waterside", "lakefront",
      "quay", "quays", "promenade", "promenades", "boardwalk", "boardwalks", "esplanade", "river park", "river parks",
      "riverwalk", "river walk", "banks of the river", "bank of the river", "sandbank", "sandbanks", "sandbar",
      "sandbars", "shorefront", "water's edge", "river edge",
    ],
    zh: [
      "江滩", "滨江", "滨水", "岸线", "河岸", "江岸", "沿江", "滩涂", "沙滩", "河滩", "滩", "滨河", "亲水", "海岸线",
      "江边", "河边", "湖边", "岸边", "江畔", "河畔", "水边", "沿岸", "一江两岸", "亲水平台", "沙洲", "江心洲", "海边",
      "长江两岸", "江景", "河流两岸", "沿河两岸", "岸线长", "治理沿江",
    ],
  },
  {
    id: "embankment",
    en: [
      "embankment", "embankments", "levee", "levees", "dike", "dikes", "dyke", "dykes", "flood wall", "flood walls",
      "seawall", "seawalls", "revetment", "flood bank", "flood banks", "flood barrier", "flood barriers",
      "flood defence", "flood defences", "flood defense", "flood defenses", "sea wall", "sea walls", "river wall",
      "river walls", "retaining wall", "retaining walls", "berm", "berms",
    ],
    zh: [
      "堤防", "堤坝", "江堤", "河堤", "大堤", "堤岸", "护岸", "海堤", "防洪堤", "堤", "防洪墙", "防汛墙", "护坡",
      "驳岸", "挡土墙",
    ],
  },
  {
    id: "bridge",
    en: [
      "bridge", "bridges", "overpass", "overpasses", "viaduct", "viaducts", "river crossing", "footbridge",
      "footbridges", "flyover", "flyovers", "elevated road", "elevated roads", "river tunnel", "river tunnels",
      "interchange", "interchanges",
    ],
    zh: ["大桥", "桥梁", "桥", "长江大桥", "过江通道", "高架", "立交", "过江隧道", "道路桥梁"],
  },
  {
    id: "sluice",
    en: [
      "sluice", "sluices", "sluice gate", "sluice gates", "floodgate", "floodgates", "dam", "dams", "pumping station",
      "pumping stations", "pump station", "pump stations", "ship lock", "barrage", "water gate", "water gates", "weir",
      "weirs", "drainage pump", "drainage pumps", "flood gate", "flood gates", "pumping plant", "pumping plants",
      "pump house", "gate station", "gate stations", "water lock", "water locks",
    ],
    zh: ["闸", "水闸", "闸门", "泵站", "船闸", "大坝", "水坝", "闸站", "排涝泵站", "抽水站", "水泵", "堰", "排涝站"],
  },
  {
    id: "flood",
    en: [
      "flood", "floods", "flooding", "flooded", "inundation", "inundated", "waterlogging", "waterlogged",
      "flood control", "flood prevention", "flood protection", "urban flooding", "flood season", "deluge",
      "flash flood", "standing water", "high water", "rising water", "rising waters", "overflow", "overflows",
      "overflowing", "overflowed", "submerged", "underwater", "water logging", "storm surge", "storm surges",
    ],
    zh: [
      "防洪", "洪水", "内涝", "洪涝", "防汛", "汛期", "积水", "排涝", "水患", "城市内涝", "防涝", "防洪堤", "排涝泵站",
      "淹", "水浸", "洪灾", "水灾", "洪峰", "泄洪", "排水不畅", "涨水", "发大水", "抗洪", "城市看海", "风暴潮",
      "防洪墙", "防汛墙", "排涝站",
    ],
  },
  {
    id: "rain",
    en: [
      "rain", "rains", "rainfall", "rainwater", "rainstorm", "rainstorms", "heavy rain", "torrential rain",
      "precipitation", "downpour", "downpours", "storm", "storms", "stormwater", "storm water", "rainwater harvesting",
      "rainy", "wet season", "drizzle", "cloudburst", "cloudbursts", "thunderstorm", "thunderstorms", "wet weather",
      "runoff", "run-off",
    ],
    zh: [
      "降雨", "雨水", "暴雨", "降水", "强降雨", "雨洪", "雨量", "雨水收集", "雨水花园", "雨", "下雨", "雨天",
      "雨污分流", "少雨", "径流", "吸纳雨水", "不下雨",
    ],
  },
  {
    id: "sponge-city",
    en: [
      "sponge", "sponge city", "sponge cities", "sponge-city", "permeable", "permeable pavement", "permeable paving",
      "rain garden", "rain gardens", "low impact development", "bioswale", "bioswales", "sunken green space",
      "soak up rain", "soaks up rain", "soaking up rain", "soak up water", "soaks up water", "soaking up water",
      "absorb rainwater", "absorbs rainwater", "absorb water", "absorbs water", "water-absorbing", "porous",
      "green infrastructure", "nature-based solutions", "nature-based solution", "rainwater retention",
      "retention pond", "retention ponds", "swale", "swales", "soakaway", "soakaways", "spongy",
    ],
    zh: [
      "海绵", "海绵城市", "透水", "透水铺装", "雨水花园", "下沉式绿地", "透水砖", "植草沟", "海绵化", "吸水", "蓄水",
      "渗水", "下渗", "调蓄", "蓄滞", "蓄洪", "吸纳雨水", "自然积存", "自然渗透", "自然净化",
    ],
  },
  {
    id: "resilience",
    en: [
      "resilience", "resilient", "resilient city", "resilient cities", "adaptation", "adapt", "adaptive",
      "climate adaptation", "climate-adaptive", "climate resilient", "climate-resilient", "bounce back", "bounces back",
      "bouncing back", "withstand", "withstands", "withstood", "preparedness", "climate-proof", "future-proof",
      "climate proofing", "robustness", "robust", "able to cope", "weather the storm", "recover from", "cope with",
      "coping with", "copes with",
    ],
    zh: [
      "韧性", "韧性城市", "适应", "气候适应", "适应气候变化", "气候适应型城市", "气候韧性", "扛得住", "顶得住",
      "抗风险", "抗灾", "应对能力", "恢复力", "防御能力", "弹性", "防灾能力",
    ],
  },
  {
    id: "disaster",
    en: [
      "disaster", "disasters", "disaster prevention", "disaster reduction", "disaster relief", "hazard", "hazards",
      "emergency", "emergencies", "risk", "risks", "extreme weather", "calamity", "catastrophe", "danger", "dangers",
      "dangerous", "threat", "threats", "threaten", "threatened", "threatens", "catastrophic", "damage", "damages",
      "damaged", "victims", "victim", "evacuate", "evacuated", "evacuation", "evacuations", "rescue", "rescues",
      "rescued", "landslide", "landslides", "mudslide", "mudslides", "earthquake", "earthquakes", "wildfire",
      "wildfires", "extreme events",
    ],
    zh: [
      "灾害", "防灾", "减灾", "防灾减灾", "应急", "风险", "极端天气", "灾情", "应急管理", "气象灾害", "危险", "险情",
      "受灾", "灾民", "抢险", "救灾", "救援", "疏散", "避险", "滑坡", "泥石流", "地震", "山火", "火灾", "损失", "伤亡",
      "遇险", "大风险", "天灾", "灾后", "灾难", "自然灾害", "抗风险", "抗灾", "防灾能力",
    ],
  },
  {
    id: "drought",
    en: [
      "drought", "droughts", "dry spell", "water shortage", "water shortages", "water scarcity", "arid", "dry weather",
      "dry season", "dry spells", "parched", "run out of water", "running out of water", "ran out of water",
      "water stress", "water rationing", "water-scarce", "water scarce", "dried up", "drying up", "lack of rain",
      "little rain", "no rain",
    ],
    zh: [
      "干旱", "旱情", "缺水", "水资源短缺", "抗旱", "旱灾", "大旱", "天旱", "少雨", "不下雨", "断水", "停水", "限水",
      "水荒", "用水紧张", "供水紧张", "旱涝",
    ],
  },
  {
    id: "typhoon",
    en: [
      "typhoon", "typhoons", "tropical storm", "tropical storms", "cyclone", "cyclones", "hurricane", "hurricanes",
      "tropical depression", "windstorm", "windstorms", "storm season",
    ],
    zh: ["台风", "热带风暴", "气旋", "热带气旋", "风暴", "风暴潮"],
  },
  {
    id: "water",
    en: [
      "water", "water resources", "water quality", "water environment", "water body", "water bodies", "water supply",
      "water use", "water saving", "water-saving", "drinking water", "aquatic", "hydrological", "hydrology",
      "freshwater", "groundwater",
    ],
    zh: [
      "水资源", "水质", "水环境", "水体", "用水", "供水", "节水", "饮用水", "水生态", "水资源短缺", "自来水", "地下水",
      "淡水", "水污染", "饮水", "喝水", "水务", "水务局", "省水", "水管", "供水紧张", "用水紧张", "停水", "断水",
      "限水", "水费", "水安全", "省水利", "黑臭水体", "水质净化厂",
    ],
  },
  {
    id: "lake",
    en: [
      "lake", "lakes", "pond", "ponds", "reservoir", "reservoirs", "wetland", "wetlands", "marsh", "marshes", "swamp",
      "wetland park", "wetland parks", "lagoon", "lagoons", "lakeside", "fishpond", "fishponds",
      "water body restoration",
    ],
    zh: [
      "湖泊", "湿地", "水库", "池塘", "湖泊湿地", "湿地公园", "湖区", "湖畔", "湖水", "湖面", "湖边", "水塘", "鱼塘",
      "人工湖",
    ],
  },
  {
    id: "wastewater",
    en: [
      "wastewater", "waste water", "sewage", "effluent", "sewer", "sewers", "drainage", "drain", "drains",
      "sewage treatment", "water treatment", "reclaimed water", "sewerage", "combined sewer", "dirty water",
      "grey water", "greywater", "gray water", "graywater", "treatment plant", "treatment plants", "outfall",
      "outfalls", "septic tank", "septic tanks",
    ],
    zh: [
      "污水", "废水", "排水", "污水处理", "再生水", "中水", "雨污分流", "排水管网", "污水管网", "脏水", "排污口",
      "下水道", "化粪池", "污水厂", "污水处理厂", "黑臭水体", "臭水沟", "水质净化厂", "再生水厂", "排水不畅",
    ],
  },
  {
    id: "sea",
    en: [
      "sea", "seas", "ocean", "oceans", "coast", "coasts", "coastal", "coastline", "coastlines", "marine", "bay",
      "bays", "estuary", "estuaries", "sea level", "sea-level", "sea level rise", "seaside", "seafront", "offshore",
      "tide", "tides", "tidal", "seawater", "island", "islands",
    ],
    zh: [
      "海洋", "沿海", "海岸", "海岸线", "海湾", "海域", "河口", "海岛", "海平面", "近海", "入海口", "大海", "海边",
      "海水", "海滨", "海上", "潮汐", "海浪", "海上风电", "海陆风", "风暴潮", "海陆风能",
    ],
  },
  {
    id: "mountain",
    en: [
      "mountain", "mountains", "hill", "hills", "hillside", "hillsides", "mountainous", "ridge", "ridges", "slope",
      "slopes", "valley", "valleys", "highlands", "uplands", "foothill", "foothills", "mountainside", "mountainsides",
      "hilltop", "hilltops", "hilly",
    ],
    zh: [
      "山体", "山脉", "山地", "丘陵", "山林", "山坡", "山区", "山谷", "山谷风", "山上", "山头", "山峰", "大山", "山岭",
      "山脚", "高山", "山水", "依山傍水",
    ],
  },

  // Green space, ecology and carbon sinks
  {
    id: "oxygen",
    en: [
      "oxygen", "oxygen release", "oxygen production", "release oxygen", "releases oxygen", "produce oxygen",
      "negative oxygen ions", "negative ions", "photosynthesis",
    ],
    zh: [
      "氧气", "释氧", "制氧", "负氧离子", "供氧", "产氧", "释放氧气", "固碳释氧", "出氧", "放氧", "制造氧气",
      "光合作用", "氧吧", "产出氧气", "吐氧",
    ],
  },
  {
    id: "carbon-sink",
    en: [
      "carbon sink", "carbon sinks", "sequestration", "carbon sequestration", "sequester", "sequesters", "sequestered",
      "carbon absorption", "absorb carbon", "absorbs carbon", "carbon storage", "carbon stock", "carbon stocks",
      "blue carbon", "carbon uptake", "soak up carbon", "soaks up carbon", "soaking up carbon", "soak up co2",
      "soaks up co2", "soaking up co2", "absorb co2", "absorbs co2", "absorbing co2", "absorbed co2", "capture carbon",
      "captures carbon", "capturing carbon", "lock up carbon", "locks up carbon", "locking up carbon",
      "lock away carbon", "store carbon", "stores carbon", "storing carbon", "stored carbon", "take in co2",
      "takes in co2", "suck up carbon", "sucks up carbon", "remove carbon", "removes carbon", "removing carbon",
      "carbon removal", "natural sink", "natural sinks", "co2 absorption", "carbon absorbed", "co2 absorbed",
      "carbon captured by trees", "green lungs", "green lung",
    ],
    zh: [
      "碳汇", "固碳", "碳吸收", "增汇", "林业碳汇", "蓝碳", "碳储量", "吸收二氧化碳", "碳汇能力", "固碳释氧", "吸碳",
      "吸收碳", "储碳", "锁碳", "固定二氧化碳", "吸收CO2", "绿肺", "碳汇交易",
    ],
  },
  {
    id: "ccus",
    en: [
      "ccus", "ccs", "carbon capture", "carbon capture and storage", "carbon capture and utilisation",
      "carbon capture and utilization", "direct air capture", "capture co2", "capturing co2", "captured co2",
      "co2 capture", "bury carbon", "burying carbon", "bury co2", "underground storage", "carbon burial",
      "store co2 underground", "pump co2 underground",
    ],
    zh: ["碳捕集", "碳捕集利用与封存", "碳封存", "碳捕获", "二氧化碳捕集", "碳捕捉", "二氧化碳封存"],
  },
  {
    id: "green-space",
    en: [
      "green space", "green spaces", "greenspace", "greenery", "green area", "green areas", "urban greening",
      "green land", "green cover", "green coverage", "vegetation", "lawn", "lawns", "garden", "gardens", "parkland",
      "pocket park", "pocket parks", "urban forest", "country park", "city park", "city parks", "public park",
      "public parks", "urban park", "urban parks", "forest park", "forest parks", "green park", "green parks",
      "ecological park", "ecological parks", "eco-park", "eco-parks", "park city", "grass", "grassland", "grasslands",
      "meadow", "meadows", "flower", "flowers", "flowerbed", "flowerbeds", "open space", "open spaces", "leafy",
      "park area", "park areas", "plenty of green", "more green", "landscaped park", "green corridors", "green patches",
      "green spots", "nature areas",
    ],
    zh: [
      "绿地", "绿色空间", "绿化", "公园", "绿化覆盖率", "口袋公园", "园林", "花园", "绿植", "植被", "绿地率",
      "郊野公园", "公园城市", "屋顶绿化", "立体绿化", "垂直绿化", "雨水花园", "下沉式绿地", "湿地公园", "草地", "草坪",
      "花草", "花坛", "绿肺", "游园", "开放空间", "开敞空间", "绿意", "绿荫", "绿化带", "空中花园", "扩绿", "增绿",
      "绿美", "绿化覆盖", "园林局", "开敞空间布局", "绿化树",
    ],
  },
  {
    id: "forest",
    en: [
      "tree", "trees", "forest", "forests", "forestry", "woodland", "woodlands", "woods", "afforestation",
      "reforestation", "tree planting", "plant trees", "planting trees", "tree canopy", "canopy", "shrub", "shrubs",
      "sapling", "saplings", "bamboo", "leaf", "leafy streets", "forested", "wooded",
    ],
    zh: [
      "树木", "森林", "林业", "造林", "植树", "植树造林", "林地", "乔木", "森林覆盖率", "行道树", "林木", "灌木",
      "森林城市", "林业碳汇", "种树", "大树", "树林", "林子", "树荫", "林荫", "林荫道", "绿树", "古树", "苗木", "树苗",
      "竹林", "绿化树", "树种",
    ],
  },
  {
    id: "ecology",
    en: [
      "ecology", "ecological", "ecologically", "ecosystem", "ecosystems", "biodiversity", "nature", "habitat",
      "habitats", "wildlife", "species", "eco", "natural environment", "birds", "bird", "animals", "animal", "flora",
      "fauna", "rewilding", "rewild", "living things",
    ],
    zh: [
      "生态", "生态系统", "生物多样性", "生态环境", "栖息地", "野生动物", "物种", "生境", "生态文明", "生态文明建设",
      "生态环境部", "生态环境局", "生态廊道", "水生态", "生态保护", "生态红线", "生态修复", "自然", "鸟类", "动物",
      "植物", "鱼类", "江豚", "候鸟", "白鹭", "生态友好", "生态产品", "生态价值", "生态城市", "生态优先", "生态带",
      "生态工厂", "生态就是资源", "生态就是生产力", "人与自然", "生态环境部门", "生态治理",
    ],
  },
  {
    id: "protection",
    en: [
      "protection", "protect", "protected", "protecting", "preserve", "preserved", "preservation", "safeguard",
      "safeguarding", "environmental protection", "ecological protection", "conservation area", "nature reserve",
      "nature reserves", "protected area", "protected areas", "red line", "ecological red line", "look after",
      "looking after", "looked after", "looks after", "take care of", "taking care of", "took care of", "guard",
      "guarding", "guarded", "shield", "shielding", "shielded", "defend", "defending", "defended", "keep safe",
      "keeping safe", "conservation efforts", "conservationist", "conservationists", "environmental conservation",
      "ecological conservation",
    ],
    zh: [
      "保护", "生态保护", "环境保护", "环保", "自然保护区", "保护区", "生态红线", "红线", "保护地", "长江大保护",
      "守护", "保住", "守住", "爱护", "呵护", "保育", "护河", "护江", "大保护", "环保局",
    ],
  },
  {
    id: "restoration",
    en: [
      "restoration", "restore", "restored", "restoring", "rehabilitation", "rehabilitate", "rehabilitated",
      "remediation", "remediate", "remediated", "regeneration", "rejuvenation", "revitalisation", "revitalization",
      "clean-up", "cleanup", "clean up", "cleans up", "cleaning up", "cleaned up", "heal", "heals", "healing", "healed",
      "bring back", "brought back", "bringing back", "repair", "repairs", "repaired", "repairing", "regreen",
      "regreening", "re-greening", "revive", "revived", "reviving", "revival", "dredge", "dredging", "dredged",
      "desilting", "return to nature", "reclaim the riverfront", "brownfield redevelopment",
    ],
    zh: [
      "修复", "生态修复", "整治", "复绿", "恢复", "综合治理", "环境整治", "治理修复", "还绿", "还江于民", "还岸于民",
      "清淤", "疏浚", "治污", "清理", "重现", "重焕生机", "焕然一新", "生态治理", "污染治理", "治理沿江", "退耕还林",
      "退渔还湖", "拆违",
    ],
  },
  {
    id: "land",
    en: [
      "land", "lands", "soil", "soils", "brownfield", "brownfields", "land reclamation", "mining area",
      "abandoned mine", "quarry", "quarries", "wasteland", "wastelands", "mining pit", "mining pits",
    ],
    zh: [
      "土地", "土壤", "棕地", "土壤污染", "矿山", "废弃矿山", "矿区", "土地利用", "荒地", "废弃地", "闲置地", "盐碱地",
      "采石场", "废矿", "矿坑", "塌陷区", "污染地块", "工业用地", "建设用地", "土地规划",
    ],
  },

  // Renewable and clean energy
  {
    id: "renewable",
    en: [
      "renewable", "renewables", "renewable energy", "clean energy", "clean", "green energy", "non-fossil",
      "non fossil", "alternative energy", "new energy", "sustainable energy", "low-carbon energy", "cleaner",
      "cleanest", "non-polluting", "wind and sun", "sun and wind", "sun power", "sunlight power", "green sources",
      "alternative fuels", "alternative fuel",
    ],
    zh: [
      "可再生", "可再生能源", "清洁能源", "清洁", "非化石", "非化石能源", "洁净", "新能源", "绿色能源", "清洁低碳",
      "清洁取暖", "清洁电力", "新能源汽车", "新能源车", "新能源车辆", "新能源公交", "干净", "可再生电力", "非化石电力",
      "清洁能源占比", "非化石能源占比", "清洁能源电力", "新能源电力", "清洁电", "新能源公交车", "新能源出租车",
      "新能源车主",
    ],
  },
  {
    id: "green-electricity",
    en: [
      "green electricity", "green power", "green certificate", "green certificates", "renewable energy certificate",
      "renewable energy certificates", "recs", "green power trading", "green electricity trading", "clean electricity",
      "clean power", "renewable electricity", "renewable power", "green tariff", "green tariffs",
      "power purchase agreement", "power purchase agreements", "ppa", "ppas", "cleaner electricity",
      "greener electricity", "greener power", "low-carbon electricity", "low-carbon power",
      "renewable-generated electricity",
    ],
    zh: [
      "绿电", "绿证", "绿电交易", "绿色电力", "绿色电力证书", "清洁电力", "绿电直供", "可再生电力", "新能源电力",
      "清洁电", "清洁能源电力", "非化石电力", "绿电占比",
    ],
  },
  {
    id: "wind-power",
    en: [
      "wind power", "wind energy", "wind turbine", "wind turbines", "wind farm", "wind farms", "offshore wind",
      "onshore wind", "wind generation", "wind capacity", "wind-power", "wind park", "windmill", "windmills", "turbine",
      "turbines", "wind generators", "wind generator", "windpower", "wind resources", "wind resource", "wind-generated",
      "wind projects",
    ],
    zh: [
      "风电", "风能", "风力发电", "风机", "海上风电", "风电场", "陆上风电", "风力", "风电机组", "风车", "大风车",
      "风电站", "风资源", "风电光伏", "光伏风电", "海陆风能", "风电和光伏",
    ],
  },
  {
    id: "solar",
    en: [
      "solar", "solar power", "solar energy", "photovoltaic", "photovoltaics", "pv", "solar panel", "solar panels",
      "solar farm", "solar farms", "rooftop solar", "distributed solar", "solar cell", "solar cells", "solar module",
      "solar modules", "sunlight", "sunshine power", "panels on roofs", "rooftop panels",
    ],
    zh: [
      "光伏", "太阳能", "光伏发电", "分布式光伏", "屋顶光伏", "光伏板", "光电", "光伏组件", "光伏电站", "风光电",
      "风电光伏", "光伏风电", "渔光互补", "农光互补", "光伏发电站", "光伏建筑一体化", "风电和光伏",
    ],
  },
  {
    id: "wind-solar",
    en: [
      "wind and solar", "wind-solar", "wind solar", "wind and photovoltaic", "wind-pv", "solar and wind",
      "wind plus solar", "wind or solar",
    ],
    zh: ["风光", "风光储", "风光互补", "风光发电", "风光电", "风电光伏", "光伏风电", "风光储一体化", "风电和光伏"],
  },
  {
    id: "hydropower",
    en: [
      "hydropower", "hydro", "hydroelectric", "hydroelectricity", "pumped storage", "pumped hydro", "pumped-storage",
      "hydropower station", "water power",
    ],
    zh: ["水电", "水力发电", "抽水蓄能", "水能", "水电站", "水力"],
  },
  {
    id: "nuclear",
    en: [
      "nuclear", "nuclear power", "nuclear energy", "nuclear plant", "nuclear plants", "atomic", "reactor", "reactors",
      "uranium",
    ],
    zh: ["核电", "核能", "核电站", "核电机组", "核电厂", "反应堆"],
  },
  {
    id: "biomass",
    en: [
      "biomass", "biogas", "bioenergy", "biofuel", "biofuels", "landfill gas", "biomethane", "wood pellets",
      "wood pellet", "crop waste", "crop residues", "crop residue", "agricultural waste", "agricultural residues",
      "manure", "organic fuel", "waste wood", "wood chips", "biowaste",
    ],
    zh: [
      "生物质", "沼气", "生物燃料", "生物质能", "生物天然气", "生物质发电", "秸秆", "畜禽粪污", "农林废弃物",
      "垃圾填埋气",
    ],
  },
  {
    id: "geothermal",
    en: [
      "geothermal", "ground source", "ground-source", "heat pump", "heat pumps", "ground-source heat pump",
      "air-source heat pump", "air source heat pump", "ground heat", "earth heat", "underground heat", "hot springs",
      "heat from the ground",
    ],
    zh: ["地热", "地源热泵", "热泵", "空气源热泵", "水源热泵", "地热能"],
  },
  {
    id: "distributed-energy",
    en: [
      "distributed", "distributed energy", "distributed generation", "decentralised", "decentralized",
      "on-site generation", "self-generation", "self-consumption", "prosumer", "prosumers", "self-generated",
      "generate their own", "generates its own", "their own electricity", "own power", "local generation",
      "community energy", "microgeneration", "behind the meter", "behind-the-meter", "rooftop generation",
      "on-site power", "on-site solar", "small-scale generation",
    ],
    zh: [
      "分布式", "分布式能源", "就地消纳", "自发自用", "余电上网", "就近消纳", "分布式光伏", "自己发电", "自给自足",
      "就地发电", "屋顶发电",
    ],
  },
  {
    id: "integrated-energy",
    en: [
      "integrated energy", "multi-energy", "multi-energy complementarity", "energy internet", "energy hub",
      "hybrid system", "complementary", "complementarity", "energy station", "energy stations", "smart energy",
      "all-in-one energy", "one-stop energy", "combined energy", "multiple energy sources", "energy integration",
    ],
    zh: [
      "综合能源", "多能互补", "能源互联网", "互补", "多能协同", "综合能源服务", "风光互补", "综合能源站", "能源站",
      "智慧能源", "智慧能源中心", "多能互补一体化", "源网荷储一体化", "能源一体化", "渔光互补", "农光互补",
    ],
  },
  {
    id: "energy-mix",
    en: [
      "energy mix", "energy structure", "power mix", "generation mix", "fuel mix", "electricity mix",
      "energy portfolio", "where power comes from", "where electricity comes from", "where energy comes from",
      "power sources", "power source", "energy sources", "energy source", "sources of energy", "sources of power",
      "sources of electricity", "electricity sources", "generation structure", "power structure", "share of renewables",
      "renewable share", "renewables share", "coal share", "coal's share", "fossil share", "cleaner mix", "greener mix",
    ],
    zh: [
      "能源结构", "电源结构", "能源消费结构", "电力结构", "能源体系", "发电结构", "用能结构", "能源构成", "电源构成",
      "发电构成", "能源占比", "电从哪里来", "电从哪来", "清洁能源占比", "非化石能源占比", "装机占比", "装机结构",
      "绿电占比",
    ],
  },
  {
    id: "industrial-structure",
    en: [
      "industrial structure", "economic structure", "industrial restructuring", "structural adjustment",
      "structural optimisation", "structural optimization", "industry mix", "industrial mix", "structural change",
      "structural changes", "industrial upgrading", "upgrading industries", "upgrade industries",
      "restructure industry", "restructuring industry", "shift in industries", "industrial transformation",
    ],
    zh: ["产业结构", "经济结构", "结构调整", "结构优化", "调结构", "产业升级", "腾笼换鸟", "退二进三", "产业转型"],
  },

  // Power system, storage and fuels
  {
    id: "electricity",
    en: [
      "electricity", "electric power", "power", "power generation", "generate electricity", "generates electricity",
      "generating electricity", "electrical", "energy generation", "generation capacity", "electric supply",
    ],
    zh: [
      "电力", "发电", "电能", "发电量", "供电", "电力供应", "电量", "用电量", "余热发电", "上网电量", "绿色电力",
      "绿色电力证书", "清洁电力", "风力发电", "光伏发电", "风光发电", "水力发电", "生物质发电", "电力结构", "发电厂",
      "发电站", "供电公司", "焚烧发电", "垃圾发电", "垃圾焚烧发电", "充电量", "电能替代", "电源", "发多少电", "送电",
      "电从哪里来", "电从哪来", "发电结构", "发电构成", "可再生电力", "新能源电力", "非化石电力", "清洁能源电力",
      "省电力", "电力紧张", "电力消耗", "电力消费", "发电机", "缺电", "电力需求", "发电能力", "年发电量", "年用电量",
      "光伏发电站", "自己发电", "就地发电", "屋顶发电", "电源构成", "垃圾发电厂", "供电网", "电力网", "垃圾焚烧发电厂",
      "反向送电", "向电网送电",
    ],
  },
  {
    id: "power-plant",
    en: [
      "power plant", "power plants", "power station", "power stations", "thermal power", "generating unit",
      "generating units", "thermal power plant", "generating station", "generating stations", "gas plant", "gas plants",
      "generator", "generators", "thermal plant", "thermal plants", "power generation plant", "power facility",
      "power facilities",
    ],
    zh: [
      "电厂", "发电厂", "火电", "机组", "火电厂", "发电站", "热电厂", "风电机组", "核电机组", "虚拟电厂", "电站",
      "发电机", "煤电厂", "核电厂", "风电站", "光伏发电站", "垃圾发电厂",
    ],
  },
  {
    id: "grid",
    en: [
      "grid", "grids", "power grid", "electric grid", "electricity grid", "transmission", "transmission line",
      "transmission lines", "distribution network", "smart grid", "smart grids", "microgrid", "microgrids", "utility",
      "utilities", "uhv", "ultra-high voltage", "substation", "substations", "state grid", "power lines", "power line",
      "power network", "power networks", "electricity network", "electricity networks", "power cables", "power cable",
      "power distribution", "electricity distribution", "pylon", "pylons",
    ],
    zh: [
      "电网", "智能电网", "微电网", "输电", "配电", "配电网", "特高压", "变电站", "国家电网", "南方电网", "供电公司",
      "输电线路", "电线", "高压线", "供电网", "电力网", "变电所", "省电网", "并入电网", "车辆到电网", "向电网送电",
    ],
  },
  {
    id: "load",
    en: [
      "load", "loads", "peak load", "peak loads", "demand", "power demand", "electricity demand", "demand response",
      "demand-side", "load shifting", "peak shaving", "peak-shaving", "valley filling", "flexible load",
      "flexible loads", "peak and valley", "off-peak", "peak hours", "peak-valley", "peak time", "peak times",
      "peak period", "peak periods", "strain on the grid", "grid strain", "peak usage", "busy times",
      "electricity peak",
    ],
    zh: [
      "负荷", "荷", "需求响应", "削峰填谷", "调峰", "峰谷", "用电负荷", "错峰", "尖峰", "需求侧", "柔性负荷",
      "峰谷电价", "源网荷储", "源网荷储一体化", "源网荷储协同", "负荷聚合", "负荷聚合商", "用电高峰", "高峰时段",
      "用电需求", "电力需求", "削峰", "填谷",
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
      "aggregated load", "virtual plant", "virtual plants", "aggregated power", "pooled flexibility",
      "aggregated resources",
    ],
    zh: ["虚拟电厂", "聚合商", "负荷聚合", "负荷聚合商", "聚合运营"],
  },
  {
    id: "storage",
    en: [
      "storage", "energy storage", "store energy", "storing energy", "storage station", "storage stations",
      "storage capacity", "battery storage", "bess", "storage facility", "storage facilities", "compressed air",
      "compressed-air", "flywheel", "flywheels", "thermal storage", "molten salt", "ice storage", "flow battery",
      "flow batteries", "vanadium", "gravity storage", "store power", "storing power", "stored power",
      "store electricity", "storing electricity", "stored electricity", "big batteries", "big battery",
      "giant batteries", "giant battery", "power bank", "power banks", "backup power", "energy reserves",
      "stored energy",
    ],
    zh: [
      "储能", "储能电站", "新型储能", "蓄能", "储电", "储能系统", "储能设施", "压缩空气", "飞轮", "储热", "熔盐",
      "冰蓄冷", "液流电池", "全钒液流", "重力储能", "压缩空气储能", "抽水蓄能", "存电", "蓄电", "充电宝", "大电池",
      "超级电池", "蓄电池", "储能规模", "风光储", "风光储一体化", "储运",
    ],
  },
  {
    id: "battery",
    en: [
      "battery", "batteries", "lithium", "lithium-ion", "li-ion", "battery pack", "battery packs", "sodium-ion",
      "solid-state battery", "solid-state batteries", "power battery", "power batteries", "lfp", "rechargeable",
    ],
    zh: [
      "电池", "锂电", "锂电池", "动力电池", "钠离子", "固态电池", "电芯", "电池包", "磷酸铁锂", "锂离子", "液流电池",
      "电池更换", "燃料电池", "氢燃料电池", "退役电池", "废旧电池", "蓄电池", "电瓶", "换电池", "大电池", "超级电池",
      "换个电池", "换块电池",
    ],
  },
  {
    id: "battery-swap",
    en: [
      "battery swap", "battery swaps", "battery swapping", "battery-swapping", "battery exchange", "swap station",
      "swap stations", "swapping station", "swapping stations", "power swap", "battery-swap", "swap batteries",
      "swapping batteries", "swap the battery", "swap out batteries", "change batteries", "changing batteries",
      "change the battery", "battery change", "battery changes", "battery replacement", "replace the battery",
    ],
    zh: ["换电", "换电站", "电池更换", "换电模式", "换电车型", "换电池", "换个电池", "换块电池"],
  },
  {
    id: "hydrogen",
    en: [
      "hydrogen", "green hydrogen", "hydrogen energy", "fuel cell", "fuel cells", "hydrogen fuel cell",
      "hydrogen refuelling", "hydrogen refueling", "hydrogen station", "hydrogen stations", "electrolyser",
      "electrolyzer", "electrolysers", "electrolyzers", "electrolysis", "hydrogen-powered",
    ],
    zh: [
      "氢", "氢能", "绿氢", "燃料电池", "加氢站", "制氢", "电解水", "氢燃料", "氢燃料电池", "氢能源", "醇氢",
      "氢能汽车", "氢能高速",
    ],
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
      "crude", "crude oil", "diesel", "fuel oil", "dirty energy", "dirty fuels", "dirty fuel", "kerosene",
      "conventional fuels", "conventional energy", "traditional energy", "petrol cars", "petrol car", "gasoline cars",
      "gasoline car", "combustion engine", "combustion engines", "internal combustion",
    ],
    zh: [
      "化石", "化石能源", "化石燃料", "石油", "原油", "燃油", "柴油", "油品", "非化石", "非化石能源", "烧油", "油气",
      "燃油车", "油车", "传统燃油车", "传统能源", "常规能源", "油改电", "非化石电力", "非化石能源占比",
    ],
  },
  {
    id: "coal",
    en: [
      "coal", "coal-fired", "coal fired", "coal power", "thermal coal", "coal consumption", "coal mine", "coal mines",
      "coal mining", "coking", "coke", "coal plant", "coal plants", "lignite",
    ],
    zh: [
      "煤", "煤炭", "燃煤", "煤电", "散煤", "煤矿", "控煤", "煤耗", "焦化", "吨标准煤", "吨标煤", "标准煤", "煤改电",
      "煤改气", "以电代煤", "煤电厂", "煤气", "用煤", "耗煤", "粉煤灰",
    ],
  },
  {
    id: "natural-gas",
    en: [
      "natural gas", "gas-fired", "gas power", "gas pipeline", "gas pipelines", "lng", "cng", "methane",
      "liquefied natural gas", "piped gas", "town gas", "city gas", "gas supply", "cooking gas", "gas heating",
      "gas boilers", "gas boiler", "gas grid", "gas network",
    ],
    zh: [
      "天然气", "燃气", "液化天然气", "甲烷", "气电", "管道燃气", "生物天然气", "煤气", "管道气", "用气量", "煤改气",
      "气价",
    ],
  },
  {
    id: "gas-station",
    en: [
      "gas station", "gas stations", "petrol station", "petrol stations", "filling station", "filling stations",
      "refuelling station", "refueling station", "service station", "service stations", "refuel", "refuelling",
      "refueling", "gasoline", "petrol", "gas pump", "gas pumps", "fill up", "fills up", "filling up", "filled up",
      "fuel station", "fuel stations", "fuel pump", "fuel pumps", "filling the tank", "tank up",
    ],
    zh: ["加油站", "加油", "加注", "汽油", "加气站", "油站", "加油加气站", "综合能源站", "加满油", "加气", "加氢站"],
  },
  {
    id: "waste-to-energy",
    en: [
      "waste-to-energy", "waste to energy", "incineration", "incinerate", "incinerated", "incinerator", "incinerators",
      "energy from waste", "waste power plant", "waste incineration", "burning garbage", "burn garbage",
      "burning rubbish", "burn rubbish", "burning trash", "burn trash", "burning waste", "burn waste",
      "trash-to-energy", "garbage power", "garbage-to-energy", "waste-fired", "turn waste into energy",
      "turning waste into energy", "rubbish into power", "power from rubbish", "power from waste",
      "energy from garbage", "electricity from waste",
    ],
    zh: ["焚烧", "垃圾焚烧", "焚烧发电", "垃圾发电", "垃圾焚烧发电", "烧垃圾", "垃圾发电厂", "垃圾焚烧发电厂"],
  },

  // Transport, EVs and charging
  {
    id: "charging",
    en: [
      "charge", "charging", "charger", "chargers", "recharge", "recharging", "recharged", "top up", "top-up", "plug in",
      "plug-in", "charged", "charges", "juice up", "power up", "powering up", "powered up", "energy replenishment",
      "replenish energy", "replenishing energy", "refuel an ev",
    ],
    zh: [
      "充电", "充电桩", "快充", "补能", "慢充", "充电服务", "充电量", "充电站", "充电设施", "充电基础设施", "充电枪",
      "充电车位", "公共充电桩", "充电网络", "超级充电", "超快充", "大功率充电", "有序充电", "双向充电", "智能有序充电",
      "充一次电", "充次电", "充满电", "充个电", "充电费", "补电", "充电难", "充电宝", "补一次能", "补一次电",
      "补能网络", "充电五分钟", "充电5分钟", "充电设备", "充电时间", "充电点", "充电口", "充电位", "充电场站",
      "充电插座", "充电网", "补能站", "极速充电",
    ],
  },
  {
    id: "charging-pile",
    en: [
      "charging pile", "charging piles", "charging post", "charging posts", "charging point", "charging points",
      "charging station", "charging stations", "charge point", "charge points", "charging spot", "charging spots",
      "charging facility", "charging facilities", "charging infrastructure", "pile", "piles", "charging bay",
      "charging bays", "charging hub", "charging hubs", "charging port", "charging ports", "wallbox", "wallboxes",
      "wall box", "charging lot", "charging lots", "charging unit", "charging units", "charger network",
      "chargers installed", "charging stands", "public charging", "ev chargers", "charging spaces", "charging space",
    ],
    zh: [
      "充电桩", "桩", "充电站", "充电设施", "充电基础设施", "充电枪", "充电车位", "公共充电桩", "充电网络", "超充桩",
      "充电点", "充电口", "充电位", "充电场站", "充电设备", "充电插座", "超充站", "充电网", "补能站", "补能网络",
    ],
  },
  {
    id: "supercharging",
    en: [
      "supercharging", "supercharger", "superchargers", "supercharge", "supercharged", "fast charging", "fast-charging",
      "fast charger", "fast chargers", "rapid charging", "rapid charger", "rapid chargers", "ultra-fast charging",
      "ultrafast charging", "ultra-fast", "high-power charging", "liquid-cooled", "liquid cooling", "megawatt charging",
      "supercharging station", "supercharging stations", "quick charge", "quick charges", "quick charging",
      "superfast charging", "charge in minutes", "charges in minutes", "charging in minutes", "minutes to charge",
      "high-speed charging", "high speed charging", "flash charging", "flash charge", "kilometre per second",
      "kilometer per second", "a kilometre a second", "5-minute charge", "charging city", "super charging",
    ],
    zh: [
      "超充", "超级充电", "快充", "超快充", "液冷超充", "大功率充电", "兆瓦超充", "超充站", "超充桩", "超充之城",
      "液冷", "闪充", "极速充电", "一秒一公里", "充电五分钟", "充电5分钟", "秒充",
    ],
  },
  {
    id: "ev",
    en: [
      "ev", "evs", "electric vehicle", "electric vehicles", "electric car", "electric cars", "new energy vehicle",
      "new energy vehicles", "nev", "nevs", "bev", "bevs", "phev", "phevs", "plug-in hybrid",
      "battery electric vehicle", "e-vehicle", "e-vehicles", "battery electric", "e-car", "e-cars", "ecar", "ecars",
      "battery car", "battery cars", "green car", "green cars", "clean car", "clean cars", "new-energy car",
      "new-energy cars", "new energy car", "new energy cars", "zero-emission vehicle", "zero-emission vehicles",
      "zero emission vehicles", "zev", "zevs", "hybrids", "electric taxi", "electric taxis", "electric mobility",
      "e-mobility", "emobility",
    ],
    zh: [
      "新能源汽车", "电动车", "电动汽车", "新能源车", "纯电动", "插电混动", "新能源车辆", "纯电动汽车", "电动车辆",
      "纯电动公交", "电车", "混动", "纯电车", "绿牌", "电动的士", "电动大巴", "新能源公交车", "新能源出租车",
      "电动车主", "新能源车主", "电动化率", "插混", "增程式", "无轨电车", "氢能汽车", "电动网约车",
    ],
  },
  {
    id: "vehicle",
    en: [
      "vehicle", "vehicles", "car", "cars", "automobile", "automobiles", "auto", "autos", "motor vehicle",
      "motor vehicles", "fleet", "fleets", "automotive", "automaker", "automakers", "carmaker", "carmakers",
      "private car", "private cars", "motorist", "motorists", "driver", "drivers", "suv", "suvs", "sedan", "sedans",
      "van", "vans",
    ],
    zh: [
      "车辆", "汽车", "机动车", "车队", "整车", "车企", "私家车", "乘用车", "新能源汽车", "电动汽车", "新能源车辆",
      "纯电动汽车", "电动车辆", "公共汽车", "公交车辆", "出租汽车", "巡游出租汽车", "智能网联汽车", "开车", "买车",
      "小车", "轿车", "燃油车", "油车", "保有量", "车主", "司机", "驾驶员", "造车", "车流", "车辆到电网", "出租司机",
      "二手车", "氢能汽车", "车联网", "电动车主", "新能源车主", "传统燃油车", "智能汽车",
    ],
  },
  {
    id: "v2g",
    en: [
      "v2g", "vehicle-to-grid", "vehicle to grid", "vehicle-grid interaction", "vehicle grid interaction",
      "bidirectional charging", "bi-directional charging", "two-way charging", "vehicle-to-home", "v2h",
      "orderly charging", "smart charging", "sell power back", "selling power back", "back to the grid",
      "cars feed the grid", "cars as batteries", "car-grid", "car grid", "vehicle-grid", "vehicle grid",
      "two-way power", "bidirectional power", "discharge to the grid", "ev discharging", "vehicle discharge",
    ],
    zh: [
      "车网互动", "双向充放电", "有序充电", "车网融合", "双向充电", "智能有序充电", "车网", "车辆到电网", "反向送电",
      "向电网送电", "放电", "车网互动规模化", "车网协同",
    ],
  },
  {
    id: "bus",
    en: [
      "bus", "buses", "busses", "public bus", "public buses", "city bus", "city buses", "electric bus",
      "electric buses", "e-bus", "e-buses", "coach", "coaches", "bus route", "bus routes", "bus line", "bus lines",
      "bus fleet", "minibus", "minibuses", "shuttle", "shuttles", "double-decker", "double-deckers", "trolleybus",
      "trolleybuses",
    ],
    zh: [
      "公交车", "公交", "巴士", "公共汽车", "电动公交", "新能源公交", "公交线路", "公交车辆", "纯电动公交", "公交优先",
      "公交都市", "大巴", "中巴", "小巴", "电动大巴", "班车", "无轨电车", "快速公交", "新能源公交车",
    ],
  },
  {
    id: "taxi",
    en: [
      "taxi", "taxis", "cab", "cabs", "taxicab", "taxicabs", "ride-hailing", "ride hailing", "car-hailing",
      "online car-hailing", "cruising taxi", "cruising taxis", "street-hail taxi", "ride-sharing", "cabbie", "cabbies",
      "rideshare", "ride-share", "ride share", "robotaxi service",
    ],
    zh: [
      "出租车", "巡游出租车", "网约车", "的士", "出租汽车", "巡游车", "巡游出租汽车", "打车", "叫车", "顺风车",
      "出租司机", "电动的士", "新能源出租车", "无人出租车", "电动网约车",
    ],
  },
  {
    id: "public-transport",
    en: [
      "public transport", "public transportation", "public transit", "transit", "mass transit", "metro", "metros",
      "subway", "subways", "rail transit", "urban rail", "light rail", "tram", "trams", "commute", "commuting",
      "commuter", "commuters", "railway", "railways", "rail", "bullet train", "bullet trains", "train station",
      "train stations", "brt", "ridership", "passenger", "passengers", "mass transport",
    ],
    zh: [
      "公共交通", "地铁", "轨道交通", "轻轨", "有轨电车", "公共出行", "通勤", "公交优先", "公交都市", "轨交", "城轨",
      "高铁", "火车", "铁路", "动车组", "乘客", "客流", "上下班", "快速公交", "城际",
    ],
  },
  {
    id: "transport",
    en: [
      "transport", "transportation", "traffic", "mobility", "travel", "trips", "trip", "road", "roads", "street",
      "streets", "transport sector", "get around", "getting around", "gets around", "congestion", "congested",
      "gridlock", "gridlocked", "journey", "journeys", "tunnel", "tunnels", "getting to work",
    ],
    zh: [
      "交通", "运输", "出行", "交通运输", "道路", "路网", "公共交通", "轨道交通", "公共出行", "绿色出行", "堵车",
      "拥堵", "马路", "公路", "隧道", "上路", "通行", "车流", "交通局", "交通运输局", "运输车", "路况", "低碳出行",
      "道路桥梁", "过江隧道", "货物运输",
    ],
  },
  {
    id: "green-travel",
    en: [
      "green travel", "green commuting", "green mobility", "cycling", "bicycle", "bicycles", "bike", "bikes",
      "bike sharing", "bike-sharing", "shared bikes", "shared bicycles", "walking", "pedestrian", "pedestrians",
      "slow traffic", "non-motorised", "non-motorized", "walkable", "on foot", "cyclist", "cyclists", "cycleway",
      "cycleways", "walkway", "walkways", "sidewalk", "sidewalks", "footpath", "footpaths", "stroll", "strolling",
      "strolls", "car-free", "car free", "walkability", "pedestrianised", "pedestrianized", "low-carbon travel",
      "low carbon travel", "low-carbon commuting",
    ],
    zh: [
      "绿色出行", "骑行", "自行车", "共享单车", "步行", "慢行", "慢行系统", "步道", "电动自行车", "骑车", "单车",
      "走路", "散步", "徒步", "人行道", "步行街", "低碳出行", "电单车", "遛弯", "共享电单车", "非机动车道",
    ],
  },
  {
    id: "e-bike",
    en: [
      "e-bike", "e-bikes", "electric bike", "electric bikes", "electric bicycle", "electric bicycles",
      "electric scooter", "electric scooters", "two-wheeler", "two-wheelers", "electric motorcycle",
      "electric motorcycles", "moped", "mopeds", "scooter", "scooters", "motorbike", "motorbikes", "battery bike",
      "battery bikes", "ebike", "ebikes", "two-wheel", "two wheels",
    ],
    zh: [
      "电动自行车", "电瓶车", "两轮车", "电动摩托车", "电动两轮车", "电驴", "电摩", "电单车", "摩托车", "共享电单车",
      "两轮电动车",
    ],
  },
  {
    id: "freight",
    en: [
      "truck", "trucks", "lorry", "lorries", "heavy truck", "heavy trucks", "heavy-duty truck", "heavy-duty trucks",
      "freight", "haulage", "logistics vehicles", "delivery vehicles", "sanitation vehicles", "garbage trucks",
      "construction machinery", "muck trucks", "cargo", "goods vehicle", "goods vehicles", "haul", "hauling", "hauler",
      "haulers", "delivery van", "delivery vans", "big rig", "big rigs", "tractor-trailer", "tractor-trailers",
      "goods transport", "moving goods", "shipping goods",
    ],
    zh: [
      "卡车", "重卡", "货车", "货运", "物流车", "环卫车", "渣土车", "工程机械", "电动重卡", "城市配送", "拉货", "运货",
      "半挂车", "泥头车", "运输车", "物流配送", "货物运输", "城配车",
    ],
  },
  {
    id: "shipping",
    en: [
      "port", "ports", "harbour", "harbor", "harbours", "harbors", "shipping", "ship", "ships", "vessel", "vessels",
      "shore power", "wharf", "wharves", "terminal", "terminals", "dock", "docks", "container", "containers", "ferry",
      "ferries", "inland shipping", "boat", "boats", "pier", "piers", "marina", "marinas", "shipyard", "shipyards",
      "seaport", "seaports", "maritime", "cruise", "cruises", "sail", "sailing", "waterborne",
    ],
    zh: [
      "港口", "港区", "码头", "船舶", "航运", "岸电", "集装箱", "内河航运", "渡轮", "电动船舶", "船只", "轮船", "货轮",
      "渡船", "游船", "货船", "小船", "海运", "水运", "航道", "靠港", "船用", "电动船", "保税港区",
    ],
  },
  {
    id: "aviation",
    en: [
      "airport", "airports", "aviation", "flight", "flights", "airline", "airlines", "sustainable aviation fuel",
      "aircraft", "low-altitude", "drone", "drones", "airplane", "airplanes", "aeroplane", "aeroplanes", "jet", "jets",
      "air travel", "air traffic", "airfield", "airfields", "flying cars", "flying car", "evtol", "air taxi",
      "air taxis",
    ],
    zh: [
      "机场", "航空", "航班", "可持续航空燃料", "飞机", "低空经济", "无人机", "民航", "飞行", "空港", "低空", "航油",
    ],
  },
  {
    id: "highway",
    en: [
      "highway", "highways", "expressway", "expressways", "motorway", "motorways", "freeway", "freeways",
      "service area", "service areas", "ring road", "ring roads", "toll road", "toll roads", "interstate",
      "interstates", "arterial road", "arterial roads", "main road", "main roads", "rest area", "rest areas",
      "express road",
    ],
    zh: [
      "高速公路", "服务区", "国道", "高速服务区", "高速路", "快速路", "环路", "环城高速", "省道", "收费站", "氢能高速",
      "高速走廊", "国省道",
    ],
  },
  {
    id: "range",
    en: [
      "range", "driving range", "mileage", "range anxiety", "endurance", "distance per charge", "kilometres per charge",
      "kilometers per charge", "how far", "travel distance", "driving distance", "per charge", "single charge",
      "full charge", "fully charged", "on one charge", "distance on a charge",
    ],
    zh: ["续航", "续航里程", "里程", "里程焦虑", "行驶里程", "多远", "跑多少公里", "能跑", "行驶距离", "里程数"],
  },
  {
    id: "fast",
    en: [
      "fast", "faster", "quick", "quicker", "quickly", "rapid", "rapidly", "speed", "speedy", "swift", "swiftly",
      "short time", "in no time", "in a flash", "instant", "instantly", "time-saving", "time saving", "superfast",
      "in seconds", "within seconds",
    ],
    zh: [
      "快速", "迅速", "快捷", "速度", "极速", "秒级", "很快", "多快", "更快", "飞快", "一眨眼", "马上", "立刻",
      "分分钟", "加速", "高效快捷", "超快", "闪充", "秒充", "极速充电",
    ],
  },
  {
    id: "electrification",
    en: [
      "electric", "electrification", "electrify", "electrified", "electrifying", "all-electric", "fully electric",
      "pure electric", "battery-powered", "electric drive", "battery powered",
    ],
    zh: [
      "电动", "电动化", "电气化", "纯电", "全电", "以电代油", "电能替代", "全面电动化", "电驱", "电动车", "电动汽车",
      "纯电动", "纯电动汽车", "电动车辆", "电动公交", "纯电动公交", "电动自行车", "电动摩托车", "电动两轮车",
      "电动重卡", "电动船舶", "油改电", "煤改电", "以电代煤", "电动化率", "电动大巴", "电动的士", "电动船", "电单车",
      "电采暖", "纯电车", "电动车主", "电动网约车", "共享电单车", "两轮电动车",
    ],
  },
  {
    id: "autonomous-driving",
    en: [
      "self-driving", "driverless", "autonomous driving", "intelligent connected vehicle",
      "intelligent connected vehicles", "robotaxi", "robotaxis", "connected vehicles", "unmanned", "autonomous vehicle",
      "autonomous vehicles", "robot car", "robot cars", "robocar", "robocars", "autopilot", "auto-pilot",
      "automated driving", "self drive", "self-drive", "smart cars", "smart car", "connected cars", "connected car",
      "driver assistance", "driver-assist", "robo-taxi", "robo-taxis", "robo taxi",
    ],
    zh: [
      "自动驾驶", "无人驾驶", "智能网联", "智能网联汽车", "车路协同", "无人车", "智能驾驶", "智驾", "无人出租车",
      "辅助驾驶", "智能汽车", "车路云", "车路云一体化",
    ],
  },
  {
    id: "parking",
    en: [
      "parking lot", "parking lots", "car park", "car parks", "parking space", "parking spaces", "garage", "garages",
      "parking garage", "parking facility", "parking facilities", "parking place", "parking spot", "parking spots",
      "parking bay", "parking bays", "place to park", "places to park", "park the car", "parking structure",
      "parking structures", "carport", "carports", "parking fee", "parking fees", "street parking", "car parking",
      "parking building", "parking buildings",
    ],
    zh: ["停车", "停车场", "停车位", "车位", "车库", "充电车位", "停车难", "泊车", "车棚"],
  },

  // Circular economy and waste
  {
    id: "circular-economy",
    en: [
      "circular economy", "circular", "circularity", "closed loop", "closed-loop", "resource cycle",
      "resource recycling", "cradle to cradle", "circular development", "reduce reuse recycle", "waste as a resource",
      "close the loop", "closing the loop", "closes the loop", "material cycle", "material cycles", "material loop",
      "material loops", "resource loop", "reuse and recycling", "regenerative economy", "reusing resources",
      "reuse resources", "resource reuse", "recycle resources", "recycling resources",
    ],
    zh: [
      "循环经济", "循环", "闭环", "资源循环", "循环发展", "循环型", "循环利用", "变废为宝", "资源循环利用", "循环使用",
      "循环化改造",
    ],
  },
  {
    id: "zero-waste-city",
    en: [
      "zero-waste city", "zero waste city", "zero-waste cities", "zero waste cities", "zero waste", "zero-waste",
      "waste-free city", "waste-free", "no-waste city", "waste-free cells", "no-waste", "no waste", "zero garbage",
      "zero rubbish", "zero trash",
    ],
    zh: ["无废城市", "无废", "无废细胞", "无废城市建设", "无废社区", "无废学校", "零废弃", "零垃圾", "无废工厂"],
  },
  {
    id: "garbage",
    en: [
      "garbage", "rubbish", "trash", "municipal waste", "household waste", "domestic waste", "litter",
      "municipal solid waste", "msw", "bin", "bins", "dustbin", "dustbins", "junk", "waste collection", "throw out",
      "throwing out", "thrown out", "sanitation workers", "street cleaners",
    ],
    zh: [
      "垃圾", "生活垃圾", "城市垃圾", "垃圾处理", "垃圾清运", "厨余垃圾", "餐厨垃圾", "湿垃圾", "垃圾焚烧", "垃圾发电",
      "垃圾焚烧发电", "垃圾分类", "建筑垃圾", "垃圾填埋", "原生垃圾零填埋", "清运", "环卫", "环卫工", "环卫工人",
      "环卫车", "垃圾场", "垃圾山", "白色垃圾", "工业垃圾", "大件垃圾", "装修垃圾", "零垃圾", "烧垃圾", "乱扔", "乱倒",
      "厨房垃圾", "餐余垃圾", "垃圾填埋气", "垃圾发电厂", "垃圾焚烧发电厂", "干垃圾", "有害垃圾",
    ],
  },
  {
    id: "garbage-sorting",
    en: [
      "waste sorting", "garbage sorting", "waste classification", "garbage classification", "waste segregation",
      "segregation", "classification", "classify", "classified", "separate collection", "source separation",
      "sort waste", "sorting waste", "sorts waste", "sorted waste", "sort garbage", "sorting garbage", "sort rubbish",
      "sorting rubbish", "sort trash", "sorting trash", "sorting bins", "sorting bin", "separate waste",
      "separating waste", "separated waste", "separate rubbish", "separating rubbish", "separate garbage",
      "separating garbage", "waste separation", "rubbish separation", "garbage separation", "trash separation",
      "categorise waste", "categorize waste", "sorted collection", "trash sorting", "rubbish sorting",
      "in the right bin", "four-bin", "four bins", "colour-coded bins", "color-coded bins", "recycling bins",
    ],
    zh: [
      "垃圾分类", "分类", "分拣", "分类投放", "分类收集", "分类回收", "源头分类", "分好类", "分一分", "干湿分离",
      "桶前值守", "定时定点", "撤桶并点", "干垃圾", "有害垃圾",
    ],
  },
  {
    id: "solid-waste",
    en: [
      "solid waste", "solid wastes", "industrial waste", "industrial solid waste", "hazardous waste",
      "hazardous wastes", "construction waste", "construction and demolition waste", "bulk solid waste", "slag",
      "fly ash", "sludge", "medical waste", "mine tailings", "tailings pond", "tailings ponds", "debris", "rubble",
      "bulky waste", "demolition waste", "toxic waste", "toxic wastes", "chemical waste", "chemical wastes",
      "industrial by-products", "waste residue", "waste residues", "ash heaps",
    ],
    zh: [
      "固体废物", "固废", "工业固废", "危险废物", "危废", "建筑垃圾", "尾矿", "污泥", "大宗固废", "一般工业固体废物",
      "医疗废物", "建筑废料", "渣土", "废渣", "工业垃圾", "大件垃圾", "装修垃圾", "炉渣", "粉煤灰", "医废",
      "危险废弃物",
    ],
  },
  {
    id: "scrap",
    en: [
      "scrap", "scrap metal", "waste paper", "used batteries", "end-of-life", "e-waste", "electronic waste",
      "waste electrical", "second-hand", "secondhand", "used goods", "recyclable waste", "recyclable materials",
      "renewable resources", "retired batteries", "decommissioned batteries", "junkyard", "junkyards", "scrapyard",
      "scrapyards", "old clothes", "used clothes", "used clothing", "old clothing", "flea market", "flea markets",
      "old appliances", "old phones", "old electronics", "old furniture", "used items", "hand-me-downs",
    ],
    zh: [
      "废旧", "再生资源", "废品", "废钢", "废纸", "电子废弃物", "二手", "可回收物", "退役电池", "废旧电池", "废旧物资",
      "破烂", "旧衣服", "旧衣物", "旧家电", "旧手机", "报废", "二手车", "跳蚤市场", "旧物", "旧衣回收", "闲置物品",
      "闲鱼", "旧物改造",
    ],
  },
  {
    id: "plastic",
    en: [
      "plastic", "plastics", "plastic bag", "plastic bags", "single-use", "disposable", "disposables", "packaging",
      "package", "packages", "express packaging", "plastic pollution", "plastic ban", "tableware", "cutlery", "bottle",
      "bottles", "shopping bags", "shopping bag", "styrofoam", "polystyrene", "foam boxes", "foam box", "wrapper",
      "wrappers", "overpackaging", "chopsticks", "microplastics", "microplastic", "takeaway containers",
      "food containers", "food boxes", "lunch boxes", "biodegradable", "single use",
    ],
    zh: [
      "塑料", "塑料袋", "一次性", "包装", "快递包装", "限塑", "白色污染", "禁塑", "餐具", "一次性餐具", "过度包装",
      "吸管", "泡沫箱", "餐盒", "快餐盒", "外卖盒", "打包盒", "纸杯", "纸袋", "降解", "白色垃圾", "快递箱", "快递盒",
    ],
  },
  {
    id: "resource-utilization",
    en: [
      "resource utilisation", "resource utilization", "comprehensive utilisation", "comprehensive utilization",
      "utilisation", "utilization", "utilise", "utilize", "utilised", "utilized", "valorisation", "valorization",
      "by-product", "by-products", "beneficial use", "make use of", "makes use of", "made use of", "put to use",
      "put to good use", "turn into resources", "turned into resources", "waste into resources", "make good use",
      "making good use", "reutilise", "reutilize", "reutilisation", "reutilization", "reclaimed materials",
      "resource efficiency", "resource-efficient", "resource efficient",
    ],
    zh: [
      "资源化利用", "综合利用", "利用率", "资源化", "副产品", "无害化", "减量化资源化无害化", "无害化处理", "变废为宝",
      "物尽其用", "资源利用", "利用效率", "再生利用率", "集约利用", "节约集约", "资源效率",
    ],
  },
  {
    id: "landfill",
    en: [
      "landfill", "landfills", "dump", "dumps", "dumping", "dumpsite", "dumpsites", "disposal", "zero landfill",
      "waste disposal", "bury", "buried", "burying", "buries", "get rid of", "getting rid of", "got rid of",
      "rubbish tip", "garbage site", "waste site", "waste sites", "landfilled", "landfilling",
    ],
    zh: [
      "填埋", "垃圾填埋", "填埋场", "零填埋", "处置", "无害化处理", "原生垃圾零填埋", "埋掉", "掩埋", "垃圾场",
      "垃圾山", "堆放", "乱倒", "乱堆乱放", "垃圾填埋气",
    ],
  },
];
