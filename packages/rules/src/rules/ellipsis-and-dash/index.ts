import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { reportSpan, onEachBlock } from "../../util/blocks.js";
import { isCjk, isCjkPunct } from "../../util/chars.js";

const ELLIPSIS = "……";
const DASH = "——";

// Candidate runs; each is checked for Chinese context below.
const CANDIDATES = /\.{3,}|。{3,}|…+|[·・•]{3,}|⋯+|-{2,}|－{2,}|[─━]{2,}|—{3,}|—+[-－]+—*|[-－]+—+|(?<!—)—(?!—)/gu;

const reporter: TextlintRuleReporter = (context) => {
  return onEachBlock(context, (block) => {
    const { text } = block;
    for (const m of text.matchAll(CANDIDATES)) {
      const run = m[0];
      const start = m.index;
      const end = start + run.length;
      const before = text[start - 1];
      const after = text[end];
      const chinese = isCjk(before) || isCjk(after);
      if (run[0] === "…") {
        // …… is the ellipsis; ………… (12 dots) marks an omitted paragraph or line of verse.
        if (run.length === 2 || run.length === 4) continue;
        reportSpan(context, block, start, end, `省略号应为两个“…”连用“${ELLIPSIS}”`, ELLIPSIS);
        continue;
      }
      if (/^[.。·・•⋯]/u.test(run)) {
        if (run[0] === "." && !chinese) continue; // English "..." stays
        reportSpan(context, block, start, end, `省略号应使用“${ELLIPSIS}”，不用“${run}”`, ELLIPSIS);
        continue;
      }
      if (run === "—") {
        // Between two characters a single — is the 连接号 (1857—1858年, 北京—上海): leave it.
        // Next to punctuation or at a line edge it can only be a truncated 破折号.
        const edge = (ch: string | undefined): boolean => ch === undefined || ch === "\n" || isCjkPunct(ch);
        if (!(edge(before) && isCjk(after)) && !(isCjk(before) && edge(after))) continue;
        if (before === "—" || after === "—") continue;
        reportSpan(context, block, start, end, `破折号应为两个“—”连用“${DASH}”`, DASH);
        continue;
      }
      if (!chinese) continue; // -- in code, English text, <!-- comments -->
      if (after === ">" || before === "<" || before === "!") continue;
      reportSpan(context, block, start, end, `破折号应使用“${DASH}”，不用“${run}”`, DASH);
    }
  });
};

const definition: RuleDefinition = {
  meta: {
    id: "ellipsis-and-dash",
    category: "标点",
    description: "省略号、破折号形式不规范（...、。。。、--、单个…）",
    fixable: true,
    defaultSeverity: "error",
    options: {},
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
