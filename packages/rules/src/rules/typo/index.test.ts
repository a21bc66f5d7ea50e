import { moduleInterop } from "@textlint/module-interop";
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
  class: "certain" | "context" | "style";
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
    // Not whole words, or names (current official text).
    "目前，福建已打造出一批平台。8具被扣押人员遗体。因该案件受到指控。可以经上一级人民检察院批准。动物园因交换动物需要进口。",
    "工作以经完成", // context entries are off by default
  ],
  invalid: [
    { text: "要发扬拼博精神", output: "要发扬拼搏精神", errors: [{ message: "错别字：“拼博”应为“拼搏”（常见别字（本项目整理））", index: 3 }] },
    { text: "认真部暑工作", output: "认真部署工作", errors: [{ message: "错别字：“部暑”应为“部署”（常见别字（本项目整理））" }] },
    // An entry that can be two words side by side: only with `context`, and only as a suggestion.
    {
      text: "工作以经完成",
      options: { context: true },
      output: "工作以经完成",
      errors: [{ message: "“以经”可能是“已经”之误，请结合上下文确认（公开校对词表（GitHub））" }],
    },
    { text: "其它事项", options: { style: true }, output: "其他事项", errors: [{ message: "公文用字：“其它”宜作“其他”（公文用字辨析）" }] },
    {
      text: "这是错词",
      options: { entries: [{ wrong: "错词", right: "正词" }] },
      output: "这是正词",
      errors: [{ message: "错别字：“错词”应为“正词”（本单位词表）" }],
    },
  ],
});

// Specs the rule leaves alone since the fix policy: in their clause the slip is not a whole word of the
// segmentation (负债/物, 审判/绝, 分设/团, 人梯/内) or stands where a name would (委员汇主任 after a
// title). Each entry is still found between punctuation and in other clauses.
const AMBIGUOUS_SPECS = new Set([
  "债物",
  "委员汇",
  "锅架",
  "回毕",
  "判绝",
  "设团",
  "梯内",
  "保手",
  "穴管",
  "校瘦",
  "真断",
  "损海",
  "请淡",
  "结杰",
  "缴光",
  "容气",
]);

describe("typos.json", () => {
  const kernel = new TextlintKernel();
  const plugins = [{ pluginId: "text", plugin: moduleInterop(require("@textlint/textlint-plugin-text")) as never }];
  const lint = (text: string, style = false) =>
    kernel.fixText(text, {
      ext: ".txt",
      plugins,
      rules: [{ ruleId: "typo", rule: definition.rule, options: { style } }],
    });

  it("context entries are exactly those whose words meet by chance (scripts/classify-typos.mjs)", async () => {
    // @ts-expect-error: plain .mjs scripts without types
    const { chanceMeetings, CONTEXT_PER_MILLION } = await import("../../../scripts/classify-typos.mjs");
    // @ts-expect-error: plain .mjs scripts without types
    const { jieba: plainJieba, jiebaDictionary } = await import("../../../scripts/common.mjs");
    const jieba = plainJieba();
    const { freq, total } = jiebaDictionary();
    for (const e of data.entries) {
      if (e.class === "style") continue;
      const context = chanceMeetings(jieba, freq, total, e.wrong) >= CONTEXT_PER_MILLION;
      expect(e.class, e.wrong).toBe(context ? "context" : "certain");
    }
  });

  it("every context entry is suggested (never fixed) between punctuation when asked for", async () => {
    for (const e of data.entries.filter((x) => x.class === "context")) {
      const r = await kernel.lintText(`，${e.wrong}，`, {
        ext: ".txt",
        plugins,
        rules: [{ ruleId: "typo", rule: definition.rule, options: { context: true } }],
      });
      expect(r.messages.length, e.wrong).toBe(1);
      expect(r.messages[0].fix, e.wrong).toBeUndefined();
      expect(r.messages[0].suggestions?.[0]?.fix.text, e.wrong).toBe(e.right);
    }
  });

  it("every entry is found and fixed between punctuation, has a spec, and every spec holds both ways", async () => {
    for (const e of data.entries.filter((x) => x.class !== "context")) {
      const { output } = await lint(`，${e.wrong}，`, e.class === "style");
      expect(output, `${e.wrong} → ${e.right}`).toBe(`，${e.right}，`);
      if (e.class === "certain") expect(e.specs?.length, `${e.wrong} has no spec`).toBeGreaterThan(0);
      for (const spec of e.specs ?? []) {
        if (AMBIGUOUS_SPECS.has(e.wrong)) {
          expect((await lint(spec.from)).output, `${spec.from} is found again: drop ${e.wrong} from AMBIGUOUS_SPECS`).toBe(spec.from);
          continue;
        }
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
