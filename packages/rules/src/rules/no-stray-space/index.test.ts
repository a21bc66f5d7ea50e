import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("no-stray-space", definition.rule, {
  valid: [
    "—  —", // a footer's page number whose field has no number yet
    "严防“钓鱼”项目。",
    "　　同志们：今天召开全县工作会议。", // indentation at the line start
    "第一条　为了规范行政执法行为，制定本条例。",
    "第三十五条 农村生活污水纳入城镇污水处理设施。",
    "（一） 车货总质量超过限定标准的；",
    "一、 总体要求",
    "附件1 实施方案",
    "第一章 总则 第二章 任免范围 第三章 任免程序",
    "总　则",
    "习　近　平",
    "年 月 日",
    "参加人员：王　伟　李小明　张　三",
    "2020年6月12日 《国务院关于修改部分行政法规的决定》第一次修订",
    "（2016年3月30日第一次修正 根据2020年11月27日第二次修正）",
    "最高人民法院 最高人民检察院 关于办理案件适用法律若干问题的解释",
    "GDP 增长 5.2%，CPI 上涨 0.2%。", // Latin text and numbers are not this rule's
    "会议于 2026 年 3 月召开。",
    "数据\t比例\t备注", // tab-separated columns
    { text: "**重点：** 工作要抓实。", ext: ".md" }, // the space closes Markdown emphasis
    { text: "- 第一项 内容", ext: ".md" },
    "会议结束。   ", // trailing spaces are the line's end, not between characters
  ],
  invalid: [
    {
      text: "严防“ 钓鱼”项目。",
      output: "严防“钓鱼”项目。",
      errors: [{ message: "中文标点““”后不应有空格，应删除", index: 3 }],
    },
    {
      text: "反对所谓“主权”等 “新干涉主义”。",
      output: "反对所谓“主权”等“新干涉主义”。",
      errors: [{ message: "中文标点““”前不应有空格，应删除" }],
    },
    {
      text: "负责财务工作 ，也可以委托。",
      output: "负责财务工作，也可以委托。",
      errors: [{ message: "中文标点“，”前不应有空格，应删除" }],
    },
    {
      text: "禁止新建电厂，　禁止新建锅炉。",
      output: "禁止新建电厂，禁止新建锅炉。",
      errors: [{ message: "中文标点“，”后不应有空格，应删除" }],
    },
    {
      text: "我们曾经急于求成，盲 目求纯。",
      output: "我们曾经急于求成，盲目求纯。",
      errors: [{ message: "词语中间不应有空格，应删除" }],
    },
    {
      text: "国家鼓励商　用密码从业单位采用推荐性标准。",
      output: "国家鼓励商用密码从业单位采用推荐性标准。",
      errors: [{ message: "词语中间不应有空格，应删除" }],
    },
    {
      // Between two words: a suggestion only (it may be a list that wants a 顿号).
      text: "用于指导 县级市总体规划。",
      output: "用于指导 县级市总体规划。",
      errors: [{ message: "中文之间不应有空格，应删除（如为并列的名称，应改用顿号）" }],
    },
    {
      text: "由主席团会议决定。 第十六条市人民代表大会会议设立秘书处。",
      output: "由主席团会议决定。第十六条市人民代表大会会议设立秘书处。",
      errors: [{ message: "中文标点“。”后不应有空格，应删除" }],
    },
    {
      text: "报同级人民政府批准，并向社会公布 。",
      output: "报同级人民政府批准，并向社会公布。",
      errors: [{ message: "中文标点“。”前不应有空格，应删除" }],
    },
    { text: "由劳动争议仲裁委 员会确认。", output: "由劳动争议仲裁委员会确认。", errors: [{ message: "词语中间不应有空格，应删除" }] },
    {
      text: "构建系统完备、运行有效　的制度体系。",
      output: "构建系统完备、运行有效　的制度体系。",
      errors: [{ message: "中文之间不应有空格，应删除（如为并列的名称，应改用顿号）" }],
    },
    {
      text: "任何单位不得以　任何方式授意会计人员。",
      output: "任何单位不得以　任何方式授意会计人员。",
      errors: [{ message: "中文之间不应有空格，应删除（如为并列的名称，应改用顿号）" }],
    },
    { text: "要以 “三个有利于”为标准", ext: ".md", output: "要以“三个有利于”为标准", errors: [{ message: "中文标点““”前不应有空格，应删除" }] },
  ],
});
