import { symlinkSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { zipSync, strToU8 } from "fflate";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ROOT, run, workdir } from "./helpers.js";

type Msg = { ruleId: string; line: number; column: number; message: string };
const results = (stdout: string): Array<{ filePath: string; messages: Msg[] }> => JSON.parse(stdout);
const names = (stdout: string, dir: string): string[] => results(stdout).map((r) => path.relative(dir, r.filePath));

async function speechDocx(): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph("数据来源:县统计局...")] } },
    sections: [
      {
        children: [
          new Paragraph({
            children: [new TextRun("同志们:"), new TextRun({ text: "今天召开全县工作会议。", bold: true }), new FootnoteReferenceRun(1)],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [new TableCell({ children: [new Paragraph("XX镇")] }), new TableCell({ children: [new Paragraph("完成投资12.6亿元")] })],
              }),
            ],
          }),
          new Paragraph("要坚持以人民为中心的发展思想。"),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A minimal .docx whose document.xml is the given XML. */
function docxWith(documentXml: string | Uint8Array, level = 6): Uint8Array {
  return zipSync(
    {
      "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      "word/document.xml": typeof documentXml === "string" ? strToU8(documentXml) : documentXml,
    },
    { level: level as 6 },
  );
}

describe(".docx", () => {
  it("reports findings in body, table and footnote by paragraph, and never rewrites the file", async () => {
    const dir = workdir();
    const file = path.join(dir, "讲话.docx");
    const bytes = await speechDocx();
    writeFileSync(file, bytes);
    const r = await run(["-f", "json", "讲话.docx"], { cwd: dir });
    expect(r.code).toBe(1);
    const messages = results(r.stdout)[0].messages;
    // The page and typography of the generated file (docx's defaults: 1-inch margins, no page number) are reported too.
    expect(messages.filter((m) => m.ruleId === "docx-layout").map((m) => m.message)).toContain(
      "上边距（天头）为 25.4 毫米，应为 37±1 毫米（版心 156×225 毫米，GB/T 9704—2012 5.2.2）",
    );
    const found = messages.filter((m) => m.ruleId !== "docx-layout").map((m) => [m.ruleId, m.line, m.column]);
    expect(found).toEqual([
      ["no-ascii-punctuation", 1, 4], // 同志们: (body paragraph 1)
      ["no-placeholder", 2, 1], // XX镇 (table cell, paragraph 2)
      ["no-ascii-punctuation", 5, 5], // 数据来源: (footnote)
      ["ellipsis-and-dash", 5, 10], // ...
    ]);
    const stylish = await run(["讲话.docx"], { cwd: dir });
    expect(stylish.stdout).toContain("讲话.docx:5:5  错误  中文语境应使用全角冒号“：”〔脚注〕");
    const fix = await run(["--fix", "讲话.docx"], { cwd: dir });
    expect(fix.stderr).toContain("讲话.docx：Word 文件只检查、不修改");
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("checks the text of a file whose styles part is broken, says the layout was not checked, and goes on", async () => {
    const dir = workdir();
    const body = '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>同志们:今天开会。</w:t></w:r></w:p></w:body></w:document>';
    writeFileSync(path.join(dir, "坏样式.docx"), zipSync({ "word/document.xml": strToU8(body), "word/styles.xml": strToU8("<w:styles><w:style") }));
    writeFileSync(path.join(dir, "好.txt"), "同志们:今天开会。\n");
    const r = await run(["-f", "json", "坏样式.docx", "好.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(results(r.stdout).map((f) => f.messages.map((m) => m.ruleId))).toEqual([["no-ascii-punctuation"], ["no-ascii-punctuation"]]);
    expect(r.stderr).toContain("坏样式.docx：版面信息（样式、主题、页脚等）的 XML 无效，未检查版面");
  });

  it("refuses a zip bomb", async () => {
    const dir = workdir();
    const body = `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>${"啊".repeat(10)}</w:t></w:r></w:p>${" ".repeat(30 * 1024 * 1024)}</w:body></w:document>`;
    writeFileSync(path.join(dir, "bomb.docx"), docxWith(body, 9));
    const r = await run(["bomb.docx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bomb.docx：疑似压缩炸弹（压缩比超过 200:1），已拒绝处理");
  });

  it("refuses XML with a DOCTYPE (external entities are never resolved)", async () => {
    const dir = workdir();
    const xxe = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    writeFileSync(path.join(dir, "xxe.docx"), docxWith(xxe));
    const r = await run(["-f", "json", "xxe.docx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("xxe.docx：word/document.xml 含 DOCTYPE 声明");
    expect(r.stdout).not.toContain("root:");
  });

  it("says so for a password-protected (encrypted) or corrupt file", async () => {
    const dir = workdir();
    writeFileSync(path.join(dir, "secret.docx"), Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]));
    writeFileSync(path.join(dir, "broken.docx"), Buffer.from("PK\u0003\u0004 truncated"));
    const r = await run(["secret.docx", "broken.docx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("secret.docx：文件受密码保护（已加密）");
    expect(r.stderr).toContain("broken.docx：文件已损坏");
  });
});

describe("an archive folder", () => {
  async function archive(): Promise<string> {
    const dir = workdir("notice.txt", "minutes.md");
    writeFileSync(path.join(dir, "gbk.txt"), iconv.encode("同志们:GBK编码的通知。\n", "gbk"));
    writeFileSync(path.join(dir, "speech.docx"), await speechDocx());
    writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]));
    writeFileSync(path.join(dir, "old.doc"), "x");
    writeFileSync(path.join(dir, "scan.pdf"), "%PDF-1.4");
    symlinkSync("loop.txt", path.join(dir, "loop.txt"));
    return dir;
  }

  it("mixing GBK text, Markdown, .docx, a binary, an unreadable file and out-of-scope formats", async () => {
    const dir = await archive();
    const r = await run(["-f", "json", "."], { cwd: dir });
    expect(r.code).toBe(2);
    expect(names(r.stdout, dir)).toEqual(["gbk.txt", "minutes.md", "notice.txt", "speech.docx"]);
    expect(r.stderr).toContain("binary.txt：不是文本文件");
    expect(r.stderr).toContain("loop.txt：无法读取");
    expect(r.stderr).toContain("old.doc：不支持 .doc 格式，已跳过");
    expect(r.stderr).toContain("scan.pdf：不支持 .pdf 格式，已跳过");
    expect(r.stderr).toMatch(/gwlint：共 4 个文件、[\d,]+ 字；错误 \d+，警告 \d+；跳过 2 个（不支持的格式）；失败 2 个；用时 [\d.]+ 秒/);
    const gbk = results(r.stdout)[0].messages[0];
    expect(gbk).toMatchObject({ ruleId: "no-ascii-punctuation", line: 1, column: 4 });
  });

  it("gives the same output in the same order with 1 or 2 worker threads", async () => {
    const dir = await archive();
    const one = await run(["-f", "json", "--jobs", "1", "."], { cwd: dir });
    const two = await run(["-f", "json", "--jobs", "2", "."], { cwd: dir });
    expect(two.stdout).toBe(one.stdout);
    expect((await run(["--jobs", "0", "."], { cwd: dir })).code).toBe(2);
  });

  it("--files-from reads a list (or standard input)", async () => {
    const dir = await archive();
    writeFileSync(path.join(dir, "list.txt"), "# 待查清单\nnotice.txt\n\nspeech.docx\n");
    expect(names((await run(["-f", "json", "--files-from", "list.txt"], { cwd: dir })).stdout, dir)).toEqual(["notice.txt", "speech.docx"]);
    expect(names((await run(["-f", "json", "--files-from", "-"], { cwd: dir, input: "gbk.txt\nminutes.md\n" })).stdout, dir)).toEqual([
      "gbk.txt",
      "minutes.md",
    ]);
  });
});

describe("--cache", () => {
  it("skips unchanged files and re-lints what changed: content, configuration", async () => {
    const dir = workdir("notice.txt", "minutes.md", "clean.txt");
    const lint = () => run(["-f", "json", "--cache", "."], { cwd: dir });
    const cold = await lint();
    expect(cold.stderr).not.toContain("缓存命中");
    const warm = await lint();
    expect(warm.stderr).toContain("缓存命中 3 个");
    expect(warm.stdout).toBe(cold.stdout);
    // Touched but unchanged: still a hit (content hash).
    utimesSync(path.join(dir, "clean.txt"), new Date(), new Date(Date.now() + 5000));
    expect((await lint()).stderr).toContain("缓存命中 3 个");
    // Changed content: that file is linted again, with its new findings.
    writeFileSync(path.join(dir, "clean.txt"), "同志们:\n");
    const changed = await lint();
    expect(changed.stderr).toContain("缓存命中 2 个");
    expect(results(changed.stdout).find((x) => x.filePath.endsWith("clean.txt"))!.messages).toHaveLength(1);
    // A new configuration invalidates every entry under it.
    writeFileSync(path.join(dir, ".gwlintrc.json"), JSON.stringify({ rules: { "no-ascii-punctuation": false } }));
    const reconfigured = await lint();
    expect(reconfigured.stderr).not.toContain("缓存命中");
    expect(results(reconfigured.stdout).find((x) => x.filePath.endsWith("clean.txt"))!.messages).toHaveLength(0);
    expect(readFileSync(path.join(dir, ".gwlintcache"), "utf8")).toContain("clean.txt");
  });
});

describe("--shard and merge", () => {
  function corpus(): string {
    const dir = workdir();
    mkdirSync(path.join(dir, "a"));
    for (let i = 0; i < 23; i++) writeFileSync(path.join(dir, i % 2 ? "a" : ".", `doc-${i}.txt`), `第${i}号文件:请XX同志负责。\n`);
    return dir;
  }

  it("shards partition the file set exactly, and merge restores the full result (json and sarif)", async () => {
    const dir = corpus();
    const full = (await run(["-f", "json", "."], { cwd: dir })).stdout;
    const parts: string[][] = [];
    for (const i of [1, 2, 3]) {
      await run(["-f", "json", "--shard", `${i}/3`, "-o", `part${i}.json`, "."], { cwd: dir });
      parts.push(names(readFileSync(path.join(dir, `part${i}.json`), "utf8"), dir));
    }
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length); // disjoint
    expect(all.sort()).toEqual(names(full, dir).sort()); // complete
    expect(parts.every((p) => p.length > 0)).toBe(true);
    const merged = await run(["merge", "part1.json", "part2.json", "part3.json"], { cwd: dir });
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(full));

    const fullSarif = JSON.parse((await run(["-f", "sarif", "."], { cwd: dir })).stdout);
    for (const i of [1, 2, 3]) await run(["-f", "sarif", "--shard", `${i}/3`, "-o", `part${i}.sarif`, "."], { cwd: dir });
    const mergedSarif = JSON.parse(
      (await run(["merge", "-o", "all.sarif", "part1.sarif", "part2.sarif", "part3.sarif"], { cwd: dir })).stdout ||
        readFileSync(path.join(dir, "all.sarif"), "utf8"),
    );
    expect(mergedSarif.runs).toHaveLength(1);
    const key = (r: {
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { charOffset: number } } }>;
      ruleId: string;
    }) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.charOffset}:${r.ruleId}`;
    expect(mergedSarif.runs[0].results.map(key).sort()).toEqual(fullSarif.runs[0].results.map(key).sort());
  });

  it("rejects bad shard specs and mixed merge inputs", async () => {
    const dir = corpus();
    expect((await run(["--shard", "4/3", "."], { cwd: dir })).code).toBe(2);
    await run(["-f", "json", "-o", "a.json", "."], { cwd: dir });
    await run(["-f", "sarif", "-o", "b.sarif", "."], { cwd: dir });
    const mixed = await run(["merge", "a.json", "b.sarif"], { cwd: dir });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain("不能把 json 和 sarif 结果合并在一起");
  });
});

describe("progress and summary", () => {
  it("no progress bar when stderr is not a terminal; a summary line at the end", async () => {
    const dir = workdir("notice.txt", "minutes.md");
    const r = await run(["."], { cwd: dir });
    expect(r.stderr).not.toContain("检查中");
    expect(r.stdout).toMatch(/共 2 个文件、[\d,]+ 字；错误 \d+，警告 \d+；用时 [\d.]+ 秒\n$/);
  });
});

describe("a worker thread that runs out of memory", () => {
  it("fails that file with a clear error, and the other files of its batch are checked", async () => {
    const dir = workdir();
    // A text that needs far more than a 16 MB heap to parse and check.
    writeFileSync(path.join(dir, "huge.txt"), "同志们:今天召开全县经济工作会议，主要任务是贯彻落实上级会议精神。\n".repeat(60_000));
    writeFileSync(path.join(dir, "small.txt"), "同志们:今天开会。\n");
    const pool = (await import(path.join(ROOT, "packages/cli/dist/pool.js"))) as typeof import("../packages/cli/src/pool.js");
    const runner = await pool.workerRunner(1, 60, { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 16 });
    try {
      const task = { fix: false, dryRun: false, only: [], disable: [], cwd: dir };
      const [huge, small] = await runner.run([
        { ...task, filePath: path.join(dir, "huge.txt") },
        { ...task, filePath: path.join(dir, "small.txt") },
      ]);
      expect(huge.error).toEqual({ code: "out-of-memory", message: expect.stringContaining("内存超出线程上限") });
      expect(small.error).toBeUndefined();
      expect(small.messages.map((m) => m.ruleId)).toContain("no-ascii-punctuation");
    } finally {
      await runner.close();
    }
  }, 120_000);
});
