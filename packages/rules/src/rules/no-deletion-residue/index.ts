import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { tag } from "../../util/segmenter.js";
import beforeDe from "./before-de.json" with { type: "json" };

// Prepositions and verbs that proofread official text (almost) never puts directly before 的
// (scripts/build-before-de.mjs counts them over ../shared's corpora).
const NEVER_BEFORE_DE = new Map<string, string>(
  (beforeDe as unknown as { words: Array<[string, string, number, number]> }).words.map(([w, t]) => [w, t]),
);
// What follows a verb's deleted object: nouns that need an owner (加强的领导, 贯彻落实的决策部署, 迎接的胜利召开).
const OWNED =
  /(?:坚强领导|领导|部署|决策部署|决策|要求|意图|用心|召开|胜利召开|精神|良苦用心|决策意图|指示|批示|重要讲话|讲话|号召|关心|关怀|支持|重视|期望|嘱托|信任|厚爱|方针|政策|路线|战略|主张|意志|意见|安排|事业|利益|权益|形象|威信|声音|思想|理论)$/u; // also as the end of a compound: 教育方针、民族政策
// Verbs that take their object directly (面向基层、迎接党的二十大): before 的 only as a relative clause with 所 or a
// subject (所面向的、约谈针对的), never after a clause start or an adverb.
const GOVERNING = /(?:面向|迎接|聚焦|立足|紧扣|针对|理解|领会|歪曲|贯彻|落实|学习|拥护)$/u;
/** Of those, the ones never used as a relative clause without 所 (迎接的 + anything is a deletion). */
const ALWAYS_GOVERNING = /^(?:面向|迎接|聚焦|立足|紧扣)$/u;
// After 的 a word that makes the pair grammar: 为的是, (不)在的时候.
// What 根据 refers to that has an owner (市规划主管部门根据的要求): 根据 is the preposition there.
const GROUNDS = /^(?:要求|安排|意见|授权|决定|具体情况|情况|申请|需要|规定|有关规定|实际|实际情况|部署|指示|精神)$/u;
const NOT_A_NOUN = /^(?:是|话|时候|时|人|地方|东西)$/u;

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
const DIRECTIVES = new Set([
  "决策部署",
  "决策",
  "重要讲话",
  "重要指示",
  "指示",
  "指示精神",
  "决定",
  "部署",
  "批示",
  "精神",
  "要求",
  "方针",
  "政策",
  "方针政策",
]);
// Fragments of a word whose first character was deleted.
const FRAGMENTS: Array<{ fragment: string; missing: string }> = [
  { fragment: "员干部", missing: "党" },
  { fragment: "近平", missing: "习" },
];
// Punctuation that starts a clause; not a line break (text pasted from web pages breaks lines
// anywhere, so a line that begins with 的 is usually a broken sentence, not a deletion).
const CLAUSE_START = /^[。！？；：，、（“]$/u;
// Only paragraphs where 的 follows punctuation or one of the words above are segmented.
const CANDIDATE = /[。！？；：，、（“]的|\p{Script=Han}的/u;

/** Whether a token starts a clause: none (the line's start) or clause punctuation. */
const clauseStart = (t: { word: string; tag: string } | undefined): boolean => !t || (CLAUSE_START.test(t.word) && t.tag === "x");

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
      if (clauseStart(prev)) {
        // 。的各项决定: a clause that starts with 的.
        if (next && /\p{Script=Han}/u.test(next.word)) {
          reportSpan(context, block, de.start, de.start + 1, "句子以“的”开头，“的”前疑似缺少主体（如“党中央”“上级”）");
        }
        continue;
      }
      const afterStart =
        clauseStart(prev2) || /^(?:要|必须|应当|应该|坚持|进一步|更加|并|和|及|严格|认真|坚决|切实|全面|深入|自觉)$/u.test(prev2.word);
      const sentenceFinal = !next || /^[。！？；，]$/u.test(next.word);
      const preposition =
        (OBJECT_PREPOSITIONS.has(prev.word) && !(prev.word === "把" && /^[一这那每]$/u.test(prev2?.word ?? ""))) ||
        (CLAUSE_PREPOSITIONS.has(prev.word) && clauseStart(prev2));
      // Measured: a preposition that never stands before 的 (在/按照/根据/围绕/为…的 + a noun), or such a verb before a
      // noun that needs an owner. 对 (是对的) and 在 (不在的) keep their frames below.
      const measured = NEVER_BEFORE_DE.get(prev.word);
      const nextHan = next !== undefined && /^\p{Script=Han}/u.test(next.word) && !NOT_A_NOUN.test(next.word);
      if (
        measured !== undefined &&
        nextHan &&
        prev.word !== "对" &&
        prev.word !== "同" && // 是对的、(相)同的
        // 在: only before a noun, and not after a subject that is there (他在的时候、我在的单位)
        (prev.word !== "在" ||
          (/^(?:n|vn|nz|j|ns|nt|s|f)/.test(next.tag) &&
            !/^(?:r|nr)$/.test(prev2?.tag ?? "") &&
            !/^(?:不|所|正|还|都|也|仍|又|就|只|人)$/u.test(prev2?.word ?? ""))) &&
        (measured === "p" ? prev.tag === "p" : prev.tag === "v" && OWNED.test(next.word))
      ) {
        reportSpan(context, block, prev.start, de.start + 1, `“${prev.word}”与“的”之间疑似缺少主体（如“党中央”）`);
        continue;
      }
      // 对的 + a noun, 根据的 + a noun: not where 对 is "right" (是对的、都对的) or 根据 a noun (有根据的、毫无根据的).
      const adjectival = /^(?:是|不|很|都|也|全|说|做|得|就|才|最|完全|绝对|相|有|没有|无|毫无|缺乏|所|作为)$/u.test(prev2?.word ?? "");
      // 根据 only where it opens a clause or follows a modal (可以根据的申请), not after the noun or verb it belongs to
      // (作为不起诉决定根据的事实); 对 only before a noun (对的坚持 is "what is right").
      const opensClause = clauseStart(prev2) || /^(?:应当|应该|应|可以|可|要|必须|须|能|会|将|并|均|还|也|再|另|或者|和|及)$/u.test(prev2.word);
      if (
        nextHan &&
        !adjectival &&
        prev.tag === "p" &&
        ((prev.word === "对" && (/^(?:n|vn|nz|j)/.test(next.tag) || !clauseStart(prev2))) ||
          (prev.word === "根据" && (opensClause || GROUNDS.test(next.word))))
      ) {
        reportSpan(context, block, prev.start, de.start + 1, `“${prev.word}”与“的”之间疑似缺少${prev.word === "对" ? "对象" : "主体"}（如“党中央”）`);
        continue;
      }
      // 迎接的胜利召开, 正确理解的决策意图, 面向的创新支撑平台: a governing verb after a clause start or an adverb.
      if (GOVERNING.test(prev.word) && nextHan && prev2?.word !== "所" && prev2?.word !== "被" && !/^r/.test(prev2?.tag ?? "")) {
        const afterAdverb =
          clauseStart(prev2) ||
          /^(?:d|ad)$/.test(prev2?.tag ?? "") ||
          prev.word.length > 2 ||
          /^(?:要|必须|应当|应该|进一步|更加|全面|认真|深入|坚决|切实|严格|自觉|准确|正确|深刻)$/u.test(prev2?.word ?? "");
        if (ALWAYS_GOVERNING.test(prev.word) || (afterAdverb && OWNED.test(next.word))) {
          reportSpan(context, block, prev.start, de.start + 1, `“${prev.word}”与“的”之间疑似缺少主体（如“党中央”“党的二十大”）`);
          continue;
        }
      }
      if (preposition && !sentenceFinal) {
        reportSpan(context, block, prev.start, de.start + 1, `“${prev.word}”与“的”之间疑似缺少主体（如“党中央”）`);
        continue;
      }
      if (prev.word === "在" && !/^(?:不|所|正|还|都|也|仍|又|就|只|人|我|你|他|她|它|谁)$/u.test(prev2?.word ?? "")) {
        // 在的坚强领导下, 在的基础上: 在 …… 下/中/上 frames a subject that is missing.
        const rest = text.slice(de.start + 1, de.start + 16);
        if (nextHan && /^[^，。；！？]{1,12}?(?:下|中|上|里|内|方面|过程|期间|框架|基础|指引|推动|努力)/u.test(rest)) {
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
