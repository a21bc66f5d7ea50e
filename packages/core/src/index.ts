export { annotateDocx, type AnnotateInput, type AnnotateResult } from "./annotate.js";
export { decodeBytes, encodeText, BinaryContentError, ENCODING_NAMES, type Encoding, type DecodedText } from "./decode.js";
export { ConfigError, FileError, fileErrorFrom } from "./errors.js";
export {
  CONFIG_FILE,
  findConfigFile,
  isLintable,
  isMarkdownPath,
  isTextPath,
  kernelExt,
  LINTABLE_EXTENSIONS,
  markdownHazard,
} from "./locate.js";
export { computePresetFingerprint, presetFingerprint, writePresetFingerprint } from "./fingerprint.js";
export { readDocx, readZipEntries, docxParagraphs, DOCX_LIMITS, type DocxText, type DocxPart } from "./docx.js";
export {
  checkLayout,
  docxLayout,
  GB_9704,
  layoutMessages,
  layoutOf,
  templateSpec,
  type DocxLayout,
  type LayoutFinding,
  type LayoutParagraph,
  type LayoutSpec,
} from "./docx-layout.js";
export {
  ConfigResolver,
  configSchema,
  isIgnoredByConfig,
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
  Lint,
  type EngineOptions,
  type FixOutcome,
  type RuleErrorHandler,
  crToLf,
} from "./engine.js";
export { IGNORE_FILE, IgnoreFile, walkFiles } from "./walk.js";
export { readDocument, readObserved, writeDocument, writeFileAtomic, DEFAULT_MAX_FILE_BYTES, type Document } from "./files.js";
export { MAX_REPORTS_PER_RULE, ruleMetas, TOO_MANY_NOTE, type RuleMeta, type Severity } from "textlint-rule-preset-gongwen";
