import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

const msg = (p: string): string => `疑似未替换的模板占位符“${p}”，请填写实际内容`;

runRule("no-placeholder", definition.rule, {
  valid: [
    "对患者进行X光检查和X射线透视。",
    "第XII条、第XXI条按罗马数字编号。",
    "选用XXL号服装，设备型号RTX-XX3000。",
    "王某某、李某某违反中央八项规定精神问题通报。",
    "某市某县的做法值得借鉴。",
    "王某某因涉嫌受贿被立案调查。",
    "长方形面积等于长×宽，即3×4平方米。",
    "密级：秘密★1年",
    "□是 □否（单选）",
    "【会议纪要】",
    "全面建设社会主义现代化国家。",
    { text: "XX集团是我们的合作伙伴。", options: { allow: ["XX集团"] } },
    // Templates in current laws: a model document, a blank form attached, a field label, a format, an example.
    "第六条 本解释自公布之日起施行。\n\n文书样式\n\n××人民法院关于×××的司法建议书\n\n审判长×××",
    "第六条 本解释自公布之日起施行。\n\n附件1\n\n（××××）最高法行决×号\n\n××××高级人民法院：\n\n××××年××月××日",
    "现将再审申请人×××（再审申请人）一案交由你院审查。",
    "××××3为首次注册年份；××5为产品分类编码。",
    "名称、事由和司法建议书。例如：“××人民法院关于××的司法建议书”。",
  ],
  invalid: [
    { text: "整顿和规范某某市场经济秩序。", errors: [{ message: msg("某某"), index: 5 }] },
    { text: "某某同志在会上发言。", errors: [{ message: msg("某某"), index: 0 }] },
    { text: "会议于××年××月××日召开。", errors: [{ message: msg("××年××月××日") }] },
    { text: "2026年××月××日", errors: [{ message: msg("2026年××月××日") }] },
    // An attachment with one leftover is a draft, not a form.
    { text: "正文。\n\n附件2\n\nXX镇实施方案", errors: [{ message: msg("XX") }] },
    { text: "会议主题为学习“XX精神”。", errors: [{ message: msg("XX") }] },
    { text: "XX镇党委书记", errors: [{ message: msg("XX"), index: 0 }] },
    { text: "请XXX同志发言", errors: [{ message: msg("XXX"), index: 1 }] },
    { text: "××市人民政府", errors: [{ message: msg("××") }] },
    {
      text: "会议时间：二○二六年×月×日",
      errors: [
        { message: msg("×"), index: 10 },
        { message: msg("×"), index: 12 },
      ],
    },
    { text: "＊市、*镇各一名", errors: [{ message: msg("＊") }, { message: msg("*") }] },
    { text: "请某某同志负责", errors: [{ message: msg("某某") }] },
    { text: "□□县教育局", errors: [{ message: msg("□□") }] },
    { text: "主送：(此处填写单位名称)", errors: [{ message: msg("(此处填写单位名称)") }] },
    { text: "【单位名称】关于开展检查的通知", errors: [{ message: msg("【单位名称】") }] },
    { text: "具体措施待补充。", errors: [{ message: msg("待补充") }] },
    { text: "国办发〔20__〕75号", errors: [{ message: msg("20__") }] },
    { text: "物业××字〔2004〕××号", errors: [{ message: msg("××") }, { message: msg("××") }] },
    { text: "XX文化节", options: { words: ["文化节"] }, errors: [{ message: msg("XX") }, { message: msg("文化节") }] },
  ],
});
