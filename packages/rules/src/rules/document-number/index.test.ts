import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

const msg = (problems: string, right?: string): string => `发文字号格式不规范：${problems}${right ? `，应为“${right}”` : ""}`;

runRule("document-number", definition.rule, {
  valid: [
    "国办发〔2026〕3号",
    "根据《国务院关于加强安全生产工作的通知》（国发〔2026〕12号）要求，",
    "最高人民法院 最高人民检察院 法释〔2023〕13号",
    "（2020）京01民终123号民事判决书", // a court case number: bracket first
    "第3号令",
    "本通知自印发之日起施行。",
    "按照国办发〔2026〕3号文件要求，各地要抓好落实。",
    "1985年11月30日市人民政府京政发〔1985〕167号文件发布",
  ],
  invalid: [
    {
      text: "按照国办发〔2026〕3号《关于做好防汛工作的通知》要求",
      output: "按照国办发〔2026〕3号《关于做好防汛工作的通知》要求",
      errors: [{ message: "引用公文应先引标题，后引发文字号：《关于做好防汛工作的通知》后用圆括号括注发文字号", index: 5 }],
    },
    {
      // A suggestion only: --fix leaves it.
      text: "根据《关于做好防汛工作的通知》国办发〔2026〕3号要求",
      output: "根据《关于做好防汛工作的通知》国办发〔2026〕3号要求",
      errors: [{ message: "引用公文时发文字号用圆括号括注在标题之后：应为“（国办发〔2026〕3号）”", index: 15 }],
    },
    { text: "国办发[2026]3号", output: "国办发〔2026〕3号", errors: [{ message: msg("年份用六角括号“〔〕”", "国办发〔2026〕3号"), index: 3 }] },
    {
      text: "京政发【2026】03号",
      output: "京政发〔2026〕3号",
      errors: [{ message: msg("年份用六角括号“〔〕”，序号不编虚位（不加“0”）", "京政发〔2026〕3号") }],
    },
    { text: "国发（2026）第5号", output: "国发〔2026〕5号", errors: [{ message: msg("年份用六角括号“〔〕”，序号前不加“第”", "国发〔2026〕5号") }] },
    { text: "市政办发〔2026〕 8号", output: "市政办发〔2026〕8号", errors: [{ message: msg("各部分之间不空格", "市政办发〔2026〕8号") }] },
    { text: "国办发〔26〕3号", output: "国办发〔26〕3号", errors: [{ message: msg("年份写全称（4位）") }] },
    {
      text: "根据《关于做好冬季保障工作的通知》（民发﹝2025﹞12号）要求",
      output: "根据《关于做好冬季保障工作的通知》（民发〔2025〕12号）要求",
      errors: [{ message: msg("年份用六角括号“〔〕”", "民发〔2025〕12号") }],
    },
  ],
});
