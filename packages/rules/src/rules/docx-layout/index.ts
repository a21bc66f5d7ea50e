import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";

/**
 * The page and typography of Word files. Text alone carries no layout: gwlint checks it when it reads a .docx
 * (packages/core/src/docx-layout.ts); in a plain textlint run, and on .txt and .md files, it reports nothing.
 * It is a rule of the preset so that configuration, severities and --rule treat it like the others.
 */
const reporter: TextlintRuleReporter = () => ({});

const definition: RuleDefinition = {
  meta: {
    id: "docx-layout",
    category: "格式",
    description:
      "Word 文件的版面（GB/T 9704—2012）：A4 纸、页边距与版心、标题 2号小标宋居中、正文 3号仿宋、一级标题黑体、二级标题楷体、首行缩进 2 字、页码",
    fixable: false,
    defaultSeverity: "warning",
    options: {
      template: {
        type: "string",
        description: "参照的 Word 模板（.docx，相对于配置文件所在目录）：按模板的纸张、页边距、行数字数和各级字体字号检查，取代 GB/T 9704 的默认要求",
      },
    },
  },
  rule: reporter,
};

export default definition;
