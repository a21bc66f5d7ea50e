import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { blockLines, onEachBlock, reportSpan } from "../../util/blocks.js";

// The 抄送 line of the 版记 (GB/T 9704-2012 7.4.2): 抄送：机关一，机关二，机关三。 — the bodies separated by commas,
// a full stop after the last. A line with an instruction in brackets is a template's, not a document's.
const LINE = /^([\s\u3000]*抄[\s\u3000]*送[\s\u3000]*[：:][\s\u3000]*)(.+?)([\s\u3000]*)$/u;

const reporter: TextlintRuleReporter = (context) =>
  onEachBlock(context, (block) => {
    if (!block.text.includes("抄")) return;
    for (const { text, start } of blockLines(block)) {
      const m = LINE.exec(text);
      if (!m || /[（(]/u.test(m[2])) continue;
      const listStart = start + m[1].length;
      const list = m[2];
      for (const sep of list.matchAll(/[、；;]/gu)) {
        reportSpan(context, block, listStart + sep.index, listStart + sep.index + 1, `抄送机关之间用逗号隔开：“${sep[0]}”应为“，”`, "，");
      }
      const last = list.at(-1) ?? "";
      if (last !== "。") {
        const end = listStart + list.length;
        if (/[，,.．；;、]/u.test(last)) {
          reportSpan(context, block, end - 1, end, `最后一个抄送机关名称后标句号：“${last}”应为“。”`, "。");
        } else {
          reportSpan(context, block, end - 1, end, "最后一个抄送机关名称后标句号：应加“。”", `${last}。`);
        }
      }
    }
  });

const definition: RuleDefinition = {
  meta: {
    id: "copy-to-line",
    category: "格式",
    description: "抄送行：抄送机关之间用逗号，最后一个名称后标句号（抄送：省委办公厅，省政府办公厅。）",
    fixable: true,
    defaultSeverity: "warning",
    options: {},
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
