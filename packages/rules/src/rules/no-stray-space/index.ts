import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { isCjkPunct, isHan } from "../../util/chars.js";
import { tokenize } from "../../util/segmenter.js";

// ASCII spaces, no-break spaces and ideographic spaces (U+3000) between two characters of a line. Tabs are
// column separators of pasted tables, not slips.
const SPACES = /[ \u00A0\u3000]+/gu;
const punct = (ch: string | undefined): boolean => ch !== undefined && ch !== "\u3000" && isCjkPunct(ch);
const chinese = (ch: string | undefined): boolean => isHan(ch) || punct(ch);
// A line that starts with a numbering or a label set off by a space: 第一条　为了…, （一） 车货…, 附件1 …
const MARKER =
  /^(?:第[^ \u3000\t]{1,8}?[条章节编款项]|第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|附[件图表]\d*|附录[A-Z\d]*|总则|分则|附则)$/u;
// A table of contents on one line: 第一章 总则 第二章 任免范围.
const NEXT_MARKER = /^第[一二三四五六七八九十百千零〇两\d]+[章节编]/u;
// Fields of a header set off by a space: a date (2020年6月12日 《国务院关于……》), the end of a legislative
// history (……第一次修正 根据……), an issuing body (最高人民法院 最高人民检察院 关于……).
const FIELD_END = /(?:通过|修正|修订|批准|公布|发布|施行|印发|[院委会部局厅署办室府])$/u;
const DATE_END = /[\d０-９]{1,2}日$/u;
const PAGE_FRAME = /^[\s\u3000]*[—－][\s\u3000]*[—－][\s\u3000]*$/u;
/** Punctuation that closes a clause or a quotation: a space before it is a slip wherever it is. */
const CLOSING = "，。；：、！？）」』”’》";
/** Characters that never start a field after a separator: 的、了、地、得. */
const FUNCTION_AFTER = "的了地得";

/** Han characters next to `at` in direction `step`, until a non-Han character: how many. */
function hanRun(text: string, at: number, step: 1 | -1): number {
  let n = 0;
  for (let i = at; i >= 0 && i < text.length && isHan(text[i]); i += step) n++;
  return n;
}

const reporter: TextlintRuleReporter = (context) =>
  onEachBlock(context, (block) => {
    const { text } = block;
    if (!/[ \u00A0\u3000]/u.test(text)) return;
    // A page number's 一字线 around an empty field (— PAGE —, read from a footer without its number).
    if (PAGE_FRAME.test(text)) return;
    for (const m of text.matchAll(SPACES)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text[start - 1];
      const after = text[end];
      if (!chinese(before) || !chinese(after)) continue; // line start or end, Latin text, numbers, Markdown syntax
      // Markup between the space and its neighbours (**重点：** 工作): the space is Markdown's, not the text's.
      const { offsets } = block;
      if (offsets[start - 1] + 1 !== offsets[start] || offsets[end - 1] + 1 !== offsets[end]) continue;
      const lineStart = text.lastIndexOf("\n", start - 1) + 1;
      const head = text.slice(lineStart, start);
      // The marker may follow other fields of a one-line table of contents (第一章 总则 第二章 任免范围).
      if (MARKER.test(head.split(/[ \u00A0\u3000\t]+/u).pop() ?? "") || NEXT_MARKER.test(text.slice(end))) continue;
      // Before a clause's punctuation a space is never layout (并向社会公布 。、共同主办 ，).
      const closing = CLOSING.includes(after);
      if (!closing && DATE_END.test(head)) continue;
      if (punct(before) || punct(after)) {
        if (!closing && FIELD_END.test(head)) continue;
        const what = punct(before) ? `“${before}”后` : `“${after}”前`;
        reportSpan(context, block, start, end, `中文标点${what}不应有空格，应删除`, { fix: "" });
        continue;
      }
      // Letter-spaced text (总　则、习　近　平、年 月 日): single characters between spaces or a line's ends.
      const left = hanRun(text, start - 1, -1);
      const right = hanRun(text, end, 1);
      const spacedLeft = left === 1 && (start - 1 === lineStart || /[ \u00A0\u3000]/u.test(text[start - 2]));
      const spacedRight = right === 1 && (end + 1 >= text.length || /[ \u00A0\u3000\n]/u.test(text[end + 1]));
      if ((spacedLeft && right <= 1) || (spacedRight && left <= 1) || (spacedLeft && spacedRight)) continue;
      // A space inside a word (商 用密码、盲 目、重 大课题、仲裁委 员会): the word reads as one once it is gone.
      const from = start - left;
      const joined = text.slice(from, start) + text.slice(end, end + right);
      let at = 0;
      let inside = false;
      for (const t of tokenize(joined)) {
        if (at < left && at + t.word.length > left) inside = true;
        at += t.word.length;
      }
      if (inside) {
        reportSpan(context, block, start, end, "词语中间不应有空格，应删除", { fix: "" });
        continue;
      }
      // Between two words a space is a slip in running text, but a separator in lists and headers (王伟　李明,
      // 最高人民法院 最高人民检察院, ……第一次修正 根据……): after a header field, and an ideographic space or
      // several spaces in a line without sentence punctuation, are layout. Before 的/了/地/得 it never is.
      if (!FUNCTION_AFTER.includes(after)) {
        if (FIELD_END.test(head)) continue;
        const line = text.slice(lineStart, (text.indexOf("\n", end) + 1 || text.length + 1) - 1);
        if (m[0] !== " " && m[0] !== "\u00A0" && !/[，。；？！]/u.test(line)) continue;
      }
      reportSpan(context, block, start, end, "中文之间不应有空格，应删除（如为并列的名称，应改用顿号）", { suggest: "" });
    }
  });

const definition: RuleDefinition = {
  meta: {
    id: "no-stray-space",
    category: "标点",
    description: "中文文字之间、中文与中文标点之间的多余空格（“ 钓鱼”项目、盲 目、工作 ，）",
    fixable: true,
    defaultSeverity: "warning",
    options: {},
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
