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

  it("tells whether any word occurs", () => {
    expect(m.has("建立台帐")).toBe(true);
    expect(m.has("记帐")).toBe(true);
    expect(m.has("台")).toBe(false);
    expect(m.has("")).toBe(false);
  });

  it("agrees with a plain search over many words that share first characters", () => {
    // Words sharing a first character and a pair filter's slots: every one must still be found where it occurs.
    const words: string[] = [];
    for (let a = 0; a < 40; a++) for (let b = 0; b < 40; b++) words.push(String.fromCharCode(0x4e00 + a, 0x4e00 + b * 7, 0x4e80 + a));
    const many = new WordMatcher(words);
    for (const w of words) {
      const text = `公文${w}公文`;
      expect(many.find(text)).toEqual([{ index: 2, word: w }]);
      expect(many.has(text)).toBe(true);
      expect(many.has(w.slice(0, 2))).toBe(false);
    }
  });
});
