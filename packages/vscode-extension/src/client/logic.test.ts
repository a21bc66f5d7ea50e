import { describe, expect, it } from "vitest";
import { countDiagnostics, documentSelector, groupProblems, statusText } from "./logic.js";

describe("documentSelector", () => {
  it("covers the configured languages in files and untitled editors, and *.txt/*.md files", () => {
    expect(documentSelector(["plaintext"])).toEqual([
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "plaintext" },
      { scheme: "file", pattern: "**/*.{txt,md}" },
    ]);
    expect(
      documentSelector([])
        .map((f) => f.language)
        .filter(Boolean),
    ).toEqual(["plaintext", "plaintext", "markdown", "markdown"]);
  });
});

describe("status bar", () => {
  it("counts only gongwen-lint diagnostics by severity", () => {
    const counts = countDiagnostics([
      { severity: 0, source: "gongwen-lint" },
      { severity: 1, source: "gongwen-lint" },
      { severity: 1, source: "gongwen-lint" },
      { severity: 2, source: "gongwen-lint" },
      { severity: 0, source: "cSpell" },
    ]);
    expect(counts).toEqual({ errors: 1, warnings: 2, infos: 1 });
  });

  it("shows counts, a check mark when clean, and the disabled state", () => {
    expect(statusText({ errors: 2, warnings: 3, infos: 0 }).text).toBe("$(error) 2 $(warning) 3 公文校对");
    expect(statusText({ errors: 2, warnings: 3, infos: 0 }).tooltip).toBe("gongwen-lint：2 个错误，3 个警告（点击查看公文校对的问题）");
    expect(statusText({ errors: 0, warnings: 0, infos: 0 }, true, "checked").text).toBe("$(check) 公文校对");
    expect(statusText(undefined, true, "checked").text).toBe("$(book) 公文校对");
    expect(statusText({ errors: 1, warnings: 0, infos: 0 }, false).text).toBe("$(circle-slash) 公文校对");
  });

  it("says a document is not checked, never that it has no problems, and spins until the first result", () => {
    expect(statusText({ errors: 0, warnings: 0, infos: 0 }, true, "skipped").text).toBe("$(circle-slash) 不检查此文件");
    expect(statusText(undefined, true, "unsent").text).toBe("$(circle-slash) 不检查此文件");
    expect(statusText({ errors: 0, warnings: 0, infos: 0 }, true, "checking").text).toBe("$(sync~spin) 公文校对");
    expect(statusText(undefined, true, undefined).text).toBe("$(sync~spin) 公文校对");
  });
});

describe("公文校对 view", () => {
  it("lists gongwen-lint problems only, by file, in document order", () => {
    const d = (line: number, message: string, source = "gongwen-lint", code: unknown = "typo") => ({
      message,
      severity: 0,
      source,
      code,
      range: { start: { line, character: 2 } },
    });
    const files = groupProblems([
      ["file:///b.txt", [d(3, "后"), d(1, "前", "gongwen-lint", { value: "no-ascii-punctuation" })]],
      ["file:///a.txt", [d(0, "别的检查", "cSpell")]],
      ["file:///0.txt", [d(5, "只有这条")]],
    ]);
    expect(files.map((f) => f.uri)).toEqual(["file:///0.txt", "file:///b.txt"]);
    expect(files[1].problems.map((p) => [p.message, p.rule, p.line])).toEqual([
      ["前", "no-ascii-punctuation", 1],
      ["后", "typo", 3],
    ]);
  });
});
