export { decodeBytes, encodeText, BinaryContentError, type Encoding, type DecodedText } from "./decode.js";
export { ConfigError, FileError } from "./errors.js";
export {
  CONFIG_FILE,
  ConfigResolver,
  configSchema,
  findConfigFile,
  loadConfigFile,
  resolveConfig,
  validateConfig,
  type ConfigOverrides,
  type GwlintConfig,
  type ResolvedConfig,
  type ResolvedRule,
  type RuleSetting,
} from "./config.js";
export { parseDirectives, ignoredRanges, directivesFilter, allowListFilter, type Directive, type IgnoredRange } from "./directives.js";
export {
  Engine,
  buildKernelOptions,
  guardRule,
  isLintable,
  kernelExt,
  LINTABLE_EXTENSIONS,
  type EngineOptions,
  type FixOutcome,
  type RuleErrorHandler,
} from "./engine.js";
export { readDocument, writeDocument, fileErrorFrom, DEFAULT_MAX_FILE_BYTES, type Document } from "./files.js";
export { ruleMetas, type RuleMeta, type Severity } from "textlint-rule-preset-gongwen";
