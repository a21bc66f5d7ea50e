import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { tokenize } from "../../util/segmenter.js";

export interface Options {
  /** Doubled words that are meant (e.g. a slogan that repeats a word). */
  allow?: string[];
}

const HAN = /\p{Script=Han}/u;
const DOUBLED = /(\p{Script=Han}{1,4})\1/u;
// Numerals double legitimately: 十五五（规划）、三三两两.
const NUMERALS = "一二三四五六七八九十百千万亿零〇两";
// Function characters that never stand twice in a row: 的的、了了、在在.
const FUNCTION_CHARS = "的地得了着过是在和与及对把被将也都就并为从以由向于而或之其所等";
// Characters that are words on their own, so that "X的 + 的", "实事求是 + 是", "工作 + 作（相应调整）",
// "脚踏实地 + 地" are grammar, not doubling. A repeated character outside this list is a bound
// morpheme (我们们、发展展、建设设、会议议) and a slip.
const FREE_WORDS = "的地得了着过是在和与及对把被将也都就还又再才只而并或要会能可给让向从到说看想用去来上下中里外前后多少大小高新好作做为有以于其之所等";
// Measure words after 一 repeat on purpose: 一个个、一项项、一次次.
const MEASURE = "个件条项张次家位名届年天月步层批代户句声篇份";
// Two-character verbs that are reduplicated on purpose ("研究研究"): tentative aspect.
const REDUPLICABLE = new Set([
  "研究", "讨论", "商量", "考虑", "学习", "了解", "调查", "检查", "比较", "总结", "交流", "沟通", "休息", "锻炼",
  "打扫", "整理", "准备", "练习", "思考", "琢磨", "议论", "观察", "体会", "尝试", "介绍", "说明", "分析", "清理",
  "热闹", "活动", "溜达", "收拾", "打听", "研讨", "合计", "盘算", "掂量", "比划", "关心", "照顾", "帮助", "欢迎",
  "逐步", "慢慢", "渐渐", "轻轻", "好好",
]);

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const allow = new Set(options.allow ?? []);
  return onEachBlock(context, (block) => {
    const { text } = block;
    // Only paragraphs where some 1–4 characters occur twice in a row are segmented.
    if (!DOUBLED.test(text)) return;
    const tokens = tokenize(text);
    for (let k = 0; k + 1 < tokens.length; k++) {
      const a = tokens[k];
      const b = tokens[k + 1];
      const doubledAt = b.start; // the second of the two equal characters
      // A word followed by a lone copy of its last character: 我们们、进行行.
      if (a.word.length >= 2 && b.word.length === 1 && a.word.endsWith(b.word) && HAN.test(b.word)) {
        const c = b.word;
        if (NUMERALS.includes(c) || FREE_WORDS.includes(c)) continue;
        if (MEASURE.includes(c) && a.word.length === 2 && NUMERALS.includes(a.word[0])) continue;
        if (allow.has(a.word + c)) continue;
        reportSpan(context, block, doubledAt, doubledAt + 1, `“${a.word}${c}”中“${c}”重复，应删去一个`, "");
        continue;
      }
      // The same function character twice: 的的、了了、和和.
      if (a.word.length === 1 && a.word === b.word && FUNCTION_CHARS.includes(a.word)) {
        if (allow.has(a.word + b.word)) continue;
        reportSpan(context, block, doubledAt, doubledAt + 1, `“${a.word}${b.word}”重复，应删去一个“${a.word}”`, "");
      }
    }
    // A word written twice: 推进推进、会议会议 (segmentation may glue the copy to what follows).
    for (const t of tokens) {
      const w = t.word;
      if (w.length < 2 || w.length > 4 || !HAN.test(w) || [...w].every((c) => c === w[0])) continue;
      if (NUMERALS.includes(w[0])) continue; // 一个一个、一步一步、一批一批
      if (!text.startsWith(w, t.start + w.length)) continue;
      if (REDUPLICABLE.has(w) || allow.has(w + w)) continue;
      // ABAB of an adjective or verb phrase the dictionary knows whole (e.g. 讨论讨论) is skipped above;
      // what remains is a copy-and-paste slip.
      const at = t.start + w.length;
      reportSpan(context, block, at, at + w.length, `“${w}${w}”中“${w}”重复，应删去一个`, "");
    }
  });
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "no-duplicated-char",
    category: "用字",
    description: "字或词意外重复（我们们、的的、进行行、推进推进）",
    fixable: true,
    defaultSeverity: "warning",
    options: {
      allow: { type: "array", items: { type: "string" }, description: "有意重复的写法（如“研究研究”之外的口号）" },
    },
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
