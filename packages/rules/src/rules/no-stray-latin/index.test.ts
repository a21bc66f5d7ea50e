import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

const letters = (s: string): string => `疑似输入法误输入的字母“${s}”，请删除或改正`;
const symbol = (s: string): string => `疑似输入法误输入的符号“${s}”，请删除或改正`;

runRule("no-stray-latin", definition.rule, {
  valid: [
    "GDP增长5.2%，CPI上涨0.3%，PM2.5浓度下降。",
    "推广5G网络和AI应用，打造3D打印产业。",
    "下载政务App，连接wifi后登录。",
    "A股上市、B超检查、X光透视、补充维生素C。",
    "运输距离300km，重量20kg。",
    "型号为HX-3000的设备。",
    "采用 big data 技术（Big Data）。",
    "XX镇的占位符由 no-placeholder 检查。",
    "他所说的'底线思维'非常重要。", // a pair of quotes: no-ascii-punctuation's job
    "邮箱 office@example.gov.cn。",
    { text: "使用abc格式", options: { allow: ["abc"] } },
    "开展“互联网+督查”，推广线上+线下、公司+基地+农户模式。",
    "a<b>c 与 <附件> 不在书名号内。",
    "根据《关于修改<中华人民共和国会计法>的决定》修正", // no-ascii-punctuation's
  ],
  invalid: [
    { text: "保持良好发展态sh", errors: [{ message: letters("sh"), index: 7 }] },
    { text: "落实d工作责任", errors: [{ message: letters("d"), index: 2 }] },
    { text: "扎实推进态em，确保落实", errors: [{ message: letters("em") }] },
    { text: "突出重点工'作", errors: [{ message: symbol("'"), index: 5 }] },
    {
      text: "加强\\管理，重点#工作",
      errors: [
        { message: symbol("\\"), index: 2 },
        { message: symbol("#"), index: 8 },
      ],
    },
  ],
});
