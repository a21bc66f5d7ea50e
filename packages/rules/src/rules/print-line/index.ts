import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { nonBlankLines, onAllBlocks, reportSpan } from "../../util/blocks.js";
import { parseChineseDate } from "../../util/chars.js";

/** The 印发 line of the 版记: 印发机关, spaces, 印发日期, 印发. Groups: body, date, 印发. */
const PRINT_LINE =
  /^[\s\u3000]*(\S{2,30}(?:办公厅|办公室|政府|委员会|局|厅|委|部|处|室|中心|党委|党组|机关|公司))[\s\u3000]+(\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[\s\u3000]*(印发)?[\s\u3000]*$/u;
/** The 抄送 line, which stands right above the 印发 line in a 版记. */
const COPY_TO = /^[\s\u3000]*抄送[\s\u3000]*[：:]/u;

/** An Arabic date for a date in Chinese numerals (二〇二六年三月五日 → 2026年3月5日). */
function arabicDate(written: string): string | undefined {
  const m = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/u.exec(written);
  if (!m) return undefined;
  const date = parseChineseDate(m[1], m[2], m[3]);
  return date && `${date[0]}年${date[1]}月${date[2]}日`;
}

/**
 * GB/T 9704-2012 7.4.3: the 版记's last line gives the 印发机关 and the 印发日期 in Arabic numerals, followed by 印发.
 * Only a line under a 抄送 line, or the document's last line, is read as the 印发 line.
 */
const reporter: TextlintRuleReporter = (context) =>
  onAllBlocks(context, (blocks) => {
    const lines = nonBlankLines(blocks);
    lines.forEach((line, k) => {
      const underCopyTo = k > 0 && COPY_TO.test(lines[k - 1].text);
      if (!underCopyTo && k !== lines.length - 1) return;
      const m = PRINT_LINE.exec(line.text);
      if (!m) return;
      const dateAt = line.start + line.text.lastIndexOf(m[2]);
      const arabic = arabicDate(m[2]);
      if (arabic) {
        reportSpan(context, line.block, dateAt, dateAt + m[2].length, `印发日期用阿拉伯数字（GB/T 9704—2012）：“${m[2]}”应为“${arabic}”`, arabic);
      }
      // Without 印发 the line reads as a signature; under a 抄送 line it can only be the 印发 line.
      if (!m[3] && underCopyTo) {
        const end = dateAt + m[2].length;
        reportSpan(context, line.block, end - 1, end, "印发日期后应加“印发”二字（GB/T 9704—2012）", "日印发");
      }
    });
  });

const definition: RuleDefinition = {
  meta: {
    id: "print-line",
    category: "格式",
    description: "版记的印发机关和印发日期：日期用阿拉伯数字，其后加“印发”（……办公室 2026年3月5日印发）",
    fixable: true,
    defaultSeverity: "warning",
    scope: "document",
    options: {},
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
