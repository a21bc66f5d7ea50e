import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("addressee-colon", definition.rule, {
  valid: [
    "关于做好防汛工作的通知\n各乡镇人民政府，县直各单位：\n　　现将有关事项通知如下。",
    // No title, a sentence, a subtitle, an indented first paragraph under the title.
    "各乡镇人民政府，县直各单位\n今天开会。",
    "关于做好防汛工作的通知\n（2026年3月5日县政府常务会议通过）\n各乡镇人民政府：",
    "关于做好防汛工作的通知\n　　为做好今年防汛工作，经县政府同意，现通知如下。",
    "关于做好防汛工作的通知\n根据省防指部署，现将有关事项通知如下。",
  ],
  invalid: [
    {
      text: "关于做好防汛工作的通知\n各乡镇人民政府，县直各单位\n　　现将有关事项通知如下。",
      output: "关于做好防汛工作的通知\n各乡镇人民政府，县直各单位\n　　现将有关事项通知如下。",
      errors: [{ message: "主送机关后应加全角冒号“：”", line: 2, column: 13 }],
    },
    {
      text: "关于做好防汛工作的通知\n各乡镇人民政府，县直各单位，\n　　现将有关事项通知如下。",
      output: "关于做好防汛工作的通知\n各乡镇人民政府，县直各单位：\n　　现将有关事项通知如下。",
      errors: [{ message: "主送机关后用全角冒号“：”，不用“，”", line: 2, column: 14 }],
    },
  ],
});
