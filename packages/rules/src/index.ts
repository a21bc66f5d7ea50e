import type { TextlintRuleModule } from "@textlint/types";
import type { RuleDefinition, RuleMeta } from "./types.js";
import noAsciiPunctuation from "./rules/no-ascii-punctuation/index.js";
import pairedPunctuation from "./rules/paired-punctuation/index.js";
import noDuplicatedPunctuation from "./rules/no-duplicated-punctuation/index.js";
import noStraySpace from "./rules/no-stray-space/index.js";
import ellipsisAndDash from "./rules/ellipsis-and-dash/index.js";
import noPlaceholder from "./rules/no-placeholder/index.js";
import noWebResidue from "./rules/no-web-residue/index.js";
import numberUsage from "./rules/number-usage/index.js";
import headingNumbering from "./rules/heading-numbering/index.js";
import headerMarks from "./rules/header-marks/index.js";
import documentNumber from "./rules/document-number/index.js";
import attachmentNote from "./rules/attachment-note/index.js";
import signingDate from "./rules/signing-date/index.js";
import titlePunctuation from "./rules/title-punctuation/index.js";
import titleForm from "./rules/title-form/index.js";
import copyToLine from "./rules/copy-to-line/index.js";
import printLine from "./rules/print-line/index.js";
import docxLayout from "./rules/docx-layout/index.js";
import genreClosing from "./rules/genre-closing/index.js";
import addresseeColon from "./rules/addressee-colon/index.js";
import standardFormulation from "./rules/standard-formulation/index.js";
import noDuplicateParagraph from "./rules/no-duplicate-paragraph/index.js";
import variantWord from "./rules/variant-word/index.js";
import noStrayLatin from "./rules/no-stray-latin/index.js";
import noRedundancy from "./rules/no-redundancy/index.js";
import noDuplicatedChar from "./rules/no-duplicated-char/index.js";
import deDiDe from "./rules/de-di-de/index.js";
import noDeletionResidue from "./rules/no-deletion-residue/index.js";
import typo from "./rules/typo/index.js";
import confusableChar from "./rules/confusable-char/index.js";

export type { RuleDefinition, RuleMeta, Severity, OptionSchema } from "./types.js";
export { MAX_REPORTS_PER_RULE, TOO_MANY_NOTE } from "./util/blocks.js";

/** Every rule of the preset, in documentation order. */
// biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list
export const definitions: ReadonlyArray<RuleDefinition<any>> = [
  noAsciiPunctuation,
  pairedPunctuation,
  noDuplicatedPunctuation,
  noStraySpace,
  ellipsisAndDash,
  noPlaceholder,
  noWebResidue,
  numberUsage,
  headingNumbering,
  headerMarks,
  documentNumber,
  attachmentNote,
  signingDate,
  titlePunctuation,
  titleForm,
  addresseeColon,
  copyToLine,
  printLine,
  docxLayout,
  genreClosing,
  standardFormulation,
  noDuplicateParagraph,
  variantWord,
  noStrayLatin,
  noRedundancy,
  noDuplicatedChar,
  typo,
  deDiDe,
  noDeletionResidue,
  // After the rules that tag a paragraph: its segmentation is then reused, not recomputed.
  confusableChar,
];

/**
 * Where a rule's documentation is: its README inside this package (shipped with it, so the link works offline).
 * The same path from the sources (src/index.ts) and from the build (dist/index.js).
 */
export function docsUrl(id: string): URL {
  return new URL(`../src/rules/${id}/README.md`, import.meta.url);
}

export const ruleMetas: readonly RuleMeta[] = definitions.map((d) => ({ ...d.meta, docs: { url: docsUrl(d.meta.id).href } }));

// biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list
export const rules: Record<string, TextlintRuleModule<any>> = Object.fromEntries(definitions.map((d) => [d.meta.id, d.rule]));

/** Default configuration for plain textlint: every rule on, at its default severity. */
export const rulesConfig: Record<string, true | { severity: string }> = Object.fromEntries(
  definitions.map((d) => [d.meta.id, d.meta.defaultSeverity === "error" ? true : { severity: d.meta.defaultSeverity }]),
);

export default { rules, rulesConfig };
