/**
 * Real Chinese cities (municipalities and prefecture-level cities) with their English names, and the
 * pieces used to make up plausible leaders' names (surname + given name, with pinyin romanisation).
 *
 * Curated so that no English name is a (case-insensitive) substring of another and no Chinese name is a
 * substring of another — e.g. 株洲 Zhuzhou is left out because "zhuzhou" contains "huzhou" (湖州).
 * Likewise 常州 Changzhou and 漳州 Zhangzhou (contain "hangzhou") and 滁州 Chuzhou ("huzhou") are left out.
 * Ambiguous romanisations (苏州/宿州 Suzhou, 台州/泰州 Taizhou, 福州/抚州 Fuzhou, ...) keep one city only.
 */
export interface City {
  zh: string;
  en: string;
}

const RAW = `
北京 Beijing|上海 Shanghai|天津 Tianjin|重庆 Chongqing|广州 Guangzhou|深圳 Shenzhen|成都 Chengdu|西安 Xi'an
哈尔滨 Harbin|杭州 Hangzhou|南京 Nanjing|武汉 Wuhan|长沙 Changsha|郑州 Zhengzhou|济南 Jinan|青岛 Qingdao
大连 Dalian|沈阳 Shenyang|长春 Changchun|石家庄 Shijiazhuang|太原 Taiyuan|呼和浩特 Hohhot|包头 Baotou|银川 Yinchuan
兰州 Lanzhou|西宁 Xining|乌鲁木齐 Urumqi|拉萨 Lhasa|昆明 Kunming|贵阳 Guiyang|南宁 Nanning|海口 Haikou
三亚 Sanya|福州 Fuzhou|厦门 Xiamen|泉州 Quanzhou|南昌 Nanchang|合肥 Hefei|芜湖 Wuhu|宁波 Ningbo
温州 Wenzhou|绍兴 Shaoxing|嘉兴 Jiaxing|湖州 Huzhou|金华 Jinhua|台州 Taizhou|苏州 Suzhou|无锡 Wuxi
镇江 Zhenjiang|扬州 Yangzhou|南通 Nantong|徐州 Xuzhou|盐城 Yancheng|连云港 Lianyungang|淮安 Huai'an
宿迁 Suqian|烟台 Yantai|潍坊 Weifang|淄博 Zibo|临沂 Linyi|济宁 Jining|威海 Weihai|日照 Rizhao
洛阳 Luoyang|开封 Kaifeng|新乡 Xinxiang|南阳 Nanyang|宜昌 Yichang|襄阳 Xiangyang|湘潭 Xiangtan|岳阳 Yueyang
衡阳 Hengyang|赣州 Ganzhou|九江 Jiujiang|景德镇 Jingdezhen|珠海 Zhuhai|佛山 Foshan|东莞 Dongguan|中山 Zhongshan
惠州 Huizhou|江门 Jiangmen|汕头 Shantou|湛江 Zhanjiang|韶关 Shaoguan|桂林 Guilin|柳州 Liuzhou|北海 Beihai
遵义 Zunyi|绵阳 Mianyang|宜宾 Yibin|泸州 Luzhou|德阳 Deyang|南充 Nanchong|乐山 Leshan|宝鸡 Baoji
咸阳 Xianyang|延安 Yan'an|榆林 Yulin|天水 Tianshui|酒泉 Jiuquan|克拉玛依 Karamay|鄂尔多斯 Ordos|赤峰 Chifeng
大同 Datong|长治 Changzhi|保定 Baoding|唐山 Tangshan|秦皇岛 Qinhuangdao|邯郸 Handan|张家口 Zhangjiakou|廊坊 Langfang
鞍山 Anshan|抚顺 Fushun|锦州 Jinzhou|吉林 Jilin|大庆 Daqing|齐齐哈尔 Qiqihar|牡丹江 Mudanjiang|佳木斯 Jiamusi
蚌埠 Bengbu|安庆 Anqing|黄山 Huangshan|丽水 Lishui|衢州 Quzhou|舟山 Zhoushan|莆田 Putian
龙岩 Longyan|三明 Sanming|上饶 Shangrao|十堰 Shiyan|荆州 Jingzhou|常德 Changde|郴州 Chenzhou|曲靖 Qujing
玉溪 Yuxi|丽江 Lijiang|六盘水 Liupanshui|安顺 Anshun|攀枝花 Panzhihua|自贡 Zigong|汉中 Hanzhong|石嘴山 Shizuishan
嘉峪关 Jiayuguan|海东 Haidong|日喀则 Shigatse|东营 Dongying|聊城 Liaocheng|菏泽 Heze|德州 Dezhou
`;

export const CITIES: readonly City[] = RAW.trim()
  .split(/[|\n]/)
  .map((entry) => {
    const sp = entry.indexOf(" ");
    return { zh: entry.slice(0, sp), en: entry.slice(sp + 1) };
  });

/** [hanzi, romanisation] — surnames are written in capitals in English (`XU Shuhai`). */
export const SURNAMES: readonly (readonly [string, string])[] = (
  "王 WANG|李 LI|张 ZHANG|刘 LIU|陈 CHEN|杨 YANG|黄 HUANG|赵 ZHAO|周 ZHOU|吴 WU|徐 XU|孙 SUN|马 MA|胡 HU|朱 ZHU|郭 GUO|" +
  "何 HE|罗 LUO|高 GAO|林 LIN|郑 ZHENG|梁 LIANG|谢 XIE|宋 SONG|唐 TANG|许 XU|邓 DENG|韩 HAN|冯 FENG|曹 CAO|彭 PENG|曾 ZENG|" +
  "肖 XIAO|田 TIAN|董 DONG|潘 PAN|袁 YUAN|蔡 CAI|蒋 JIANG|余 YU|于 YU|杜 DU|叶 YE|程 CHENG|魏 WEI|苏 SU|吕 LYU|丁 DING|" +
  "任 REN|沈 SHEN|姚 YAO|卢 LU|傅 FU|钟 ZHONG|崔 CUI|汪 WANG|范 FAN|陆 LU|廖 LIAO|方 FANG|金 JIN|邱 QIU|夏 XIA|谭 TAN|" +
  "贾 JIA|邹 ZOU|石 SHI|熊 XIONG|孟 MENG|秦 QIN|覃 QIN|薛 XUE|侯 HOU|雷 LEI|白 BAI|龙 LONG|段 DUAN|郝 HAO|孔 KONG|邵 SHAO|" +
  "毛 MAO|常 CHANG|万 WAN|顾 GU|赖 LAI|武 WU|康 KANG|贺 HE|严 YAN|尹 YIN|钱 QIAN|施 SHI|洪 HONG|龚 GONG|盛 SHENG|陶 TAO"
)
  .split("|")
  .map((s) => s.split(" ") as [string, string]);

/** [hanzi, pinyin syllable] for given names. */
export const GIVEN: readonly (readonly [string, string])[] = (
  "建 jian|国 guo|明 ming|华 hua|军 jun|平 ping|文 wen|东 dong|晓 xiao|永 yong|红 hong|新 xin|立 li|云 yun|光 guang|斌 bin|" +
  "峰 feng|涛 tao|辉 hui|强 qiang|宏 hong|杰 jie|勇 yong|庆 qing|宁 ning|德 de|宇 yu|振 zhen|学 xue|成 cheng|安 an|荣 rong|" +
  "亮 liang|俊 jun|良 liang|胜 sheng|忠 zhong|祥 xiang|锋 feng|毅 yi|鹏 peng|飞 fei|敏 min|静 jing|丽 li|燕 yan|玲 ling|清 qing|" +
  "卫 wei|金 jin|保 bao|义 yi|民 min|福 fu|喜 xi|晨 chen|凯 kai|博 bo|恒 heng|曙 shu|海 hai|刚 gang|志 zhi|洋 yang|伟 wei|" +
  "中 zhong|绍 shao|旺 wang|阅 yue|春 chun|洪 hong|波 bo|琳 lin|岩 yan|松 song|彬 bin|泽 ze|昊 hao|铭 ming|鑫 xin|睿 rui|" +
  "嘉 jia|瑞 rui|兴 xing|耀 yao|启 qi|达 da|智 zhi|广 guang|超 chao|益 yi|源 yuan|江 jiang|川 chuan|元 yuan|阳 yang|恩 en|" +
  "爱 ai"
)
  .split("|")
  .map((s) => s.split(" ") as [string, string]);

/** Joins pinyin syllables with the apostrophe rule (`Xi'an`, `Jian'en`) and capitalises the first letter. */
export function romanizeGiven(syllables: readonly string[]): string {
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join("");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
