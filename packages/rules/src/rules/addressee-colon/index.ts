import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { nonBlankLines, onAllBlocks, reportSpan } from "../../util/blocks.js";
import { TITLE, TITLE_WITHIN } from "../../util/title.js";

/** What a 主送机关 line ends with: a body's name or a collective (各乡镇人民政府，县直各单位). */
const BODY_END =
  /(?:人民政府|政府|委员会|常委会|各单位|各部门|有关单位|有关部门|直属机构|办公厅|办公室|党委|党组|机关|人民法院|人民检察院|局|厅|委|部|处|科|室|所|站|院|校|公司|中心|集团|街道|乡镇|社区|各村)$/u;
/** A line that is no 主送机关: a sentence, or too long to be a list of names. */
const NOT_ADDRESSEE = /[。；;！？!?“”《》（）()]|^[\s\u3000]{2}/u;

/** GB/T 9704-2012 7.3.2: the 主送机关 line under the title ends with a full-width colon. */
const reporter: TextlintRuleReporter = (context) =>
  onAllBlocks(context, (blocks) => {
    const lines = nonBlankLines(blocks, TITLE_WITHIN + 1);
    const at = lines.slice(0, TITLE_WITHIN).findIndex((l) => TITLE.test(l.text));
    // The first line after the title: the 主送机关, if the document has one.
    const line = at < 0 ? undefined : lines[at + 1];
    if (!line) return;
    const { block, start } = line;
    const body = line.text.trimEnd();
    const last = body.at(-1) ?? "";
    if (last === "：" || last === ":" || body.length > 80 || NOT_ADDRESSEE.test(body)) return;
    if ((last === "，" || last === "、" || last === ",") && BODY_END.test(body.slice(0, -1))) {
      reportSpan(context, block, start + body.length - 1, start + body.length, `主送机关后用全角冒号“：”，不用“${last}”`, "：");
    } else if (BODY_END.test(body)) {
      // A body's name under the title may also be the issuer (新闻稿、转发件): a suggestion, not a fix.
      reportSpan(context, block, start + body.length - 1, start + body.length, "主送机关后应加全角冒号“：”", { suggest: `${last}：` });
    }
  });

const definition: RuleDefinition = {
  meta: {
    id: "addressee-colon",
    category: "格式",
    description: "主送机关（标题下一行）以全角冒号结尾：各乡镇人民政府，县直各单位 → 各乡镇人民政府，县直各单位：",
    fixable: true,
    defaultSeverity: "warning",
    scope: "document",
    options: {},
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
