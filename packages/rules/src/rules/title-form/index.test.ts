import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

const msg = (genre: string, right: string): string => `公文标题应为“关于……的${genre}”：事由与文种之间缺“的”，应为“${right}”`;

runRule("title-form", definition.rule, {
  valid: [
    "XX县人民政府关于做好年终工作的通知\n\n各乡镇人民政府：",
    "关于开展全民义务植树运动的决议",
    "国务院关于修改部分行政法规的决定",
    "关于做好防汛工作的补充通知",
    // The 的 of a cited title does not count, but the 事由 here has its own.
    "国务院办公厅关于印发《防汛抗旱应急预案》的通知",
    // Not 关于……文种: plans and rules are named differently.
    "青山县防汛抗旱应急预案",
    "关于进一步加强安全生产工作实施方案",
    // A sentence in the body, not a title line.
    "同志们：\n今天开会。\n一是……\n二是……\n三是……\n四是……\n五是……\n六是……\n关于召开防汛会议通知",
    "会议听取了关于防汛工作报告，",
  ],
  invalid: [
    {
      text: "青山县人民政府关于召开全县防汛工作会议通知\n\n各乡镇人民政府：",
      output: "青山县人民政府关于召开全县防汛工作会议通知\n\n各乡镇人民政府：",
      errors: [{ message: msg("通知", "召开全县防汛工作会议的通知"), line: 1, column: 20 }],
    },
    {
      text: "国办发〔2026〕3号\n\n关于2025年度财政预算执行情况报告",
      errors: [{ message: msg("报告", "2025年度财政预算执行情况的报告") }],
    },
    {
      text: "关于印发《防汛抗旱应急预案》通知",
      errors: [{ message: msg("通知", "印发《防汛抗旱应急预案》的通知") }],
    },
    {
      text: "关于做好防汛工作紧急通知",
      errors: [{ message: msg("紧急通知", "做好防汛工作的紧急通知") }],
    },
  ],
});
