// The checks themselves read Word files: packages/core/src/docx-layout.test.ts. On text the rule is silent.
import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("docx-layout", definition.rule, {
  valid: ["关于做好防汛工作的通知\n各乡镇人民政府：\n　　现将有关事项通知如下。", "# 标题\n\n正文。"],
  invalid: [],
});
