import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { type DocumentLine as Line, nonBlankLines, onAllBlocks, reportSpan } from "../../util/blocks.js";
import { TITLE, TITLE_WITHIN } from "../../util/title.js";

/** A closing formula on a line of its own: 特此通知。 此复。 */
const CLOSING = /^[\s\u3000]*(特此(通知|通报|报告|批复|函告|函复|函达|公告|通告|决定|请示)|此复)[。！!.]?[\s\u3000]*$/u;
/** The closing formulas each 文种 takes (a 复函 and a 批复 may also end with 此复). */
const FITS: Record<string, readonly string[]> = {
  通知: ["通知"],
  通报: ["通报"],
  报告: ["报告"],
  批复: ["批复", "此复"],
  函: ["函告", "函复", "函达", "此复"],
  复函: ["函复", "此复", "函告"],
  公告: ["公告"],
  通告: ["通告"],
  决定: ["决定"],
};
/** A request for approval or instructions: what a 请示 ends with, and what a 报告 must not carry (条例 第十五条). */
const REQUEST =
  /(?:妥否|当否|可否|是否妥当|如无不妥)[，,]?\s*(?:请|敬请|恳请)(?:予以)?(?:批示|批复|批准|审批|审定|指示)|(?<![报提申呈转])请(?:予|给予)?(?:批示|批准|审批|批复)|以上请示/u;
/** How many non-blank lines before the end (署名, 成文日期, 附注, 附件, 版记 follow the body) a 请示's request may stand. */
const REQUEST_WITHIN = 12;

/**
 * The 文种 of the title and the end of the body agree (《党政机关公文处理工作条例》, GB/T 9704-2012): the closing
 * formula names the title's 文种 and stands once; a 请示 ends with a request for instructions; a 报告 carries no
 * 请示事项 (条例 第十五条). Only documents with a 公文 title (关于……的通知) are checked.
 */
const reporter: TextlintRuleReporter = (context) =>
  onAllBlocks(context, (blocks) => {
    const lines = nonBlankLines(blocks);
    const at = lines.slice(0, TITLE_WITHIN).findIndex((l) => TITLE.test(l.text));
    if (at < 0) return;
    const genre = TITLE.exec(lines[at].text)![1];
    const body = lines.slice(at + 1);
    const report = (l: Line, from: number, to: number, message: string): void =>
      void reportSpan(context, l.block, l.start + from, l.start + to, message);
    let closings = 0;
    for (const l of body) {
      const m = CLOSING.exec(l.text);
      if (!m) continue;
      const from = l.text.indexOf(m[1]);
      const named = m[2] ?? "此复";
      if (++closings > 1) {
        report(l, from, from + m[1].length, `结束语“${m[1]}”重复，应只保留一处`);
        continue;
      }
      const fits = FITS[genre];
      if (fits && !fits.includes(named))
        report(
          l,
          from,
          from + m[1].length,
          `标题的文种是“${genre}”，结束语“${m[1]}”与之不符，应为“${fits[0] === "此复" ? "此复" : `特此${fits[0]}`}”`,
        );
    }
    if (genre === "报告") {
      for (const l of body) {
        const m = REQUEST.exec(l.text);
        if (m)
          report(
            l,
            m.index,
            m.index + m[0].length,
            `报告中不得夹带请示事项（“${m[0]}”）：请示事项应另行请示（《党政机关公文处理工作条例》第十五条）`,
          );
      }
    }
    if (genre === "请示" && body.length >= 3 && !body.slice(-REQUEST_WITHIN).some((l) => REQUEST.test(l.text))) {
      const title = lines[at];
      const i = title.text.lastIndexOf("请示");
      report(title, i, i + 2, "请示应在正文末尾写明请求语，如“妥否，请批示”“以上请示当否，请批复”");
    }
  });

const definition: RuleDefinition = {
  meta: {
    id: "genre-closing",
    category: "格式",
    description: "文种与结束语一致：结束语与标题文种相符且不重复，请示有请求语，报告不夹带请示事项",
    fixable: false,
    defaultSeverity: "warning",
    scope: "document",
    options: {},
  },
  rule: reporter,
};

export default definition;
