import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

const COPY = "抄送：县委办公室，县人大常委会办公室。";

runRule("print-line", definition.rule, {
  valid: [
    `${COPY}\n青山县人民政府办公室　　2026年3月5日印发`,
    // A signature and a 成文日期 on one line at the end is no 印发 line unless it has 印发 or stands under 抄送.
    "特此通知。\n青山县人民政府办公室　2026年3月5日",
    "会议于二〇二六年三月五日召开。",
  ],
  invalid: [
    {
      text: `${COPY}\n青山县人民政府办公室　　2026年3月5日`,
      output: `${COPY}\n青山县人民政府办公室　　2026年3月5日印发`,
      errors: [{ message: "印发日期后应加“印发”二字（GB/T 9704—2012）", line: 2 }],
    },
    {
      text: `${COPY}\n青山县人民政府办公室　　二〇二六年三月五日印发`,
      output: `${COPY}\n青山县人民政府办公室　　2026年3月5日印发`,
      errors: [{ message: "印发日期用阿拉伯数字（GB/T 9704—2012）：“二〇二六年三月五日”应为“2026年3月5日”", line: 2, column: 13 }],
    },
    {
      text: "青山县人民政府办公室　　二〇二六年三月五日印发",
      output: "青山县人民政府办公室　　2026年3月5日印发",
      errors: [{ message: "印发日期用阿拉伯数字（GB/T 9704—2012）：“二〇二六年三月五日”应为“2026年3月5日”" }],
    },
  ],
});
