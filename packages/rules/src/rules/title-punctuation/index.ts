import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { blockLines, onAllBlocks, reportSpan } from "../../util/blocks.js";

// A 公文 title: (发文机关) 关于 + 事由 + 的 + 文种, or a speech's 在……上的讲话, standing on its own line among the
// document's first lines.
const GENRES = "通知|通报|报告|请示|批复|意见|决定|决议|函|复函|纪要|会议纪要|公告|通告|公报|命令|议案|办法|规定|方案|规划|细则|条例";
// The issuer before 关于, if any, is a body's name (国务院办公厅, XX县人民政府), not a sentence (会议讨论了).
const ISSUER = "(?:\\S{1,30}(?:政府|委员会|常委会|办公厅|办公室|部|局|厅|委|院|会|处|科|所|中心|党委|党组|支部|集团|公司|学校|大学|组|队))?";
const TITLE = new RegExp(`^[\\s\\u3000]*${ISSUER}关于\\S{1,60}的(?:${GENRES})([。．.；;！!]+)[\\s\\u3000]*$`, "u");
// A speech's title: 在……会议上的讲话.
const SPEECH = /^[\s\u3000]*在\S{2,40}(?:会|会议|大会|座谈会|仪式|典礼|活动)上的(?:讲话|发言|致辞|报告|主持词|总结讲话)([。．.；;！!]+)[\s\u3000]*$/u;
/** How many non-blank lines from the top a title may stand after (版头: 份号, 密级, 发文机关标志, 发文字号 …). */
const TITLE_WITHIN = 8;

/** GB/T 9704-2012 7.3.1 and common practice: a title ends without punctuation. */
const reporter: TextlintRuleReporter = (context) =>
  onAllBlocks(context, (blocks) => {
    let seen = 0;
    for (const block of blocks) {
      for (const { text, start } of blockLines(block)) {
        if (text.trim() === "") continue;
        if (++seen > TITLE_WITHIN) return;
        const m = TITLE.exec(text) ?? SPEECH.exec(text);
        if (!m) continue;
        const end = start + text.trimEnd().length;
        reportSpan(context, block, end - m[1].length, end, `公文标题末尾不加标点符号：应删去“${m[1]}”`, "");
        return;
      }
    }
  });

const definition: RuleDefinition = {
  meta: {
    id: "title-punctuation",
    category: "格式",
    description: "公文标题（……关于……的通知、在……会上的讲话）末尾不加标点符号",
    fixable: true,
    defaultSeverity: "warning",
    scope: "document",
    options: {},
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
