import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ValidateFunction } from "ajv";
import ignore, { type Ignore } from "ignore";
import { ruleMetas, type RuleMeta, type Severity } from "textlint-rule-preset-gongwen";
import { ENCODING_NAMES, type Encoding } from "./decode.js";
import { ConfigError } from "./errors.js";
import { lazy } from "./lazy.js";
import { findConfigFile, layoutTemplate } from "./locate.js";

export type RuleSetting = boolean | Severity | "off" | ({ severity?: Severity | "off" } & Record<string, unknown>);

/** The contents of a .gwlintrc.json (or the "gwlint" key of package.json). */
export interface GwlintConfig {
  $schema?: string;
  rules?: Record<string, RuleSetting>;
  /** gitignore-style patterns, relative to the configuration file's folder. */
  ignore?: string[];
  /** Words that are correct here: no rule reports (or fixes) anything inside them. */
  allow?: string[];
  /** The encoding of every text file here, instead of detecting it (utf-8, gb18030/gbk, big5, utf-16le/be). */
  encoding?: string;
}

export interface ResolvedRule {
  id: string;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** The configuration file, if any. */
  file?: string;
  /** Folder that `ignore` patterns are relative to. */
  baseDir: string;
  rules: ResolvedRule[];
  ignore: string[];
  allow: string[];
  encoding?: Encoding;
}

/** Overrides from the command line (or editor settings), applied after the file. */
export interface ConfigOverrides {
  /** Run only these rules. */
  only?: string[];
  disable?: string[];
}

const SEVERITIES = ["error", "warning", "info"] as const;
const metaById = new Map(ruleMetas.map((m) => [m.id, m]));

/** JSON Schema (draft-07) of the configuration file; shipped as schema/gwlintrc.schema.json. */
export function configSchema(metas: readonly RuleMeta[] = ruleMetas): Record<string, unknown> {
  const severity = { enum: ["off", ...SEVERITIES] };
  const ruleProperties = Object.fromEntries(
    metas.map((m) => [
      m.id,
      {
        description: `${m.description}（默认 ${m.defaultSeverity}${m.fixable ? "，可自动修复" : ""}）`,
        anyOf: [
          { type: "boolean" },
          severity,
          {
            type: "object",
            additionalProperties: false,
            properties: { severity, ...m.options },
          },
        ],
      },
    ]),
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "gongwen-lint configuration (.gwlintrc.json)",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: {
        description: '规则开关、严重级别与选项：true/false、"off"/"info"/"warning"/"error"，或选项对象',
        type: "object",
        additionalProperties: false,
        properties: ruleProperties,
      },
      ignore: {
        description: "忽略的文件（gitignore 语法，相对于配置文件所在目录）",
        type: "array",
        items: { type: "string" },
      },
      allow: {
        description: "允许的词语：任何规则都不报告、不修改这些词语范围内的内容",
        type: "array",
        items: { type: "string", minLength: 1 },
      },
      encoding: {
        description: "文本文件的编码，不再自动识别（与命令行 --encoding 相同）",
        enum: Object.keys(ENCODING_NAMES),
      },
    },
  };
}

const ajvModule = lazy<typeof import("ajv")>("ajv", () => require("ajv"));
let ajv: import("ajv").Ajv | undefined;
const optionValidators = new Map<string, ValidateFunction>();

function optionValidator(meta: RuleMeta): ValidateFunction {
  let validate = optionValidators.get(meta.id);
  if (!validate) {
    ajv ??= new (ajvModule().Ajv)({ allErrors: false, strict: false });
    validate = ajv.compile({
      type: "object",
      additionalProperties: false,
      properties: { severity: { enum: ["off", ...SEVERITIES] }, ...meta.options },
    });
    optionValidators.set(meta.id, validate);
  }
  return validate;
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return "数组";
  if (value === null) return "null";
  return { string: "字符串", number: "数字", boolean: "布尔值", object: "对象" }[typeof value as string] ?? typeof value;
}

/** Checks a parsed configuration; throws ConfigError naming the file and the offending key. */
export function validateConfig(raw: unknown, file?: string): GwlintConfig {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`应为 JSON 对象，实际为${describeType(raw)}`, file);
  }
  for (const key of Object.keys(raw)) {
    if (!["$schema", "rules", "ignore", "allow"].includes(key)) {
      throw new ConfigError(`未知配置项“${key}”（可用：rules、ignore、allow）`, file);
    }
  }
  const config = raw as Record<string, unknown>;
  if (config.ignore !== undefined) {
    if (!Array.isArray(config.ignore) || config.ignore.some((p) => typeof p !== "string")) {
      throw new ConfigError(`ignore 应为字符串数组`, file);
    }
  }
  if (config.allow !== undefined) {
    if (!Array.isArray(config.allow) || config.allow.some((p) => typeof p !== "string" || p.length === 0)) {
      throw new ConfigError(`allow 应为非空字符串数组`, file);
    }
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== "object" || config.rules === null || Array.isArray(config.rules)) {
      throw new ConfigError(`rules 应为对象，实际为${describeType(config.rules)}`, file);
    }
    for (const [id, setting] of Object.entries(config.rules)) {
      const meta = metaById.get(id);
      if (!meta) throw new ConfigError(`rules.${id}：未知规则（可用规则：${[...metaById.keys()].join("、")}）`, file);
      if (typeof setting === "boolean") continue;
      if (typeof setting === "string") {
        if (setting !== "off" && !SEVERITIES.includes(setting as Severity)) {
          throw new ConfigError(`rules.${id}：“${setting}”不是有效值（应为 off、info、warning 或 error）`, file);
        }
        continue;
      }
      if (typeof setting !== "object" || setting === null || Array.isArray(setting)) {
        throw new ConfigError(`rules.${id}：应为布尔值、严重级别字符串或选项对象，实际为${describeType(setting)}`, file);
      }
      const validate = optionValidator(meta);
      if (!validate(setting)) {
        const err = validate.errors![0];
        const key = [id, ...err.instancePath.split("/").filter(Boolean)].join(".");
        if (err.keyword === "additionalProperties") {
          const option = (err.params as { additionalProperty: string }).additionalProperty;
          const known = ["severity", ...Object.keys(meta.options)].join("、");
          throw new ConfigError(`rules.${key}.${option}：规则没有这个选项（可用：${known}）`, file);
        }
        if (err.keyword === "enum") {
          const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.join("、");
          throw new ConfigError(`rules.${key}：取值应为 ${allowed} 之一`, file);
        }
        if (err.keyword === "type") {
          const expected = (err.params as { type: string }).type;
          throw new ConfigError(`rules.${key}：类型应为 ${expected}`, file);
        }
        throw new ConfigError(`rules.${key}：${err.message ?? "取值无效"}`, file);
      }
    }
  }
  return config as GwlintConfig;
}

function parseJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new ConfigError(`无法读取（${(error as Error).message}）`, file);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`不是有效的 JSON（${(error as Error).message}）`, file);
  }
}

/** Reads and validates a configuration file: a .gwlintrc.json, or a package.json with a "gwlint" key. */
export function loadConfigFile(file: string): GwlintConfig {
  const raw = parseJsonFile(file);
  if (path.basename(file) === "package.json") {
    const section = (raw as Record<string, unknown> | null)?.gwlint;
    if (section === undefined) throw new ConfigError(`没有 "gwlint" 配置项`, file);
    return validateConfig(section, `${file}#gwlint`);
  }
  return validateConfig(raw, file);
}

function checkRuleIds(ids: string[], flag: string): void {
  for (const id of ids) {
    if (!metaById.has(id)) {
      throw new ConfigError(`${flag} ${id}：未知规则（可用规则：${[...metaById.keys()].join("、")}）`);
    }
  }
}

/** Combines rule defaults, a configuration and overrides into the rules to run. */
export function resolveConfig(config: GwlintConfig, file: string | undefined, overrides: ConfigOverrides = {}): ResolvedConfig {
  checkRuleIds(overrides.only ?? [], "--rule");
  checkRuleIds(overrides.disable ?? [], "--disable-rule");
  const rules: ResolvedRule[] = [];
  for (const meta of ruleMetas) {
    const setting = config.rules?.[meta.id];
    let severity: Severity | "off" = meta.defaultSeverity;
    let options: Record<string, unknown> = {};
    if (setting === false || setting === "off") severity = "off";
    else if (typeof setting === "string") severity = setting;
    else if (typeof setting === "object" && setting !== null) {
      const { severity: s, ...rest } = setting;
      if (s) severity = s;
      options = rest;
    }
    if (overrides.only?.length) severity = overrides.only.includes(meta.id) ? (severity === "off" ? meta.defaultSeverity : severity) : "off";
    if (overrides.disable?.includes(meta.id)) severity = "off";
    if (severity !== "off") rules.push({ id: meta.id, severity, options });
  }
  const baseDir = file ? path.dirname(file) : process.cwd();
  const template = layoutTemplate(config, baseDir);
  if (template) {
    if (!existsSync(template)) throw new ConfigError(`rules.docx-layout.template：找不到版面模板文件 ${template}`, file);
    const rule = rules.find((r) => r.id === "docx-layout");
    if (rule) rule.options = { ...rule.options, template };
  }
  return {
    file,
    baseDir,
    rules,
    ignore: config.ignore ?? [],
    allow: config.allow ?? [],
    ...(config.encoding ? { encoding: ENCODING_NAMES[config.encoding.toLowerCase()] } : {}),
  };
}

/**
 * Resolves configuration per folder, caching by folder. With `configFile` set, that file
 * applies everywhere (the `--config` option); otherwise discovery walks up from each file.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>();
  private readonly byFile = new Map<string, ResolvedConfig>();

  constructor(private readonly options: { configFile?: string; overrides?: ConfigOverrides } = {}) {}

  forFile(filePath: string): ResolvedConfig {
    return this.forDir(path.dirname(path.resolve(filePath)));
  }

  forDir(dir: string): ResolvedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const file = this.options.configFile ? path.resolve(this.options.configFile) : findConfigFile(dir);
    let resolved = file ? this.byFile.get(file) : undefined;
    if (!resolved) {
      resolved = resolveConfig(file ? loadConfigFile(file) : {}, file, this.options.overrides);
      if (file) this.byFile.set(file, resolved);
    }
    this.byDir.set(dir, resolved);
    return resolved;
  }
}

// The `ignore` patterns of each configuration, compiled once (a configuration serves many files).
const ignoreMatchers = new WeakMap<ResolvedConfig, Ignore>();

/**
 * Whether the configuration's `ignore` patterns (.gitignore syntax, relative to the configuration file's
 * folder) exclude a file. The one policy for every surface: the CLI skips such a file, the language server
 * publishes nothing for it.
 */
export function isIgnoredByConfig(filePath: string, config: ResolvedConfig): boolean {
  if (config.ignore.length === 0) return false;
  const rel = path.relative(config.baseDir, filePath);
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return false;
  let matcher = ignoreMatchers.get(config);
  if (!matcher) {
    matcher = ignore().add(config.ignore);
    ignoreMatchers.set(config, matcher);
  }
  return matcher.ignores(rel.split(path.sep).join("/"));
}
