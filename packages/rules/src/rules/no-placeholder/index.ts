import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onAllBlocks, reportSpan, type TextBlock } from "../../util/blocks.js";
import { escapeRegExp } from "../../util/chars.js";
import { segmenter } from "../../util/segmenter.js";
import { oncePerValue } from "../../util/once.js";

export interface Options {
  /** Extra words that are placeholders in this office's templates. */
  words?: string[];
  /** Matches that are not placeholders here (e.g. a product called "XX"). */
  allow?: string[];
}

// Surnames before 某某 make an anonymised name (王某某, 李某某), which 通报 and case reports use on purpose.
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

// A single ×/＊/* stands for a name or number only right before one of these (×月×日, ＊市, *镇).
const SLOT_SUFFIX = "省市县区镇乡村街社局委办厅处科室部同志年月日号届次";

interface Pattern {
  re: RegExp;
  /** Return false to skip a match (trap). */
  accept?: (text: string, index: number, match: string) => boolean;
}

const isLatinOrDigit = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9_-]/.test(ch);

const PATTERNS: Pattern[] = [
  // A date left blank: ××年××月××日, 2026年××月××日, XX年X月 — one finding for the whole date.
  { re: /(?:\d{4}|[×XxＸｘ＊*]{2,4})年[×XxＸｘ＊*]{1,2}月(?:[×XxＸｘ＊*]{1,2}日)?/gu },
  {
    // XX镇, XXX同志, Ｘ×: not inside Latin words or model numbers (XXL, RTX-XX), not Roman numerals (XII, XXI).
    re: /[XxＸｘ]{2,}/gu,
    accept: (text, i, m) => !isLatinOrDigit(text[i - 1]) && !isLatinOrDigit(text[i + m.length]),
  },
  { re: /[×＊*]{2,}/gu, accept: (text, i, m) => !/[0-9]/.test(text[i - 1] ?? "") || !/[0-9]/.test(text[i + m.length] ?? "") },
  {
    // ×月×日, ＊市, *镇: one mark standing for a name or number. 3×4 (multiplication) stays.
    re: new RegExp(`(?<![×＊*0-9A-Za-z])[×＊*](?=[${SLOT_SUFFIX}])`, "gu"),
  },
  { re: /[□■]{2,}/gu },
  {
    // 某某 before any noun (某某市场、某某同志); not an anonymised name (王某某), where the character before is a
    // surname standing alone, not the end of a word (规范某某市场).
    re: /某某/gu,
    accept: (text, i) => {
      const prev = text[i - 1];
      if (!prev || !SURNAMES.includes(prev)) return true;
      const head = text.slice(Math.max(0, i - 4), i);
      return segmenter()
        .cutAll(head)
        .some((w) => w.length >= 2 && head.endsWith(w));
    },
  },
  // (此处填写……), （填写单位名称）, 【请输入标题】
  { re: /[（(【[〔][^）)】\]〕\n]{0,20}?(?:此处|填写|请输入|待定|待补充|待完善|插入)[^）)】\]〕\n]{0,20}?[）)】\]〕]/gu },
  // 【单位名称】, [姓名], 【日期】: a field name in square brackets.
  { re: /[【[](?:[\p{Script=Han}]{0,6}(?:名称|姓名|单位|日期|时间|地点|职务|标题|电话|金额|文号))[】\]]/gu },
  { re: /待补充|待完善|待填写|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])/gu },
  // 20__年, __月__日, 〔20_〕: blanks next to date parts.
  { re: /(?:20|19)?_{1,}(?=[年月日号〕\]])|(?<=[年月〔])_{1,}/gu },
];

/** A line that opens a blank form or a model document (文书样式, 附件2, 格式文本): what follows is a template. */
const TEMPLATE_HEADING =
  /^[\s\u3000]*(?:(?:文书|参考|法律文书|格式)?(?:样式|格式|范本|式样|模板|格式文本)[\d一二三四五六七八九十]*|附件[\s\u3000]*[\d一二三四五六七八九十]*)[\s\u3000]*$/u;
/** An attachment with this many placeholders is a blank form, attached on purpose. */
const FORM_PLACEHOLDERS = 3;
/** A field label right after the placeholder: ×××（机关名称）, ××××（被建议单位名称）, ×××（联系电话）. */
const FIELD_LABEL = /^[\s\u3000]*[（(][\p{Script=Han}、]{2,12}[）)]/u;

interface Found {
  block: TextBlock;
  start: number;
  end: number;
  match: string;
}

// The patterns and their trigger, per list of extra words.
const compiledFor = oncePerValue((words: string[]): { patterns: Pattern[]; trigger: RegExp } => {
  const extra = words.filter(Boolean).map((w) => ({ re: new RegExp(escapeRegExp(w), "gu") }));
  return {
    patterns: [...PATTERNS, ...extra],
    trigger: new RegExp(`[XxＸｘ×＊*□■某待TOFBX_【\\[（(]${extra.length ? `|${extra.map((e) => e.re.source).join("|")}` : ""}`, "u"),
  };
});

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const allow = options.allow ?? [];
  const { patterns, trigger } = compiledFor(options.words ?? []);

  const find = (block: TextBlock): Found[] => {
    const { text } = block;
    if (!trigger.test(text)) return [];
    const found: Found[] = [];
    const taken: Array<[number, number]> = [];
    const allowed: Array<[number, number]> = allow.flatMap((word) =>
      [...text.matchAll(new RegExp(escapeRegExp(word), "gu"))].map((m): [number, number] => [m.index, m.index + word.length]),
    );
    for (const { re, accept } of patterns) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (accept && !accept(text, start, m[0])) continue;
        if (allowed.some(([a, b]) => start < b && end > a)) continue;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        // A template's own field (×××（机关名称）), a numbered slot of a format (××××3为首次注册年份), or a
        // quoted example (例如：“××人民法院关于××的司法建议书”) is not a leftover.
        if (FIELD_LABEL.test(text.slice(end)) || /\d/.test(text[end] ?? "") || insideQuotes(text, start)) continue;
        found.push({ block, start, end, match: m[0] });
      }
    }
    return found;
  };

  return onAllBlocks(context, (blocks) => {
    // Sections: the body, then each attachment or model document. A model document (文书样式), or an
    // attachment with several placeholders (a blank form), is a template: its placeholders are meant.
    const sections: Array<{ kind: "body" | "attachment" | "model"; found: Found[] }> = [{ kind: "body", found: [] }];
    for (const block of blocks) {
      const heading = TEMPLATE_HEADING.exec(block.text);
      if (heading) sections.push({ kind: /附件/u.test(heading[0]) ? "attachment" : "model", found: [] });
      else sections[sections.length - 1].found.push(...find(block));
    }
    for (const { kind, found } of sections) {
      if (kind === "model" || (kind === "attachment" && found.length >= FORM_PLACEHOLDERS)) continue;
      for (const f of found) reportSpan(context, f.block, f.start, f.end, `疑似未替换的模板占位符“${f.match}”，请填写实际内容`);
    }
  });
};

/** Whether text[at] stands inside a quoted example: 例如：“……”, 标题文字为“……”. */
function insideQuotes(text: string, at: number): boolean {
  const open = text.lastIndexOf("“", at);
  if (open < 0 || open < text.lastIndexOf("”", at) || text.indexOf("”", at) < 0 || text.slice(open, at).includes("\n")) return false;
  return /(?:例如|比如|如|为|即|写明|写作|格式)[：:]?$/u.test(text.slice(Math.max(0, open - 4), open));
}

const definition: RuleDefinition<Options> = {
  meta: {
    id: "no-placeholder",
    scope: "document",
    category: "残留",
    description: "模板占位符未替换（XX、××、某某、□□、【单位名称】、（此处填写…）等）",
    fixable: false,
    defaultSeverity: "error",
    options: {
      words: { type: "array", items: { type: "string" }, description: "本单位模板中额外的占位词" },
      allow: { type: "array", items: { type: "string" }, description: "不视为占位符的写法（含匹配文字的词）" },
    },
  },
  rule: reporter,
};

export default definition;
