import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { onEachBlock, reportSpan } from "../../util/blocks.js";

// A 发文字号 (国办发〔2026〕3号), written in the document's 版头 or cited in its body: an issuer's code of Chinese
// characters, the year in brackets, the serial number, 号. Court case numbers put the bracket first
// (（2020）京01民终123号) and do not match: the bracket here follows the code and is followed by the number.
const NUMBER = /(\p{Script=Han}{1,12}?)([[【(（﹝〔［])\s*(\d{2,4})\s*([\]】)）﹞〕］])(\s*)(第?)(\s*)(\d+)(\s*)号/gu;

/** A 字号 cited before the document's title: …3号《关于…的通知》, …3号文件《…》. */
const NUMBER_BEFORE_TITLE = /[〔[【(（﹝［]\s*\d{2,4}\s*[〕\]】)）﹞］]\s*第?\s*\d+\s*号(?:文件)?(《[^《》\n]{2,80}》)/gu;
/** A 字号 right after the title without brackets: 《关于…的通知》国办发〔2026〕3号. */
const TITLE_THEN_BARE_NUMBER = /》(\p{Script=Han}{1,12}〔\d{4}〕[1-9]\d*号)/gu;

/**
 * GB/T 9704-2012 7.2.4 and 《党政机关公文处理工作条例》: 发文字号 = 机关代字 + 〔年份〕 + 序号 + 号; the year in full
 * with 六角括号 〔〕, the serial number without 虚位 (not 03) and without 第.
 */
const reporter: TextlintRuleReporter = (context) =>
  onEachBlock(context, (block) => {
    const { text } = block;
    if (!/号/u.test(text)) return;
    for (const m of text.matchAll(NUMBER)) {
      const [whole, code, open, year, close, sp1, di, sp2, serial, sp3] = m;
      const problems: string[] = [];
      if (open !== "〔" || close !== "〕") problems.push("年份用六角括号“〔〕”");
      if (year.length !== 4) problems.push("年份写全称（4位）");
      if (di) problems.push("序号前不加“第”");
      if (/^0\d/.test(serial)) problems.push("序号不编虚位（不加“0”）");
      if (sp1 || sp2 || sp3) problems.push("各部分之间不空格");
      if (problems.length === 0) continue;
      const start = m.index + code.length;
      const end = m.index + whole.length;
      const fixedSerial = String(Number(serial));
      // Everything but a shortened year can be put right in every context; a year needs the writer (98 → 1998?).
      const fixed = year.length === 4 ? `〔${year}〕${fixedSerial}号` : undefined;
      const shown = fixed ? `，应为“${code}${fixed}”` : "";
      reportSpan(context, block, start, end, `发文字号格式不规范：${problems.join("，")}${shown}`, fixed === undefined ? undefined : { fix: fixed });
    }
    // Citing a document: its title first, then its 字号 in round brackets (《关于…的通知》（国办发〔2026〕3号）).
    // Where the 字号's issuer code begins is not known (按照国办发…), so the order is reported without a rewrite.
    for (const m of text.matchAll(NUMBER_BEFORE_TITLE))
      reportSpan(context, block, m.index, m.index + m[0].length, `引用公文应先引标题，后引发文字号：${m[1]}后用圆括号括注发文字号`);
    for (const m of text.matchAll(TITLE_THEN_BARE_NUMBER)) {
      const start = m.index + 1;
      reportSpan(context, block, start, start + m[1].length, `引用公文时发文字号用圆括号括注在标题之后：应为“（${m[1]}）”`, {
        suggest: `（${m[1]}）`,
      });
    }
  });

const definition: RuleDefinition = {
  meta: {
    id: "document-number",
    category: "格式",
    description: "发文字号（国办发〔2026〕3号）的格式：六角括号、年份全称、序号不编虚位、不加“第”",
    fixable: true,
    defaultSeverity: "error",
    options: {},
  },
  rule: { linter: reporter, fixer: reporter },
};

export default definition;
