/**
 * Bilingual sentence templates for the synthetic corpus: a seeded PRNG, number formatting that keeps
 * Chinese and English figures consistent (133万 ↔ 1.33 million, 610亿元 ↔ 61 billion yuan, 1055 ↔ 1,055),
 * initiative templates (one topic each, with a question about its key figure) and quote sentences.
 *
 * Punctuation follows corpus/cities-climate-action.txt: Chinese lines use ASCII `,` `:` `()` with
 * full-width `。` and “”; English lines use ‘’ and “”.
 */
import type { City } from "./cities.js";

// ---------------------------------------------------------------- PRNG

export interface Rng {
  next(): number;
  /** Integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes several integers into one 32-bit seed (for independent per-document / per-person streams). */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) {
    h = Math.imul(h ^ (p | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------- number formatting

/** 1234567 → "1,234,567". */
export const grp = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Fixed-point integer → decimal string with trailing zeros trimmed: dec(7550, 2) = "75.5", dec(610, 1) = "61". */
export function dec(n: number, places: number, group = false): string {
  const s = String(n).padStart(places + 1, "0");
  const int = s.slice(0, s.length - places);
  const frac = places > 0 ? s.slice(s.length - places).replace(/0+$/, "") : "";
  return (group ? grp(Number(int)) : int) + (frac ? `.${frac}` : "");
}

/** Counts in 万: zh "133万", en "1.33 million" / "45,000". */
const wan = (n: number): [string, string] => [`${n}万`, n >= 100 ? `${dec(n, 2, true)} million` : grp(n * 10000)];
/** 亿元: zh "610亿元", en "61 billion yuan" / "800 million yuan". */
const yi = (n: number): [string, string] => [`${n}亿元`, n >= 10 ? `${dec(n, 1, true)} billion yuan` : `${n * 100} million yuan`];
/** 万千瓦: zh "150万千瓦", en "1.5 million kilowatts" / "800,000 kilowatts". */
const wanKw = (n: number): [string, string] => [`${n}万千瓦`, `${wan(n)[1]} kilowatts`];
/** 亿千瓦时: zh "12亿千瓦时", en "1.2 billion kilowatt-hours" / "500 million kilowatt-hours". */
const yiKwh = (n: number): [string, string] => [
  `${n}亿千瓦时`,
  n >= 10 ? `${dec(n, 1, true)} billion kilowatt-hours` : `${n * 100} million kilowatt-hours`,
];
/** Percentage from tenths: 755 → "75.5%". */
const pct = (tenths: number): string => `${dec(tenths, 1)}%`;

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const word = (n: number): string => WORDS[n] ?? grp(n);

// ---------------------------------------------------------------- templates

export interface Fact {
  zh: string;
  en: string;
  /** Question bodies; the generator prefixes the report title ("根据《…》," / "According to the …, "). */
  qZh: string;
  qEn: string;
  /** Distinctive substrings of `zh` / `en` that identify this passage. */
  expZh: string;
  expEn: string;
  ansZh: string;
  ansEn: string;
}

export interface TemplateCtx {
  city: City;
  /** Another city (for corridor names etc.). */
  other: City;
  year: number;
  r: Rng;
}

export interface Template {
  id: string;
  gen(ctx: TemplateCtx): Fact;
}

/** Builds a Fact whose zh/en texts are assembled around the expected substrings, so they always contain them. */
function fact(
  zh: (e: string) => string,
  en: (e: string) => string,
  f: Omit<Fact, "zh" | "en">,
): Fact {
  return { ...f, zh: zh(f.expZh), en: en(f.expEn) };
}

const CLOSINGS: readonly (readonly [string, string])[] = [
  ["该举措为同类城市提供了可复制、可推广的经验。", "The initiative offers a replicable model for similar cities."],
  ["相关经验已入选省级绿色低碳发展典型案例。", "The experience has been selected as a provincial showcase of green, low-carbon development."],
  ["下一步,该市将进一步扩大试点范围,完善长效管理机制。", "Next, the city plans to expand the pilot and improve long-term management mechanisms."],
  ["这一做法兼顾了减排成效与民生改善。", "The approach delivers both emission reductions and a better quality of life for residents."],
  ["项目由市发展改革部门牵头,多部门协同推进。", "The work is led by the municipal development and reform commission in coordination with other departments."],
  ["相关数据已接入城市运行管理平台,实现动态监测。", "The data are fed into the city operations platform for continuous monitoring."],
];

const ZONES = [
  ["高新技术产业开发区", "High-tech Industrial Development Zone"],
  ["经济技术开发区", "Economic and Technological Development Zone"],
  ["综合保税区", "Comprehensive Bonded Zone"],
  ["临港产业园", "Lingang Industrial Park"],
] as const;
const RESOURCES = [
  ["风能", "wind"],
  ["太阳能", "solar"],
  ["水能", "hydropower"],
  ["海陆风能", "onshore and offshore wind"],
] as const;
const PROJECTS = [
  ["江滩", "riverside beach"],
  ["湿地公园", "wetland park"],
  ["滨水公园", "waterfront park"],
  ["郊野公园", "country park"],
] as const;

export const TEMPLATES: readonly Template[] = [
  { id: "supercharging", gen({ city: { zh: c, en: C }, year: y, r }) {
    const n = r.int(120, 1600), km = r.int(20, 42) * 10;
    return fact(
      (e) => `${c}加快建设“超充之城”,截至${y}年底,${e},实现“充电五分钟,续航${km}公里”。超充站数量已超过全市加油站数量。`,
      (e) => `${C} is building a ‘supercharging city’. By the end of ${y}, ${e}, where vehicles can charge for five minutes and gain ${km} km of range. The supercharging stations now outnumber the city's petrol stations.`,
      { expZh: `${c}已累计建成超充站${n}座`, expEn: `${C} had built a total of ${grp(n)} supercharging stations`,
        qZh: `截至${y}年底,${c}累计建成了多少座超充站?`, qEn: `how many supercharging stations had ${C} built by the end of ${y}?`,
        ansZh: `${n}座`, ansEn: grp(n) });
  } },
  { id: "ev-penetration", gen({ city: { zh: c, en: C }, year: y, r }) {
    const p = pct(r.int(180, 820)), [wz, we] = wan(r.int(6, 190));
    return fact(
      (e) => `${y}年,${e},新能源汽车保有量达到${wz}辆。${c}持续完善充电基础设施,优化新能源汽车购置和使用环境。`,
      (e) => `In ${y}, ${e}, with ${we} new energy vehicles on the road. The city continues to expand charging infrastructure and improve conditions for buying and using new energy vehicles.`,
      { expZh: `${c}新能源汽车渗透率达到${p}`, expEn: `${C}'s new energy vehicle penetration rate reached ${p}`,
        qZh: `${y}年${c}的新能源汽车渗透率是多少?`, qEn: `what was ${C}'s new energy vehicle penetration rate in ${y}?`,
        ansZh: p, ansEn: p });
  } },
  { id: "bus-electrification", gen({ city: { zh: c, en: C }, year: y, r }) {
    const n = r.int(800, 16000), p = pct(r.int(650, 1000)), [tz, te] = wan(r.int(2, 60));
    return fact(
      (e) => `${c}持续推进公共交通电动化。截至${y}年底,${e},每年减少二氧化碳排放约${tz}吨。`,
      (e) => `${C} continues to electrify public transport. By the end of ${y}, ${e}, cutting carbon dioxide emissions by about ${te} tons a year.`,
      { expZh: `纯电动公交车占全市${n}辆公交车的${p}`, expEn: `battery-electric buses made up ${p} of its ${grp(n)} buses`,
        qZh: `截至${y}年底,${c}纯电动公交车占公交车总数的比例是多少?`, qEn: `what share of ${C}'s buses were battery-electric at the end of ${y}?`,
        ansZh: p, ansEn: p });
  } },
  { id: "food-waste", gen({ city: { zh: c, en: C }, year: y, r }) {
    const k = r.int(2, 5), m = r.int(30, 480);
    return fact(
      (e) => `${c}推出了${k}项学校和政府食堂地方标准,明确了学校食堂餐饮节约管理要求和党政机关食堂反食品浪费工作评估规范。${y}年,${e},通过宣传活动促进合规,支持更环保、更集约的餐饮供应链。`,
      (e) => `${C} has launched ${word(k)} local standards for school and government canteens, specifying requirements for catering management and criteria for evaluating food-waste reduction. In ${y}, ${e} and promoted compliance through public campaigns, supporting greener and more resource-efficient catering supply chains.`,
      { expZh: `${c}在${m}家食堂开展反食品浪费试点`, expEn: `${C} ran anti-food-waste pilots in ${grp(m)} canteens`,
        qZh: `${y}年${c}在多少家食堂开展了反食品浪费试点?`, qEn: `in how many canteens did ${C} run anti-food-waste pilots in ${y}?`,
        ansZh: `${m}家`, ansEn: grp(m) });
  } },
  { id: "energy-carbon-monitoring", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [zz, ze] = r.pick(ZONES), u = r.int(80, 1200), s = r.int(5, 18), cr = s + r.int(2, 12);
    return fact(
      (e) => `${c}${zz}结合“数字智慧监控”与“零碳工厂”,构建精细化能碳管理模式。${y}年,基于“地理城市系统+城市信息模型”的智慧能源中心${e}、降碳${cr}%以上,帮助政府与企业精准降碳。`,
      (e) => `The ${C} ${ze} has built a model for managing energy and carbon that combines ‘digital intelligent monitoring’ with ‘zero-carbon factories’. In ${y}, its smart energy center, based on a ‘Geographic Urban System + Urban Information Modeling’ platform, ${e} and over ${cr}% carbon reduction, helping government and enterprises cut carbon precisely.`,
      { expZh: `动态监控${u}家重点用能单位的能耗及碳排放,实现节能${s}%以上`,
        expEn: `monitored the energy use and carbon emissions of ${grp(u)} key energy-using entities, achieving over ${s}% energy savings`,
        qZh: `${c}${zz}的能碳监控实现了多少节能?`, qEn: `what energy savings did the ${C} ${ze}'s energy-carbon monitoring achieve?`,
        ansZh: `${s}%以上`, ansEn: `over ${s}%` });
  } },
  { id: "ventilation-corridors", gen({ city: { zh: c, en: C }, r }) {
    const n = r.int(3, 9), km = r.int(40, 420), [pz, pe] = wan(r.int(300, 2200));
    return fact(
      (e) => `${c}这座常住人口约${pz}的城市,从三个层面推动清凉城市规划建设。总体层面,结合城市河流、绿地等开敞空间布局,${e},引风入城。单元和街区层面,对街区和地块规划建设提出热环境导控要求。`,
      (e) => `${C}, a city of about ${pe} residents, implements cooling measures at three levels to protect residents from extreme heat. Along rivers and green spaces, ${e} to channel airflow into the city, while district- and block-level regulations set requirements for the thermal environment.`,
      { expZh: `${c}规划构建${n}条通风廊道,总长度约${km}公里`, expEn: `${C} has planned ${word(n)} ventilation corridors with a total length of about ${km} km`,
        qZh: `${c}规划了多少条通风廊道?`, qEn: `how many ventilation corridors has ${C} planned?`,
        ansZh: `${n}条`, ansEn: word(n) });
  } },
  { id: "renewable-share", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [rz, re] = r.pick(RESOURCES), a = r.int(12, 55), b = a + r.int(4, 18), y0 = y - r.int(3, 5);
    return fact(
      (e) => `${c}充分发挥${rz}资源丰富的优势,${e}。以解决风电和光伏就地消纳为重点,推进“源网荷储”一体化和多能互补。`,
      (e) => `${e} (${y0}-${y}) by leveraging its ${re} resources and promoting electricity systems that integrate generation, grid, load and storage.`,
      { expZh: `${y0}-${y}年间将非化石能源发电装机占比从${a}%提高到${b}%`,
        expEn: `${C} raised the share of renewable energy in installed power generation capacity from ${a}% to ${b}%`,
        qZh: `${y}年${c}的非化石能源发电装机占比提高到了多少?`, qEn: `to what level had ${C} raised the renewable share of its installed power capacity by ${y}?`,
        ansZh: `${b}%`, ansEn: `${b}%` });
  } },
  { id: "energy-storage", gen({ city: { zh: c, en: C }, year: y, r }) {
    const ty = r.pick([2027, 2030, 2035].filter((t) => t > y + 1)), [wz, we] = wanKw(r.int(20, 600));
    return fact(
      (e) => `${c}支持分布式新能源合理配置储能系统,推动储能产业集群发展。${e}。`,
      (e) => `${C} supports distributed renewable projects in pairing with energy storage and is growing its storage industry cluster. ${e}.`,
      { expZh: `到${ty}年,${c}新型储能装机规模达到${wz}以上`, expEn: `By ${ty}, ${C}'s installed new-type energy storage capacity is expected to exceed ${we}`,
        qZh: `到${ty}年,${c}新型储能装机规模的目标是多少?`, qEn: `what is ${C}'s target for installed new-type energy storage capacity by ${ty}?`,
        ansZh: `${wz}以上`, ansEn: we });
  } },
  { id: "green-space", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [pz, pe] = r.pick(PROJECTS), h = r.int(1500, 60000), cs = r.int(1000, 30000), ox = r.int(5, 80) * 100;
    return fact(
      (e) => `${c}的${pz}生态修复项目于${y}年完工。在治理沿岸工业污染的基础上,${e}、释放氧气量约${ox}吨,有效提升城市韧性。`,
      (e) => `${C} completed its ${pe} ecological restoration project in ${y}. Building on the clean-up of industrial pollution along the shore, it has ${e} and releasing approximately ${grp(ox)} tons of oxygen annually, improving urban resilience.`,
      { expZh: `打造${dec(h, 2)}公顷绿色空间,每年增加碳汇量约${dec(cs, 1)}吨`,
        expEn: `created ${dec(h, 2)} hectares of green space, increasing carbon sequestration by approximately ${dec(cs, 1, true)} tons`,
        qZh: `${c}${pz}生态修复项目打造了多少公顷绿色空间?`, qEn: `how many hectares of green space did ${C}'s ${pe} restoration project create?`,
        ansZh: `${dec(h, 2)}公顷`, ansEn: `${dec(h, 2)} hectares` });
  } },
  { id: "sponge-city", gen({ city: { zh: c, en: C }, year: y, r }) {
    const a = r.int(30, 600), p = pct(r.int(200, 700));
    return fact(
      (e) => `${c}系统推进海绵城市建设,统筹“源头减排、过程控制、系统治理”。截至${y}年底,${e},占建成区面积的${p}。`,
      (e) => `${C} is advancing sponge city construction through source reduction, process control and systematic governance. By the end of ${y}, ${e}, accounting for ${p} of the total.`,
      { expZh: `${c}已有${a}平方公里建成区达到海绵城市建设要求`, expEn: `${C} had ${a} square kilometres of built-up area meeting sponge city standards`,
        qZh: `截至${y}年底,${c}有多少平方公里建成区达到海绵城市建设要求?`, qEn: `how many square kilometres of ${C}'s built-up area met sponge city standards by the end of ${y}?`,
        ansZh: `${a}平方公里`, ansEn: `${a} square kilometres` });
  } },
  { id: "hydrogen-corridor", gen({ city: { zh: c, en: C }, other: { zh: o, en: O }, year: y, r }) {
    const hs = r.int(3, 60), fc = r.int(100, 5000);
    return fact(
      (e) => `${c}积极拓展“${c}—${o}氢能高速走廊”,打造氢能研发、生产、储运、加注一体化中心。截至${y}年底,${e}。`,
      (e) => `${C} is expanding the ‘${C}-${O} Hydrogen Expressway Corridor’ and building an integrated hub for hydrogen research, production, storage, transport and refuelling. By the end of ${y}, ${e}.`,
      { expZh: `${c}已建成加氢站${hs}座,推广燃料电池汽车${fc}辆`, expEn: `${C} had built ${hs} hydrogen refuelling stations and deployed ${grp(fc)} fuel-cell vehicles`,
        qZh: `截至${y}年底,${c}建成了多少座加氢站?`, qEn: `how many hydrogen refuelling stations had ${C} built by the end of ${y}?`,
        ansZh: `${hs}座`, ansEn: String(hs) });
  } },
  { id: "clean-energy-output", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [vz, ve] = yi(r.int(60, 2400)), g = r.int(8, 35);
    return fact(
      (e) => `${c}积极发展洁净能源产业,加快清洁能源电力、储能、低碳氢氨醇产业延链补链。${y}年,${e},同比增长${g}%。`,
      (e) => `${C} is actively developing its clean energy industry, extending supply chains for clean power, energy storage and low-carbon hydrogen, ammonia and methanol. In ${y}, ${e}, up ${g}% year on year.`,
      { expZh: `${c}洁净能源产业产值达到${vz}`, expEn: `the output value of ${C}'s clean energy industry reached ${ve}`,
        qZh: `${y}年${c}洁净能源产业产值是多少?`, qEn: `what was the output value of ${C}'s clean energy industry in ${y}?`,
        ansZh: vz, ansEn: ve });
  } },
  { id: "rooftop-solar", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [wz, we] = wanKw(r.int(10, 450)), roofs = r.int(200, 9000);
    return fact(
      (e) => `${c}推进屋顶分布式光伏开发,在${roofs}栋党政机关、学校、医院和工业厂房屋顶安装光伏板。截至${y}年底,${e}。`,
      (e) => `${C} is promoting rooftop distributed solar, installing photovoltaic panels on ${grp(roofs)} government buildings, schools, hospitals and factories. By the end of ${y}, ${e}.`,
      { expZh: `${c}分布式光伏累计装机容量达到${wz}`, expEn: `${C}'s cumulative distributed solar PV capacity reached ${we}`,
        qZh: `截至${y}年底,${c}分布式光伏累计装机容量是多少?`, qEn: `what was ${C}'s cumulative distributed solar PV capacity at the end of ${y}?`,
        ansZh: wz, ansEn: we });
  } },
  { id: "building-retrofit", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [az, ae] = wan(r.int(30, 2500)), s = r.int(15, 35);
    return fact(
      (e) => `${c}将既有建筑节能改造与老旧小区改造相结合,推广外墙保温、节能门窗和高效供热系统。截至${y}年底,${e},改造后建筑能耗平均降低${s}%。`,
      (e) => `${C} combines energy-efficiency retrofits with the renovation of old residential compounds, promoting external wall insulation, energy-saving windows and efficient heating. By the end of ${y}, ${e}, cutting their energy use by ${s}% on average.`,
      { expZh: `${c}累计完成既有建筑节能改造${az}平方米`, expEn: `${C} had completed energy-efficiency retrofits of ${ae} square metres of existing buildings`,
        qZh: `截至${y}年底,${c}累计完成了多少平方米既有建筑节能改造?`, qEn: `how many square metres of existing buildings had ${C} retrofitted for energy efficiency by the end of ${y}?`,
        ansZh: `${az}平方米`, ansEn: `${ae} square metres` });
  } },
  { id: "green-buildings", gen({ city: { zh: c, en: C }, year: y, r }) {
    const p = pct(r.int(600, 1000)), star = r.int(20, 400);
    return fact(
      (e) => `${y}年,${e},其中二星级及以上绿色建筑项目${star}个。${c}同步推进超低能耗建筑和装配式建筑试点。`,
      (e) => `In ${y}, ${e}, including ${grp(star)} projects rated two stars or above. The city is also piloting ultra-low-energy and prefabricated buildings.`,
      { expZh: `${c}城镇新建建筑中绿色建筑占比达到${p}`, expEn: `green buildings accounted for ${p} of new urban buildings in ${C}`,
        qZh: `${y}年${c}城镇新建建筑中绿色建筑占比是多少?`, qEn: `what share of new urban buildings in ${C} were green buildings in ${y}?`,
        ansZh: p, ansEn: p });
  } },
  { id: "clean-heating", gen({ city: { zh: c, en: C }, year: y, r }) {
    const p = pct(r.int(700, 1000)), [hz, he] = wan(r.int(2, 60));
    return fact(
      (e) => `${c}推进冬季清洁取暖,以热电联产余热、空气源热泵和地热能替代散煤。截至${y}年底,${e},累计完成${hz}户清洁取暖改造。`,
      (e) => `${C} is promoting clean winter heating, replacing loose coal with waste heat from combined heat and power plants, air-source heat pumps and geothermal energy. By the end of ${y}, ${e}, with ${he} households converted to clean heating.`,
      { expZh: `${c}清洁取暖覆盖率达到${p}`, expEn: `${C}'s clean heating coverage reached ${p}`,
        qZh: `截至${y}年底,${c}清洁取暖覆盖率是多少?`, qEn: `what was ${C}'s clean heating coverage at the end of ${y}?`,
        ansZh: p, ansEn: p });
  } },
  { id: "waste-sorting", gen({ city: { zh: c, en: C }, year: y, r }) {
    const cap = r.int(1500, 32000), p = pct(r.int(700, 1000));
    return fact(
      (e) => `${c}全面推行生活垃圾分类,居民小区垃圾分类覆盖率达到${p}。截至${y}年底,${e},基本实现原生生活垃圾“零填埋”。`,
      (e) => `${C} has introduced household waste sorting citywide, covering ${p} of residential communities. By the end of ${y}, ${e}, virtually ending the landfilling of untreated household waste.`,
      { expZh: `${c}生活垃圾日处理能力达到${cap}吨`, expEn: `${C}'s daily household waste treatment capacity reached ${grp(cap)} tons`,
        qZh: `截至${y}年底,${c}生活垃圾日处理能力是多少?`, qEn: `what was ${C}'s daily household waste treatment capacity at the end of ${y}?`,
        ansZh: `${cap}吨`, ansEn: `${grp(cap)} tons` });
  } },
  { id: "waste-to-energy", gen({ city: { zh: c, en: C }, year: y, r }) {
    const plants = r.int(2, 12), n = r.int(3, 60), [ez, ee] = yiKwh(n), [cz, ce] = wan(n * 3);
    return fact(
      (e) => `${y}年,${e},相当于节约标准煤约${cz}吨。烟气排放指标全面优于国家标准。`,
      (e) => `In ${y}, ${e}, saving the equivalent of about ${ce} tons of standard coal. Flue gas emissions are consistently better than national standards.`,
      { expZh: `${c}${plants}座垃圾焚烧发电厂年发电量达到${ez}`, expEn: `${C}'s ${word(plants)} waste-to-energy plants generated ${ee}`,
        qZh: `${y}年${c}垃圾焚烧发电厂的年发电量是多少?`, qEn: `how much electricity did ${C}'s waste-to-energy plants generate in ${y}?`,
        ansZh: ez, ansEn: ee });
  } },
  { id: "construction-waste", gen({ city: { zh: c, en: C }, year: y, r }) {
    const p = pct(r.int(500, 980)), [tz, te] = wan(r.int(50, 3000));
    return fact(
      (e) => `${c}建设建筑垃圾资源化利用项目,将拆除垃圾加工为再生骨料、再生砖和路基材料。${y}年,全市共处置建筑垃圾${tz}吨,${e}。`,
      (e) => `${C} has built construction waste recycling facilities that turn demolition waste into recycled aggregate, bricks and roadbed materials. In ${y}, the city processed ${te} tons of construction waste, and ${e}.`,
      { expZh: `${c}建筑垃圾资源化利用率达到${p}`, expEn: `${C}'s construction waste recycling rate reached ${p}`,
        qZh: `${y}年${c}建筑垃圾资源化利用率是多少?`, qEn: `what was ${C}'s construction waste recycling rate in ${y}?`,
        ansZh: p, ansEn: p });
  } },
  { id: "rail-transit", gen({ city: { zh: c, en: C }, year: y, r }) {
    const km = r.int(20, 900), lines = r.int(2, 30), [rz, re] = wan(r.int(20, 1200));
    return fact(
      (e) => `截至${y}年底,${e},共开通${lines}条线路,日均客运量约${rz}人次。轨道交通已成为市民绿色出行的骨干。`,
      (e) => `By the end of ${y}, ${e}, with ${lines} lines carrying about ${re} passenger trips a day. Rail transit has become the backbone of green travel in the city.`,
      { expZh: `${c}城市轨道交通运营里程达到${km}公里`, expEn: `${C}'s urban rail transit network had grown to ${grp(km)} km`,
        qZh: `截至${y}年底,${c}城市轨道交通运营里程是多少?`, qEn: `how long was ${C}'s urban rail transit network at the end of ${y}?`,
        ansZh: `${km}公里`, ansEn: `${grp(km)} km` });
  } },
  { id: "greenways", gen({ city: { zh: c, en: C }, year: y, r }) {
    const km = r.int(50, 3000), lane = r.int(30, 1500);
    return fact(
      (e) => `${c}构建“慢行友好”城市,截至${y}年底,${e}、非机动车专用道${lane}公里,串联公园、社区和轨道交通站点。`,
      (e) => `${C} is building a walking- and cycling-friendly city. By the end of ${y}, ${e} and ${grp(lane)} km of dedicated cycle lanes, linking parks, communities and metro stations.`,
      { expZh: `${c}累计建成绿道${km}公里`, expEn: `${C} had built ${grp(km)} km of greenways`,
        qZh: `截至${y}年底,${c}累计建成了多少公里绿道?`, qEn: `how many kilometres of greenways had ${C} built by the end of ${y}?`,
        ansZh: `${km}公里`, ansEn: `${grp(km)} km` });
  } },
  { id: "green-travel", gen({ city: { zh: c, en: C }, year: y, r }) {
    const p = pct(r.int(550, 850)), [bz, be] = wan(r.int(5, 120));
    return fact(
      (e) => `${c}开展绿色出行创建行动,优化公交线网,规范共享单车投放,全市共享单车约${bz}辆。${y}年,${e}。`,
      (e) => `${C} has launched a green travel campaign, optimising the bus network and regulating about ${be} shared bicycles. In ${y}, ${e}.`,
      { expZh: `${c}中心城区绿色出行比例达到${p}`, expEn: `the share of green travel in central ${C} reached ${p}`,
        qZh: `${y}年${c}中心城区绿色出行比例是多少?`, qEn: `what was the share of green travel in central ${C} in ${y}?`,
        ansZh: p, ansEn: p });
  } },
  { id: "tree-planting", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [tz, te] = wan(r.int(20, 1500)), ha = r.int(200, 20000);
    return fact(
      (e) => `${y}年,${e},完成造林${ha}公顷,持续提升城市生态系统碳汇能力。`,
      (e) => `In ${y}, ${e} and completed ${grp(ha)} hectares of afforestation, strengthening the carbon sink capacity of its ecosystems.`,
      { expZh: `${c}新植树木${tz}株`, expEn: `${C} planted ${te} trees`,
        qZh: `${y}年${c}新植树木多少株?`, qEn: `how many trees did ${C} plant in ${y}?`,
        ansZh: `${tz}株`, ansEn: te });
  } },
  { id: "forest-coverage", gen({ city: { zh: c, en: C }, year: y, r }) {
    const a = r.int(150, 600), b = pct(a + r.int(5, 60)), gc = pct(r.int(380, 480)), y0 = y - 5;
    return fact(
      (e) => `${y0}-${y}年间,${e},建成区绿化覆盖率达到${gc}。`,
      (e) => `Between ${y0} and ${y}, ${e}, while green coverage in built-up areas reached ${gc}.`,
      { expZh: `${c}森林覆盖率从${pct(a)}提高到${b}`, expEn: `${C}'s forest coverage rose from ${pct(a)} to ${b}`,
        qZh: `${y0}-${y}年间,${c}森林覆盖率提高到了多少?`, qEn: `what did ${C}'s forest coverage rise to between ${y0} and ${y}?`,
        ansZh: b, ansEn: b });
  } },
  { id: "wetland-restoration", gen({ city: { zh: c, en: C }, year: y, r }) {
    const ha = r.int(80, 5000), birds = r.int(60, 320), p = pct(r.int(500, 900));
    return fact(
      (e) => `为保护城市生物多样性,${c}实施河湖湿地保护修复工程。截至${y}年,${e},湿地保护率达到${p}。`,
      (e) => `To protect urban biodiversity, ${C} is restoring rivers, lakes and wetlands. By ${y}, it had ${e}, and its wetland protection rate reached ${p}.`,
      { expZh: `累计修复湿地${ha}公顷,记录鸟类${birds}种`, expEn: `restored ${grp(ha)} hectares of wetland, where ${birds} bird species have been recorded`,
        qZh: `截至${y}年,${c}修复的湿地中记录了多少种鸟类?`, qEn: `how many bird species had been recorded in ${C}'s restored wetlands by ${y}?`,
        ansZh: `${birds}种`, ansEn: String(birds) });
  } },
  { id: "air-quality", gen({ city: { zh: c, en: C }, year: y, r }) {
    const pm = dec(r.int(150, 600), 1), p = pct(r.int(700, 980));
    return fact(
      (e) => `${y}年,${e},空气质量优良天数比例达到${p}。${c}持续推进工业炉窑治理、扬尘管控和柴油货车污染治理。`,
      (e) => `In ${y}, ${e}, and the share of days with good air quality reached ${p}. The city continues to tackle pollution from industrial furnaces, dust and diesel trucks.`,
      { expZh: `${c}细颗粒物(PM2.5)年均浓度降至${pm}微克/立方米`, expEn: `${C}'s annual average PM2.5 concentration fell to ${pm} micrograms per cubic metre`,
        qZh: `${y}年${c}PM2.5年均浓度是多少?`, qEn: `what was ${C}'s annual average PM2.5 concentration in ${y}?`,
        ansZh: `${pm}微克/立方米`, ansEn: `${pm} micrograms per cubic metre` });
  } },
  { id: "water-reuse", gen({ city: { zh: c, en: C }, year: y, r }) {
    const p = pct(r.int(200, 650)), [cz, ce] = wan(r.int(5, 300));
    return fact(
      (e) => `${c}推进污水资源化利用,新建和改造再生水厂,再生水日生产能力达到${cz}吨,用于工业冷却、河道补水和市政杂用。${y}年,${e}。`,
      (e) => `${C} is turning wastewater into a resource, building and upgrading reclaimed water plants with a combined capacity of ${ce} tons a day for industrial cooling, river replenishment and municipal uses. In ${y}, ${e}.`,
      { expZh: `${c}再生水利用率达到${p}`, expEn: `${C}'s reclaimed water utilisation rate reached ${p}`,
        qZh: `${y}年${c}再生水利用率是多少?`, qEn: `what was ${C}'s reclaimed water utilisation rate in ${y}?`,
        ansZh: p, ansEn: p });
  } },
  { id: "carbon-inclusion", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [uz, ue] = wan(r.int(10, 900)), t = r.int(1000, 300000);
    return fact(
      (e) => `${c}上线“碳普惠”平台,将绿色出行、垃圾分类、节约用电等低碳行为量化为碳积分,可兑换公共服务和商品。截至${y}年底,${e},累计减排二氧化碳${t}吨。`,
      (e) => `${C} has launched a ‘carbon inclusion’ platform that converts low-carbon actions such as green travel, waste sorting and saving electricity into carbon credits redeemable for public services and goods. By the end of ${y}, ${e}, reducing carbon dioxide emissions by ${grp(t)} tons in total.`,
      { expZh: `${c}“碳普惠”平台注册用户达到${uz}人`, expEn: `${C}'s ‘carbon inclusion’ platform had ${ue} registered users`,
        qZh: `截至${y}年底,${c}“碳普惠”平台有多少注册用户?`, qEn: `how many registered users did ${C}'s carbon inclusion platform have at the end of ${y}?`,
        ansZh: `${uz}人`, ansEn: ue });
  } },
  { id: "zero-carbon-parks", gen({ city: { zh: c, en: C }, year: y, r }) {
    const parks = r.int(3, 40), com = r.int(5, 120);
    return fact(
      (e) => `${c}开展近零碳排放区示范工程,探索园区、社区、校园等不同场景的降碳路径。截至${y}年底,${e}。`,
      (e) => `${C} is running near-zero-carbon demonstration projects, exploring decarbonisation pathways for industrial parks, communities and campuses. By the end of ${y}, ${e}.`,
      { expZh: `${c}已创建近零碳排放园区${parks}个、低碳社区${com}个`, expEn: `${C} had established ${parks} near-zero-carbon industrial parks and ${com} low-carbon communities`,
        qZh: `截至${y}年底,${c}创建了多少个近零碳排放园区?`, qEn: `how many near-zero-carbon industrial parks had ${C} established by the end of ${y}?`,
        ansZh: `${parks}个`, ansEn: String(parks) });
  } },
  { id: "green-finance", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [vz, ve] = yi(r.int(200, 30000)), g = r.int(10, 45);
    return fact(
      (e) => `${c}建设绿色金融改革创新试验区,推出碳排放权质押贷款、可持续发展挂钩债券等产品。截至${y}年末,${e},同比增长${g}%。`,
      (e) => `${C} is building a green finance reform and innovation pilot zone, introducing products such as emission-rights-backed loans and sustainability-linked bonds. By the end of ${y}, ${e}, up ${g}% year on year.`,
      { expZh: `${c}绿色贷款余额达到${vz}`, expEn: `${C}'s outstanding green loans reached ${ve}`,
        qZh: `截至${y}年末,${c}绿色贷款余额是多少?`, qEn: `what was the balance of ${C}'s green loans at the end of ${y}?`,
        ansZh: vz, ansEn: ve });
  } },
  { id: "energy-intensity", gen({ city: { zh: c, en: C }, year: y, r }) {
    const d = pct(r.int(20, 95)), n = r.int(20, 600);
    return fact(
      (e) => `${c}推动钢铁、化工、建材等重点行业节能降碳改造,实施${n}个重点节能技改项目。${e}。`,
      (e) => `${C} is upgrading key industries such as steel, chemicals and building materials to save energy and cut carbon, implementing ${grp(n)} major energy-efficiency projects. ${e} year on year.`,
      { expZh: `${y}年,${c}单位地区生产总值能耗同比下降${d}`, expEn: `In ${y}, ${C}'s energy consumption per unit of GDP fell by ${d}`,
        qZh: `${y}年${c}单位地区生产总值能耗下降了多少?`, qEn: `by how much did ${C}'s energy consumption per unit of GDP fall in ${y}?`,
        ansZh: d, ansEn: d });
  } },
  { id: "shore-power", gen({ city: { zh: c, en: C }, year: y, r }) {
    const berths = r.int(10, 260), p = pct(r.int(300, 950));
    return fact(
      (e) => `${c}推进港口绿色低碳发展,鼓励靠港船舶使用岸电,推广电动集卡和自动化码头。截至${y}年底,${e},岸电使用率达到${p}。`,
      (e) => `${C} is greening its port, encouraging berthed ships to plug into shore power and promoting electric container trucks and automated terminals. By the end of ${y}, ${e}, with a utilisation rate of ${p}.`,
      { expZh: `${c}港口已建成岸电泊位${berths}个`, expEn: `${C}'s port had ${berths} berths equipped with shore power`,
        qZh: `截至${y}年底,${c}港口建成了多少个岸电泊位?`, qEn: `how many shore-power berths did ${C}'s port have at the end of ${y}?`,
        ansZh: `${berths}个`, ansEn: String(berths) });
  } },
  { id: "cool-stations", gen({ city: { zh: c, en: C }, year: y, r }) {
    const n = r.int(50, 2000);
    return fact(
      (e) => `为应对极端高温天气,${c}建立高温热浪预警与健康风险联动机制。${y}年夏季,${e},向户外劳动者和老年人等重点人群开放。`,
      (e) => `To cope with extreme heat, ${C} has linked heatwave warnings with health-risk responses. In the summer of ${y}, ${e} open to outdoor workers, older people and other vulnerable groups.`,
      { expZh: `${c}设立${n}个“清凉驿站”`, expEn: `${C} set up ${grp(n)} ‘cool stations’`,
        qZh: `${y}年夏季${c}设立了多少个“清凉驿站”?`, qEn: `how many cool stations did ${C} set up in the summer of ${y}?`,
        ansZh: `${n}个`, ansEn: grp(n) });
  } },
  { id: "drainage", gen({ city: { zh: c, en: C }, year: y, r }) {
    const km = r.int(50, 4000), pts = r.int(10, 400);
    return fact(
      (e) => `${c}实施城市排水防涝能力提升工程。${y}年,${e},城市内涝防治能力显著提升。`,
      (e) => `${C} is strengthening its urban drainage and flood prevention. In ${y}, ${e}, significantly improving its ability to prevent urban flooding.`,
      { expZh: `${c}改造雨污管网${km}公里,消除易涝积水点${pts}处`, expEn: `${C} upgraded ${grp(km)} km of stormwater and sewage pipes and eliminated ${pts} flood-prone spots`,
        qZh: `${y}年${c}消除了多少处易涝积水点?`, qEn: `how many flood-prone spots did ${C} eliminate in ${y}?`,
        ansZh: `${pts}处`, ansEn: String(pts) });
  } },
  { id: "virtual-power-plant", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [wz, we] = wanKw(r.int(10, 500)), users = r.int(50, 3000);
    return fact(
      (e) => `${c}建设虚拟电厂管理平台,聚合${users}家工商业用户、充电站和储能电站参与电网调峰。截至${y}年底,${e}。`,
      (e) => `${C} has built a virtual power plant platform that aggregates ${grp(users)} commercial and industrial users, charging stations and storage plants for grid peak shaving. By the end of ${y}, ${e}.`,
      { expZh: `${c}虚拟电厂可调节负荷达到${wz}`, expEn: `${C}'s virtual power plant had an adjustable load capacity of ${we}`,
        qZh: `截至${y}年底,${c}虚拟电厂可调节负荷是多少?`, qEn: `what adjustable load capacity did ${C}'s virtual power plant have at the end of ${y}?`,
        ansZh: wz, ansEn: we });
  } },
  { id: "battery-swap", gen({ city: { zh: c, en: C }, year: y, r }) {
    const n = r.int(20, 900), min = r.int(3, 8);
    return fact(
      (e) => `${c}推广“车电分离”模式,在出租车、网约车和重型卡车领域推广换电。截至${y}年底,${e},单次换电时间缩短至${min}分钟以内。`,
      (e) => `${C} promotes separating batteries from vehicles, rolling out battery swapping for taxis, ride-hailing cars and heavy trucks. By the end of ${y}, ${e}, cutting the time for a battery swap to under ${min} minutes.`,
      { expZh: `${c}建成换电站${n}座`, expEn: `${C} had built ${n} battery-swapping stations`,
        qZh: `截至${y}年底,${c}建成了多少座换电站?`, qEn: `how many battery-swapping stations had ${C} built by the end of ${y}?`,
        ansZh: `${n}座`, ansEn: String(n) });
  } },
  { id: "ev-logistics", gen({ city: { zh: c, en: C }, year: y, r }) {
    const n = r.int(500, 60000), p = pct(r.int(200, 900));
    return fact(
      (e) => `${c}开展城市绿色货运配送示范工程,为新能源物流车提供通行便利和专用停车位。截至${y}年底,${e},占城市配送车辆总数的${p}。`,
      (e) => `${C} is running a green urban freight demonstration programme, giving new energy logistics vehicles priority access and dedicated parking. By the end of ${y}, ${e}, accounting for ${p} of the urban delivery fleet.`,
      { expZh: `${c}新能源城市配送车辆达到${n}辆`, expEn: `${C} had ${grp(n)} new energy urban delivery vehicles`,
        qZh: `截至${y}年底,${c}有多少辆新能源城市配送车辆?`, qEn: `how many new energy urban delivery vehicles did ${C} have at the end of ${y}?`,
        ansZh: `${n}辆`, ansEn: grp(n) });
  } },
  { id: "straw-utilisation", gen({ city: { zh: c, en: C }, year: y, r }) {
    const p = pct(r.int(850, 995)), [tz, te] = wan(r.int(20, 800));
    return fact(
      (e) => `${c}推进农业废弃物资源化利用,将秸秆用于生物质发电、有机肥和食用菌基料,年利用秸秆${tz}吨。${y}年,${e}。`,
      (e) => `${C} is turning agricultural waste into resources, using ${te} tons of straw a year for biomass power, organic fertiliser and mushroom substrate. In ${y}, ${e}.`,
      { expZh: `${c}农作物秸秆综合利用率达到${p}`, expEn: `${C}'s comprehensive utilisation rate of crop straw reached ${p}`,
        qZh: `${y}年${c}农作物秸秆综合利用率是多少?`, qEn: `what was ${C}'s crop straw utilisation rate in ${y}?`,
        ansZh: p, ansEn: p });
  } },
  { id: "wind-power", gen({ city: { zh: c, en: C }, year: y, r }) {
    const w = r.int(20, 1500), [wz, we] = wanKw(w), [ez, ee] = yiKwh(Math.max(1, Math.round(w * 0.22)));
    return fact(
      (e) => `${c}统筹推进陆上风电和海上风电开发,配套建设升压站和送出线路。截至${y}年底,${e},年发电量约${ez}。`,
      (e) => `${C} is developing both onshore and offshore wind power, together with substations and transmission lines. By the end of ${y}, ${e}, generating about ${ee} a year.`,
      { expZh: `${c}风电装机容量达到${wz}`, expEn: `${C}'s installed wind power capacity reached ${we}`,
        qZh: `截至${y}年底,${c}风电装机容量是多少?`, qEn: `what was ${C}'s installed wind power capacity at the end of ${y}?`,
        ansZh: wz, ansEn: we });
  } },
  { id: "led-streetlights", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [nz, ne] = wan(r.int(2, 60)), s = r.int(40, 70);
    return fact(
      (e) => `${c}实施城市照明节能改造,推广智慧路灯按需调光。截至${y}年底,${e},照明用电量下降${s}%。`,
      (e) => `${C} is retrofitting its public lighting and introducing smart streetlights that dim on demand. By the end of ${y}, ${e}, cutting lighting electricity use by ${s}%.`,
      { expZh: `${c}完成${nz}盏路灯LED节能改造`, expEn: `${C} had replaced ${ne} streetlights with energy-saving LEDs`,
        qZh: `截至${y}年底,${c}完成了多少盏路灯LED节能改造?`, qEn: `how many streetlights had ${C} converted to LEDs by the end of ${y}?`,
        ansZh: `${nz}盏`, ansEn: ne });
  } },
  { id: "parks", gen({ city: { zh: c, en: C }, year: y, r }) {
    const parks = r.int(80, 1600), pc = dec(r.int(110, 200), 1);
    return fact(
      (e) => `${c}推进“千园之城”建设,见缝插绿建设口袋公园和街角绿地。截至${y}年底,${e},人均公园绿地面积达到${pc}平方米。`,
      (e) => `${C} is building a ‘city of a thousand parks’, fitting pocket parks and green corners into the urban fabric. By the end of ${y}, ${e}, with ${pc} square metres of park space per resident.`,
      { expZh: `${c}公园总数达到${parks}个`, expEn: `${C} had ${grp(parks)} parks`,
        qZh: `截至${y}年底,${c}公园总数是多少?`, qEn: `how many parks did ${C} have at the end of ${y}?`,
        ansZh: `${parks}个`, ansEn: grp(parks) });
  } },
  { id: "mine-restoration", gen({ city: { zh: c, en: C }, year: y, r }) {
    const ha = r.int(100, 8000), sites = r.int(5, 200);
    return fact(
      (e) => `${c}推进历史遗留矿山综合治理,因地制宜恢复林地、耕地和景观。截至${y}年底,全市${e}。`,
      (e) => `${C} is rehabilitating abandoned mines, restoring them as forest, farmland or scenic areas as local conditions allow. By the end of ${y}, the city had ${e}.`,
      { expZh: `完成${sites}处历史遗留矿山生态修复,修复面积${ha}公顷`, expEn: `restored ${sites} abandoned mine sites covering ${grp(ha)} hectares`,
        qZh: `截至${y}年底,${c}修复了多少公顷历史遗留矿山?`, qEn: `how many hectares of abandoned mine sites had ${C} restored by the end of ${y}?`,
        ansZh: `${ha}公顷`, ansEn: `${grp(ha)} hectares` });
  } },
  { id: "nev-industry", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [vz, ve] = yi(r.int(100, 8000)), ent = r.int(30, 900);
    return fact(
      (e) => `${c}打造新能源汽车产业集群,集聚整车、动力电池、电驱电控等上下游企业${ent}家。${y}年,${e}。`,
      (e) => `${C} is building a new energy vehicle industry cluster with ${grp(ent)} companies across vehicles, power batteries, electric drives and controls. In ${y}, ${e}.`,
      { expZh: `${c}新能源汽车产业产值突破${vz}`, expEn: `the output value of ${C}'s new energy vehicle industry exceeded ${ve}`,
        qZh: `${y}年${c}新能源汽车产业产值是多少?`, qEn: `what was the output value of ${C}'s new energy vehicle industry in ${y}?`,
        ansZh: vz, ansEn: ve });
  } },
  { id: "charging-points", gen({ city: { zh: c, en: C }, year: y, r }) {
    const [nz, ne] = wan(r.int(3, 80)), ratio = dec(r.int(15, 35), 1);
    return fact(
      (e) => `${c}构建“城市面状、公路线状、乡村点状”的充电网络。截至${y}年底,${e},车桩比降至${ratio}:1。`,
      (e) => `${C} is building a charging network that blankets urban areas, lines highways and reaches villages. By the end of ${y}, ${e}, bringing the vehicle-to-charger ratio down to ${ratio}:1.`,
      { expZh: `${c}公共充电桩达到${nz}个`, expEn: `${C} had ${ne} public charging points`,
        qZh: `截至${y}年底,${c}有多少个公共充电桩?`, qEn: `how many public charging points did ${C} have at the end of ${y}?`,
        ansZh: `${nz}个`, ansEn: ne });
  } },
];

/** Generates one initiative passage; sometimes appends a generic closing sentence pair. */
export function initiative(t: Template, ctx: TemplateCtx): Fact {
  const f = t.gen(ctx);
  if (!ctx.r.chance(0.35)) return f;
  const [cz, ce] = ctx.r.pick(CLOSINGS);
  return { ...f, zh: f.zh + cz, en: `${f.en} ${ce}` };
}

// ---------------------------------------------------------------- quotes

/** Quote sentences; `{c}` / `{C}` are replaced by the city's Chinese / English name. */
export const QUOTE_SENTENCES: readonly (readonly [string, string])[] = [
  ["{c}深入落实全面节约战略,加快“无废城市”建设。", "{C} is thoroughly implementing its comprehensive conservation strategy and accelerating the development of a ‘zero-waste city’."],
  ["要加快产业结构升级,大力发展循环经济,积极抢占绿色产业新赛道。", "We must accelerate industrial restructuring, vigorously develop the circular economy and seize new opportunities in green industries."],
  ["把生态环保工作引入制度化轨道,推动生产生活方式绿色低碳转型。", "We shall institutionalise ecological conservation and advance the green, low-carbon transformation of production and lifestyles."],
  ["{c}坚持生态优先、绿色发展,努力打造美丽中国城市样板。", "{C} remains committed to prioritising ecological conservation and green development, striving to become a model city for a Beautiful China."],
  ["协同推进降碳、减污、扩绿、增长,促进经济社会发展全面绿色转型。", "We are advancing coordinated efforts to cut carbon, reduce pollution, expand green space and foster growth, promoting a comprehensive green transformation of the economy and society."],
  ["要巩固提升新能源汽车推广应用优势,试点开展车网互动规模化应用。", "We should consolidate our lead in new energy vehicle adoption and pilot the large-scale application of vehicle-to-grid interaction."],
  ["加快构建清洁低碳、安全高效的新型能源体系。", "We will accelerate the building of a clean, low-carbon, safe and efficient new energy system."],
  ["积极稳妥推进碳达峰碳中和,让绿色成为{c}高质量发展最鲜明的底色。", "We will actively and prudently pursue carbon peaking and carbon neutrality, making green the defining feature of {C}'s high-quality development."],
  ["要持续深化生态环境保护,着力建设美丽{c}。", "We will continue to deepen ecological and environmental protection and strive to build a beautiful {C}."],
  ["坚持以人民为中心,让市民共享绿色发展成果。", "Putting people first, we will ensure that residents share the benefits of green development."],
  ["加快城市更新,提升城市韧性,增强应对极端天气的能力。", "We will accelerate urban renewal, strengthen urban resilience and improve our capacity to cope with extreme weather."],
  ["大力发展绿色金融,引导更多社会资本投向绿色低碳领域。", "We will vigorously develop green finance and channel more private capital into green and low-carbon sectors."],
  ["推动数字化与绿色化协同发展,以科技创新赋能降碳减排。", "We will promote the integration of digital and green development, harnessing technological innovation to cut emissions."],
  ["深化国际交流合作,为全球城市气候行动贡献{c}经验。", "We will deepen international exchanges and cooperation and contribute {C}'s experience to global urban climate action."],
  ["统筹山水林田湖草沙一体化保护和系统治理,筑牢生态安全屏障。", "We will pursue integrated protection and systematic governance of mountains, rivers, forests, farmland, lakes, grasslands and deserts to build a solid ecological security barrier."],
  ["倡导简约适度、绿色低碳的生活方式,推动形成全民参与的良好氛围。", "We advocate a simple, moderate, green and low-carbon lifestyle and encourage every resident to take part."],
  ["加快发展新质生产力,培育壮大新能源、新材料、节能环保等战略性新兴产业。", "We will accelerate new quality productive forces and grow strategic emerging industries such as new energy, new materials, energy conservation and environmental protection."],
  ["持续打好蓝天、碧水、净土保卫战。", "We will keep fighting to protect our blue skies, clear waters and clean land."],
  ["把碳达峰碳中和纳入经济社会发展全局,一张蓝图绘到底。", "We have integrated carbon peaking and carbon neutrality into overall economic and social development and will see the blueprint through to the end."],
  ["推进公共交通优先发展,让绿色出行成为市民首选。", "We will prioritise public transport so that green travel becomes residents' first choice."],
];

/** 2–3 distinct quote sentences for a city, as [zh body, en body]. */
export function quoteBody(city: City, r: Rng): [string, string] {
  const n = r.int(2, 3), used = new Set<number>(), zh: string[] = [], en: string[] = [];
  while (used.size < n) {
    const i = r.int(0, QUOTE_SENTENCES.length - 1);
    if (used.has(i)) continue;
    used.add(i);
    const [z, e] = QUOTE_SENTENCES[i]!;
    zh.push(z.replaceAll("{c}", city.zh));
    en.push(e.replaceAll("{C}", city.en));
  }
  return [zh.join(""), en.join(" ")];
}
