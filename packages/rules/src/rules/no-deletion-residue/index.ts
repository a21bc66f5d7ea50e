import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { tag } from "../../util/segmenter.js";

// Prepositions that cannot be followed by 的 (their object was deleted): 把的部署、被的.
// Not 为 (为的是), 给 (他给的), 通过 (通过的决定), 对 and 在 (handled in frames below).
const OBJECT_PREPOSITIONS = new Set(["把", "被", "关于"]);
// Words that are prepositions at the start of a clause but verbs or nouns elsewhere
// (必须遵循的方针、有充分根据的): reported only at a clause start (按照的要求……).
const CLAUSE_PREPOSITIONS = new Set(["按照", "根据", "遵照", "依照", "围绕", "向", "遵循"]);
// Nouns of attitude whose holder or object was deleted: 对的信任.
const ATTITUDES = new Set(["信任", "关心", "关怀", "支持", "重视", "期望", "期待", "嘱托", "厚爱", "帮助", "领导", "指导", "要求", "部署"]);
// Verbs that need an object, before 的 + a directive: 认真贯彻的决策部署 (who decided is missing).
const DIRECTIVE_VERBS = /^(?:认真|深入|坚决|全面|切实|自觉)?(?:贯彻|落实|学习|执行|拥护|维护)$/u;
const DIRECTIVES = new Set(["决策部署", "决策", "重要讲话", "重要指示", "指示", "指示精神", "决定", "部署", "批示", "精神"]);
// Fragments of a word whose first character was deleted.
const FRAGMENTS: Array<{ fragment: string; missing: string }> = [
  { fragment: "员干部", missing: "党" },
  { fragment: "近平", missing: "习" },
];
// Punctuation that starts a clause; not a line break (text pasted from web pages breaks lines
// anywhere, so a line that begins with 的 is usually a broken sentence, not a deletion).
const CLAUSE_START = /^[。！？；：，、（“]$/u;
// Only paragraphs where 的 follows punctuation or one of the words above are segmented.
const CANDIDATE = /[。！？；：，、（“](?:的)|(?:把|被|关于|按照|根据|遵照|依照|围绕|向|遵循|在|对|贯彻|落实|学习|执行|拥护|维护)的/u;

const reporter: TextlintRuleReporter = (context) =>
  onEachBlock(context, (block) => {
    const { text } = block;
    for (const { fragment, missing } of FRAGMENTS) {
      for (let i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
        if (text[i - 1] === missing) continue;
        reportSpan(context, block, i, i + fragment.length, `“${fragment}”疑似残缺，前面缺少“${missing}”（${missing}${fragment}）`);
      }
    }
    if (!CANDIDATE.test(text)) return;
    const tokens = tag(text);
    for (let k = 0; k < tokens.length; k++) {
      const de = tokens[k];
      if (de.word !== "的") continue;
      const prev = tokens[k - 1];
      const prev2 = tokens[k - 2];
      const next = tokens[k + 1];
      if (!prev) continue;
      if (CLAUSE_START.test(prev.word) && prev.tag === "x") {
        // 。的各项决定: a clause that starts with 的.
        if (next && /\p{Script=Han}/u.test(next.word)) {
          reportSpan(context, block, de.start, de.start + 1, "句子以“的”开头，“的”前疑似缺少主体（如“党中央”“上级”）");
        }
        continue;
      }
      const afterStart =
        !prev2 || (CLAUSE_START.test(prev2.word) && prev2.tag === "x") || /^(?:要|必须|应当|应该|坚持|进一步|更加|并|和|及)$/u.test(prev2.word);
      const sentenceFinal = !next || /^[。！？；，]$/u.test(next.word);
      const preposition =
        (OBJECT_PREPOSITIONS.has(prev.word) && !(prev.word === "把" && /^[一这那每]$/u.test(prev2?.word ?? ""))) ||
        (CLAUSE_PREPOSITIONS.has(prev.word) && (!prev2 || (CLAUSE_START.test(prev2.word) && prev2.tag === "x")));
      if (preposition && !sentenceFinal) {
        reportSpan(context, block, prev.start, de.start + 1, `“${prev.word}”与“的”之间疑似缺少主体（如“党中央”）`);
        continue;
      }
      if (prev.word === "在" && !/^(?:不|所|正|还|都|也|仍|又)$/u.test(prev2?.word ?? "")) {
        // 在的坚强领导下: 在 …… 下/中 frames a subject that is missing.
        const rest = text.slice(de.start + 1, de.start + 16);
        if (/^[^，。；！？]{1,12}?(?:领导|指导|关怀|支持|帮助|带领|引领)下/u.test(rest)) {
          reportSpan(context, block, prev.start, de.start + 1, "“在”与“的”之间疑似缺少主体（如“党中央”）");
        }
        continue;
      }
      // 对 as an adjective (是对的、都对的) is not a preposition.
      if (prev.word === "对" && next && ATTITUDES.has(next.word) && !/^(?:是|不|很|都|也|全|说|做|得|就|才|最|完全)$/u.test(prev2?.word ?? "")) {
        reportSpan(context, block, prev.start, de.start + 1, "“对”与“的”之间疑似缺少对象（如“党中央”）");
        continue;
      }
      if (DIRECTIVE_VERBS.test(prev.word) && next && DIRECTIVES.has(next.word) && afterStart) {
        reportSpan(context, block, prev.start, de.start + 1, `“${prev.word}”与“的”之间疑似缺少主体（如“党中央”）`);
      }
    }
  });

const definition: RuleDefinition = {
  meta: {
    id: "no-deletion-residue",
    category: "残留",
    description: "删改后留下的残句：介词或句首直接跟“的”（在的坚强领导下、把的部署）、词语残缺（员干部）",
    fixable: false,
    defaultSeverity: "warning",
    options: {},
  },
  rule: reporter,
};

export default definition;
