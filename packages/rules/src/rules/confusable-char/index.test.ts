import { moduleInterop } from "@textlint/module-interop";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { TextlintKernel } from "@textlint/kernel";
import { describe, expect, it } from "vitest";
import { runRule } from "../../testing/tester.js";
import definition, { findConfusables, getDetector, packedModel, skipMask } from "./index.js";
import { confidence, Detector } from "./detector.js";
import { tokenize } from "../../util/segmenter.js";
import { deserialize, lookup, keyA, keyB, pack, PAIR, serialize, type ModelJson } from "./packed.js";

runRule("confusable-char", definition.rule, {
  valid: [
    // Correct text, including words that merely look like slips.
    "持续优化营商环境，认真传达会议精神。",
    "要加快建设现代化产业体系。",
    "坚持以人民为中心的发展思想。",
    "深入贯彻落实党的二十大精神，建立健全长效机制。",
    "加强社会主义法制国家建设。",
    // Names before a title, numerals, cited titles, Latin text.
    "王张江同志出席会议。",
    "在柴湖镇、岔河村召开现场会。",
    "节省出七十亿到一百亿元。",
    "学习《关于加快建没的若干意见》。",
    "Version 2.0 released.",
    // Words another rule reports (typo list): not reported twice.
    "要发扬拼博精神，持续优化营商环竟，加快建没。",
    // Allow-listed, and below a raised threshold.
    { text: "深化国资国企该革", options: { allow: ["该革"] } },
    { text: "优化营商坏境", options: { threshold: 0.9 } },
    // Current official and legal text (the issue "Trust on real, current documents").
    "应当经其业务主管单位审查同意。被告人因未达到刑事责任年龄，不负刑事责任。",
    "质权人、抵押权人依法受偿；合同显失公平的，可以撤销；坚持因城施策、带量采购，抗疫取得胜利。",
    "赞比亚总统希奇莱马，塞尔维亚总统武契奇，出席的有李作成、苗华、张升民。",
    // A word used throughout a document is its term, not a slip.
    "销售商品代仔畜、雏禽的单位。\n\n商品代仔畜、雏禽应当检疫。\n\n禁止销售不合格的雏禽。",
  ],
  invalid: [
    {
      text: "优化营商坏境",
      errors: [{ message: "“坏境”疑为“环境”之误（置信度 0.79）", range: [4, 6] }],
    },
    {
      text: "深化国资国企该革",
      errors: [{ message: "“该革”疑为“改革”之误（置信度 0.81）", range: [6, 8] }],
    },
    {
      text: "做好安全生产工做\n严格落实主体责认",
      errors: [
        { message: "“工做”疑为“工作”之误（置信度 0.81）", line: 1, column: 7 },
        { message: "“责认”疑为“责任”之误（置信度 0.86）", line: 2, column: 7 },
      ],
    },
    {
      text: "坚决打赢脱贫功坚战",
      errors: [{ message: "“功坚战”疑为“攻坚战”之误（置信度 0.94）", range: [6, 9] }],
    },
    // Similar shapes found through the characters' parts (not in pycorrector's sets): 淮/准, 休/体.
    {
      text: "经国务院批淮实施",
      errors: [{ message: "“批淮”疑为“批准”之误（置信度 0.77）", range: [4, 6] }],
    },
    {
      text: "要休现以人民为中心",
      errors: [{ message: "“休现”疑为“体现”之误（置信度 0.67）", range: [1, 3] }],
    },
    // Markdown: offsets in the source.
    {
      text: "# 通知\n\n深化国资国企**该革**",
      ext: ".md",
      errors: [{ message: "“该革”疑为“改革”之误（置信度 0.81）" }],
    },
  ],
});

describe("confusable-char", () => {
  it("offers the replacement as a suggestion, never as a --fix", async () => {
    const [c] = findConfusables("优化营商坏境");
    expect(c).toMatchObject({ index: 4, original: "坏", replacement: "环", start: 4, end: 6 });
    expect(definition.meta.fixable).toBe(false);
    const require = createRequire(import.meta.url);
    const text = require("@textlint/textlint-plugin-text");
    const result = await new TextlintKernel().lintText("第一段。\n优化营商坏境", {
      ext: ".txt",
      plugins: [{ pluginId: "text", plugin: moduleInterop(text) }],
      rules: [{ ruleId: "confusable-char", rule: definition.rule }],
    });
    const [m] = result.messages as Array<{ fix?: unknown; suggestions?: Array<{ message: string; fix: { range: number[]; text: string } }> }>;
    expect(m.fix).toBeUndefined();
    expect(m.suggestions).toEqual([{ id: "confusable-char", message: "改为“环境”", fix: { range: [9, 10], text: "环" } }]);
  });

  it("finds the one slip planted in the sample speech and nothing else there", () => {
    const sample = readFileSync(new URL("../../../../../samples/讲话稿.txt", import.meta.url), "utf8");
    const found = sample.split("\n").flatMap((line) => findConfusables(line).map((c) => line.slice(c.start, c.end)));
    expect(found).toEqual(["责认"]);
  });

  it("masks names before titles and places before administrative units", () => {
    const mask = (text: string) => [...skipMask(text, tokenize(text))].join("");
    expect(mask("到柴湖镇调研")).toBe("011000");
    expect(mask("在岔河村召开现场会")).toBe("011000000");
    // Not before a unit's character that belongs to a common word.
    expect(mask("要促进市场发育")).toBe("0000000");
    expect(mask("全面推进城镇职工养老保险")).toBe("000000000000");
    expect(mask("加强农村工作")).toBe("000000");
  });

  it("finds slips just before a unit's character of a common word (市场, 城镇)", () => {
    expect(findConfusables("要促仅市场发育").map((c) => c.original + c.replacement)).toEqual(["仅进"]);
  });

  it("masks names before titles, numerals and 《》 titles", () => {
    const text = "张江同志说，三十亿《建没》";
    const skip = skipMask(text, tokenize(text));
    expect([...skip.slice(0, 2)]).toEqual([1, 1]);
    expect([...skip.slice(6, 9)]).toEqual([1, 1, 1]);
    expect([...skip.slice(9, 13)]).toEqual([1, 1, 1, 1]);
    expect(skip[5]).toBe(0);
  });

  it("confidence rises with the score and stays within (0, 1)", () => {
    expect(confidence(0)).toBeGreaterThan(0);
    expect(confidence(30)).toBeLessThanOrEqual(1);
    expect(confidence(12)).toBeGreaterThan(confidence(10));
  });

  it("packs the model into typed arrays that survive serialisation unchanged", () => {
    const json = JSON.parse(readFileSync(new URL("./model.json", import.meta.url), "utf8")) as ModelJson;
    const packed = pack(json);
    const bytes = serialize(packed);
    // Read back from an unaligned copy too, as a Buffer from readFileSync may be.
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    for (const back of [deserialize(bytes), deserialize(unaligned)]) {
      expect(back.total).toBe(packed.total);
      // Byte comparison: toEqual walks millions of elements one by one.
      const bytesOf = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      for (const name of ["keysA", "keysB", "values", "kindIndex", "kindPool", "fills"] as const) {
        expect(back[name].constructor, name).toBe(packed[name].constructor);
        expect(Buffer.compare(bytesOf(back[name]), bytesOf(packed[name])), name).toBe(0);
      }
    }
    const code = (c: string) => c.charCodeAt(0) - 0x4e00;
    const [g, h] = [code("改"), code("革")];
    expect(lookup(packed, keyA(2, g, h), keyB(h, 0, 0))).toBe(json.words.改革);
    expect(lookup(packed, keyA(PAIR, g, h), keyB(h, 0, 0))).toBe(json.bigrams.改革);
    expect(lookup(packed, keyA(2, h, g), keyB(g, 0, 0))).toBe(-1);
    expect(() => deserialize(new Uint8Array(16))).toThrow(/not a model file/);
  });

  it("links characters of similar shape found through their parts, and only those", () => {
    const { confusion } = JSON.parse(readFileSync(new URL("./model.json", import.meta.url), "utf8")) as ModelJson;
    const shapes = (c: string) => confusion[c].split("|")[2];
    // One part in common and the other one stroke apart (木/本, 冫/氵, 口/日), or one stroke more (大/太).
    for (const [a, b] of ["休体", "淮准", "问间", "太大", "为力"]) expect(shapes(a), `${a}/${b}`).toContain(b);
    // Sharing a part is not enough (亻: 体/他; 木: 林/杉).
    for (const [a, b] of ["体他", "林杉"]) expect(shapes(a), `${a}/${b}`).not.toContain(b);
  });

  it("scores a paragraph as a fresh detector does, whatever it detected before (its per-paragraph memo starts afresh)", () => {
    const sample = readFileSync(new URL("../../../../../samples/讲话稿.txt", import.meta.url), "utf8");
    const lines = ["要持续优化营商坏境，推动国企该革走深走实。", "各单位要认真落实责认，切实把工作抓紧抓好。", ...sample.split("\n")];
    const scored = (line: string, det = getDetector()) => JSON.stringify(findConfusables(line, { threshold: 0 }, det));
    const fresh = lines.map((line) => scored(line, new Detector(packedModel())));
    expect(fresh.filter((s) => s !== "[]").length).toBeGreaterThan(2);
    // Each line right after its own characters in reverse (a paragraph of the same length, other words).
    const shared = lines.map((line) => {
      scored([...line].reverse().join(""));
      return scored(line);
    });
    expect(shared).toEqual(fresh);
  });

  it("loads its model once", () => {
    expect(getDetector()).toBe(getDetector());
  });
});
