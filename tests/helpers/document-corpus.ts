/**
 * A corpus as a new user would drop it in: the seed, one document of each format (Markdown, web page, Word, PDF),
 * an English-only and a Chinese-only document, a 250 KB paragraph, a paragraph pair repeated 50 times (some copies
 * in Traditional script or with other punctuation), GBK and UTF-16 files, and junk. The questions (our own, both
 * languages) each name the document and the figure the answer must give.
 */
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gbk, makeDocx, makePdf, utf16le } from "./document-fixtures.js";
import { SEED_CORPUS_PATH, SEED_DOC } from "./test-engine.js";

export interface DocumentQuestion {
  question: string;
  lang: "zh" | "en";
  /** The document whose passage answers it. */
  doc: string;
  /** The figure the answer must state, digits only ("4600" matches 4,600). */
  figure: string;
}

/** The junk files and a word their skip reason must contain. */
export const JUNK: Record<string, RegExp> = {
  "empty.txt": /empty/,
  "blank.md": /empty|no usable/,
  "nul-bytes.txt": /binary/,
  "random.txt": /binary|encoding/,
  "broken.pdf": /cannot be read as pdf/,
  "broken.docx": /cannot be read as docx/,
  "rules-only.md": /no usable paragraph/,
};

/** Sentences about tree planting, all different, to make one 250 KB paragraph; the fact sits in the middle. */
function longParagraph(fact: string, bytes: number): string {
  const sentences: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const s = `In survey round ${i + 1}, district team ${(i * 37) % 101} logged ${(i * 53) % 997 + 12} saplings of ${["ginkgo", "willow", "poplar", "pine", "elm"][i % 5]} along ward road ${(i * 7) % 89}.`;
    sentences.push(s);
    size += s.length + 1;
    if (i === 900) sentences.push(fact);
    i++;
  }
  return sentences.join(" ");
}

export async function writeDocumentCorpus(dir: string, options: { junk?: boolean } = {}): Promise<void> {
  copyFileSync(SEED_CORPUS_PATH, join(dir, SEED_DOC));
  const write = (name: string, body: string | Buffer) => writeFileSync(join(dir, name), body);

  write(
    "hangzhou.md",
    [
      "# 杭州 Hangzhou",
      "",
      "杭州已投运**4,600辆**纯电动公交车，占全市公交车总数的92%。",
      "Hangzhou now runs **4,600** battery-electric buses, 92% of the city's bus fleet.",
      "",
      "## 慢行交通 Cycling",
      "",
      "- 杭州在地铁站周边建成了35个公共自行车枢纽，方便市民换乘。",
      "- Hangzhou has built 35 public bicycle hubs around metro stations to make transfers easy.",
      "",
      "| Year | Public chargers |",
      "|---|---|",
      "| 2023 | 12,800 |",
      "",
      "> 数据来源：[杭州市交通局](https://example.org)",
      "",
    ].join("\n"),
  );

  write(
    "kunming.html",
    `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>昆明</title><style>p{color:red}</style>
<script>var tracking = "滇池 6,500";</script></head><body>
<nav><a href="/">首页 Home</a> | <a href="/about">关于 About</a></nav>
<header><p>城市气候周刊 City Climate Weekly</p></header>
<main><article><h1>昆明 Kunming</h1>
<p>昆明在滇池周边修复湿地<strong>6,500公顷</strong>，建成环湖湿地公园群，每年固碳约3.2万吨。</p>
<p>Kunming has restored <em>6,500 hectares</em> of wetland around Dianchi Lake, a ring of lakeside wetland parks that stores about 32,000 tonnes of carbon a year.</p>
</article></main>
<aside>相关阅读 Related: 深圳超充</aside><footer>© 2025 版权所有 All rights reserved</footer></body></html>`,
  );

  write(
    "xiamen.docx",
    await makeDocx([
      { heading: "厦门 Xiamen" },
      { text: "厦门港已为23个泊位配备岸电设施，每年减少船舶二氧化碳排放约1.8万吨。" },
      { text: "Xiamen port has fitted shore power at 23 berths, ", bold: "cutting ship CO2 emissions by about 18,000 tonnes a year." },
      { heading: "数据 Figures", level: 2 },
      { table: [["Berths with shore power", "23"]] },
    ]),
  );

  write(
    "chengdu.pdf",
    await makePdf([
      { text: "成都 Chengdu", size: 16 },
      { text: "成都已建成天府绿道1,300公里，串联起城市公园、河流和乡村，市民骑行和步行都更加方便，也为城市降温和生物多样性提供了生态廊道。" },
      { text: "Chengdu has built 1,300 kilometres of Tianfu greenways linking city parks, rivers and the countryside, making cycling and walking easier and giving the city ecological corridors that cool it and shelter wildlife." },
    ]),
  );

  write(
    "suzhou-en.md",
    "# Suzhou\n\nSuzhou Industrial Park has installed 240 megawatts of rooftop solar panels on factory roofs, the largest rooftop photovoltaic cluster in the province.\n",
  );
  write("ningbo-zh.md", "# 宁波\n\n宁波舟山港已投入150辆氢能重卡，用于港区集装箱短途运输，替代柴油货车。\n");

  write(
    "nanjing-gbk.txt",
    gbk("南京 Nanjing\r\n南京已在长江沿岸修复生态岸线112公里，让江岸重新成为市民亲水的公共空间。\r\nNanjing has restored 112 kilometres of ecological shoreline along the Yangtze, reopening the riverbank to residents.\r\n"),
  );
  write(
    "wuxi-utf16.txt",
    utf16le("无锡 Wuxi\n无锡在太湖沿岸布设了86个水质自动监测站，实时预警蓝藻。\nWuxi has set up 86 automatic water-quality monitoring stations along Lake Tai to warn of algal blooms in real time.\n", false),
  );

  write(
    "lanzhou-long.txt",
    `兰州 Lanzhou\n${longParagraph("Lanzhou has installed 7,400 solar street lights along the Yellow River embankment.", 250 * 1024)}\n`,
  );

  const pair = [
    "合肥已建成换电站2,100座，新能源出租车换电只需三分钟。",
    "Hefei has built 2,100 battery-swap stations, so an electric taxi swaps its battery in three minutes.",
  ];
  const variants = [
    pair,
    ["合肥已建成換電站2,100座，新能源出租車換電只需三分鐘。", pair[1]!],
    ["合肥已建成换电站2,100座,新能源出租车换电只需三分钟.", `  ${pair[1]!.replace(/ /g, "  ")}`],
  ];
  const copies = Array.from({ length: 50 }, (_, i) => variants[i % variants.length]!.join("\n"));
  write("hefei-duplicated.txt", `合肥 Hefei\n${copies.join("\n")}\n`);

  if (options.junk !== false) writeJunk(dir);
}

export function writeJunk(dir: string): void {
  const write = (name: string, body: string | Buffer) => writeFileSync(join(dir, name), body);
  write("empty.txt", "");
  write("blank.md", "\n\n   \n");
  write("nul-bytes.txt", Buffer.alloc(4096));
  // Deterministic bytes that are no text in any encoding (every byte value, with NULs).
  write("random.txt", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
  write("broken.pdf", "%PDF-1.4\nthis is not really a PDF\n");
  write("broken.docx", Buffer.from("PK\u0003\u0004 not a zip"));
  write("rules-only.md", "---\n\n***\n\n| | |\n|---|---|\n");
  write("picture.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
}

export const QUESTIONS: DocumentQuestion[] = [
  { question: "杭州有多少辆纯电动公交车?", lang: "zh", doc: "hangzhou.md", figure: "4600" },
  { question: "How many battery-electric buses does Hangzhou run?", lang: "en", doc: "hangzhou.md", figure: "4600" },
  { question: "How many public bicycle hubs has Hangzhou built around metro stations?", lang: "en", doc: "hangzhou.md", figure: "35" },
  { question: "昆明在滇池周边修复了多少公顷湿地?", lang: "zh", doc: "kunming.html", figure: "6500" },
  { question: "How many hectares of wetland has Kunming restored around Dianchi Lake?", lang: "en", doc: "kunming.html", figure: "6500" },
  { question: "厦门港有多少个泊位配备了岸电?", lang: "zh", doc: "xiamen.docx", figure: "23" },
  { question: "How many berths at Xiamen port have shore power?", lang: "en", doc: "xiamen.docx", figure: "23" },
  { question: "成都的天府绿道建成了多少公里?", lang: "zh", doc: "chengdu.pdf", figure: "1300" },
  { question: "How many kilometres of Tianfu greenways has Chengdu built?", lang: "en", doc: "chengdu.pdf", figure: "1300" },
  { question: "How much rooftop solar has Suzhou Industrial Park installed?", lang: "en", doc: "suzhou-en.md", figure: "240" },
  { question: "苏州工业园区在厂房屋顶安装了多少兆瓦光伏?", lang: "zh", doc: "suzhou-en.md", figure: "240" },
  { question: "宁波舟山港投入了多少辆氢能重卡?", lang: "zh", doc: "ningbo-zh.md", figure: "150" },
  { question: "How many hydrogen heavy trucks has Ningbo-Zhoushan port put into service?", lang: "en", doc: "ningbo-zh.md", figure: "150" },
  { question: "南京在长江沿岸修复了多少公里生态岸线?", lang: "zh", doc: "nanjing-gbk.txt", figure: "112" },
  { question: "How many kilometres of Yangtze shoreline has Nanjing restored?", lang: "en", doc: "nanjing-gbk.txt", figure: "112" },
  { question: "无锡在太湖沿岸布设了多少个水质自动监测站?", lang: "zh", doc: "wuxi-utf16.txt", figure: "86" },
  { question: "How many water-quality monitoring stations has Wuxi set up along Lake Tai?", lang: "en", doc: "wuxi-utf16.txt", figure: "86" },
  { question: "How many solar street lights has Lanzhou installed along the Yellow River?", lang: "en", doc: "lanzhou-long.txt", figure: "7400" },
  { question: "合肥建成了多少座换电站?", lang: "zh", doc: "hefei-duplicated.txt", figure: "2100" },
  { question: "How many battery-swap stations has Hefei built?", lang: "en", doc: "hefei-duplicated.txt", figure: "2100" },
];
