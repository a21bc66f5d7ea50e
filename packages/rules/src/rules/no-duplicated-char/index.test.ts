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
    // Segmentation explains these (current official text): the copy starts or is a word, or a numeral repeats a measure.
    "深入学习习主席重要讲话精神。",
    "一架架战机、一趟趟列车、一箱箱物资、一遍遍修改。",
    "飞行大队大队长、党对对台工作。",
    "食品安全全链条、今年年中、海南南繁、贵港港。",
    "郊区区总体规划，扩建建（构）筑物，公路路产，纳入入职培训，门诊诊查费。",
    "上一年度年度报告，长期出租出租汽车营运权，再审申请人申请人民法院委托鉴定。",
    "违反反不正当竞争法，应当当面告知。",
    // Doubles proofread text writes (session measurements on ../shared): a context seen there, distributive, names.
    "由市市容环境卫生管理部门确定，根据《中华人民共和国立法法》。",
    "基本上做到市市有博物馆，县县有图书馆。",
    "外国驻华使领馆官员可以以个人名义担任诉讼代理人。",
    "坚持照镜子、正衣冠、洗洗澡、治治病。解决“条条”和“块块”的矛盾。",
    // Each copy in a dictionary word of its own, or the pair inside one; a pair that is a word.
    "检测进出水水质，增加机动车车内装饰，拘留所所需经费。",
    "梦想息息相通，红色基因代代传承。",
    "第二十二条、第一百零五条、第三百四十二条、第一条条例草案。",
    // The city's market authority: an administrative unit, then a word (also at the start of a paragraph).
    "市市场监督管理部门应当组织市旅游、交通等部门。",
    "三三两两、一一对应、统一一把尺子。",
    "王丽丽代表提出建议。郊区区总体规划由区人民政府组织编制。执行主席席就座。",
    "我们一定要高高举起伟大旗帜。",
    // Compounds that meet where one copy less also makes a word (公路网、机动车道、考试题): not mended, meant.
    "完善公路路网，施划机动车车道，泄露考试试题，感染艾滋病病毒。",
  ],
  invalid: [
    { text: "我们们要坚持", output: "我们要坚持", errors: [{ message: "“我们们”中“们”重复，应删去一个", index: 2 }] },
    { text: "坚持的的原则", output: "坚持的原则", errors: [{ message: "“的的”重复，应删去一个“的”", index: 3 }] },
    { text: "生活的机会和和效力的机会", output: "生活的机会和效力的机会", errors: [{ message: "“和和”重复，应删去一个“和”" }] },
    { text: "由集体经济组织组织开展造林", output: "由集体经济组织组织开展造林", errors: [{ message: "“组织组织”中“组织”重复，应删去一个" }] },
    { text: "推进推进改革", output: "推进改革", errors: [{ message: "“推进推进”中“推进”重复，应删去一个", index: 2 }] },
    // Each copy read into a word of its own (民警/警察), where one copy less mends a word (人民警察): suggested.
    {
      text: "监狱的人民警警察依法履行职责。",
      output: "监狱的人民警警察依法履行职责。",
      errors: [{ message: "“警警”疑似多打了一个“警”，应删去一个" }],
    },
    // A lone copy of a character that is not a bound suffix: suggested, not fixed.
    {
      text: "保障公众健康，推推进生态文明建设。",
      output: "保障公众健康，推推进生态文明建设。",
      errors: [{ message: "“推推”疑似多打了一个“推”，应删去一个", index: 8 }],
    },
    { text: "不予受理理的，应当书面说明。", output: "不予受理理的，应当书面说明。", errors: [{ message: "“理理”疑似多打了一个“理”，应删去一个" }] },
    { text: "所需费用由国家承承担。", output: "所需费用由国家承承担。", errors: [{ message: "“承承”疑似多打了一个“承”，应删去一个" }] },
    // A function word typed twice before the word it starts; a copy glued to the word before (饲养场建/建立).
    { text: "应当按按照要求执行。", output: "应当按按照要求执行。", errors: [{ message: "“按按”疑似多打了一个“按”，应删去一个", index: 3 }] },
    { text: "作出的决议或或者决定。", output: "作出的决议或或者决定。", errors: [{ message: "“或或”疑似多打了一个“或”，应删去一个" }] },
    {
      text: "鼓励饲养场建建立生物安全隔离区。",
      output: "鼓励饲养场建建立生物安全隔离区。",
      errors: [{ message: "“建建”疑似多打了一个“建”，应删去一个" }],
    },
    // An ordinal whose number is not well formed with both copies, or whose unit is doubled: suggested.
    {
      text: "第二二条　本细则所称投资",
      output: "第二二条　本细则所称投资",
      errors: [{ message: "序号中“二二”重复，应删去一个“二”或补上漏写的字", index: 2 }],
    },
    { text: "违反第八十十五条规定", output: "违反第八十十五条规定", errors: [{ message: "序号中“十十”重复，应删去一个“十”或补上漏写的字" }] },
    {
      text: "本法第三条条第二款规定",
      output: "本法第三条条第二款规定",
      errors: [{ message: "序号中“条条”重复，应删去一个“条”或补上漏写的字", index: 5 }],
    },
    // A title right after the double covers only the second copy: no name takes in both (王丽丽代表 would).
    {
      text: "为会议期间间执行代表职务做好准备。",
      output: "为会议期间间执行代表职务做好准备。",
      errors: [{ message: "“间间”疑似多打了一个“间”，应删去一个" }],
    },
    // After a body named for a title (委员会, 代表大会) there is no name to protect.
    {
      text: "居民委员会会应当协助做好工作。",
      output: "居民委员会会应当协助做好工作。",
      errors: [{ message: "“会会”疑似多打了一个“会”，应删去一个" }],
    },
    // A pair that is a word (个个) with nothing before it to stand on, the second copy starting a word (个人).
    { text: "对个个人处五十元以上罚款。", output: "对个个人处五十元以上罚款。", errors: [{ message: "“个个”疑似多打了一个“个”，应删去一个" }] },
    // At the start of a paragraph too.
    { text: "支支持社会公众参与。", output: "支支持社会公众参与。", errors: [{ message: "“支支”疑似多打了一个“支”，应删去一个", index: 1 }] },
    // Proofread text writes 规划经经济开发区 (经 + 经济开发区): 经济 after a double is seen, which says nothing of
    // 经济济特区, where 经济 stands before it.
    { text: "继续办好经济济特区。", output: "继续办好经济济特区。", errors: [{ message: "“济济”疑似多打了一个“济”，应删去一个" }] },
    // A numeral doubled where the clause reads far better with one.
    { text: "为进一一步深化改革积累经验。", output: "为进一一步深化改革积累经验。", errors: [{ message: "“一一”疑似多打了一个“一”，应删去一个" }] },
    { text: "持续推动发展展", output: "持续推动发展展", errors: [{ message: "“发展展”中“展”重复，应删去一个" }] },
  ],
});
