import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("title-punctuation", definition.rule, {
  valid: [
    "XX县人民政府关于做好年终工作的通知\n\n各乡镇人民政府：",
    "关于开展全民义务植树运动的决议",
    // A sentence about a notice, in the body: not the title.
    "同志们：\n今天开会。\n一是……\n二是……\n三是……\n四是……\n五是……\n六是……\n要认真学习关于做好年终工作的通知。",
    "会议讨论了关于加强安全生产的意见，",
    "会议讨论了关于加强安全生产的意见。",
  ],
  invalid: [
    {
      text: "在全县年终工作推进会上的讲话。\n同志们：",
      output: "在全县年终工作推进会上的讲话\n同志们：",
      errors: [{ message: "公文标题末尾不加标点符号：应删去“。”" }],
    },
    {
      text: "XX县人民政府关于做好年终工作的通知。\n\n各乡镇人民政府：",
      output: "XX县人民政府关于做好年终工作的通知\n\n各乡镇人民政府：",
      errors: [{ message: "公文标题末尾不加标点符号：应删去“。”", line: 1, column: 19 }],
    },
    {
      text: "国办发〔2026〕3号\n\n国务院办公厅关于印发实施方案的通知；",
      output: "国办发〔2026〕3号\n\n国务院办公厅关于印发实施方案的通知",
      errors: [{ message: "公文标题末尾不加标点符号：应删去“；”" }],
    },
  ],
});
