import { describe, expect, it } from "vitest";
import { runRule } from "../../testing/tester.js";
import type { TextBlock } from "../../util/blocks.js";
import definition, { checkEnumerations, checkLevelOrder, checkSequences, checkTitleStops, type Finding, parse } from "./index.js";

const doc = (...lines: string[]): string => lines.join("\n");

runRule("heading-numbering", definition.rule, {
  valid: [
    doc(
      "一、总体要求",
      "（一）指导思想",
      "（二）基本原则",
      "1.坚持党的领导",
      "2.坚持人民至上",
      "（1）第一点",
      "（2）第二点",
      "（三）主要目标",
      "二、重点任务",
      "（一）抓项目",
      "三、保障措施",
    ),
    {
      description: "an outline at the top of a speech repeats the headings; the body restarts the sequence",
      text: doc(
        "在全县工作会议上的讲话",
        "一、提高站位",
        "二、突出重点",
        "三、强化保障",
        "同志们：",
        "一、提高站位",
        "正文。",
        "二、突出重点",
        "正文。",
        "三、强化保障",
        "正文。",
      ),
    },
    {
      description: "a nested list that reuses 一、 inside a section, then the section numbering resumes",
      text: doc("一、形势", "二、任务", "规定如下：", "一、第一条规定。", "二、第二条规定。", "三、形势之后的部分"),
    },
    {
      description: "provisions numbered 一、二、三、 inside section 四、, then 五、",
      text: doc(
        "一、甲",
        "正文。",
        "二、乙",
        "正文。",
        "三、丙",
        "正文。",
        "四、丁",
        "正文：",
        "一、节约能源；",
        "二、改革结构；",
        "三、利用资源。",
        "五、戊",
      ),
    },
    doc("一、总体要求", "1.坚持党的领导", "2.坚持人民至上", "二、重点任务", "（一）抓项目"),
    doc("二、1981年的计划", "三、采取措施"),
    "一是加强领导；二是压实责任；三是强化考核。",
    doc("一是抓项目。", "二是抓安全。", "三是抓民生。"),
    "第一，加强领导；第二，压实责任；第三，强化考核。",
    "一要提高认识，二要加强领导，三要狠抓落实。",
    {
      description: "a new list whose first item is worded otherwise",
      text: "一要加强领导，二要压实责任，三要狠抓落实，四要严格考核。首先要增加投入。二是保护耕地。三是搞好开发。",
    },
    {
      description: "a nested list of provisions keeps its full stops",
      text: doc(
        "一、总体要求",
        "二、重点任务",
        "国务院作出以下规定：",
        "一、严格控制规模。",
        "二、所有建设项目必须严格按照基本建设程序办事。",
        "三、加强监督检查",
      ),
    },
    doc("一、继续深入批评错误观点；", "二、认真进行正面教育；", "三、大力加强队伍建设。"),
    "统一是前提，一致是关键。",
    { description: "a restart at （一） may begin a new list", text: doc("一、总体要求", "（一）指导思想", "（一）基本原则") },
    doc("一、总体要求", "（一）指导思想", "（二）主要目标", "（三）基本原则", "附件", "地质资料汇交范围", "一、区域地质调查资料", "二、矿产地质资料"),
    // Found in current laws: full-width "．", items numbered on across sections, enumerated clauses.
    doc("1．船舶国籍证书；", "2．船舶航行安全证书；", "3．其他有关技术证书。"),
    doc("一、执行的申请", "1.人民法院受理执行案件", "2.申请执行", "二、执行前的准备", "3.人民法院应当在收到申请", "4.执行"),
    doc("（一）平原区达到20%以上;", "（二）丘陵区达到40%以上;", "（三）山区达到65%以上。"),
  ],
  invalid: [
    {
      description: "an older report that puts （一） above 一、: reported once; its numbering is read as written",
      text: doc("（一）当前形势", "一、甲", "二、乙", "（二）今年任务", "一、丙", "（三）前景"),
      errors: [{ message: "结构层次序数应依次为“一、”“（一）”“1.”“（1）”：“一、”一级不应排在“（一）”一级之下", line: 2 }],
    },
    {
      text: doc("一、总体要求", "1.坚持党的领导", "（一）具体要求"),
      errors: [{ message: "结构层次序数应依次为“一、”“（一）”“1.”“（1）”：“（一）”一级不应排在“1.”一级之下", line: 3 }],
    },
    {
      description: "a gap in the body after an outline",
      text: doc("一、提高站位", "二、突出重点", "三、强化保障", "同志们：", "一、提高站位", "正文。", "二、突出重点", "正文。", "四、强化保障"),
      errors: [{ message: "标题序号不连续：上一个同级标题是“二、”，此处应为“三、”", line: 9 }],
    },
    {
      text: doc("一、总体要求", "二、重点任务", "四、保障措施"),
      errors: [{ message: "标题序号不连续：上一个同级标题是“二、”，此处应为“三、”", line: 3, column: 1 }],
    },
    {
      text: doc("一、总体要求", "（一）指导思想", "（二）基本原则", "（二）主要目标"),
      errors: [{ message: "标题序号重复：上一个同级标题已是“（二）”，此处应为“（三）”", line: 4 }],
    },
    {
      text: doc("一、总体要求", "（二）指导思想"),
      errors: [{ message: "标题序号“（二）”应从“（一）”开始", line: 2 }],
    },
    {
      text: doc("一、总体要求", "（一）、指导思想"),
      output: doc("一、总体要求", "（一）指导思想"),
      errors: [{ message: "括号序号“（一）、”后不加标点", line: 2, column: 4 }],
    },
    {
      text: doc("1、加强领导", "2、压实责任"),
      output: doc("1.加强领导", "2.压实责任"),
      errors: [{ message: "阿拉伯数字序号“1、”应为“1.”" }, { message: "阿拉伯数字序号“2、”应为“2.”" }],
    },
    {
      text: doc("一.总体要求", "二、重点任务"),
      output: doc("一、总体要求", "二、重点任务"),
      errors: [{ message: "一级标题序号“一.”应为“一、”" }],
    },
    {
      text: doc("一、总体要求", "二、重点任务。", "三、保障措施", "四、工作要求"),
      output: doc("一、总体要求", "二、重点任务", "三、保障措施", "四、工作要求"),
      errors: [{ message: "标题末尾不加句号（同级其他标题都没有句号）", line: 2, column: 7 }],
    },
    {
      text: "一是加强领导；二是压实责任；三是强化考核；四要严格奖惩。",
      errors: [{ message: "并列序号前后不一致：前文用“一是”，此处“四要”应为“四是”", index: 21 }],
    },
    {
      text: doc("一是抓项目。", "二是抓安全。", "四是抓民生。"),
      errors: [{ message: "并列序号不连续：前文为“二是”，此处应为“三是”", line: 3 }],
    },
    {
      text: "第一，加强领导；第二，压实责任；第四，严格考核。",
      errors: [{ message: "并列序号不连续：前文为“第二”，此处应为“第三”", index: 16 }],
    },
    {
      text: "一要提高认识，二是加强领导。",
      errors: [{ message: "并列序号前后不一致：前文用“一要”，此处“二是”应为“二要”" }],
    },
  ],
});

describe("heading-numbering's checks as functions", () => {
  // Blocks as the rule sees them: one per paragraph (offsets are only needed for reporting).
  const blocks = (...lines: string[]): TextBlock[] => lines.map((text) => ({ nodes: [], text, offsets: new Int32Array(text.length) }));
  const messages = (fs: Finding[]) => fs.map((f) => `${f.block.text.slice(f.start, f.end)} ${f.message}`);

  it("parse: headings by level, markers checked, attachments start a new part", () => {
    const { parts, markers } = parse(blocks("一、总体要求", "（一）、指导思想", "1、加强领导", "附件", "一、范围"));
    expect(parts.map((p) => p.headings.map((h) => [h.level, h.n]))).toEqual([
      [
        [1, 1],
        [2, 1],
        [3, 1],
      ],
      [[1, 1]],
    ]);
    expect(markers.map((f) => [f.message, f.fix])).toEqual([
      ["括号序号“（一）、”后不加标点", ""],
      ["阿拉伯数字序号“1、”应为“1.”", "."],
    ]);
  });

  it("checkSequences: gaps, repeats and a start other than 1 under a parent; numbering on across sections", () => {
    const seq = (...lines: string[]) => messages(checkSequences(parse(blocks(...lines)).parts[0].headings));
    expect(seq("一、甲", "二、乙", "四、丁")).toEqual(["四、 标题序号不连续：上一个同级标题是“二、”，此处应为“三、”"]);
    expect(seq("一、甲", "（一）子", "（一）子")).toEqual([]); // a restart opens a new list
    expect(seq("一、甲", "（二）子")).toEqual(["（二） 标题序号“（二）”应从“（一）”开始"]);
    expect(seq("一、甲", "1.子", "2.子", "二、乙", "3.子")).toEqual([]);
  });

  it("checkLevelOrder reports a reversed order once; checkTitleStops leaves enumerated clauses alone", () => {
    const parsed = (...lines: string[]) => parse(blocks(...lines)).parts[0].headings;
    expect(checkLevelOrder(parsed("一、甲", "（一）乙", "1.丙", "（1）丁"))).toEqual([]);
    expect(messages(checkLevelOrder(parsed("一、甲", "1.乙", "（一）丙")))).toEqual([
      "（一） 结构层次序数应依次为“一、”“（一）”“1.”“（1）”：“（一）”一级不应排在“1.”一级之下",
    ]);
    expect(checkTitleStops(parsed("（一）平原区达到20%;", "（二）丘陵区达到40%;", "（三）山区达到65%。"))).toEqual([]);
    expect(messages(checkTitleStops(parsed("一、总体要求", "二、重点任务。", "三、保障措施", "四、工作要求")))).toEqual([
      "。 标题末尾不加句号（同级其他标题都没有句号）",
    ]);
  });

  it("checkEnumerations: numbers in order, one word throughout", () => {
    const en = (...lines: string[]) => messages(checkEnumerations(parse(blocks(...lines)).parts[0].events));
    expect(en("一是加强领导；二是压实责任；四是强化考核。")).toEqual(["四是 并列序号不连续：前文为“二是”，此处应为“三是”"]);
    expect(en("一要提高认识，二是加强领导。")).toEqual(["二是 并列序号前后不一致：前文用“一要”，此处“二是”应为“二要”"]);
  });
});
