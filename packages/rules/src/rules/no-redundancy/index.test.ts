import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("no-redundancy", definition.rule, {
  valid: [
    "我们主要必须依靠现有企业。",
    "这件事很重要必须抓紧。",
    "涉及许多规章制度的改革。",
    "价格上涨的因素大约有十三个百分点。",
    "不能让个人好恶左右决策，制约和左右局势的因素很多。",
    "每天节约用水左右为难。",
    "超过以往任何时期。",
    "闲置海域超过一年的，由县级以上人民政府责令改正。", // two clauses: 超过 and 以上 belong to different phrases
    "截至2025年底，全县共有企业300家。",
    "最重要的工作之一。", // 最……之一 is accepted usage: not reported
    { text: "本单位的说法", options: { entries: [{ text: "另一说法", why: "重复" }] } },
  ],
  invalid: [
    {
      text: "下放权力涉及到许多规章制度",
      output: "下放权力涉及许多规章制度",
      errors: [{ message: "语义重复：“及”就是“到”，“涉及到”应为“涉及”", index: 4 }],
    },
    { text: "要必须坚持", output: "必须坚持", errors: [{ message: "语义重复：“要”与“必须”意思重复，“要必须”应为“必须”" }] },
    {
      text: "改革的目的是为了发展生产力",
      output: "改革的目的是发展生产力",
      errors: [{ message: "语义重复：“目的是”与“为了”意思重复，“目的是为了”应为“目的是”" }],
    },
    { text: "定出规则，公诸于众", output: "定出规则，公之于众", errors: [{ message: "语义重复：“诸”即“之于”，“公诸于众”应为“公之于众”" }] },
    { text: "将士凯旋而归", output: "将士凯旋", errors: [{ message: "语义重复：“凯旋”即胜利归来，“凯旋而归”应为“凯旋”" }] },
    { text: "切忌不要急躁", errors: [{ message: "语义重复：“切忌”与“不要”意思重复（且成了双重否定），二者留一" }] },
    { text: "上涨因素大约有十三个百分点左右，", errors: [{ message: "语义重复：“大约”与“左右”都表示约数，删去其一", index: 4 }] },
    { text: "参加人数约100人左右", errors: [{ message: "语义重复：“约”与“左右”都表示约数，删去其一" }] },
    { text: "参会人数超过500人以上", errors: [{ message: "语义重复：“超过”与“以上”意思重复，删去其一" }] },
    { text: "截止到2025年底为止", errors: [{ message: "语义重复：“截止到……为止”重复，应为“截至……”" }] },
    {
      text: "这是本单位的另一说法",
      options: { entries: [{ text: "另一说法", fix: "说法", why: "自定义" }] },
      output: "这是本单位的说法",
      errors: [{ message: "语义重复：自定义，“另一说法”应为“说法”" }],
    },
  ],
});
