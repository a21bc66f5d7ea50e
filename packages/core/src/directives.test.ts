import { describe, expect, it } from "vitest";
import { Engine } from "./engine.js";
import { ignoredRanges } from "./directives.js";
import { resolveConfig } from "./config.js";

const engine = new Engine();
const config = resolveConfig({}, undefined);
const lines = async (text: string, file = "doc.txt"): Promise<number[]> => (await engine.lintText(text, config, file)).messages.map((m) => m.line);

describe("inline directives", () => {
  it("disables and re-enables one rule or all rules", async () => {
    const text = [
      "<!-- gwlint-disable no-ascii-punctuation -->",
      "同志们:",
      "等等...",
      "<!-- gwlint-enable no-ascii-punctuation -->",
      "同志们:",
      "<!-- gwlint-disable -->",
      "同志们:等等...",
      "<!-- gwlint-enable -->",
      "同志们:",
    ].join("\n");
    expect(await lines(text)).toEqual([3, 5, 9]);
  });

  it("supports the plain-text comment line and disable-next-line", async () => {
    const text = "// gwlint-disable-next-line\n同志们:\n同志们:\n// gwlint-disable ellipsis-and-dash, no-ascii-punctuation\n同志们:等等...";
    expect(await lines(text)).toEqual([3]);
  });

  it("works in Markdown", async () => {
    const text = "# 标题\n\n<!-- gwlint-disable no-ascii-punctuation -->\n\n同志们:\n\n<!-- gwlint-enable -->\n\n同志们:\n";
    expect(await lines(text, "doc.md")).toEqual([9]);
  });

  it("also stops fixes in disabled regions", async () => {
    const text = "<!-- gwlint-disable -->\n同志们:\n<!-- gwlint-enable -->\n同志们:";
    const { output } = await engine.fixText(text, config, "doc.txt");
    expect(output).toBe("<!-- gwlint-disable -->\n同志们:\n<!-- gwlint-enable -->\n同志们：");
  });

  it("ignores directive-looking text that is not on its own line", () => {
    expect(ignoredRanges("正文 <!-- gwlint-disable --> 正文")).toEqual([]);
  });
});

describe("allow-list", () => {
  it("suppresses every rule's findings and fixes inside allowed words", async () => {
    const allowing = resolveConfig({ allow: ["XX集团", "A:B"] }, undefined);
    const text = "XX集团和XX镇。比例A:B，同志们:";
    const { messages } = await engine.lintText(text, allowing, "a.txt");
    expect(messages.map((m) => text.slice(...m.range))).toEqual(["XX", ":"]);
    expect(messages.map((m) => m.range[0])).toEqual([5, 18]);
    const { output } = await engine.fixText(text, allowing, "a.txt");
    expect(output).toBe("XX集团和XX镇。比例A:B，同志们：");
  });
});
