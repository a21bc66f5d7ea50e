import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { nonBlankLines, onAllBlocks, reportSpan } from "../../util/blocks.js";
import { SPEECH, TITLE, TITLE_WITHIN } from "../../util/title.js";

/** GB/T 9704-2012 7.3.1 and common practice: a title ends without punctuation. */
const reporter: TextlintRuleReporter = (context) =>
  onAllBlocks(context, (blocks) => {
    for (const { block, text, start } of nonBlankLines(blocks, TITLE_WITHIN)) {
      const m = TITLE.exec(text) ?? SPEECH.exec(text);
      if (!m) continue;
      if (!m[2]) return;
      const end = start + text.trimEnd().length;
      reportSpan(context, block, end - m[2].length, end, `公文标题末尾不加标点符号：应删去“${m[2]}”`, "");
      return;
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
