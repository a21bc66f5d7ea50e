import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { nonBlankLines, onAllBlocks, reportSpan } from "../../util/blocks.js";

/** The 版头 is at most this many non-blank lines from the top (份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人). */
const HEADER_WITHIN = 6;
/** 密级 and 保密期限 on a line of their own, with whatever stands between them: 秘密*1年, 机密 长期. */
const SECRET = /^([\s\u3000]*)(绝密|机密|秘密)([\s\u3000*＊☆·•\-—_]*)(\d{1,2}年|长期)?([\s\u3000]*)$/u;
/** 紧急程度 written otherwise than GB/T 9704's 特急 / 加急. */
const URGENCY = /^([\s\u3000]*)(紧急|急件|特急件|加急件|平急|急)([\s\u3000]*)$/u;
/** A 份号 line: Arabic digits alone. */
const COPY_NUMBER = /^([\s\u3000]*)(\d{1,5}|\d{7,})([\s\u3000]*)$/u;
/** What tells a draft has a 版头: a 密级, a 发文机关标志 (…文件) or a 发文字号 (〔2026〕5号). */
const HEADER_LINE = /^[\s\u3000]*(?:绝密|机密|秘密)|文件[\s\u3000]*$|[〔[［【(（]\d{4}[〕\]］】)）]\d+号/u;

/** GB/T 9704-2012 7.2: 份号 six Arabic digits, 密级★保密期限, 紧急程度 特急 or 加急 — in the 版头 only. */
const reporter: TextlintRuleReporter = (context) =>
  onAllBlocks(context, (blocks) => {
    const lines = nonBlankLines(blocks, HEADER_WITHIN);
    // A draft without a 密级, 发文机关标志 or 发文字号 among its first lines has no 版头 and is not checked.
    if (!lines.some((l) => HEADER_LINE.test(l.text))) return;
    lines.forEach((l, k) => {
      const secret = SECRET.exec(l.text);
      if (secret?.[4] && secret[3] !== "★") {
        const from = l.start + secret[1].length + secret[2].length;
        const fixed = `${secret[2]}★${secret[4]}`;
        reportSpan(context, l.block, from, from + secret[3].length, `密级和保密期限之间用“★”隔开（GB/T 9704—2012）：应为“${fixed}”`, "★");
        return;
      }
      const urgency = URGENCY.exec(l.text);
      if (urgency) {
        const from = l.start + urgency[1].length;
        reportSpan(context, l.block, from, from + urgency[2].length, `紧急程度应标注为“特急”或“加急”（GB/T 9704—2012），不用“${urgency[2]}”`);
        return;
      }
      // The 份号 is the first line, before the other 版头 lines.
      const copy = k === 0 ? COPY_NUMBER.exec(l.text) : null;
      if (copy && lines.slice(1).some((x) => HEADER_LINE.test(x.text))) {
        const from = l.start + copy[1].length;
        const digits = copy[2];
        const message = "份号用 6 位阿拉伯数字（GB/T 9704—2012）";
        if (digits.length < 6) {
          const fixed = digits.padStart(6, "0");
          reportSpan(context, l.block, from, from + digits.length, `${message}：应为“${fixed}”`, fixed);
        } else reportSpan(context, l.block, from, from + digits.length, `${message}，“${digits}”多于 6 位`);
      }
    });
  });

const definition: RuleDefinition = {
  meta: {
    id: "header-marks",
    category: "格式",
    description: "版头标注：份号 6 位数字（12 → 000012），密级和保密期限用“★”（秘密*1年 → 秘密★1年），紧急程度为特急或加急",
    fixable: true,
    defaultSeverity: "warning",
    scope: "document",
    options: {},
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
