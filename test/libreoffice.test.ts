// A real word processor agrees with the layout reader: LibreOffice (headless) renders the notice to PDF, and
// poppler's pdfinfo and pdftotext measure the page. .ci/run installs both from Debian; elsewhere, without them this skips.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { checkLayout, layoutOf, readDocx } from "@gongwen-lint/core";
import { beforeAll, describe, expect, it } from "vitest";
import { type NoticeOptions, noticeDocx } from "./gongwen-docx.js";
import { soffice, WORD_PROCESSOR_MISSING, wordProcessor } from "./helpers.js";

/** .ci/run installs them: there a missing tool is a failure, not a skip. */
const { available, required } = wordProcessor();
const PT_PER_MM = 72 / 25.4;

const CONFORMING: NoticeOptions = { long: true, header: { color: "FF0000", number: "青政发〔2026〕3号" } };
/**
 * Exact line spacing of 20 pt: the reader counts 31 lines, not 22. Without a document grid: Word sets exact spacing
 * over the grid, LibreOffice snaps each line to the grid's pitch, so only without one do the two agree.
 */
const EXACT: NoticeOptions = { ...CONFORMING, long: 2, exactLine: 400, noGrid: true };

interface Line {
  xMin: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** The text lines of one page of a PDF, with their boxes (pdftotext -bbox-layout), without the page number. */
function pageLines(pdf: string, page: number): Line[] {
  const xhtml = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-bbox-layout", pdf, "-"], { encoding: "utf8" });
  const lines: Line[] = [];
  for (const m of xhtml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/gu)) {
    const text = [...m[4].matchAll(/<word[^>]*>([^<]*)<\/word>/gu)].map((w) => w[1]).join("");
    if (/^—\d+—$/u.test(text)) continue;
    lines.push({ xMin: Number(m[1]), yMin: Number(m[2]), yMax: Number(m[3]), text });
  }
  return lines;
}

describe.skipIf(!available && !required)("the notice rendered by LibreOffice", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gwlint-lo-"));
  const files = { conforming: CONFORMING, exact: EXACT };
  const reader: Record<string, string[]> = {};

  beforeAll(async () => {
    if (!available) throw new Error(WORD_PROCESSOR_MISSING);
    for (const [name, options] of Object.entries(files)) {
      const bytes = await noticeDocx(options);
      writeFileSync(path.join(dir, `${name}.docx`), bytes);
      reader[name] = checkLayout(layoutOf((await readDocx(bytes, `${name}.docx`)).layout)).map((f) => f.message);
    }
    soffice(dir, ["--convert-to", "pdf", "--outdir", dir, ...Object.keys(files).map((n) => path.join(dir, `${n}.docx`))]);
  }, 180_000);

  it("prints the conforming notice on A4", () => {
    const info = execFileSync("pdfinfo", [path.join(dir, "conforming.pdf")], { encoding: "utf8" });
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/u.exec(info) ?? [];
    expect(Math.abs(Number(w) / PT_PER_MM - 210)).toBeLessThan(1);
    expect(Math.abs(Number(h) / PT_PER_MM - 297)).toBeLessThan(1);
    expect(Number(/Pages:\s+(\d+)/u.exec(info)?.[1])).toBeGreaterThanOrEqual(3);
  });

  it("has 22 text lines on a page of body text, inside the 版心 (top 37 mm, left 28 mm, bottom 35 mm)", () => {
    expect(reader.conforming).toEqual([]);
    const lines = pageLines(path.join(dir, "conforming.pdf"), 2);
    expect(lines).toHaveLength(22);
    const left = Math.min(...lines.map((l) => l.xMin)) / PT_PER_MM;
    expect(Math.abs(left - 28)).toBeLessThan(1);
    expect(lines[0].yMin / PT_PER_MM).toBeGreaterThanOrEqual(37 - 1);
    expect(lines.at(-1)!.yMax / PT_PER_MM).toBeLessThanOrEqual(297 - 35 + 1);
  });

  it("has as many lines as the reader counts when the spacing is wrong", () => {
    const said = reader.exact.find((m) => m.includes("每页约"));
    const counted = Number(/每页约 (\d+) 行/u.exec(said ?? "")?.[1]);
    expect(counted).toBe(31);
    expect(pageLines(path.join(dir, "exact.pdf"), 2)).toHaveLength(counted);
  });
});
