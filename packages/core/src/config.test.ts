import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigResolver, configSchema, loadConfigFile, resolveConfig, validateConfig } from "./config.js";
import { findConfigFile } from "./locate.js";
import { ConfigError } from "./errors.js";
import { readFileSync } from "node:fs";

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), "gwlint-config-"));

describe("validateConfig", () => {
  it("accepts booleans, severities and option objects", () => {
    expect(() =>
      validateConfig({
        rules: { "no-ascii-punctuation": { severity: "warning", allow: "()" }, "ellipsis-and-dash": false, "paired-punctuation": "info" },
        ignore: ["old/**"],
      }),
    ).not.toThrow();
  });

  it.each([
    [{ rules: { "no-such-rule": true } }, "rules.no-such-rule：未知规则"],
    [{ rules: { "no-ascii-punctuation": { allow: 3 } } }, "rules.no-ascii-punctuation.allow：类型应为 string"],
    [{ rules: { "no-ascii-punctuation": { bogus: 1 } } }, "rules.no-ascii-punctuation.bogus：规则没有这个选项"],
    [{ rules: { "no-ascii-punctuation": { severity: "fatal" } } }, "rules.no-ascii-punctuation.severity：取值应为"],
    [{ rules: { "no-ascii-punctuation": "loud" } }, "rules.no-ascii-punctuation：“loud”不是有效值"],
    [{ rules: { "no-ascii-punctuation": 1 } }, "rules.no-ascii-punctuation：应为布尔值"],
    [{ ignore: "x" }, "ignore 应为字符串数组"],
    [{ allow: ["", "x"] }, "allow 应为非空字符串数组"],
    [{ rule: {} }, "未知配置项“rule”"],
    [[], "应为 JSON 对象"],
  ])("rejects %j naming the key", (raw, expected) => {
    expect(() => validateConfig(raw, "/x/.gwlintrc.json")).toThrow(ConfigError);
    expect(() => validateConfig(raw, "/x/.gwlintrc.json")).toThrow(expected);
    expect(() => validateConfig(raw, "/x/.gwlintrc.json")).toThrow("/x/.gwlintrc.json");
  });
});

describe("resolveConfig", () => {
  it("starts from every rule at its default severity", () => {
    const resolved = resolveConfig({}, undefined);
    expect(resolved.rules.map((r) => r.id)).toContain("no-ascii-punctuation");
    expect(resolved.rules.every((r) => ["error", "warning", "info"].includes(r.severity))).toBe(true);
  });

  it("applies the file, then --rule and --disable-rule", () => {
    const config = { rules: { "ellipsis-and-dash": false, "no-ascii-punctuation": { severity: "warning" as const, allow: "()" } } };
    const resolved = resolveConfig(config, undefined);
    expect(resolved.rules.find((r) => r.id === "ellipsis-and-dash")).toBeUndefined();
    expect(resolved.rules.find((r) => r.id === "no-ascii-punctuation")).toEqual({
      id: "no-ascii-punctuation",
      severity: "warning",
      options: { allow: "()" },
    });
    const only = resolveConfig(config, undefined, { only: ["ellipsis-and-dash", "paired-punctuation"], disable: ["paired-punctuation"] });
    expect(only.rules.map((r) => r.id)).toEqual(["ellipsis-and-dash"]);
  });

  it("rejects unknown rule ids on the command line", () => {
    expect(() => resolveConfig({}, undefined, { disable: ["nope"] })).toThrow("--disable-rule nope：未知规则");
  });
});

describe("configuration discovery", () => {
  it("walks up to the nearest .gwlintrc.json or package.json with a gwlint key", () => {
    const root = tmp();
    mkdirSync(path.join(root, "a/b/c"), { recursive: true });
    writeFileSync(path.join(root, ".gwlintrc.json"), JSON.stringify({ rules: { "ellipsis-and-dash": false } }));
    writeFileSync(path.join(root, "a/package.json"), JSON.stringify({ name: "x" }));
    writeFileSync(path.join(root, "a/b/package.json"), JSON.stringify({ gwlint: { rules: { "paired-punctuation": false } } }));
    expect(findConfigFile(path.join(root, "a"))).toBe(path.join(root, ".gwlintrc.json"));
    expect(findConfigFile(path.join(root, "a/b/c"))).toBe(path.join(root, "a/b/package.json"));
    const resolver = new ConfigResolver();
    const deep = resolver.forFile(path.join(root, "a/b/c/doc.txt"));
    expect(deep.rules.map((r) => r.id)).not.toContain("paired-punctuation");
    expect(deep.rules.map((r) => r.id)).toContain("ellipsis-and-dash");
    expect(deep.baseDir).toBe(path.join(root, "a/b"));
  });

  it("reports invalid JSON with the file name", () => {
    const root = tmp();
    writeFileSync(path.join(root, ".gwlintrc.json"), "{ rules: ");
    expect(() => loadConfigFile(path.join(root, ".gwlintrc.json"))).toThrow(/配置文件 .*\.gwlintrc\.json：不是有效的 JSON/);
  });
});

describe("the shipped JSON Schema", () => {
  it("is up to date with the rules (npm run build regenerates it)", () => {
    const shipped = JSON.parse(readFileSync(new URL("../schema/gwlintrc.schema.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(configSchema());
  });
});
