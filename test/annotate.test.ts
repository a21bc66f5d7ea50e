// gwlint --annotate end to end: the annotated copy beside the file or under --annotate-dir, the original untouched,
// text files refused with a reason, batches on worker threads with the cache; and LibreOffice opens the copy.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Engine, readDocx, readZipEntries, resolveConfig } from "@gongwen-lint/core";
import { describe, expect, it } from "vitest";
import { type NoticeOptions, noticeDocx } from "./gongwen-docx.js";
import { run, soffice, WORD_PROCESSOR_MISSING, wordProcessor, workdir } from "./helpers.js";

/** A notice with slips a proof-reader marks: a 字号 in [] with 虚位, a date with 虚位, a body in 宋体. */
const DRAFT: NoticeOptions = {
  long: true,
  header: { color: "FF0000", number: "青政发[2026]03号" },
  signature: { date: "2026年03月05日" },
  bodyFont: "宋体",
};

const commentCount = async (bytes: Buffer): Promise<number> => {
  const xml = (await readZipEntries(bytes, "x.docx")).find((e) => e.name === "word/comments.xml")?.data.toString("utf8") ?? "";
  return (xml.match(/<w:comment /g) ?? []).length;
};

describe("gwlint --annotate", () => {
  it("writes 文件.gwlint.docx with a comment per finding and the fixes as revisions; the original is untouched", async () => {
    const dir = workdir();
    const original = await noticeDocx(DRAFT);
    writeFileSync(path.join(dir, "通知.docx"), original);
    const r = await run(["--annotate", "--format", "json", "通知.docx"], { cwd: dir });
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout) as Array<{ messages: unknown[] }>;
    expect(r.stderr).toContain("已写出批注副本 通知.gwlint.docx");
    expect(readFileSync(path.join(dir, "通知.docx")).equals(original)).toBe(true);
    const copy = readFileSync(path.join(dir, "通知.gwlint.docx"));
    expect(await commentCount(copy)).toBe(result.messages.length);
    // All revisions accepted (what the reader reads): the text --fix makes.
    const read = await readDocx(original, "通知.docx");
    const fixed = (await new Engine().fixText(read.text, resolveConfig({}, undefined), "通知.docx")).output;
    expect((await readDocx(copy, "通知.gwlint.docx")).text).toBe(fixed);
    expect(fixed).toContain("青政发〔2026〕3号");
    expect(fixed).toContain("2026年3月5日");
  });

  it("refuses text files with a reason and still checks them", async () => {
    const dir = workdir();
    writeFileSync(path.join(dir, "讲话.txt"), "同志们:\n");
    const r = await run(["--annotate", "讲话.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("讲话.txt：批注副本只为 Word 文件（.docx）生成；文本文件可用 --fix --dry-run 预览修改");
    expect(r.stdout).toContain("no-ascii-punctuation");
    expect((await run(["--annotate", "--fix", "讲话.txt"], { cwd: dir })).code).toBe(2);
  });

  it("writes a batch under --annotate-dir keeping relative paths, on worker threads, and uses the cache while copies are current", async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, "档案", "2026"), { recursive: true });
    const bytes = await noticeDocx(DRAFT);
    for (const name of ["a.docx", "b.docx", "2026/c.docx"]) writeFileSync(path.join(dir, "档案", name), bytes);
    const args = ["--annotate-dir", "审阅", "-j", "2", "--cache", "--cache-location", "cache.json", "档案"];
    const first = await run(args, { cwd: dir });
    expect(first.code).toBe(1);
    for (const name of ["a", "b", "2026/c"]) expect(statSync(path.join(dir, "审阅", "档案", `${name}.gwlint.docx`)).size).toBeGreaterThan(0);
    // Copies current: answered from the cache, nothing rewritten.
    const stamp = statSync(path.join(dir, "审阅", "档案", "a.gwlint.docx")).mtimeMs;
    const second = await run([...args, "-f", "json"], { cwd: dir });
    expect(second.stderr).not.toContain("已写出批注副本");
    expect(statSync(path.join(dir, "审阅", "档案", "a.gwlint.docx")).mtimeMs).toBe(stamp);
    // A file newer than its copy is annotated again; copies gwlint wrote are not checked themselves.
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(dir, "档案", "b.docx"), later, later);
    const third = await run([...args, "审阅"], { cwd: dir });
    expect(third.stderr).toContain("审阅/档案/b.gwlint.docx");
    expect(third.stderr).not.toContain("a.gwlint.gwlint.docx");
  });
});

/** .ci/run installs them: there a missing tool is a failure, not a skip. */
const { available: office, required } = wordProcessor();

describe.skipIf(!office && !required)("the annotated copy in LibreOffice", () => {
  it("converts to PDF and to .docx without repair, keeps its comments and its page count", async () => {
    expect(office, WORD_PROCESSOR_MISSING).toBe(true);
    const dir = workdir();
    writeFileSync(path.join(dir, "通知.docx"), await noticeDocx(DRAFT));
    await run(["--annotate", "通知.docx"], { cwd: dir });
    mkdirSync(path.join(dir, "pdf"));
    mkdirSync(path.join(dir, "docx"));
    const log = [
      soffice(dir, ["--convert-to", "pdf", "--outdir", "pdf", "通知.docx", "通知.gwlint.docx"]),
      soffice(dir, ["--convert-to", "docx", "--outdir", "docx", "通知.gwlint.docx"]),
    ].join("\n");
    expect(log).not.toMatch(/repair|corrupt|error/i);
    const pages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    expect(pages(path.join(dir, "pdf", "通知.gwlint.pdf"))).toBe(pages(path.join(dir, "pdf", "通知.pdf")));
    const ours = await commentCount(readFileSync(path.join(dir, "通知.gwlint.docx")));
    expect(ours).toBeGreaterThan(0);
    expect(await commentCount(readFileSync(path.join(dir, "docx", "通知.gwlint.docx")))).toBe(ours);
  }, 180_000);
});
