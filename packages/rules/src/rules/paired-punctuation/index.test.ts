import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("paired-punctuation", definition.rule, {
  valid: [
    "要深入学习贯彻《中共中央关于进一步全面深化改革、推进中国式现代化的决定》。",
    "他说：“要坚持‘两个毫不动摇’。”",
    "（一）坚持党的全面领导（见附件1）",
    "1）加强组织领导\n2）压实工作责任",
    "a）第一项\n一）第二项",
    "【会议纪要】〔2025〕3号",
    "办好“中国’99昆明世界园艺博览会”。",
    {
      description: "a quotation spanning paragraphs opens each paragraph and closes once (GB/T 15834-2011)",
      text: "他指出：“第一段内容。\n“第二段内容。\n“第三段内容。”",
    },
    {
      description: "a sentence broken over lines, as in text pasted from web pages",
      text: "毛主席说：“\n她\n（指江青）\n算上海帮呢！不要搞成四人小宗派呢。\n”毛主席一再说。",
    },
    {
      description: "Markdown paragraphs span soft line breaks",
      ext: ".md",
      text: "他说：“第一行\n第二行。”",
    },
  ],
  invalid: [
    {
      text: "要明确“干什么，怎么来干。",
      errors: [{ message: "左双引号 “ 未闭合：缺少对应的右双引号 ”", index: 3 }],
    },
    {
      text: "正在汇合成一个”五讲四美三热爱”的统一活动。",
      errors: [
        { message: "右双引号 ” 没有对应的左双引号 “：成对标点缺少前一半", index: 7 },
        { message: "右双引号 ” 没有对应的左双引号 “：成对标点缺少前一半", index: 15 },
      ],
    },
    {
      text: "（“交叉）”嵌套",
      errors: [{ message: "左双引号 “ 应在右括号 ） 之前闭合：成对标点交叉嵌套", index: 1 }],
    },
    {
      text: "学习《决定精神，抓好落实。",
      errors: [{ message: "左书名号 《 未闭合：缺少对应的右书名号 》" }],
    },
    {
      text: "而“六五’时期增长较快。",
      errors: [
        { message: "左双引号 “ 未闭合：缺少对应的右双引号 ”", index: 1 },
        { message: "右单引号 ’ 没有对应的左单引号 ‘：成对标点缺少前一半", index: 4 },
      ],
    },
    {
      description: "each line is its own paragraph in plain text when the first one is finished",
      text: "第一段“引文没有闭合。\n第二段正文。",
      errors: [{ message: "左双引号 “ 未闭合：缺少对应的右双引号 ”", line: 1, column: 4 }],
    },
    {
      text: "正文）多余的括号",
      errors: [{ message: "右括号 ） 没有对应的左括号 （：成对标点缺少前一半" }],
    },
  ],
});
