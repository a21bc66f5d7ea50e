import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("signing-date", definition.rule, {
  valid: [
    "2026年3月5日",
    "一九九八年三月五日", // before GB/T 9704-2012: Chinese numerals were the rule
    "会议于二〇二六年三月五日召开。", // a date in a sentence, not the 落款
    { text: "二〇二六年三月五日", options: { chineseNumerals: true } },
  ],
  invalid: [
    {
      text: "市人民政府\n二〇二六年三月五日",
      output: "市人民政府\n2026年3月5日",
      errors: [{ message: "成文日期应使用阿拉伯数字（GB/T 9704—2012）：“二〇二六年三月五日”应为“2026年3月5日”", line: 2, column: 1 }],
    },
    {
      text: "　　　　二○二五年十二月二十一日",
      output: "　　　　2025年12月21日",
      errors: [{ message: "成文日期应使用阿拉伯数字（GB/T 9704—2012）：“二○二五年十二月二十一日”应为“2025年12月21日”" }],
    },
  ],
});
