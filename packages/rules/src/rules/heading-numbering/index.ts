import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { blockLines, reportSpan, type TextBlock, onAllBlocks } from "../../util/blocks.js";
import { parseChineseNumber, toChineseNumber } from "../../util/chars.js";

/**
 * GB/T 9704-2012 7.3.3: 文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注.
 * Level k's number, and the characters that follow it.
 */
export interface Heading {
  block: TextBlock;
  /** Position of the block in the document. */
  blockIndex: number;
  /** Block-text index where the number starts, and where the marker (number + punctuation) ends. */
  start: number;
  end: number;
  level: 1 | 2 | 3 | 4;
  n: number;
  /** Block-text index and the rest of the line after the marker. */
  lineEnd: number;
  rest: string;
}

const CN = "[一二三四五六七八九十]{1,3}";
const MARKERS: Array<{ level: Heading["level"]; re: RegExp; number: (m: RegExpExecArray) => number }> = [
  { level: 2, re: new RegExp(`^[（(](${CN})[）)]([、，,.．]?)`, "u"), number: (m) => parseChineseNumber(m[1]) },
  { level: 4, re: /^[（(](\d{1,2})[）)]([、，,.．]?)/u, number: (m) => Number(m[1]) },
  { level: 1, re: new RegExp(`^(${CN})(、|[.．](?=[\\p{Script=Han}“《（]))`, "u"), number: (m) => parseChineseNumber(m[1]) },
  { level: 3, re: /^(\d{1,2})(、(?![\d.])|[.．](?=[\p{Script=Han}“《（]))/u, number: (m) => Number(m[1]) },
];

/** A line that opens an attachment: 附件, 附件2, 附：, 附表1. */
const ATTACHMENT = /^[\s\u3000]*(?:附件[\s\u3000]*[\d一二三四五六七八九十]*|附[:：]|附表[\s\u3000]*[\d一二三四五六七八九十]*)[\s\u3000]*$/u;

/** Longest heading text (after the number) treated as a title for the full-stop check. */
const TITLE_MAX = 25;
/** Enumeration words further apart than this (characters) are not taken as one sequence. */
const ENUM_SPAN = 1500;

const label = (level: number, n: number): string =>
  level === 1 ? `${toChineseNumber(n)}、` : level === 2 ? `（${toChineseNumber(n)}）` : level === 3 ? `${n}.` : `（${n}）`;

// In-paragraph enumerations: 一是……二是……, 一要……二要……, 第一，……第二，……
const ENUM_SHI = /(?<=^|[。；：，！？\s　])([一二三四五六七八九十]{1,2})(是|要|抓|靠|看)(?![一二三四五六七八九十])/gu;
const ENUM_DI = /(?<=^|[。；：！？\s　])第([一二三四五六七八九十]{1,2})(?=[，、：])/gu;
// What every match of ENUM_SHI and ENUM_DI contains: a line without it is not searched (their look-behinds are slow to scan with).
const ENUM_SHI_HINT = /[一二三四五六七八九十][是要抓靠看]/u;
const ENUM_DI_HINT = /第[一二三四五六七八九十]/u;

export interface EnumToken {
  block: TextBlock;
  start: number;
  end: number;
  n: number;
  suffix: string;
  kind: "shi" | "di";
}

/** A finding of this rule: block-text range, message and (where certain) the fix. */
export interface Finding {
  block: TextBlock;
  start: number;
  end: number;
  message: string;
  fix?: string;
}
type Event = { kind: "heading"; h: Heading } | { kind: "enum"; t: EnumToken };
/** The body, or one attachment: its headings, and headings and enumeration words in document order. */
interface Part {
  headings: Heading[];
  events: Event[];
}
const finding = (block: TextBlock, start: number, end: number, message: string, fix?: string): Finding => ({ block, start, end, message, fix });

/** Headings and enumeration words of each part of the document (the body, then each attachment), and the findings on the markers themselves. */
export function parse(blocks: TextBlock[]): { parts: Part[]; markers: Finding[] } {
  // An attachment (附件2, 附：) is a document of its own: its outline starts afresh.
  const parts: Part[] = [];
  const markers: Finding[] = [];
  let headings: Heading[] = [];
  let events: Event[] = [];
  const newPart = (): void => {
    headings = [];
    events = [];
    parts.push({ headings, events });
  };
  newPart();
  for (const [blockIndex, block] of blocks.entries()) {
    if (ATTACHMENT.test(block.text)) newPart();
    for (const { text: line, start } of blockLines(block)) {
      const indent = line.length - line.replace(/^[\s\u3000]+/u, "").length;
      const body = line.slice(indent);
      for (const { level, re, number } of MARKERS) {
        const m = re.exec(body);
        if (!m) continue;
        const n = number(m);
        if (!Number.isFinite(n) || n < 1) continue;
        const h: Heading = {
          block,
          blockIndex,
          start: start + indent,
          end: start + indent + m[0].length,
          level,
          n,
          lineEnd: start + line.length,
          rest: body.slice(m[0].length),
        };
        headings.push(h);
        events.push({ kind: "heading", h });
        const found = checkMarker(h, m[2] ?? "");
        if (found) markers.push(found);
        break;
      }
      for (const [re, hint, kind] of [
        [ENUM_SHI, ENUM_SHI_HINT, "shi"],
        [ENUM_DI, ENUM_DI_HINT, "di"],
      ] as const) {
        if (!hint.test(body)) continue;
        re.lastIndex = 0;
        for (const m of body.matchAll(re)) {
          const n = parseChineseNumber(m[1]);
          if (!Number.isFinite(n)) continue;
          const s = start + indent + m.index;
          events.push({ kind: "enum", t: { block, start: s, end: s + m[0].length, n, suffix: kind === "shi" ? m[2] : "", kind } });
        }
      }
    }
  }
  return { parts, markers };
}

/** 一.→一、, （一）、→（一）, 1、→1. */
export function checkMarker(h: Heading, punct: string): Finding | undefined {
  const { block } = h;
  const at = h.end - punct.length;
  if (h.level === 1 && punct !== "、") {
    return finding(block, at, h.end, `一级标题序号“${block.text.slice(h.start, h.end)}”应为“${label(1, h.n)}”`, "、");
  } else if ((h.level === 2 || h.level === 4) && punct) {
    return finding(block, at, h.end, `括号序号“${block.text.slice(h.start, h.end)}”后不加标点`, "");
  } else if (h.level === 3 && punct !== "." && punct !== "．") {
    // "．" is the full-width form of the same mark (laws and many templates use it): not reported.
    return finding(block, at, h.end, `阿拉伯数字序号“${block.text.slice(h.start, h.end)}”应为“${h.n}.”`, ".");
  }
  return undefined;
}

/**
 * The levels go 一、→（一）→1.→（1）; levels may be skipped, not reversed. A level whose first
 * heading comes right after a deeper level's heading is reversed. Reported once per document.
 */
export function checkLevelOrder(headings: Heading[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<number>();
  let previous: Heading | undefined;
  for (const h of headings) {
    if (!seen.has(h.level) && previous && previous.level > h.level) {
      const marker = h.block.text.slice(h.start, h.end);
      const above = previous.block.text.slice(previous.start, previous.end);
      out.push(finding(h.block, h.start, h.end, `结构层次序数应依次为“一、”“（一）”“1.”“（1）”：“${marker}”一级不应排在“${above}”一级之下`));
      return out;
    }
    seen.add(h.level);
    previous = h;
  }
  return out;
}

/**
 * Numbers run on within a level and restart under a new parent. Levels are ranked by first
 * appearance, so a document that puts （一） above 一、 (older reports do) is read as written.
 * A restart at 1 opens a new sequence (an outline before the body, a nested list) and suspends
 * the one before, which may resume afterwards (…三、 一、二、 四、). An outline — headings on
 * consecutive lines with no text between — is complete in itself and is not resumed.
 */
export function checkSequences(headings: Heading[]): Finding[] {
  const out: Finding[] = [];
  const rankOf = new Map<number, number>();
  for (const h of headings) if (!rankOf.has(h.level)) rankOf.set(h.level, rankOf.size + 1);
  const last = [0, 0, 0, 0, 0];
  // The last number of each rank before a parent reset it: some documents number items on across
  // sections (三、…… 16. 17. …… 四、…… 22.).
  const before = [0, 0, 0, 0, 0];
  const suspended: number[][] = [[], [], [], [], []];
  const current: Heading[][] = [[], [], [], [], []];
  const isOutline = (seq: Heading[]): boolean => seq.length >= 2 && seq.every((h, k) => k === 0 || h.blockIndex === seq[k - 1].blockIndex + 1);
  for (const h of headings) {
    const rank = rankOf.get(h.level)!;
    const previous = last[rank];
    const hasParent = last.slice(1, rank).some((n) => n > 0);
    const marker = h.block.text.slice(h.start, h.end);
    if (h.n === 1) {
      if (previous > 0 && !isOutline(current[rank])) suspended[rank].push(previous);
      current[rank] = [];
    } else if (previous > 0 && h.n === previous + 1) {
      // the expected next number
    } else if (suspended[rank].includes(h.n - 1)) {
      // back to the outer sequence after a nested list
      suspended[rank].splice(suspended[rank].lastIndexOf(h.n - 1));
    } else if (previous === 0 && before[rank] > 0 && h.n === before[rank] + 1) {
      // numbered on across sections
    } else if (previous === 0 && hasParent) {
      out.push(finding(h.block, h.start, h.end, `标题序号“${marker}”应从“${label(h.level, 1)}”开始`));
    } else if (previous > 0 && h.n === previous) {
      out.push(
        finding(h.block, h.start, h.end, `标题序号重复：上一个同级标题已是“${label(h.level, previous)}”，此处应为“${label(h.level, previous + 1)}”`),
      );
    } else if (previous > 0) {
      out.push(
        finding(h.block, h.start, h.end, `标题序号不连续：上一个同级标题是“${label(h.level, previous)}”，此处应为“${label(h.level, previous + 1)}”`),
      );
    }
    last[rank] = h.n;
    current[rank].push(h);
    for (let k = rank + 1; k <= 4; k++) {
      if (last[k] > 0) before[k] = last[k];
      last[k] = 0;
      suspended[k] = [];
      current[k] = [];
    }
  }
  return out;
}

/**
 * A heading set on its own line takes no full stop. Whether a numbered line is a title or a
 * one-sentence item cannot be told from the line alone, so a full stop is reported only on
 * short, title-like lines (no inner punctuation), and only when most headings of the same level
 * in the document are written without one.
 */
export function checkTitleStops(headings: Heading[]): Finding[] {
  const out: Finding[] = [];
  const titleLike = (rest: string): boolean => rest.length <= TITLE_MAX + 1 && !/[，；：。！？]/u.test(rest.slice(0, -1)) && !/[，；：]$/u.test(rest);
  for (const level of [1, 2] as const) {
    // Siblings of one sequence (a restart at 1 begins another: a nested list of provisions).
    const groups: Heading[][] = [];
    for (const h of headings) {
      if (h.level !== level) continue;
      if (h.n === 1 || groups.length === 0) groups.push([]);
      groups[groups.length - 1].push(h);
    }
    for (const group of groups) {
      // Items ending in ；or ，are clauses of one sentence (（一）……；（二）……。), not titles.
      if (group.some((h) => /[；;，,]$/u.test(h.rest))) continue;
      const titles = group.filter((h) => titleLike(h.rest));
      const stopped = titles.filter((h) => h.rest.endsWith("。"));
      const bare = titles.length - stopped.length;
      if (stopped.length === 0 || bare < 2 || stopped.length >= bare || titles.length < group.length) continue;
      for (const h of stopped) {
        out.push(finding(h.block, h.lineEnd - 1, h.lineEnd, `标题末尾不加句号（同级其他标题都没有句号）`, ""));
      }
    }
  }
  return out;
}

/** 一是……二是……四要: numbers consecutive, one word throughout; headings end a sequence. */
export function checkEnumerations(events: Event[]): Finding[] {
  const out: Finding[] = [];
  const current: Record<EnumToken["kind"], EnumToken[]> = { shi: [], di: [] };
  for (const e of events) {
    if (e.kind === "heading") {
      current.shi = [];
      current.di = [];
      continue;
    }
    const t = e.t;
    const seq = current[t.kind];
    if (t.n === 1) {
      current[t.kind] = [t];
      continue;
    }
    if (seq.length === 0) continue; // a sequence whose start is not in view
    const first = seq[0];
    const prev = seq[seq.length - 1];
    const distance = t.block.offsets[t.start] - prev.block.offsets[prev.end - 1];
    if (t.n <= prev.n || distance > ENUM_SPAN) {
      // A new list whose first item is worded otherwise (首先……二是……), or an unrelated one.
      current[t.kind] = [];
      continue;
    }
    const word = (n: number, suffix: string): string => (t.kind === "di" ? `第${toChineseNumber(n)}` : `${toChineseNumber(n)}${suffix}`);
    const here = t.block.text.slice(t.start, t.end);
    if (t.n !== prev.n + 1) {
      out.push(finding(t.block, t.start, t.end, `并列序号不连续：前文为“${word(prev.n, prev.suffix)}”，此处应为“${word(prev.n + 1, first.suffix)}”`));
    } else if (t.suffix !== first.suffix) {
      out.push(
        finding(t.block, t.start, t.end, `并列序号前后不一致：前文用“${word(first.n, first.suffix)}”，此处“${here}”应为“${word(t.n, first.suffix)}”`),
      );
    }
    seq.push(t);
  }
  return out;
}

const reporter: TextlintRuleReporter = (context) =>
  onAllBlocks(context, (blocks) => {
    const { parts, markers } = parse(blocks);
    const findings = [...markers];
    for (const part of parts) {
      findings.push(
        ...checkLevelOrder(part.headings),
        ...checkSequences(part.headings),
        ...checkTitleStops(part.headings),
        ...checkEnumerations(part.events),
      );
    }
    for (const f of findings) reportSpan(context, f.block, f.start, f.end, f.message, f.fix);
  });

const definition: RuleDefinition = {
  meta: {
    id: "heading-numbering",
    scope: "document",
    category: "结构",
    description: "结构层次序数（一、（一）1.（1））形式错误、不连续，或并列序号（一是……二是……）前后不一致",
    fixable: true,
    defaultSeverity: "warning",
    options: {},
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
