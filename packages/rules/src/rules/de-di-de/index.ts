import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { segmenter, tag } from "../../util/segmenter.js";

// Words used as adverbials before a verb in 公文 (认真地做好、不折不扣地抓好).
const ADVERBIALS = new Set([
  "认真",
  "积极",
  "扎实",
  "切实",
  "坚决",
  "全面",
  "深入",
  "严格",
  "主动",
  "大力",
  "有效",
  "稳步",
  "稳妥",
  "广泛",
  "充分",
  "及时",
  "全力",
  "不折不扣",
  "坚定不移",
  "持之以恒",
  "坚持不懈",
  "一丝不苟",
  "实实在在",
  "扎扎实实",
  "认认真真",
  "踏踏实实",
  "全心全意",
  "尽心尽力",
  "锲而不舍",
  "毫不动摇",
  "毫不松懈",
  "一以贯之",
  "创造性",
  "有力有序",
  "积极稳妥",
  "统筹兼顾",
  "脚踏实地",
]);
// Action verbs that follow them (the token may carry its object: 推进改革).
const ACTIONS =
  /^(?:抓好?|做好?|办好|干好?|推进|推动|开展|落实|贯彻|执行|完成|解决|加强|实施|学习|履行|维护|坚持|发挥|参与|支持|配合|处理|改进|提高|保障|服务|组织|宣传|整改|查处|化解|防范|应对|完善|建设|打造|促进|深化|研究|部署)/u;
// Nouns after the verb that make "X的 + V + N" a noun phrase (积极的推进作用).
const NOUN_HEADS = new Set(["作用", "效果", "意义", "态度", "精神", "方式", "方法", "力度", "措施", "力量", "成效", "过程", "机制"]);
// Verbs that are also nouns and form compounds with a following noun: 切实的组织工作、有效的管理体制.
const VERB_NOUNS = new Set([
  "组织",
  "领导",
  "管理",
  "服务",
  "宣传",
  "建设",
  "研究",
  "保障",
  "处理",
  "改革",
  "协调",
  "监督",
  "检查",
  "教育",
  "培训",
  "支持",
  "学习",
  "执行",
]);
// Light verbs take a nominalised verb as object, which 的 modifies correctly: 得到全面的贯彻、给予坚决的支持.
const LIGHT_VERBS = new Set(["得到", "给予", "加以", "进行", "作出", "做出", "受到", "予以", "获得", "取得", "实行", "实现"]);
const DEGREE = new Set(["很", "非常", "十分", "相当", "比较", "特别", "更加", "更", "太", "越来越", "极其"]);
// Complements jieba tags as verbs: 干得非常出色、落实得十分到位.
const COMPLEMENTS = new Set(["出色", "到位", "突出", "圆满", "扎实", "充分", "透彻", "深入", "彻底", "及时", "精彩", "成功"]);
const CLAUSE_END = /^[，。；！？、：…）”’\s]$/u;
// Only paragraphs with one of the patterns are segmented (tagging every paragraph is the costly part).
const CANDIDATE = new RegExp(`(?:${[...ADVERBIALS].join("|")})的|的(?:${[...DEGREE].join("|")})`, "u");

const reporter: TextlintRuleReporter = (context) =>
  onEachBlock(context, (block) => {
    const { text } = block;
    if (!CANDIDATE.test(text)) return;
    const tokens = tag(text);
    for (let k = 1; k + 1 < tokens.length; k++) {
      const de = tokens[k];
      if (de.word !== "的") continue;
      const before = tokens[k - 1];
      const after = tokens[k + 1];
      // Adverbial: 不折不扣的抓好 → 不折不扣地抓好.
      if (ADVERBIALS.has(before.word) && ACTIONS.test(after.word) && /^(?:v|l|vn|i)$/.test(after.tag)) {
        const next = tokens[k + 2];
        if (after.tag === "vn" || (next && NOUN_HEADS.has(next.word))) continue;
        // A light verb before (得到更充分的保障) or nothing after (……的保障。) makes the verb a noun.
        let j = k - 2;
        while (j >= 0 && DEGREE.has(tokens[j].word)) j--;
        const bare = after.tag === "v" && after.word.length <= 2;
        if (LIGHT_VERBS.has(tokens[j]?.word ?? "") || (bare && (!next || CLAUSE_END.test(next.word) || /^[和与及]$/.test(next.word)))) continue;
        // V + N is a noun phrase: 切实的组织工作、广泛的学习兴趣、有效的执行依据（依据 is also a preposition）.
        if (next && ((VERB_NOUNS.has(after.word) && /^(?:n|vn|nz)$/.test(next.tag)) || next.tag === "p")) continue;
        // V + N that the dictionary knows as one word is a noun phrase: 切实的组织工作.
        if (next && segmenter().cut(after.word + next.word, false).length === 1) continue;
        reportSpan(context, block, de.start, de.start + 1, `“${before.word}”修饰动词“${after.word}”作状语，“的”应为“地”`, { suggest: "地" });
        continue;
      }
      // Complement: 做的很好。→ 做得很好。 (not 所做的很多工作).
      if (before.tag === "v" && before.word.length <= 2 && DEGREE.has(after.word)) {
        const complement = tokens[k + 2];
        const end = tokens[k + 3];
        // The complement is an adjective (做的很好), not a noun phrase (采取的非常措施、授予的特别职权).
        if (!complement || !(/^a/.test(complement.tag) || COMPLEMENTS.has(complement.word)) || tokens[k - 2]?.word === "所") continue;
        if (end && !CLAUSE_END.test(end.word) && end.word !== "了") continue;
        reportSpan(context, block, de.start, de.start + 1, `“${before.word}”后接程度补语“${after.word}${complement.word}”，“的”应为“得”`, {
          suggest: "得",
        });
      }
    }
  });

const definition: RuleDefinition = {
  meta: {
    id: "de-di-de",
    category: "用字",
    description: "“的、地、得”误用（不折不扣的抓好→不折不扣地抓好，做的很好→做得很好），只报告把握大的情形",
    // Which of 的/地/得 is meant depends on the reading: offered as a suggestion, never applied by --fix.
    fixable: false,
    defaultSeverity: "warning",
    options: {},
  },
  rule: reporter,
};

export default definition;
