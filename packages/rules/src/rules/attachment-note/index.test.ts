import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

const DOCUMENT =
  "现将实施方案印发给你们，请认真贯彻执行。\n\n附件：1.实施方案\n      2.任务分工表\n\n市人民政府办公室\n\n附件1\n\n实施方案\n\n附件2\n\n任务分工表\n";

runRule("attachment-note", definition.rule, {
  valid: [
    DOCUMENT,
    "附件：实施方案",
    "附件：1．实施方案\n2．任务分工表",
    "请填写报名表。附件：报名表\n2、要加强组织领导，确保工作落实。", // body text after a note in the text
    "附件：（按顺序列明相关裁判文书、调研报告或者其他相关材料）",
    "具体办法详见附件。", // no attachment headings: nothing to compare with
    `${DOCUMENT}详见附件2。`,
    // The same name under the heading, with or without 《》; a lone attachment under 附件.
    "附件：1.《实施方案》\n      2.任务分工表\n\n附件1\n\n实施方案\n\n附件2\n\n任务分工表",
    "附件：防汛值班表\n\n青山县人民政府办公室\n\n附件\n\n防汛值班表",
  ],
  invalid: [
    {
      text: "附件：1、实施方案。\n      2、任务分工表；",
      output: "附件：1.实施方案\n      2.任务分工表",
      errors: [
        { message: "附件说明中附件顺序号后应用“.”：“1、”应为“1.”", line: 1, column: 5 },
        { message: "附件名称后不加标点符号：应删去“。”", line: 1, column: 10 },
        { message: "附件说明中附件顺序号后应用“.”：“2、”应为“2.”", line: 2, column: 8 },
        { message: "附件名称后不加标点符号：应删去“；”", line: 2, column: 14 },
      ],
    },
    { text: "附件：实施方案。", output: "附件：实施方案", errors: [{ message: "附件名称后不加标点符号：应删去“。”" }] },
    {
      text: "附件：1.实施方案\n      2.任务分工表\n\n附件1\n\n实施办法\n\n附件2\n\n任务分工表",
      errors: [{ message: "附件1的标题“实施办法”与附件说明中的名称“实施方案”不一致，两处应相同", line: 6, column: 1 }],
    },
    {
      text: "附件：1.实施方案\n      2.任务分工表\n      3.联系人名单\n\n附件1\n\n实施方案\n\n附件2\n\n任务分工表",
      errors: [{ message: "附件说明列出的附件3“联系人名单”在文末附件中不存在", line: 3, column: 9 }],
    },
    {
      text: `详见附件3。\n${DOCUMENT}`,
      errors: [{ message: "正文引用的“附件3”在文末附件中不存在（现有：附件1、附件2）", line: 1, column: 3 }],
    },
  ],
});
