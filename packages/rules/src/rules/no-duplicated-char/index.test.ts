import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("no-duplicated-char", definition.rule, {
  valid: [
    "刚刚召开会议，常常深入基层，实实在在抓落实。",
    "事事有回应、人人都参与、一一对应、层层落实。",
    "研究研究再定，商量商量再说。",
    "编制“十五五”规划，即十五五时期。",
    "转变工作作风，修缮道路路面。",
    "召开活动动员会会议。",
    "进行行业调研，举办发展展览会，完善建设设施，审议会议议程。",
    "一定能够达到目的的。实事求是是党的思想路线。脚踏实地地干。要对工作作相应的调整。",
    "一个一个地落实，一步一步地推进，一批一批地整顿，一个个项目。",
    "逐步逐步扩大文艺节目。",
    "要进行行动部署。", // 进行 + 行动部署
    "的的确确如此。",
    { text: "加油加油！", options: { allow: ["加油加油"] } },
  ],
  invalid: [
    { text: "我们们要坚持", output: "我们要坚持", errors: [{ message: "“我们们”中“们”重复，应删去一个", index: 2 }] },
    { text: "坚持的的原则", output: "坚持的原则", errors: [{ message: "“的的”重复，应删去一个“的”", index: 3 }] },
    { text: "生活的机会和和效力的机会", output: "生活的机会和效力的机会", errors: [{ message: "“和和”重复，应删去一个“和”" }] },
    { text: "推进推进改革", output: "推进改革", errors: [{ message: "“推进推进”中“推进”重复，应删去一个", index: 2 }] },
    { text: "持续推动发展展", output: "持续推动发展", errors: [{ message: "“发展展”中“展”重复，应删去一个" }] },
  ],
});
