import path from "node:path";
import { eastAsianWidth } from "get-east-asian-width";
import pc from "picocolors";
import type { TextlintMessage } from "@textlint/types";
import { SEVERITY_ERROR, SEVERITY_WARNING, type FileReport, type Formatter } from "./types.js";

/** Characters of context shown on each side of a finding. */
const CONTEXT = 24;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp < 0x370) || cp === 0x200b) continue;
    width += eastAsianWidth(cp);
  }
  return width;
}

/** The finding's line, trimmed around it, and a caret line under the offending text. */
export function snippet(source: string, message: TextlintMessage): { line: string; carets: string } | undefined {
  const [start, end] = message.range;
  if (start > source.length) return undefined;
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = source.indexOf("\n", start);
  if (lineEnd === -1) lineEnd = source.length;
  if (source[lineEnd - 1] === "\r") lineEnd--;
  const spanEnd = Math.max(start + 1, Math.min(end, lineEnd));
  const from = Math.max(lineStart, start - CONTEXT);
  const to = Math.min(lineEnd, spanEnd + CONTEXT);
  const clean = (s: string): string => s.replace(/\t/g, " ");
  const before = (from > lineStart ? "…" : "") + clean(source.slice(from, start));
  const marked = clean(source.slice(start, spanEnd));
  const after = clean(source.slice(spanEnd, to)) + (to < lineEnd ? "…" : "");
  const caretWidth = Math.max(1, displayWidth(marked));
  return { line: before + marked + after, carets: " ".repeat(displayWidth(before)) + "^".repeat(caretWidth) };
}

export const stylish: Formatter = (reports, context) => {
  const c = pc.createColors(context.color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const report of reports) {
    if (report.messages.length === 0) continue;
    const rel = path.isAbsolute(report.filePath) ? path.relative(context.cwd, report.filePath) || report.filePath : report.filePath;
    for (const m of report.messages) {
      const label =
        m.severity === SEVERITY_ERROR ? c.red("错误") : m.severity === SEVERITY_WARNING ? c.yellow("警告") : c.blue("提示");
      if (m.severity === SEVERITY_ERROR) errors++;
      else if (m.severity === SEVERITY_WARNING) warnings++;
      else infos++;
      if (m.fix) fixable++;
      out.push(`${rel}:${m.line}:${m.column}  ${label}  ${m.message}  ${c.dim(m.ruleId)}${m.fix ? c.dim(" (可修复)") : ""}`);
      const s = snippet(report.source, m);
      if (s) {
        out.push(`    ${s.line}`);
        const carets = m.severity === SEVERITY_ERROR ? c.red(s.carets) : c.yellow(s.carets);
        out.push(`    ${carets}`);
      }
    }
    out.push("");
  }
  const total = errors + warnings + infos;
  if (total === 0) {
    if (context.fileCount > 0 && !context.quiet) out.push(c.green(`✔ 未发现问题（检查了 ${context.fileCount} 个文件）`));
  } else {
    const parts = [`${errors} 个错误`, `${warnings} 个警告`];
    if (infos) parts.push(`${infos} 个提示`);
    let summary = `✖ ${total} 个问题（${parts.join("，")}），检查了 ${context.fileCount} 个文件`;
    if (fixable) summary += `；其中 ${fixable} 个可用 --fix 自动修复`;
    out.push((errors ? c.red : c.yellow)(c.bold(summary)));
  }
  return out.length ? out.join("\n") + "\n" : "";
};
