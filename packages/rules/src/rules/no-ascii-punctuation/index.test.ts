import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

const rule = definition.rule;

runRule("no-ascii-punctuation", rule, {
  valid: [
    "同志们：今天我们召开全体干部大会。",
    "全年实现生产总值3.58亿元，同比增长12.4%。",
    "会议定于10:30开始，比例尺为1:1000。",
    "全市共有1,000余家企业参加。",
    "详见 https://www.gov.cn/zhengce/index.htm?id=1&a=b 的通知。",
    "请将材料发送至office@example.gov.cn，联系人王明。",
    "日期为2025-08-06，地点在市政府。",
    'He said: "Hello, world!" and left.',
    "代码片段 f(x) = a(b) 不属于中文语境。",
    "It's an English sentence; don't touch it.",
    "一.加强组织领导", // heading-number slip belongs to heading-numbering, not to the full stop check
    "GDP,CPI等指标",
    { text: "同志们（大家好）", description: "full-width brackets stay" },
    { text: "Markdown 行内代码 `a,b:c` 不检查。", ext: ".md" },
    { text: "同志们(大家好)", options: { allow: "()" } },
  ],
  invalid: [
    {
      text: "根据《关于修改<中华人民共和国会计法>的决定》修正",
      output: "根据《关于修改〈中华人民共和国会计法〉的决定》修正",
      errors: [{ message: "书名号内的书名应使用单书名号“〈〉”", index: 7 }],
    },
    {
      text: "同志们:",
      output: "同志们：",
      errors: [{ message: "中文语境应使用全角冒号“：”", line: 1, column: 4 }],
    },
    {
      text: "我再强调3点意见:",
      output: "我再强调3点意见：",
      errors: [{ message: "中文语境应使用全角冒号“：”", range: [8, 9] }],
    },
    {
      text: "以优异成绩迎接党的二十大胜利召开!",
      output: "以优异成绩迎接党的二十大胜利召开！",
      errors: [{ message: "中文语境应使用全角叹号“！”" }],
    },
    {
      description: "unbalanced ASCII quote: reported without a fix; question marks fixed",
      text: '明确"干什么?怎么来干?',
      output: '明确"干什么？怎么来干？',
      errors: [
        { message: "中文语境应使用中文双引号（“”），此处引号不成对，请人工确定方向后修改", index: 2 },
        { message: "中文语境应使用全角问号“？”", index: 6 },
        { message: "中文语境应使用全角问号“？”", index: 11 },
      ],
    },
    {
      description: "ASCII quotes paired in order",
      text: '要明确"干什么"和"怎么干"。',
      output: "要明确“干什么”和“怎么干”。",
      errors: [
        { message: "中文语境应使用中文左双引号（“）" },
        { message: "中文语境应使用中文右双引号（”）" },
        { message: "中文语境应使用中文左双引号（“）" },
        { message: "中文语境应使用中文右双引号（”）" },
      ],
    },
    {
      description: "a straight quote closing a curly one",
      text: '坚持“两个毫不动摇"。',
      output: "坚持“两个毫不动摇”。",
      errors: [{ message: "中文语境应使用中文右双引号（”）" }],
    },
    {
      text: "他所说的'底线思维'非常重要。",
      output: "他所说的‘底线思维’非常重要。",
      errors: [{ message: "中文语境应使用中文左单引号（‘）" }, { message: "中文语境应使用中文右单引号（’）" }],
    },
    {
      text: "(一)加强组织领导",
      output: "（一）加强组织领导",
      errors: [{ message: "中文语境应使用全角括号“（”" }, { message: "中文语境应使用全角括号“）”" }],
    },
    {
      text: "国内生产总值(GDP)增长",
      output: "国内生产总值（GDP）增长",
      errors: [{ message: "中文语境应使用全角括号“（”" }, { message: "中文语境应使用全角括号“）”" }],
    },
    {
      text: "一是加强领导;二是压实责任,三是强化考核",
      output: "一是加强领导；二是压实责任，三是强化考核",
      errors: [{ message: "中文语境应使用全角分号“；”" }, { message: "中文语境应使用全角逗号“，”" }],
    },
    {
      text: "你们准备好了吗?",
      output: "你们准备好了吗？",
      errors: [{ message: "中文语境应使用全角问号“？”" }],
    },
    {
      text: "要全面推进乡村振兴.",
      output: "要全面推进乡村振兴。",
      errors: [{ message: "中文语境应使用句号“。”" }],
    },
    {
      description: "a URL keeps its punctuation, the Chinese colon before it does not",
      text: "网址:http://www.gov.cn/a?b=c",
      output: "网址：http://www.gov.cn/a?b=c",
      errors: [{ message: "中文语境应使用全角冒号“：”", index: 2 }],
    },
    {
      description: "time stays, the label colon is fixed",
      text: "时间:10:30",
      output: "时间：10:30",
      errors: [{ message: "中文语境应使用全角冒号“：”", index: 2 }],
    },
    {
      description: "Markdown: text around inline code is still checked",
      ext: ".md",
      text: "执行 `npm test`,然后提交。",
      output: "执行 `npm test`，然后提交。",
      errors: [{ message: "中文语境应使用全角逗号“，”" }],
    },
  ],
});
