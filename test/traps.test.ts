// Trap sentences: correct current official text on which word-level rules used to report, or --fix used to
// rewrite a correct word (福建已→福建议, 一架架→一架, 省份外→省分外). --fix must leave them unchanged,
// error-level rules must not flag them, and the word-level rules must stay silent on them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, run } from "./helpers.js";

const traps = path.join(FIXTURES, "traps.txt");
const WORD_RULES = ["typo", "variant-word", "no-duplicated-char", "de-di-de", "confusable-char", "no-stray-latin", "no-redundancy", "no-placeholder"];

describe("trap sentences from current official text", () => {
  it("get no error and no word-level finding", async () => {
    const r = await run(["-f", "json", "--no-progress", traps]);
    const messages = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number; message: string; line: number }> }>)[0]
      .messages;
    const lines = readFileSync(traps, "utf8").split("\n");
    const shown = (ms: typeof messages) => ms.map((m) => `${m.ruleId} ${m.message} | ${lines[m.line - 1]}`);
    expect(shown(messages.filter((m) => m.severity === 2))).toEqual([]);
    expect(shown(messages.filter((m) => WORD_RULES.includes(m.ruleId)))).toEqual([]);
  });

  it("are left unchanged by --fix", async () => {
    const text = readFileSync(traps, "utf8");
    const r = await run(["--stdin", "--fix", "--no-progress"], { input: text });
    expect(r.stdout).toBe(text);
  });
});
