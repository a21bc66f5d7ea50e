import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("copy-to-line", definition.rule, {
  valid: [
    "抄送：省委办公厅，省政府办公厅。",
    "抄送：市委办公室。",
    "抄送：××××。（抄送单位名称，如抄送单位较多，名称需要回行……）", // a template's instruction
    "请将材料抄送市委办公室、市政府办公室", // not the 抄送 line
  ],
  invalid: [
    {
      text: "抄送：省委办公厅、省政府办公厅",
      output: "抄送：省委办公厅，省政府办公厅。",
      errors: [
        { message: "抄送机关之间用逗号隔开：“、”应为“，”", index: 8 },
        { message: "最后一个抄送机关名称后标句号：应加“。”", index: 14 },
      ],
    },
    { text: "抄送：市委办公室，", output: "抄送：市委办公室。", errors: [{ message: "最后一个抄送机关名称后标句号：“，”应为“。”" }] },
  ],
});
