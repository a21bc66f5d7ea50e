import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { blockLines, onEachBlock, reportSpan } from "../../util/blocks.js";
import { parseChineseDate } from "../../util/chars.js";

export interface Options {
  /** Accept 成文日期 in Chinese numerals (二〇二六年三月五日), as some house styles still write them. */
  chineseNumerals?: boolean;
}

// A line that is only a date: the 成文日期 of the 落款 (or of a 印发 line's date alone).
const DATE_LINE = /^([\s\u3000]*)([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日([\s\u3000]*)$/u;
/** GB/T 9704-2012 (in force from 2012-07-01) writes 成文日期 in Arabic numerals; older documents used Chinese ones. */
const FIRST_YEAR = 2013;

const reporter: TextlintRuleReporter<Options> = (context, options = {}) =>
  onEachBlock(context, (block) => {
    if (options.chineseNumerals) return;
    for (const { text, start } of blockLines(block)) {
      const m = DATE_LINE.exec(text);
      if (!m) continue;
      const date = parseChineseDate(m[2], m[3], m[4]);
      if (!date || !(date[0] >= FIRST_YEAR)) continue;
      const [year, month, day] = date;
      const from = start + m[1].length;
      const to = start + text.length - m[5].length;
      const fixed = `${year}年${month}月${day}日`;
      reportSpan(context, block, from, to, `成文日期应使用阿拉伯数字（GB/T 9704—2012）：“${text.trim()}”应为“${fixed}”`, fixed);
    }
  });

const definition: RuleDefinition<Options> = {
  meta: {
    id: "signing-date",
    category: "格式",
    description: "成文日期用阿拉伯数字（二〇二六年三月五日 → 2026年3月5日），2013 年以后的文件",
    fixable: true,
    defaultSeverity: "warning",
    options: {
      chineseNumerals: { type: "boolean", description: "允许用汉字书写成文日期（沿用旧格式的单位）" },
    },
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
