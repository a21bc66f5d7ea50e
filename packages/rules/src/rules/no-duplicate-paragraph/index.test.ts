import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

const doc = (...lines: string[]): string => lines.join("\n");
const PARA = "要坚持以人民为中心的发展思想，推动高质量发展，确保各项任务落到实处。";

runRule("no-duplicate-paragraph", definition.rule, {
  valid: [
    doc("同志们：", "正文第一段。", "同志们：", "谢谢大家！", "谢谢大家！"),
    "违反本条例规定的，由价格管理部门责令限期改正；逾期未改正的，处一万元罚款。未公示收费标准的，责令改正；逾期未改正的，处一万元罚款。",
    {
      description: "a law repeats a provision in another article",
      text: doc(
        "第十条 施工工地应当设置围挡。",
        "违反本条规定的，由县级以上人民政府责令改正。",
        "第十一条 运输车辆应当密闭。",
        "违反本条规定的，由县级以上人民政府责令改正。",
      ),
    },
    {
      description: "an outline repeats the numbered headings",
      text: doc(
        "一、提高政治站位，切实增强责任感",
        "二、突出工作重点，确保目标完成",
        "一、提高政治站位，切实增强责任感",
        PARA,
        "二、突出工作重点，确保目标完成",
      ),
    },
    {
      description: "a name cited twice, far apart",
      text: doc("农村人民公社工作条例（试行草案）", "第一段。", "第二段。", "第三段。", "第四段。", "农村人民公社工作条例（试行草案）"),
    },
    doc("Public domain", "Public domain"),
    doc(PARA, "要坚持以人民为中心的发展思想，推动高质量发展。"),
    { text: doc("短句重复了。", "短句重复了。"), options: { minLength: 10 } },
  ],
  invalid: [
    {
      description: "a paragraph pasted twice within one article",
      text: doc("第十条 施工工地应当设置围挡。", "违反本条规定的，由县级以上人民政府责令改正。", "违反本条规定的，由县级以上人民政府责令改正。"),
      errors: [{ message: "此段与第 2 行的内容重复，疑为重复粘贴", line: 3 }],
    },
    {
      text: doc(PARA, "第二段。", PARA),
      errors: [{ message: "此段与第 1 行的内容重复，疑为重复粘贴", line: 3, column: 1 }],
    },
    {
      description: "near-verbatim: only spaces and punctuation differ",
      text: doc(PARA, "　　要坚持以人民为中心的发展思想 推动高质量发展，确保各项任务落到实处！"),
      errors: [{ message: "此段与第 1 行的内容重复，疑为重复粘贴", line: 2, column: 3 }],
    },
    {
      description: "a title pasted twice, the second time split over two lines",
      text: doc("关于做好年终工作的通知", "关于做好年终", "工作的通知", "各科室："),
      errors: [{ message: "此处与第 1 行的内容重复（其中一处被分成了两行），疑为重复粘贴", line: 2 }],
    },
    {
      description: "a title pasted twice back to back",
      text: doc("在全县年终工作推进会上的讲话", "在全县年终工作推进会上的讲话", "同志们："),
      errors: [{ message: "此段与第 1 行的内容重复，疑为重复粘贴", line: 2 }],
    },
    {
      description: "a sentence repeated within a paragraph",
      text: "我们要狠抓工作落实。各级干部要以身作则。我们要狠抓工作落实。",
      errors: [{ message: "此句与本段前文重复，疑为重复粘贴", index: 20 }],
    },
  ],
});
