import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("header-marks", definition.rule, {
  valid: [
    "000012\n秘密★1年\n特急\nXX县人民政府文件\nX政发〔2026〕5号\n关于做好防汛工作的通知",
    "机密★长期\nXX县人民政府文件",
    // No 版头: a speech whose first line is a number, or text about secrets.
    "1\n同志们：\n今天开会。",
    "紧急\n同志们：\n今天开会。",
    "XX县人民政府文件\n秘密事项要严格管理。",
  ],
  invalid: [
    {
      text: "秘密*1年\nXX县人民政府文件",
      output: "秘密★1年\nXX县人民政府文件",
      errors: [{ message: "密级和保密期限之间用“★”隔开（GB/T 9704—2012）：应为“秘密★1年”", index: 2 }],
    },
    {
      text: "机密 长期\n特急\nX政发〔2026〕5号",
      output: "机密★长期\n特急\nX政发〔2026〕5号",
      errors: [{ message: "密级和保密期限之间用“★”隔开（GB/T 9704—2012）：应为“机密★长期”" }],
    },
    {
      text: "12\n秘密★1年\nXX县人民政府文件",
      output: "000012\n秘密★1年\nXX县人民政府文件",
      errors: [{ message: "份号用 6 位阿拉伯数字（GB/T 9704—2012）：应为“000012”", index: 0 }],
    },
    {
      text: "紧急\nXX县人民政府文件\nX政发〔2026〕5号",
      output: "紧急\nXX县人民政府文件\nX政发〔2026〕5号",
      errors: [{ message: "紧急程度应标注为“特急”或“加急”（GB/T 9704—2012），不用“紧急”" }],
    },
  ],
});
