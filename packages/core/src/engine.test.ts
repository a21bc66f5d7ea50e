import { describe, expect, it } from "vitest";
import { Engine, kernelExt } from "./engine.js";
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
    const text = "同志们,,今天开会.\r\n要明确\"干什么\"!";
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
