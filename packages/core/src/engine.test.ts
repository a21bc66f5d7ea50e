import { describe, expect, it } from "vitest";
import { buildKernelOptions, Engine, guardRule, Lint } from "./engine.js";
import { kernelExt } from "./locate.js";
import { resolveConfig } from "./config.js";

const engine = new Engine();
const config = resolveConfig({}, undefined);

describe("Engine", () => {
  it("reports in UTF-16 offsets of the decoded text", async () => {
    const text = "𠀀同志们:"; // a supplementary-plane character counts two UTF-16 units
    const { messages } = await engine.lintText(text, config, "a.txt");
    expect(messages[0].range).toEqual([5, 6]);
    expect(text.slice(...messages[0].range)).toBe(":");
  });

  it("fixes until stable, so a second fix changes nothing", async () => {
    const text = '同志们,,今天开会.\r\n要明确"干什么"!';
    const first = await engine.fixText(text, config, "a.txt");
    expect(first.output).toBe("同志们，今天开会。\r\n要明确“干什么”！");
    const second = await engine.fixText(first.output, config, "a.txt");
    expect(second.output).toBe(first.output);
    expect(second.applied).toEqual([]);
  });

  it("honours severity and disabled rules from the configuration", async () => {
    const custom = resolveConfig({ rules: { "no-ascii-punctuation": "warning", "ellipsis-and-dash": false } }, undefined);
    const { messages } = await engine.lintText("同志们:等等...", custom, "a.txt");
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([["no-ascii-punctuation", 1]]);
  });

  it("picks the Markdown processor by extension", () => {
    expect(kernelExt("a.md")).toBe(".md");
    expect(kernelExt("a.MARKDOWN")).toBe(".md");
    expect(kernelExt("a.txt")).toBe(".txt");
    expect(kernelExt(undefined)).toBe(".txt");
  });
});

describe("a rule that throws", () => {
  it("is reported once and the other rules still lint", async () => {
    const errors: string[] = [];
    const throwing = {
      ruleId: "throws",
      rule: (context: { Syntax: Record<string, string> }) => ({
        [context.Syntax.Str]() {
          throw new Error("boom");
        },
      }),
    };
    const guarded = new Engine({ extraRules: [throwing as never], onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).message}`) });
    const { messages } = await guarded.lintText("同志们:\n等等...\n", config, "a.txt");
    expect(errors).toEqual(["throws: boom"]);
    expect(messages.map((m) => m.ruleId)).toEqual(["no-ascii-punctuation", "ellipsis-and-dash"]);
  });

  it("is stopped for that document only: the next document runs it again (the rule list is shared between files)", async () => {
    const seen: string[] = [];
    const flaky = {
      ruleId: "flaky",
      rule: (context: { Syntax: Record<string, string>; getSource: () => string }) => ({
        [context.Syntax.Str]() {
          seen.push(context.getSource().trim());
          if (context.getSource().startsWith("坏")) throw new Error("boom");
        },
      }),
    };
    const errors: string[] = [];
    const guarded = new Engine({ extraRules: [flaky as never], onRuleError: (id) => errors.push(id) });
    await guarded.lintText("坏\n坏\n", config, "a.txt");
    await guarded.lintText("好\n", config, "b.txt");
    await guarded.lintText("坏\n", config, "c.txt");
    // Once per document that throws; the first document's second line is skipped, the others are linted.
    expect(errors).toEqual(["flaky", "flaky"]);
    expect(seen).toEqual(["坏\n坏", "好", "坏"]);
  });
});

describe("a lint's handlers", () => {
  it("are released when the kernel call is over, so that nothing the kernel keeps reaches the document", async () => {
    const lint = new Lint();
    const calls: string[] = [];
    const rule = guardRule(
      "probe",
      () => ({ Str: () => void calls.push("Str") }),
      () => undefined,
      lint,
    );
    const handlers = (rule as (context: unknown, options: unknown) => Record<string, () => void>)({}, {});
    handlers.Str();
    lint.release();
    handlers.Str();
    expect(calls).toEqual(["Str"]);
  });

  it("of filters are released too, and an engine's lint still applies them", async () => {
    const lint = new Lint();
    const options = buildKernelOptions(config, "a.txt", {}, lint);
    const filter = options.filterRules?.find((f) => f.ruleId === "gwlint-directives")?.rule as unknown as (
      context: unknown,
      options: unknown,
    ) => Record<string, () => void>;
    let read = 0;
    const handlers = filter(
      {
        Syntax: { Document: "Document" },
        getSource: () => {
          read++;
          return "";
        },
      },
      {},
    );
    handlers.Document();
    lint.release();
    handlers.Document();
    expect(read).toBe(1);
    const text = "<!-- gwlint-disable-next-line -->\n同志们:\n同志们:\n";
    const { messages } = await new Engine().lintText(text, config, "a.txt");
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([["no-ascii-punctuation", 3]]);
  });
});
