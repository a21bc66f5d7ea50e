import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
import { readFileSync } from "node:fs";
import { TextlintKernel } from "@textlint/kernel";
import { describe, expect, it } from "vitest";
import { runRule } from "../../testing/tester.js";
import definition from "./index.js";
import standardFormulation from "../standard-formulation/index.js";
import { dictionaryPath } from "../../util/segmenter.js";

interface Entry {
  wrong: string;
  right: string;
  class: "certain" | "style";
  source: string;
  specs?: Array<{ from: string; to: string }>;
}
const data = JSON.parse(readFileSync(new URL("./typos.json", import.meta.url), "utf8")) as {
  entries: Entry[];
  valid: string[];
  excluded: Array<{ wrong: string; reason: string }>;
};

runRule("typo", definition.rule, {
  valid: [
    ...data.valid,
    "要发扬拼搏精神，认真部署工作。",
    "其它事项另行通知。", // house style, off by default
    { text: "拼博公司", options: { allow: ["拼博"] } },
  ],
  invalid: [
    { text: "要发扬拼博精神", output: "要发扬拼搏精神", errors: [{ message: "错别字：“拼博”应为“拼搏”（常见别字（本项目整理））", index: 3 }] },
    { text: "工作以经完成", output: "工作已经完成", errors: [{ message: "错别字：“以经”应为“已经”（公开校对词表（GitHub））" }] },
    { text: "其它事项", options: { style: true }, output: "其他事项", errors: [{ message: "公文用字：“其它”宜作“其他”（公文用字辨析）" }] },
    { text: "这是错词", options: { entries: [{ wrong: "错词", right: "正词" }] }, output: "这是正词", errors: [{ message: "错别字：“错词”应为“正词”（本单位词表）" }] },
  ],
});

describe("typos.json", () => {
  const kernel = new TextlintKernel();
  const plugins = [{ pluginId: "text", plugin: (mod => (mod as { default?: unknown }).default ?? mod)(require("@textlint/textlint-plugin-text")) as never }];
  const lint = (text: string, style = false) =>
    kernel.fixText(text, {
      ext: ".txt",
      plugins,
      rules: [{ ruleId: "typo", rule: definition.rule, options: { style } }],
    });

  it("every entry is found and fixed between punctuation, has a spec, and every spec holds both ways", async () => {
    for (const e of data.entries) {
      const { output } = await lint(`，${e.wrong}，`, e.class === "style");
      expect(output, `${e.wrong} → ${e.right}`).toBe(`，${e.right}，`);
      if (e.class === "certain") expect(e.specs?.length, `${e.wrong} has no spec`).toBeGreaterThan(0);
      for (const spec of e.specs ?? []) {
        expect((await lint(spec.from)).output, spec.from).toBe(spec.to);
        expect((await lint(spec.to)).output, spec.to).toBe(spec.to);
      }
    }
  });

  it("has no wrong form that is a current word (jieba frequency ≤ 3 or under a tenth of the right form's)", () => {
    const dict = readFileSync(dictionaryPath(), "utf8");
    const freq = new Map<string, number>();
    for (const line of dict.split("\n")) {
      const [w, f] = line.split(" ");
      if (w) freq.set(w, Number(f));
    }
    // jieba's dictionary holds these misspellings with a frequency near or above the right form's.
    const dictionaryHoldsMisspelling = new Set(["神祗", "精萃", "趋之若骛"]);
    for (const e of data.entries) {
      if (e.class !== "certain" || dictionaryHoldsMisspelling.has(e.wrong)) continue;
      const wrong = freq.get(e.wrong) ?? 0;
      expect(wrong <= 3 || wrong * 10 <= (freq.get(e.right) ?? 0), `${e.wrong} ${wrong} → ${e.right} ${freq.get(e.right)}`).toBe(true);
    }
  });

  it("leaves political formulations to standard-formulation (one report per slip)", async () => {
    const text = data.entries.map((e) => `，${e.wrong}，`).join("\n\n");
    const { messages } = await kernel.lintText(text, {
      ext: ".txt",
      plugins,
      rules: [{ ruleId: "standard-formulation", rule: standardFormulation.rule }],
    });
    expect(messages.map((m) => data.entries[(m.line - 1) / 2].wrong)).toEqual([]);
  });

  it("has no duplicate, no self-mapping, no entry whose correction is another entry's wrong form", () => {
    const wrongs = new Set(data.entries.map((e) => e.wrong));
    expect(wrongs.size).toBe(data.entries.length);
    for (const e of data.entries) {
      expect(e.right, e.wrong).not.toBe(e.wrong);
      expect(wrongs.has(e.right), `${e.wrong} → ${e.right}`).toBe(false);
      expect(e.source.length).toBeGreaterThan(1);
    }
    for (const x of data.excluded) expect(wrongs.has(x.wrong), x.wrong).toBe(false);
  });
});
