import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { reportSpan, type TextBlock, onEachBlock } from "../../util/blocks.js";
import { toChineseNumber } from "../../util/chars.js";

export interface Options {
  /** Check Arabic digits in set phrases (讲3点意见, 4个意识); house styles that prefer Arabic turn it off. */
  chineseNumerals?: boolean;
}

type Check = (context: Parameters<TextlintRuleReporter>[0], block: TextBlock) => void;

const toHalfWidth = (s: string): string => s.replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// A year in Chinese numerals written with a look-alike zero: 二００一年, 二0一0年, 一九八○年.
const CN_YEAR = /[一二三四五六七八九〇○0０OＯ]{2,}(?=年)/gu;
const WRONG_ZERO = /[○0０OＯ]/u;

function chineseYears(text: string): Array<[number, number]> {
  return [...text.matchAll(CN_YEAR)]
    .filter((m) => /[一二三四五六七八九〇]/u.test(m[0]) && WRONG_ZERO.test(m[0]))
    .map((m) => [m.index, m.index + m[0].length]);
}

/** 二００一年, 一九八○年 → 二〇〇一年, 一九八〇年 (GB/T 15835-2011 writes the zero of Chinese numerals as 〇). */
const zeroGlyph: Check = (context, block) => {
  for (const [start, end] of chineseYears(block.text)) {
    const year = block.text.slice(start, end);
    const fixed = year.replace(/[○0０OＯ]/gu, "〇");
    reportSpan(context, block, start, end, `汉字数字中的“零”应写作“〇”：“${year}年”应为“${fixed}年”`, fixed);
  }
};

/** ２０２６年, ＧＤＰ → 2026年, GDP. */
const fullWidth: Check = (context, block) => {
  const years = chineseYears(block.text);
  for (const m of block.text.matchAll(/[０-９Ａ-Ｚａ-ｚ]+(?:[．.][０-９]+)?/gu)) {
    if (years.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
    const half = toHalfWidth(m[0]);
    const kind = /[０-９]/u.test(m[0]) ? "数字" : "字母";
    reportSpan(context, block, m.index, m.index + m[0].length, `${kind}应使用半角：“${m[0]}”应为“${half}”`, half);
  }
};

// What may follow the second number of a range: a unit, a time word or a counter.
const UNIT =
  "(?:年|月|日|号|时|点|分|秒|周|天|个|%|‰|万|亿|千|百|元|岁|次|倍|期|届|名|人|户|家|项|条|款|页|章|节|公里|千米|米|厘米|毫米|吨|千克|公斤|克|亩|公顷|平方米|立方米|度|小时|分钟|批|所|座|台|辆|件|篇|册|本|位|级|层|栋|间|套|张|份|场|轮|班)";
const RANGE = new RegExp(`(?<![\\d.\\-－﹣~/:])(\\d+(?:\\.\\d+)?)([%‰]?)\\s?([-－﹣~])\\s?(\\d+(?:\\.\\d+)?)(?=[%‰]?${UNIT})(?![\\d\\-])`, "gu");

/** 1-6月, 2023-2025年 → 1—6月, 2023—2025年; 10~20 → 10～20 (GB/T 15834-2011 连接号). */
const ranges: Check = (context, block) => {
  const { text } = block;
  for (const m of text.matchAll(RANGE)) {
    if (/[A-Za-z]\/?[A-Za-z]*\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue; // GB/T 15834-2011
    const sep = m.index + m[1].length + m[2].length + (m[0].slice(m[1].length + m[2].length).startsWith(" ") ? 1 : 0);
    const replacement = m[3] === "~" ? "～" : "—";
    reportSpan(context, block, sep, sep + 1, `数值范围应使用一字线“—”或浪纹线“～”，不用“${m[3]}”`, replacement);
  }
};

/** 10～20% → 10%～20%; 9～16亿 → 9亿～16亿 (GB/T 15835-2011: keep the unit where omitting it is ambiguous). */
const rangeUnits: Check = (context, block) => {
  for (const m of block.text.matchAll(/(?<![\d.%‰])(\d+(?:\.\d+)?)([～~—\-－])(\d+(?:\.\d+)?)(%|‰|万元|亿元|万|亿)/gu)) {
    const at = m.index + m[1].length;
    const unit = m[4];
    reportSpan(context, block, m.index, at, `数值范围的两个数都应带单位：“${m[0]}”应为“${m[1]}${unit}${m[2]}${m[3]}${unit}”`, `${m[1]}${unit}`);
  }
};

/**
 * 22年底 → 2022年底: years are written in full. A two-digit number before 年 is a year where what follows is a
 * part of a year (年底, 年3月), where it starts with 0 (08年: a duration is written 8年), after 在/自/比/截至
 * (比00年翻一番), or where it opens a clause or follows another year (79年国民收入比上年增长7％, 1980、81年) and
 * what follows is not how a duration goes on — never a duration (工作22年, 不少于20年, 在20年内, 50周年, 20年来,
 * 30年的发展). A quoted year: ’24年.
 */
const DURATION_AFTER = "代|周年|以上|以下|以内|内|间|来|之内|之间|多|余|左右|后|前|里|中|时间|期|的|，|。|、|；|：|！|？|）|$";
const SHORT_YEARS = [
  /(?<![\d０-９.\-/’'第近约满了共])(\d{2})年(?=\d{1,2}月|底|初|末|上半年|下半年|前三季度|第[一二三四1-4]季度|[一二三四]季度|度(?![的])|春节|国庆)/gu,
  /(?<![\d０-９.\-/’'第])(0\d)年(?!代)/gu,
  /(?<=在|自|比|截至|截止)(\d{2})年(?!代|以上|以下|内|间|来|之内|多|左右|后|前|里|中)/gu,
  new RegExp(`(?<=^|[。；！？：，（“《》]|\\d{4}年?[、和至到—－-]|从|到|至|于)(\\d{2})年(?!${DURATION_AFTER})`, "gu"),
];
/** ’24年 (not in names: 中国’99昆明世界园艺博览会). A 发文字号's year (〔26〕) is document-number's. */
const SHORT_YEAR_MARKS = /(?<![\dA-Za-z])[’'](\d{2})(?=年)/gu;
const shortYears: Check = (context, block) => {
  const seen = new Set<number>();
  for (const re of SHORT_YEARS) {
    for (const m of block.text.matchAll(re)) {
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      const century = Number(m[1]) >= 50 ? "19" : "20"; // only an example in the message: never fixed
      reportSpan(context, block, m.index, m.index + m[0].length, `年份不应简写：“${m[0]}”应写全称（如“${century}${m[1]}年”）`);
    }
  }
  for (const m of block.text.matchAll(SHORT_YEAR_MARKS)) {
    const full = `${Number(m[1]) >= 50 ? "19" : "20"}${m[1]}`;
    reportSpan(context, block, m.index, m.index + m[0].length, `年份不应简写：“${m[0]}年”应写全称（如“${full}年”）`);
  }
};

/**
 * 2026年03月05日 → 2026年3月5日: months and days are written without 虚位 (GB/T 9704-2012 7.3.5: 成文日期 “不编虚位”,
 * the same in the body). Certain in every context: a leading zero before a month or a day adds nothing.
 */
const paddedDates: Check = (context, block) => {
  for (const m of block.text.matchAll(/(?<![\d０-９])(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/gu)) {
    const [whole, year, month, day] = m;
    if (!/^0/.test(month) && !/^0/.test(day ?? "")) continue;
    const fixed = `${year}年${Number(month)}月${day === undefined ? "" : `${Number(day)}日`}`;
    reportSpan(context, block, m.index, m.index + whole.length, `日期中的月、日不编虚位：“${whole}”应为“${fixed}”`, fixed);
  }
};

const SET_PHRASES: Array<{ re: RegExp; message: (m: RegExpMatchArray, cn: string) => string; replace: (m: RegExpMatchArray) => string }> = [
  {
    // 讲3点意见 → 讲三点意见
    re: /(?<![\d.])(\d{1,2})点(?=意见|要求|体会|建议|看法|思考|启示|认识|感受|希望|想法|打算|说明|共识|经验|做法)/gu,
    replace: (m) => `${toChineseNumber(Number(m[1]))}点`,
    message: (m, cn) => `讲话、文稿结构中的序数和概数宜用汉字：“${m[0]}”应为“${cn}”`,
  },
  {
    // 4个意识 → 四个意识; 2个维护 → 两个维护
    re: /(?<![\d.])(\d)个(?=意识|自信|维护|确立|全面|务必|代表|伟大|结合|一百年|百年|必须|坚持|毫不动摇|方面|没有变)/gu,
    replace: (m) => `${m[1] === "2" ? "两" : toChineseNumber(Number(m[1]))}个`,
    message: (m, cn) => `固定表述中的数字应用汉字：“${m[0]}”应为“${cn}”`,
  },
  {
    // 党的20大 → 党的二十大
    re: /党的(\d{1,2})大/gu,
    replace: (m) => `党的${toChineseNumber(Number(m[1]))}大`,
    message: (m, cn) => `固定表述中的数字应用汉字：“${m[0]}”应为“${cn}”`,
  },
  {
    // 20届3中全会 → 二十届三中全会
    re: /(\d{1,2})届(\d)中全会/gu,
    replace: (m) => `${toChineseNumber(Number(m[1]))}届${toChineseNumber(Number(m[2]))}中全会`,
    message: (m, cn) => `固定表述中的数字应用汉字：“${m[0]}”应为“${cn}”`,
  },
  {
    // 第20次全国代表大会 → 第二十次全国代表大会
    re: /第(\d{1,2})次(?=全国代表大会|党代会|全体会议)/gu,
    replace: (m) => `第${toChineseNumber(Number(m[1]))}次`,
    message: (m, cn) => `固定表述中的数字应用汉字：“${m[0]}”应为“${cn}”`,
  },
  {
    // 第3部分 at the head of a line (a heading) → 第三部分
    re: /(?<=^|\n)([\s　]*)第(\d{1,2})(?=部分|章|节|篇|编|讲|单元)/gu,
    replace: (m) => `${m[1]}第${toChineseNumber(Number(m[2]))}`,
    message: (m, cn) => `标题中的序数宜用汉字：“${m[0].trim()}”应为“${cn.trim()}”`,
  },
  {
    // 第3，→ 第三，(ordinal words of a speech)
    re: /(?<=^|[。；：！？\s　])第([1-9])(?=[，、：])/gu,
    replace: (m) => `第${toChineseNumber(Number(m[1]))}`,
    message: (m, cn) => `序数词宜用汉字：“${m[0]}”应为“${cn}”`,
  },
];

// 1些, 1般, 1目了然: words of which 一 is a part, damaged by a bulk 一→1 conversion.
const YI_WORDS = /(?<![\d.])1(些|般|律|旦|方面|目了然|致|直|切|如既往|以贯之|体化|把手|心一意|丝不苟|往无前)/gu;

const chineseNumerals: Check = (context, block) => {
  for (const { re, replace, message } of SET_PHRASES) {
    for (const m of block.text.matchAll(re)) {
      const cn = replace(m);
      reportSpan(context, block, m.index, m.index + m[0].length, message(m, cn), cn);
    }
  }
  for (const m of block.text.matchAll(YI_WORDS)) {
    reportSpan(context, block, m.index, m.index + 1, `“${m[0]}”中的“1”应为汉字“一”（应为“一${m[1]}”）`, "一");
  }
};

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const checks: Check[] = [zeroGlyph, fullWidth, ranges, rangeUnits, shortYears, paddedDates];
  if (options.chineseNumerals !== false) checks.push(chineseNumerals);
  return onEachBlock(context, (block) => {
    if (!/[0-9０-９Ａ-Ｚａ-ｚ○OＯ]/u.test(block.text)) return;
    for (const check of checks) check(context, block);
  });
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "number-usage",
    category: "数字",
    description: "数字用法不符合 GB/T 15835—2011 与公文惯例（全角数字、范围连接号、年份简写、固定表述用汉字等）",
    fixable: true,
    defaultSeverity: "warning",
    options: {
      chineseNumerals: { type: "boolean", description: "检查固定表述和讲话结构中的阿拉伯数字（如“讲3点意见”），默认 true" },
    },
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
