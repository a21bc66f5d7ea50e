// GB/T 9704 on Word files, end to end: a notice laid out as the standard asks gives no finding from any rule;
// each single deviation gives exactly one, on its paragraph; the `template` option measures a house template.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type NoticeOptions, noticeDocx } from "./gongwen-docx.js";
import { run, workdir } from "./helpers.js";

/** A complete notice: 版头 with red 发文机关标志 and 字号, body over several pages, 署名, 成文日期, 版记. */
const CONFORMING: NoticeOptions = {
  long: true,
  header: { color: "FF0000", number: "青政发〔2026〕3号" },
  signature: { date: "2026年3月5日" },
  record: { font: "仿宋_GB2312", size: 28 },
};

interface Found {
  ruleId: string;
  line: number;
  message: string;
}

async function lint(dir: string, files: string[], args: string[] = []): Promise<Map<string, Found[]>> {
  const r = await run(["--format", "json", ...args, ...files], { cwd: dir });
  expect(r.stderr).not.toContain("无法读取");
  const results = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Found[] }>;
  return new Map(results.map((x) => [path.basename(x.filePath), x.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message }))]));
}

describe("a 公文 as a Word file", () => {
  let dir: string;
  const deviations: Array<{ file: string; options: NoticeOptions; ruleId: string; line: number; says: string }> = [
    {
      file: "margin.docx",
      options: { marginsMm: { top: 37, left: 31.8, right: 26, bottom: 35 } },
      ruleId: "docx-layout",
      line: 1,
      says: "左边距（订口）为 31.8 毫米",
    },
    { file: "songti.docx", options: { bodyFont: "宋体" }, ruleId: "docx-layout", line: 4, says: "正文用宋体" },
    { file: "xiaosi.docx", options: { bodySize: 24 }, ruleId: "docx-layout", line: 4, says: "小4号（12磅）" },
    { file: "dashes.docx", options: { dashes: false }, ruleId: "docx-layout", line: 1, says: "一字线" },
    { file: "heading.docx", options: { level1Font: "宋体" }, ruleId: "docx-layout", line: 6, says: "一级标题（“一、”）用宋体" },
    { file: "date.docx", options: { signature: { date: "2026年03月05日" } }, ruleId: "number-usage", line: 21, says: "2026年3月5日" },
    {
      file: "bracket.docx",
      options: { header: { color: "FF0000", number: "青政发[2026]3号" } },
      ruleId: "document-number",
      line: 2,
      says: "青政发〔2026〕3号",
    },
  ];

  beforeAll(async () => {
    dir = workdir();
    writeFileSync(path.join(dir, "conforming.docx"), await noticeDocx(CONFORMING));
    for (const d of deviations) writeFileSync(path.join(dir, d.file), await noticeDocx({ ...CONFORMING, ...d.options }));
  });

  it("gives no finding from any rule when laid out and written as GB/T 9704 asks", async () => {
    expect((await lint(dir, ["conforming.docx"])).get("conforming.docx")).toEqual([]);
  });

  it("gives exactly one finding, on its paragraph, for each single deviation", async () => {
    const found = await lint(
      dir,
      deviations.map((d) => d.file),
    );
    for (const d of deviations) {
      const messages = found.get(d.file);
      expect(messages, d.file).toHaveLength(1);
      expect(messages?.[0], d.file).toMatchObject({ ruleId: d.ruleId, line: d.line });
      expect(messages?.[0].message, d.file).toContain(d.says);
    }
  });

  describe("the template option", () => {
    // A house style: Word's margins, 宋体 小四 body, no 版记 and page numbers centred on every page.
    const house: NoticeOptions = {
      marginsMm: { top: 25.4, left: 31.8, right: 31.8, bottom: 25.4 },
      bodyFont: "宋体",
      bodySize: 24,
      noGrid: true,
      oddEven: false,
    };

    it("checks against the template's measured layout instead of GB/T 9704", async () => {
      const own = workdir();
      writeFileSync(path.join(own, "模板.docx"), await noticeDocx(house));
      writeFileSync(path.join(own, "draft.docx"), await noticeDocx({ ...house, long: true }));
      writeFileSync(path.join(own, "gb.docx"), await noticeDocx(CONFORMING));
      writeFileSync(path.join(own, ".gwlintrc.json"), JSON.stringify({ rules: { "docx-layout": { template: "模板.docx" } } }));
      const found = await lint(own, ["draft.docx", "gb.docx"], ["--rule", "docx-layout"]);
      expect(found.get("draft.docx")).toEqual([]);
      const gb = found.get("gb.docx")?.map((m) => m.message) ?? [];
      expect(gb).toEqual([
        "上边距（天头）为 37 毫米，应为 25.4±1 毫米（同模板“模板.docx”）",
        "左边距（订口）为 28 毫米，应为 31.8±1 毫米（同模板“模板.docx”）",
        "右边距为 26 毫米，应为 31.8±1 毫米（同模板“模板.docx”）",
        "下边距为 35 毫米，应为 25.4±1 毫米（同模板“模板.docx”）",
        "正文用仿宋_GB2312、3号（16磅）（共 16 段），应为 宋体、小4号（12磅）（同模板“模板.docx”）",
      ]);
      // Without the option, the same draft is held to GB/T 9704.
      writeFileSync(path.join(own, ".gwlintrc.json"), "{}");
      const plain = await lint(own, ["draft.docx"], ["--rule", "docx-layout"]);
      expect(plain.get("draft.docx")?.some((m) => m.message.includes("GB/T 9704—2012 5.2.2"))).toBe(true);
    });

    it("re-checks cached files when the template changes", async () => {
      const own = workdir();
      writeFileSync(path.join(own, "模板.docx"), await noticeDocx(house));
      writeFileSync(path.join(own, "draft.docx"), await noticeDocx(house));
      writeFileSync(path.join(own, ".gwlintrc.json"), JSON.stringify({ rules: { "docx-layout": { template: "模板.docx" } } }));
      const args = ["--rule", "docx-layout", "--cache", "--cache-location", path.join(own, "cache.json")];
      expect((await lint(own, ["draft.docx"], args)).get("draft.docx")).toEqual([]);
      writeFileSync(path.join(own, "模板.docx"), await noticeDocx(CONFORMING));
      expect((await lint(own, ["draft.docx"], args)).get("draft.docx")?.length).toBeGreaterThan(0);
    });

    it("says which template is missing, and stops as for any configuration error", async () => {
      const own = workdir();
      writeFileSync(path.join(own, "draft.docx"), await noticeDocx(CONFORMING));
      writeFileSync(path.join(own, ".gwlintrc.json"), JSON.stringify({ rules: { "docx-layout": { template: "没有.docx" } } }));
      const r = await run(["draft.docx"], { cwd: own });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("rules.docx-layout.template：找不到版面模板文件");
      expect(r.stderr).toContain("没有.docx");
    });

    it("reports a template that is not a Word file on each file, and checks the text", async () => {
      const own = workdir();
      writeFileSync(path.join(own, "模板.docx"), "PK not a zip");
      writeFileSync(path.join(own, "draft.docx"), await noticeDocx({ ...CONFORMING, signature: { date: "2026年03月05日" } }));
      writeFileSync(path.join(own, ".gwlintrc.json"), JSON.stringify({ rules: { "docx-layout": { template: "模板.docx" } } }));
      const r = await run(["--format", "json", "draft.docx"], { cwd: own });
      expect(r.stderr).toContain("版面模板");
      expect(r.stderr).toContain("未检查版面");
      const [result] = JSON.parse(r.stdout) as Array<{ messages: Found[] }>;
      expect(result.messages.map((m) => m.ruleId)).toEqual(["number-usage"]);
    });
  });
});
