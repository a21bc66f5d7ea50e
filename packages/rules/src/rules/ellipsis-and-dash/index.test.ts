import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("ellipsis-and-dash", definition.rule, {
  valid: [
    "钢铁、煤炭、水泥……产量都有增长。",
    "…………",
    "这是——历史的选择。",
    "马克思（1818—1883）",
    "北京—上海高速铁路",
    "“银河—Ⅱ”巨型计算机",
    "English text... stays as it is.",
    "命令行参数 --fix 的用法",
    "<!-- gwlint-disable -->",
    "2023-2025年",
  ],
  invalid: [
    { text: "今天开会...大家好", output: "今天开会……大家好", errors: [{ message: "省略号应使用“……”，不用“...”", index: 4 }] },
    { text: "等等。。。", output: "等等……", errors: [{ message: "省略号应使用“……”，不用“。。。”" }] },
    { text: "等等…", output: "等等……", errors: [{ message: "省略号应为两个“…”连用“……”" }] },
    { text: "钢铁、煤炭………", output: "钢铁、煤炭……", errors: [{ message: "省略号应为两个“…”连用“……”" }] },
    { text: "等等······", output: "等等……", errors: [{ message: "省略号应使用“……”，不用“······”" }] },
    { text: "落实责任--全面推进", output: "落实责任——全面推进", errors: [{ message: "破折号应使用“——”，不用“--”" }] },
    { text: "统一的思想———毛泽东思想", output: "统一的思想——毛泽东思想", errors: [{ message: "破折号应使用“——”，不用“———”" }] },
    { text: "主题是：—不忘初心", output: "主题是：——不忘初心", errors: [{ message: "破折号应为两个“—”连用“——”" }] },
    { text: "核心要义－－人民至上", output: "核心要义——人民至上", errors: [{ message: "破折号应使用“——”，不用“－－”" }] },
  ],
});
