import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";
import { segmenter, tag, tagOf } from "../../util/segmenter.js";
import adverbial from "./adverbial.json" with { type: "json" };

type Counts = Array<[string, number, number]>;
/** Modifier → [times before 地, times before 的] in proofread official text. */
const MODIFIERS = new Map((adverbial as unknown as { modifiers: Counts }).modifiers.map(([w, di, de]) => [w, [di, de]]));
/** Verb → [times after 地, times after 的]. */
const VERBS = new Map((adverbial as unknown as { verbs: Counts }).verbs.map(([w, di, de]) => [w, [di, de]]));
/** Log odds of 地 over 的 for a word, from its counts [地, 的] in proofread text. */
const logOdds = ([di, de]: readonly [number, number] | number[]): number => Math.log((di + 0.5) / (de + 0.5));
/** The modifier's log odds of 地 (0 for a word never seen before 地). */
const adverbialOdds = (word: string): number => {
  const m = MODIFIERS.get(word);
  return m ? logOdds(m) : Number.NEGATIVE_INFINITY;
};
/** How strongly modifier and verb together must favour 地 (sum of log odds); more where a noun reading is common. */
const MIN_ODDS = -1.5;
const MIN_ODDS_DOUBTFUL = 0;
/** Where one of the two words is unseen, the other alone must favour 地 this much. */
const MIN_ODDS_UNSEEN = 1;
/** A modifier this strongly adverbial on its own (有计划、坚定不移) is not doubted for a later 的 in the clause. */
const MIN_ODDS_STRONG = 1.5;
/** Words after which "X的V" is a noun phrase, their object: 是坚决的支持者、产生极大的推动作用、起到积极的促进作用. */
const NOMINAL_CONTEXT = /^(?:是|为|成为|作为|有|具有|一种|一个|产生|起到|起|发挥|形成)$/u;
/** Words after which an adverbial starts (为了更好地、才能有效地、能否顺利地). */
const LEAD_INS = /^(?:为了|以便|才能|能否|从而|进而|更|较|以|来)$/u;

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
const NOUN_HEADS = new Set([
  "作用",
  "效果",
  "意义",
  "态度",
  "精神",
  "方式",
  "方法",
  "力度",
  "措施",
  "力量",
  "成效",
  "过程",
  "机制",
  "政策",
  "观念",
  "问题",
  "对手",
  "制度",
  "体系",
  "意识",
  "能力",
  "水平",
  "环境",
  "条件",
  "标准",
  "程序",
  "手续",
  "资料",
  "方向",
  "目标",
  "任务",
  "形式",
  "行为",
  "人员",
  "单位",
  "机构",
  "部门",
  "领域",
  "范围",
  "关系",
  "基础",
  "格局",
  "局面",
  "氛围",
  "风气",
  "作风",
  "姿态",
  "状态",
  "动力",
  "实践",
  "队伍",
  "核心",
  "形势",
  "道路",
  "成果",
  "经验",
  "决定",
  "领导",
  "期限",
  "时间",
  "设施",
  "设备",
  "场所",
  "费用",
  "信息",
  "情况",
]);
/** Whether another 的 follows from token `from` before the clause ends: a chain of attributes (自觉的有节奏的调整). */
function attributeChain(tokens: ReadonlyArray<{ word: string }>, from: number): boolean {
  for (let m = from; m < tokens.length && !CLAUSE_END.test(tokens[m].word); m++) if (tokens[m].word === "的") return true;
  return false;
}

const HEADS = [...NOUN_HEADS];
/** Whether a word is or ends with the head of a noun phrase (领导核心, 执政骨干队伍). */
const endsWithHead = (word: string): boolean => NOUN_HEADS.has(word) || HEADS.some((h) => word.length > h.length && word.endsWith(h));

/** Index of the token before the modifier at k - 1, past degree words (更加积极的 → the token before 更加). */
function beforeDegree(tokens: ReadonlyArray<{ word: string }>, k: number): number {
  let j = k - 2;
  while (j >= 0 && DEGREE.has(tokens[j].word)) j--;
  return j;
}
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
// Tags of a modifier that reads as an adverbial before a verb: adverbs, idioms, descriptive words (an adjective
// only after 更/很: 更好的).
const ADVERBIAL_TAG = /^(?:ad|d|vd|i)$/;
// Before an adverbial: a clause start, a subject, an adverb or a modal (我们要毫不动摇的坚持). After a transitive
// verb the phrase is its object (提供必要的参阅资料、经过严格的批准手续).
const MODALS = /^(?:要|将|应|应当|应该|能|能够|会|可以|必须|须|得以|敢于|善于|继续|还要|都要|也要|就要|不能|不得|不会|不要|不应)$/u;
const ADVERBIAL_POSITION = (t: { word: string; tag: string } | undefined): boolean =>
  !t || /^(?:x|d|n|nr|ns|nt|j|c)$/.test(t.tag) || MODALS.test(t.word) || /^(?:我们|我|他们|他|她|它们|你们|大家|各方|双方|正在)$/u.test(t.word);
// What follows a verb that makes it one: an aspect particle or a directional complement.
const ASPECT = /^(?:了|着|起来|下去|出来)$/u;
/** A verb with its complement in one token: 抓下去、传下去、开展起来. */
const WITH_COMPLEMENT = /.(?:下去|起来)$/u;
// Tags of an object after the verb: a noun, pronoun or number phrase.
const OBJECT_TAG = /^(?:n|nr|ns|nt|nz|r|m|j|s)/;
// Only paragraphs where 的 follows a Chinese character are segmented.
const CANDIDATE = /\p{Script=Han}的\p{Script=Han}/u;

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
        const j = beforeDegree(tokens, k);
        const bare = after.tag === "v" && after.word.length <= 2;
        if (LIGHT_VERBS.has(tokens[j]?.word ?? "") || (bare && (!next || CLAUSE_END.test(next.word) || /^[和与及]$/.test(next.word)))) continue;
        // V + N is a noun phrase: 切实的组织工作、广泛的学习兴趣、有效的执行依据（依据 is also a preposition）.
        if (next && ((VERB_NOUNS.has(after.word) && /^(?:n|vn|nz)$/.test(next.tag)) || next.tag === "p")) continue;
        // V + N that the dictionary knows as one word is a noun phrase: 切实的组织工作.
        if (next && /^(?:n|vn|nz)$/.test(next.tag) && segmenter().cut(after.word + next.word, false).length === 1) continue;
        reportSpan(context, block, de.start, de.start + 1, `“${before.word}”修饰动词“${after.word}”作状语，“的”应为“地”`, { suggest: "地" });
        continue;
      }
      // An adverbial before a verb that is certainly a verb here (毫不动摇的坚持这一方针、更好的发展和壮大自己、成功的举办了):
      // the modifier is an adverb, idiom or descriptive word (or an adjective after 更/很), the verb is only a verb
      // in the dictionary, and it takes an aspect particle or an object that is not the head of a longer noun
      // phrase. A bare verb (实现更好的发展。), a compound (更好的发展环境) or a chain of attributes
      // (必要的具有法律效力的规章) is a noun phrase, and not reported.
      // Learned adverbials: modifier (有 + noun as one: 有计划) and verb whose counts in proofread text
      // (scripts/build-de-di.mjs → adverbial.json) together favour 地 (sum of log odds), in adverbial position, the
      // verb not a noun head; more is asked where a noun phrase is a common reading.
      {
        // 有计划的推进: 有 + a noun is the modifier.
        const have = tokens[k - 2]?.word === "有" ? MODIFIERS.get(`有${before.word}`) : undefined;
        const m = have ?? MODIFIERS.get(before.word);
        const v = VERBS.get(after.word);
        const next = tokens[k + 2];
        const j = have ? beforeDegree(tokens, k - 1) : beforeDegree(tokens, k);
        const prior = tokens[j];
        // In adverbial position (not the object of 开展、实现、受到: 开展认真的批评), and a coordination only with a
        // shared object after it (不是 有效的激励和制约机制).
        // Two modifiers in a row (深入持久的开展) count as one.
        const notObject = !LIGHT_VERBS.has(prior?.word ?? "") && !NOMINAL_CONTEXT.test(prior?.word ?? "");
        const direct =
          ADVERBIAL_POSITION(prior) ||
          LEAD_INS.test(prior?.word ?? "") ||
          (prior !== undefined && /^(?:a|ad|d|v|i|l)$/.test(prior.tag) && adverbialOdds(prior.word) > 0);
        // Two modifiers in a row (积极稳妥的进行、深入持久的开展): the first in adverbial position. A verb-noun
        // compound or 工作/活动 after the verb makes it a noun phrase there (自上而下的组织监督、多种形式的庆祝活动).
        const first = tokens[j - 1];
        const chain =
          !direct &&
          prior !== undefined &&
          /^(?:a|ad|d|v|i|l)$/.test(prior.tag) &&
          prior.word.length >= 2 &&
          (first === undefined || CLAUSE_END.test(first.word) || ADVERBIAL_POSITION(first)) &&
          !LIGHT_VERBS.has(first?.word ?? "") &&
          !NOMINAL_CONTEXT.test(first?.word ?? "") &&
          !(next && (/^(?:工作|活动)$/u.test(next.word) || (VERB_NOUNS.has(after.word) && /^(?:n|vn|nz)$/.test(next.tag))));
        const position = (direct || chain) && notObject;
        const coordination = /^(?:和|与|及|并)$/u.test(next?.word ?? "");
        // Readings that are often a noun phrase need stronger odds: a noun modifier (政府的支持), another 的 later in
        // the clause (必要的具有法律效力的规章), a bare verb at the clause's end (实现更好的发展。).
        const bare = next === undefined || CLAUSE_END.test(next.word);
        const doubtful = (!have && /^(?:n|vn|nr|ns|nt|nz)$/.test(before.tag)) || attributeChain(tokens, k + 2) || bare;
        // A word proofread text never writes before or after 地/的 counts as neutral (log odds 0) when it is adverbial
        // or only a verb by its tags, and the other word is known: 严谨的提供 (严谨 unseen, 提供 favours 地),
        // 更好的满足 (满足 unseen after either).
        const modifierKnown = m !== undefined && m[0] >= 2;
        const unseenModifier = m === undefined && before.word.length >= 2 && /^(?:a|ad|d|i|l|z)$/.test(before.tag);
        const unseenVerb = v === undefined && after.tag === "v" && tagOf(after.word) === "v";
        // Only where no noun phrase reading is common, after a modifier of two characters or more (not 在 of the
        // deletion residue 在的坚强领导下), and not before a coordination (直接或者间接的拥有或者控制关系).
        // A later 的 in the clause (有计划的减少统购派购产品的品种) is no objection where the modifier alone is strongly
        // adverbial.
        const chainOnly = !bare && !(!have && /^(?:n|vn|nr|ns|nt|nz)$/.test(before.tag));
        const strong = m !== undefined && logOdds(m) >= MIN_ODDS_STRONG;
        const plain = (!doubtful || (chainOnly && strong)) && before.word.length >= 2 && !/^(?:和|与|及|并|或|或者)$/u.test(next?.word ?? "");
        const odds =
          modifierKnown && v
            ? logOdds(m) + logOdds(v)
            : plain && modifierKnown && unseenVerb && logOdds(m) >= MIN_ODDS_UNSEEN
              ? logOdds(m)
              : plain && unseenModifier && v && logOdds(v) >= MIN_ODDS_UNSEEN
                ? logOdds(v)
                : Number.NEGATIVE_INFINITY;
        if (
          Number.isFinite(odds) &&
          position &&
          (!coordination || (/^(?:v|a)/.test(tokens[k + 3]?.tag ?? "") && /^(?:r|n|nr|ns|nt)/.test(tokens[k + 4]?.tag ?? ""))) &&
          odds >= (doubtful ? MIN_ODDS_DOUBTFUL : MIN_ODDS) &&
          /^v/.test(after.tag) &&
          after.word.length >= 2 &&
          next?.word !== "的" &&
          !/^(?:a|d|ad|zg)/.test(next?.tag ?? "") && // 成功的把握较大: the verb is the subject
          !NOUN_HEADS.has(after.word) &&
          (bare || segmenter().cut(after.word + (next?.word ?? ""), false).length > 1)
        ) {
          const modifier = have ? `有${before.word}` : before.word;
          reportSpan(context, block, de.start, de.start + 1, `“${modifier}”修饰动词“${after.word}”作状语，“的”应为“地”`, { suggest: "地" });
          continue;
        }
      }
      // Readings only a verb phrase has: the verb takes 了/着/起来/下去 (有力的推动了、更好的结合起来、一代一代的传下去),
      // a reduplicated measure comes before it (一个一个的进行), or an idiom comes before a modal verb (不可避免的会出现).
      {
        const next = tokens[k + 2];
        const verbOnly = after.tag === "v" && tagOf(after.word) === "v" && !MODALS.test(after.word) && !NOUN_HEADS.has(after.word);
        const aspect =
          verbOnly &&
          (WITH_COMPLEMENT.test(after.word) ||
            /^(?:下去|起来)$/u.test(next?.word ?? "") ||
            (after.word.length >= 2 && ASPECT.test(next?.word ?? "")));
        const j = beforeDegree(tokens, k);
        const prior = tokens[j];
        const m = MODIFIERS.get(before.word);
        // A modifier that reads as an adverbial: by its tag, or a word jieba tags as a noun that proofread text often
        // writes before 地 (有力、全面).
        const modifier =
          (before.word.length >= 2 || j < k - 2) &&
          (/^(?:a|ad|d|vd|i|l|z)$/.test(before.tag) || (before.tag === "n" && m !== undefined && m[0] >= 5 && logOdds(m) >= -0.5));
        // Not the object of a verb or a preposition (进行有力的推动), unless that word leads into an adverbial (才能).
        const free =
          !prior ||
          LEAD_INS.test(prior.word) ||
          MODALS.test(prior.word) ||
          (!/^(?:v|p|u)/.test(prior.tag) && !LIGHT_VERBS.has(prior.word) && !NOMINAL_CONTEXT.test(prior.word));
        const reduplicated = before.tag === "m" && /^一./u.test(before.word) && tokens[k - 2]?.word === before.word && verbOnly;
        // (Not an idiom proofread text never writes before 地: 触犯刑律的要追究 is "whoever … shall be prosecuted".)
        const modal =
          /^(?:i|l)$/.test(before.tag) &&
          before.word.length >= 4 &&
          m !== undefined &&
          logOdds(m) >= 0 &&
          /^(?:会|要)$/u.test(after.word) &&
          /^v/.test(next?.tag ?? "");
        if (/\p{Script=Han}/u.test(before.word) && free && ((aspect && modifier) || reduplicated || modal)) {
          const what = modal ? `${after.word}${next?.word ?? ""}` : after.word;
          const by = reduplicated ? `${before.word}${before.word}` : before.word;
          reportSpan(context, block, de.start, de.start + 1, `“${by}”修饰动词“${what}”作状语，“的”应为“地”`, { suggest: "地" });
          continue;
        }
      }
      // 积极有序的向前推进: a directional adverb before the verb.
      const lead =
        after.tag === "d" && /^(?:向前|进一步|不断|逐步|一步步|深入|全面)$/u.test(after.word) && /^v/.test(tokens[k + 2]?.tag ?? "") ? 1 : 0;
      const verb = tokens[k + 1 + lead];
      // A verb the dictionary also tags as a noun (发展) counts only with a shared object after 和/并 (发展和壮大自己).
      const coordinated = (at: number): boolean =>
        /^(?:和|并|与|并且)$/u.test(tokens[at]?.word ?? "") &&
        /^(?:v|a)/.test(tokens[at + 1]?.tag ?? "") &&
        /^(?:r|n|nr|ns|nt)/.test(tokens[at + 2]?.tag ?? "");
      if (
        /\p{Script=Han}/u.test(before.word) &&
        verb.word.length >= 2 &&
        ((verb.tag === "v" && tagOf(verb.word) === "v") || (verb.tag === "vn" && coordinated(k + 2 + lead)))
      ) {
        const next = tokens[k + 2 + lead];
        if (!next) continue;
        const j = beforeDegree(tokens, k);
        const degree = j < k - 2;
        const prior = tokens[j];
        // An adjective is adverbial after 更/很 or before an aspect particle (成功的举办了).
        const adverbial = ADVERBIAL_TAG.test(before.tag) || (/^a/.test(before.tag) && (degree || ASPECT.test(next.word)));
        if (!adverbial || !ADVERBIAL_POSITION(prior) || MODALS.test(verb.word) || NOUN_HEADS.has(verb.word)) continue;
        // 得到更好的保障、是坚决的支持者: the verb is a noun there.
        if (prior && (LIGHT_VERBS.has(prior.word) || NOMINAL_CONTEXT.test(prior.word))) continue;
        const chain = attributeChain(tokens, k + 2 + lead);
        const verbal =
          lead === 1 ||
          ASPECT.test(next.word) ||
          coordinated(k + 2 + lead) ||
          (!chain &&
            (OBJECT_TAG.test(next.tag) || next.tag === "v") &&
            !endsWithHead(next.word) &&
            // …的组织实施工作: a verb, then another, then a noun head: a noun phrase.
            !(endsWithHead(tokens[k + 3 + lead]?.word ?? "") || /^(?:工作|活动)$/u.test(tokens[k + 3 + lead]?.word ?? "")) &&
            !(VERB_NOUNS.has(verb.word) && /^(?:n|vn|nz)$/.test(next.tag)) &&
            segmenter().cut(verb.word + next.word, false).length > 1);
        if (!verbal) continue;
        reportSpan(context, block, de.start, de.start + 1, `“${before.word}”修饰动词“${verb.word}”作状语，“的”应为“地”`, { suggest: "地" });
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
