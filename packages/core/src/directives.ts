import type { TextlintFilterRuleReporter } from "@textlint/types";

/**
 * Inline switches, each on a line of its own:
 *   <!-- gwlint-disable [rule-id ...] -->      (Markdown and plain text)
 *   <!-- gwlint-enable [rule-id ...] -->
 *   <!-- gwlint-disable-next-line [rule-id ...] -->
 *   // gwlint-disable [rule-id ...]            (plain-text comment line; same keywords)
 * Without rule ids a switch applies to every rule.
 */
const DIRECTIVE =
  /^[ \t\u3000]*(?:<!--[ \t]*gwlint-(disable-next-line|disable|enable)\b([^\n]*?)-->|\/\/[ \t]*gwlint-(disable-next-line|disable|enable)\b([^\n]*?))[ \t]*\r?$/gmu;

export interface Directive {
  kind: "disable" | "enable" | "disable-next-line";
  ruleIds: string[];
  /** Offsets of the directive line, without its line break. */
  start: number;
  end: number;
}

export function parseDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const kind = (m[1] ?? m[3]) as Directive["kind"];
    const ids = (m[2] ?? m[4] ?? "")
      .split(/[\s,，、]+/u)
      .map((s) => s.trim())
      .filter(Boolean);
    directives.push({ kind, ruleIds: ids, start: m.index, end: m.index + m[0].replace(/\r$/, "").length });
  }
  return directives;
}

export interface IgnoredRange {
  range: [number, number];
  /** A rule id, or "*" for every rule. */
  ruleId: string;
}

/** Turns the directives of a document into the ranges each rule must ignore. */
export function ignoredRanges(text: string): IgnoredRange[] {
  const out: IgnoredRange[] = [];
  const open = new Map<string, number>();
  const close = (ruleId: string, at: number): void => {
    const start = open.get(ruleId);
    if (start !== undefined) {
      out.push({ range: [start, at], ruleId });
      open.delete(ruleId);
    }
  };
  for (const d of parseDirectives(text)) {
    out.push({ range: [d.start, d.end], ruleId: "*" }); // the directive line itself
    const ids = d.ruleIds.length > 0 ? d.ruleIds : ["*"];
    if (d.kind === "disable") {
      for (const id of ids) if (!open.has(id)) open.set(id, d.end);
    } else if (d.kind === "enable") {
      if (d.ruleIds.length === 0) for (const id of [...open.keys()]) close(id, d.start);
      else for (const id of ids) close(id, d.start);
    } else {
      const lineStart = text.indexOf("\n", d.end) + 1;
      if (lineStart === 0) continue;
      const lineEnd = text.indexOf("\n", lineStart);
      for (const id of ids) out.push({ range: [lineStart, lineEnd === -1 ? text.length : lineEnd], ruleId: id });
    }
  }
  for (const id of [...open.keys()]) close(id, text.length);
  return out;
}

/** textlint filter rule applying the gwlint-disable/enable directives (to findings and to fixes). */
export const directivesFilter: TextlintFilterRuleReporter = (context) => ({
  [context.Syntax.Document]() {
    const text = context.getSource();
    if (!text.includes("gwlint-")) return;
    for (const { range, ruleId } of ignoredRanges(text)) {
      context.shouldIgnore(range, { ruleId });
    }
  },
});

/** textlint filter rule: nothing inside an allowed word is reported or fixed, by any rule. */
export const allowListFilter: TextlintFilterRuleReporter = (context, options) => ({
  [context.Syntax.Document]() {
    const words = ((options ?? {}) as { words?: string[] }).words ?? [];
    if (words.length === 0) return;
    const text = context.getSource();
    for (const word of words) {
      for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
        context.shouldIgnore([i, i + word.length], { ruleId: "*" });
      }
    }
  },
});
