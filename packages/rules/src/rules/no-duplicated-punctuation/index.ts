import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { reportSpan, onEachBlock } from "../../util/blocks.js";

// Point marks (点号) that must not follow each other. ？ and ！ may be combined or repeated
// for emphasis (GB/T 15834-2011 4.2.3.3, 4.3.3.2), and "。。。" is an ellipsis slip, left to
// ellipsis-and-dash.
const RUN = /[，。、；：？！]{2,}/gu;

const reporter: TextlintRuleReporter = (context) => {
  return onEachBlock(context, (block) => {
    for (const m of block.text.matchAll(RUN)) {
      const run = m[0];
      if (/^[？！]+$/u.test(run)) continue;
      if (/^。{3,}$/u.test(run)) continue;
      const start = m.index;
      const same = [...run].every((c) => c === run[0]);
      if (same) {
        reportSpan(context, block, start, start + run.length, `标点“${run}”重复，应只保留一个“${run[0]}”`, run[0]);
      } else {
        reportSpan(context, block, start, start + run.length, `标点“${run}”连用，应根据语气只保留一个`);
      }
    }
  });
};

const definition: RuleDefinition = {
  meta: {
    id: "no-duplicated-punctuation",
    category: "标点",
    description: "点号重复或连用（，，、。。、，。等）",
    fixable: true,
    defaultSeverity: "error",
    options: {},
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
