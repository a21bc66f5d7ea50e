import { eastAsianWidth } from "get-east-asian-width";
import pc from "picocolors";
import { SEVERITY_ERROR, SEVERITY_WARNING } from "../types.js";
import { displayPath, statsLine, type Formatter } from "./types.js";

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp < 0x370) || cp === 0x200b) continue;
    width += eastAsianWidth(cp);
  }
  return width;
}

export const stylish: Formatter = (context) => {
  const c = pc.createColors(context.color);
  return {
    begin: () => "",
    file: (r) => {
      if (r.messages.length === 0) return "";
      const rel = displayPath(r.filePath, context.cwd);
      const out: string[] = [];
      for (const m of r.messages) {
        const label = m.severity === SEVERITY_ERROR ? c.red("错误") : m.severity === SEVERITY_WARNING ? c.yellow("警告") : c.blue("提示");
        const where = m.part ? c.dim(`〔${m.part}〕`) : "";
        out.push(`${rel}:${m.line}:${m.column}  ${label}  ${m.message}${where}  ${c.dim(m.ruleId)}${m.fix ? c.dim(" (可修复)") : ""}`);
        if (m.context) {
          const clean = (s: string): string => s.replace(/\t/g, " ");
          const text = clean(m.context.text.split(/\r?\n/)[0]);
          const before = clean(m.context.before);
          const after = m.context.text.includes("\n") ? "" : clean(m.context.after);
          const carets = " ".repeat(displayWidth(before)) + "^".repeat(Math.max(1, displayWidth(text)));
          out.push(`    ${before}${text}${after}`);
          out.push(`    ${m.severity === SEVERITY_ERROR ? c.red(carets) : c.yellow(carets)}`);
        }
      }
      return `${out.join("\n")}\n\n`;
    },
    end: (s) => {
      const total = s.errors + s.warnings + s.infos;
      const lines: string[] = [];
      if (total === 0) {
        if (s.files > 0 && !context.quiet) lines.push(c.green(`✔ 未发现问题（检查了 ${s.files} 个文件）`));
      } else {
        const parts = [`${s.errors} 个错误`, `${s.warnings} 个警告`];
        if (s.infos) parts.push(`${s.infos} 个提示`);
        let summary = `✖ ${total} 个问题（${parts.join("，")}），检查了 ${s.files} 个文件`;
        if (s.fixable) summary += `；其中 ${s.fixable} 个可用 --fix 自动修复`;
        lines.push((s.errors ? c.red : c.yellow)(c.bold(summary)));
      }
      if (!context.quiet && s.files + s.failed + s.skipped > 0) lines.push(c.dim(statsLine(s)));
      return lines.length ? `${lines.join("\n")}\n` : "";
    },
  };
};
