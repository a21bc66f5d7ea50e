import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { blockLines, type DocumentLine as Line, onAllBlocks, reportSpan } from "../../util/blocks.js";

// The 附件说明 under the body (GB/T 9704-2012 7.3.3): “附件：” then the attachments' names, several numbered
// “1.” “2.”, no punctuation after a name. Its lines: the one that starts with 附件： and the numbered ones after it.
const NOTE = /^([\s\u3000]*附件[\s\u3000]*[：:][\s\u3000]*)(.*)$/u;
const ITEM = /^([\s\u3000]*)(\d{1,2})([、，,）)．.]?)([\s\u3000]*)(.*)$/u;
// An attachment heading at the end of the document: 附件1, 附件 2, 附件二.
const HEADING = /^[\s\u3000]*附件[\s\u3000]*([1-9]\d?|[一二三四五六七八九十]+)?[\s\u3000]*$/u;
const REFERENCE = /(?:见|详见|参见|如)附件([1-9]\d?)/gu;
const TRAILING = /[。；;，,、]+$/u;
const ITEM_PREFIX = /^[\s\u3000]*\d{1,2}[、，,）)．.]?[\s\u3000]*/u;

/** Whether text reads as an attachment's name: short, no sentence inside it, not a bracketed instruction. */
const isName = (text: string): boolean => text.trim().length > 0 && text.length <= 40 && !/[，。；：,;:（(]/u.test(text.replace(TRAILING, ""));

const reporter: TextlintRuleReporter = (context) =>
  onAllBlocks(context, (blocks) => {
    const lines: Line[] = blocks.flatMap((block) => blockLines(block).map((l) => ({ block, ...l })));
    const headings = new Set<number>();
    /** Each attachment heading's number (1 for a lone 附件) and the title line under it. */
    const titled = new Map<number, Line>();
    /** The names the 附件说明 lists, by number (1 for a lone name). */
    const listed = new Map<number, { line: Line; from: number; name: string }>();
    for (let k = 0; k < lines.length; k++) {
      const note = NOTE.exec(lines[k].text);
      if (!note) {
        const h = HEADING.exec(lines[k].text);
        if (h?.[1] && /^\d+$/.test(h[1])) headings.add(Number(h[1]));
        if (h && (!h[1] || /^\d+$/.test(h[1]))) {
          const title = lines.slice(k + 1).find((l) => l.text.trim() !== "");
          if (title && isName(title.text.trim())) titled.set(h[1] ? Number(h[1]) : 1, title);
        }
        continue;
      }
      // The items: the rest of the 附件： line, then, when it is numbered 1, the lines numbered 2, 3 … right after it.
      // An attachment's name is short and no sentence: a longer line or one with a comma is body text.
      const items: Array<{ line: Line; at: number; text: string }> = [{ line: lines[k], at: note[1].length, text: note[2] }];
      let j = k + 1;
      if (/^1(?!\d)/u.test(note[2])) {
        for (let next = 2; j < lines.length && j - k < 40; j++, next++) {
          const item = ITEM.exec(lines[j].text);
          if (!item || Number(item[2]) !== next || !isName(item[5])) break;
          items.push({ line: lines[j], at: 0, text: lines[j].text });
        }
      }
      for (const { line, at, text } of items) {
        const item = ITEM.exec(text);
        const numbered = item && /^\d/u.test(text.trimStart()) ? Number(item[2]) : items.length === 1 ? 1 : undefined;
        const name = text.replace(ITEM_PREFIX, "").replace(TRAILING, "").trim();
        if (numbered !== undefined && isName(name)) listed.set(numbered, { line, from: at + text.indexOf(name), name });
        if (item && /^\d/u.test(text.trimStart())) {
          const [, lead, , sep] = item;
          const sepAt = line.start + at + lead.length + item[2].length;
          if (sep && sep !== "." && sep !== "．") {
            reportSpan(context, line.block, sepAt, sepAt + sep.length, `附件说明中附件顺序号后应用“.”：“${item[2]}${sep}”应为“${item[2]}.”`, ".");
          }
        }
        const trailing = TRAILING.exec(text);
        if (trailing && isName(text.replace(TRAILING, "").replace(ITEM_PREFIX, ""))) {
          const end = line.start + at + text.length;
          reportSpan(context, line.block, end - trailing[0].length, end, `附件名称后不加标点符号：应删去“${trailing[0]}”`, "");
        }
      }
      k = j - 1;
    }
    // The 附件说明's names against the attachments at the end: the same name under each heading, and no listed
    // attachment missing (only when the document carries its attachments: at least one heading).
    if (titled.size > 0) {
      const plain = (name: string): string => name.replace(/[《》“”"'‘’\s\u3000]/gu, "").replace(TRAILING, "");
      for (const [n, { line, from, name }] of listed) {
        const title = titled.get(n);
        if (!title) {
          if (headings.size > 0 && !headings.has(n))
            reportSpan(context, line.block, line.start + from, line.start + from + name.length, `附件说明列出的附件${n}“${name}”在文末附件中不存在`);
          continue;
        }
        const heading = title.text.trim();
        if (plain(heading) === plain(name)) continue;
        const lead = title.text.length - title.text.trimStart().length;
        reportSpan(
          context,
          title.block,
          title.start + lead,
          title.start + lead + heading.length,
          `附件${n}的标题“${heading}”与附件说明中的名称“${name}”不一致，两处应相同`,
        );
      }
    }
    // 见附件3 where the document's attachments (headings 附件1, 附件2 …) have no 附件3.
    if (headings.size === 0) return;
    for (const line of lines) {
      for (const m of line.text.matchAll(REFERENCE)) {
        if (headings.has(Number(m[1]))) continue;
        const at = line.start + m.index + m[0].length - m[1].length - 2;
        reportSpan(
          context,
          line.block,
          at,
          at + 2 + m[1].length,
          `正文引用的“附件${m[1]}”在文末附件中不存在（现有：${[...headings]
            .sort((a, b) => a - b)
            .map((n) => `附件${n}`)
            .join("、")}）`,
        );
      }
    }
  });

const definition: RuleDefinition = {
  meta: {
    id: "attachment-note",
    category: "格式",
    description: "附件说明的格式（附件：1. ……，顺序号用“.”，名称后不加标点）和正文引用的附件是否存在",
    fixable: true,
    defaultSeverity: "warning",
    scope: "document",
    options: {},
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
