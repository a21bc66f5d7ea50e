import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

const notice = (closing: string) =>
  `关于做好2026年防汛工作的通知\n各乡镇人民政府：\n　　现就有关事项通知如下。\n${closing}\n县人民政府办公室\n2026年3月5日`;

runRule("genre-closing", definition.rule, {
  valid: [
    notice("特此通知。"),
    "关于2026年第一季度工作情况的报告\n市政府：\n　　一季度全县经济平稳运行，重点项目已报请批准，按程序推进。\n特此报告。\n县人民政府\n2026年4月2日",
    "关于申请拨付防汛资金的请示\n市财政局：\n　　今年汛期来得早，急需资金。\n　　以上请示当否，请批复。\n县水利局\n2026年5月6日",
    "关于同意设立某某中心的批复\n县民政局：\n　　你局请示收悉。经研究，同意设立。\n此复。\n县人民政府",
    // No 公文 title: a speech or a report without 关于……的 is not checked.
    "在全县工作会议上的讲话\n同志们：\n特此报告。",
    "今天我们开会。\n特此通知。\n特此通知。",
  ],
  invalid: [
    {
      text: notice("特此报告。"),
      errors: [{ message: "标题的文种是“通知”，结束语“特此报告”与之不符，应为“特此通知”", line: 4, column: 1 }],
    },
    {
      text: `${notice("特此通知。")}\n特此通知。`,
      errors: [{ message: "结束语“特此通知”重复，应只保留一处", line: 7 }],
    },
    {
      text: "关于2026年第一季度工作情况的报告\n市政府：\n　　一季度全县经济平稳运行。\n　　以上报告，妥否，请批示。\n县人民政府",
      errors: [{ message: "报告中不得夹带请示事项（“妥否，请批示”）：请示事项应另行请示（《党政机关公文处理工作条例》第十五条）", line: 4 }],
    },
    {
      text: "关于申请拨付防汛资金的请示\n市财政局：\n　　今年汛期来得早，急需资金。\n特此请示。\n县水利局\n2026年5月6日",
      errors: [{ message: "请示应在正文末尾写明请求语，如“妥否，请批示”“以上请示当否，请批复”", line: 1, column: 12 }],
    },
  ],
});
