import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { nonBlankLines, onAllBlocks, reportSpan } from "../../util/blocks.js";
import { ISSUER, OFFICIAL_GENRES, TITLE_WITHIN } from "../../util/title.js";

/** Words that stand between 的 and the 文种: 关于……的补充通知, ……的紧急通知. */
const MODIFIERS = "补充|紧急|联合|重要";
/**
 * A title line of the form (发文机关)关于 + 事由 + 文种 without 的; group 1: 事由, group 2: the modifier and 文种.
 * A line with sentence punctuation is not a title.
 */
const TITLE_WITHOUT_DE = new RegExp(
  `^[\\s\\u3000]*${ISSUER}关于([^\\s，。；：！？,;:!?]{2,60}?)((?:${MODIFIERS})?(?:${OFFICIAL_GENRES}))[\\s\\u3000]*$`,
  "u",
);

/** The 事由's own text: what stands outside 《》 (a cited title may have its own 的). */
const outsideTitles = (text: string): string => text.replace(/《[^《》]*》/gu, "");

/**
 * 《党政机关公文处理工作条例》第九条 and GB/T 9704-2012 7.3.1: a title is 发文机关 + 事由 + 文种, the 事由 introduced by
 * 关于 and joined to the 文种 by 的 (关于做好防汛工作的通知). A title with 关于 whose 事由 has no 的 lacks it.
 */
const reporter: TextlintRuleReporter = (context) =>
  onAllBlocks(context, (blocks) => {
    for (const { block, text, start } of nonBlankLines(blocks, TITLE_WITHIN)) {
      const m = TITLE_WITHOUT_DE.exec(text);
      if (!m) continue;
      const [, matter, genre] = m;
      if (/的/u.test(outsideTitles(matter))) return;
      const at = start + text.trimEnd().length - genre.length;
      reportSpan(context, block, at, at + genre.length, `公文标题应为“关于……的${genre}”：事由与文种之间缺“的”，应为“${matter}的${genre}”`, {
        suggest: `的${genre}`,
      });
      return;
    }
  });

const definition: RuleDefinition = {
  meta: {
    id: "title-form",
    category: "格式",
    description: "公文标题“关于……的通知”的结构：事由与文种之间用“的”连接（关于召开防汛会议通知 → 关于召开防汛会议的通知），只提示",
    fixable: false,
    defaultSeverity: "warning",
    scope: "document",
    options: {},
  },
  rule: reporter,
};

export default definition;
