import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, run, workdir } from "./helpers.js";

// A realistic draft: an outline before the body, a title pasted twice (once split), XX placeholders,
// lines copied from a 范文 site, numbering slips, numbers and formulations. Every finding is listed.
const EXPECTED: Array<[string, number, number]> = [
  ["no-placeholder", 1, 2], // 在XX镇
  ["no-duplicate-paragraph", 2, 1], // the title again, split over lines 2–3
  ["no-placeholder", 2, 2],
  ["no-placeholder", 5, 1], // XXX (speaker)
  ["no-placeholder", 12, 26], // ××同志
  ["number-usage", 12, 51], // 讲3点意见
  ["number-usage", 14, 33], // 党的20大
  ["standard-formulation", 14, 45], // 政治意识、核心意识、大局意识、看齐意识
  ["heading-numbering", 15, 4], // （一）、
  ["heading-numbering", 16, 35], // 一是……四要
  ["no-web-residue", 20, 1], // 预览结束……
  ["no-ascii-punctuation", 20, 5],
  ["no-ascii-punctuation", 20, 21],
  ["no-web-residue", 21, 1], // 浏览量:42
  ["no-ascii-punctuation", 21, 4],
  ["number-usage", 22, 4], // 1-11月
  ["number-usage", 22, 30], // 8～10%
  ["heading-numbering", 23, 1], // 四、 after 二、 (the outline's 三、 does not count)
  ["no-placeholder", 25, 6], // 附件：1.XX镇
];

describe("a draft speech with document-level slips", () => {
  it("gets exactly the expected findings", async () => {
    const r = await run(["-f", "json", "test/fixtures/draft-speech.txt"]);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string; line: number; column: number }) => [m.ruleId, m.line, m.column]);
    expect(found).toEqual(EXPECTED);
  });

  it("--fix applies the safe fixes and never deletes the residue lines", async () => {
    const dir = workdir("draft-speech.txt");
    const file = path.join(dir, "draft-speech.txt");
    await run(["--fix", "draft-speech.txt"], { cwd: dir });
    const fixed = readFileSync(file, "utf8");
    expect(fixed).toContain("我讲三点意见");
    expect(fixed).toContain("党的二十大精神");
    expect(fixed).toContain("政治意识、大局意识、核心意识、看齐意识");
    expect(fixed).toContain("（一）抓实理论武装");
    expect(fixed).toContain("1—11月");
    expect(fixed).toContain("8%～10%");
    expect(fixed).toContain("预览结束，免费获取全文或定制代笔此类文章！");
    expect(fixed).toContain("浏览量：42");
    expect(fixed).toContain("XX镇"); // placeholders need a person
    const again = await run(["--fix", "draft-speech.txt"], { cwd: dir });
    expect(again.stderr).not.toContain("已自动修复");
  });

  it("json messages carry the delete-line suggestion for residue", async () => {
    const r = await run(["-f", "json", "test/fixtures/draft-speech.txt"]);
    const residue = JSON.parse(r.stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === "no-web-residue");
    expect(residue.fix).toBeUndefined();
    expect(residue.suggestions[0]).toMatchObject({ id: "delete-line", message: "删除此行", fix: { text: "" } });
    const source = readFileSync(path.join(FIXTURES, "draft-speech.txt"), "utf8");
    expect(source.slice(...residue.suggestions[0].fix.range)).toBe("预览结束,免费获取全文或定制代笔此类文章!\n");
  });
});
