import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("standard-formulation", definition.rule, {
  valid: [
    "深入学习贯彻习近平新时代中国特色社会主义思想，紧密团结在以习近平同志为核心的党中央周围。",
    "牢固树立政治意识、大局意识、核心意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信。",
    "建设有中国特色的社会主义。",
    "今年七月召开的党的十届三中全会。",
    "实现第一个百年奋斗目标，向第二个百年奋斗目标进军。",
    "确保党发挥总揽全局、协调各方的领导核心作用。",
    "统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局。",
    "以中国式现代化全面推进中华民族伟大复兴。",
    "发展全过程人民民主，推动新质生产力加快发展。",
  ],
  invalid: [
    {
      text: "深入学习习近平新时代中国特色社会主义头脑",
      output: "深入学习习近平新时代中国特色社会主义思想",
      errors: [
        {
          message:
            "“习近平新时代中国特色社会主义头脑”不规范，应为“习近平新时代中国特色社会主义思想”（党的十九大报告（2017）；《中国共产党章程》（2022年修改））",
          index: 4,
        },
      ],
    },
    {
      text: "紧密团结在以习近平同志为焦点的党中央周围",
      output: "紧密团结在以习近平同志为核心的党中央周围",
      errors: [{ message: "“以习近平同志为焦点的党中央”不规范，应为“以习近平同志为核心的党中央”（党的十九大、二十大报告）" }],
    },
    {
      text: "协调推进“五位一体”总体布局",
      output: "统筹推进“五位一体”总体布局",
      errors: [{ message: "“协调推进“五位一体”总体布局”不规范，应为“统筹推进“五位一体”总体布局”（党的十九大报告（2017））" }],
    },
    {
      text: "坚持中国特色社会义道路",
      output: "坚持中国特色社会主义道路",
      errors: [{ message: "“中国特色社会义”不规范，应为“中国特色社会主义”（党的十二大开幕词（1982）；《中国共产党章程》）" }],
    },
    {
      text: "增强政治意识、核心意识、大局意识、看齐意识",
      output: "增强政治意识、大局意识、核心意识、看齐意识",
      errors: [
        {
          message:
            "“四个意识”的顺序应为“政治意识、大局意识、核心意识、看齐意识”（中共中央政治局会议（2016年1月）；《中国共产党章程》（2017年修改））",
          index: 2,
        },
      ],
    },
    {
      text: "坚定道路自信、制度自信、理论自信和文化自信",
      output: "坚定道路自信、理论自信、制度自信和文化自信",
      errors: [{ message: "“四个自信”的顺序应为“道路自信、理论自信、制度自信、文化自信”（党的十九大报告（2017））" }],
    },
    {
      description: "the fix replaces only the misspelt part: the words after it are not written twice",
      text: "我们要卓厉奋发、勇毅前行。",
      output: "我们要踔厉奋发、勇毅前行。",
      errors: [{ message: "“卓厉奋发”不规范，应为“踔厉奋发”（党的二十大报告（2022））", index: 3 }],
    },
    {
      text: "学习贯彻中共二十大三中全会精神",
      output: "学习贯彻中共二十届三中全会精神",
      errors: [{ message: "“二十大三中全会”不规范，应为“二十届三中全会”（《中国共产党第二十届中央委员会第三次全体会议公报》（2024））" }],
    },
    {
      description: "a one-character slip in a long formulation is reported with a suggestion, not fixed",
      text: "实现中华民族伟大复新的中国梦",
      errors: [{ message: "“实现中华民族伟大复新的中国梦”疑为规范表述“实现中华民族伟大复兴的中国梦”之误（党的十九大报告（2017））" }],
    },
    {
      text: "坚持本单位的规范说法",
      options: { formulations: [{ canonical: "本单位的规范表述", variants: ["本单位的规范说法"], source: "本单位文件" }] },
      output: "坚持本单位的规范表述",
      errors: [{ message: "“本单位的规范说法”不规范，应为“本单位的规范表述”（本单位文件）" }],
    },
  ],
});

describe("formulations.json", () => {
  const { formulations } = JSON.parse(readFileSync(new URL("./formulations.json", import.meta.url), "utf8")) as {
    formulations: Array<{ canonical: string; variants?: string[]; members?: string[]; source: string }>;
  };

  it("has at least 50 formulations, each with a source", () => {
    expect(formulations.length).toBeGreaterThanOrEqual(50);
    for (const f of formulations) expect(f.source.length, f.canonical).toBeGreaterThan(2);
  });

  it("fixes only inside a variant: the canonical form adds nothing before or after it", () => {
    // Else text that already has those words gets them twice (卓厉奋发、勇毅前行 → …、勇毅前行、勇毅前行).
    for (const f of formulations) {
      for (const v of f.variants ?? []) {
        const c = f.canonical;
        let p = 0;
        while (p < v.length && p < c.length && v[p] === c[p]) p++;
        let s = 0;
        while (s < v.length - p && s < c.length - p && v[v.length - 1 - s] === c[c.length - 1 - s]) s++;
        const grows = c.length - s - p > v.length - s - p;
        expect(grows && (p === 0 || s === 0), `${v} → ${c}`).toBe(false);
      }
    }
  });

  it("never lists a correct form as a variant", () => {
    const canonicals = new Set(formulations.map((f) => f.canonical));
    for (const f of formulations) for (const v of f.variants ?? []) expect(canonicals.has(v), v).toBe(false);
  });
});
