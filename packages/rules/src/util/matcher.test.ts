import { describe, expect, it } from "vitest";
import { WordMatcher } from "./matcher.js";

describe("WordMatcher", () => {
  const m = new WordMatcher(["台帐", "台帐管理", "帐", "管理", "理", "", "台帐"]);

  it("finds leftmost-longest, non-overlapping matches, one-character words included", () => {
    expect(m.find("建立台帐管理制度，记帐。")).toEqual([
      { index: 2, word: "台帐管理" },
      { index: 10, word: "帐" },
    ]);
    expect(m.find("台")).toEqual([]);
    expect(m.find("")).toEqual([]);
  });

  it("finds every word at every position, longest first", () => {
    expect(m.findAll("台帐管理")).toEqual([
      { index: 0, words: ["台帐管理", "台帐"] },
      { index: 1, words: ["帐"] },
      { index: 2, words: ["管理"] },
      { index: 3, words: ["理"] },
    ]);
  });
});
