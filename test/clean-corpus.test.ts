import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, run } from "./helpers.js";

// Proofread official text (../shared, present in development and CI, absent from users' clones).
// Every finding on it was read and judged (see the rules' READMEs); a change in these counts means
// findings appeared or vanished: read them, then update the numbers.
const CLEAN = path.resolve(ROOT, "../shared/corpus/clean");
const JUDGED: Record<string, number> = {
  "number-usage": 609, // full-width digits and ○ for 〇 in the Wikisource copies (GB/T 15835-2011)
  "variant-word": 39, // pre-2001 variant forms (成份, 人材, 帐户 …)
  "no-redundancy": 8, // 涉及到, 目的是为了, 再次重申 …
  "paired-punctuation": 6, // ”五讲四美三热爱”, “六五’
  "ellipsis-and-dash": 4, // ———
  typo: 3, // 自已 ×2, 签定
  "heading-numbering": 2, // （一） above 一、 in 1981/1985 reports
  "no-duplicated-char": 1, // 机会和和效力
  "no-stray-space": 31, // spaces next to quotes in the Wikisource copies (“ 四人帮”, “九五 ”计划), 盲 目, 重 大课题
  "de-di-de": 2, // 正确的加以接受 (real); 不足的加以完善 (a 的-phrase as subject: a false alarm)
  "confusable-char": 6, // 有价证卷, 睦领友好, 超极大国 (real); 豁得出来, 富贫, 超储积压 (false alarms)
};

describe.skipIf(!existsSync(CLEAN))("findings on the clean corpus", () => {
  it("match the judged counts per rule (no new false alarms)", async () => {
    const r = await run(["-f", "json", CLEAN]);
    const counts: Record<string, number> = {};
    for (const file of JSON.parse(r.stdout)) for (const m of file.messages) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
    expect(counts).toEqual(JUDGED);
  });
});
