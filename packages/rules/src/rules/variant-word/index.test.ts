import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

const msg = (v: string, s: string): string => `“${v}”是非推荐词形，应为“${s}”（《第一批异形词整理表》）`;

runRule("variant-word", definition.rule, {
  valid: [
    "建立工作台账，按时报送账目。",
    "所含成分、人才培养、丰富多彩。",
    "要统一规定货币发行控制数字。", // 规定 + 货币, not 定货
    "原由行署管理的企业改由市里管理。",
    "展示中华文明的精神标识。",
    "按要求订货。",
    "仅差两天即达法定婚龄。他们就坐在沙发上。",
    "认真学习《关于培养建设人材的决定》。", // a cited title keeps its wording
    { text: "成份公司成立大会", options: { allow: ["成份"] } },
  ],
  invalid: [
    { text: "建立工作台帐", output: "建立工作台账", errors: [{ message: msg("台帐", "台账"), index: 4 }] },
    { text: "化工原料的成份没有分离", output: "化工原料的成分没有分离", errors: [{ message: msg("成份", "成分") }] },
    { text: "培养又红又专的人材", output: "培养又红又专的人才", errors: [{ message: msg("人材", "人才") }] },
    { text: "日用百货丰富多采", output: "日用百货丰富多彩", errors: [{ message: msg("丰富多采", "丰富多彩") }] },
    {
      text: "实行个人帐户，定期公布帐目",
      output: "实行个人账户，定期公布账目",
      errors: [{ message: msg("帐户", "账户") }, { message: msg("帐目", "账目") }],
    },
    { text: "签订定货合同", output: "签订订货合同", errors: [{ message: msg("定货", "订货") }] },
  ],
});

describe("yixingci.json", () => {
  const data = JSON.parse(readFileSync(new URL("./yixingci.json", import.meta.url), "utf8")) as {
    entries: Array<{ variant: string; standard: string }>;
    excluded: Array<{ variant: string; reason: string }>;
  };
  it("maps non-recommended to recommended forms, each once, never to itself", () => {
    expect(data.entries.length).toBeGreaterThanOrEqual(400);
    const variants = new Set(data.entries.map((e) => e.variant));
    expect(variants.size).toBe(data.entries.length);
    for (const e of data.entries) expect(e.standard, e.variant).not.toBe(e.variant);
    // No recommended form is itself listed as a variant (fixing would loop).
    for (const e of data.entries) expect(variants.has(e.standard), e.standard).toBe(false);
    for (const x of data.excluded) expect(variants.has(x.variant)).toBe(false);
  });
});
