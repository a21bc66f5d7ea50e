import type { TextlintRuleModule } from "@textlint/types";

export type Severity = "error" | "warning" | "info";

/** JSON Schema fragment (draft-07) describing one option of a rule. */
export type OptionSchema = Record<string, unknown>;

/** What the engine, the config schema and the formatters need to know about a rule. */
export interface RuleMeta {
  /** Short kebab-case id, stable once released. */
  id: string;
  /** Category shown in reports, e.g. 标点. */
  category: string;
  /** One-line Chinese description. */
  description: string;
  /** Whether the rule offers fixes that `--fix` may apply. */
  fixable: boolean;
  defaultSeverity: Severity;
  /** Rule options (besides `severity`), as JSON Schema properties. */
  options: Record<string, OptionSchema>;
  /**
   * "document" when a finding depends on more than its paragraph (the heading sequence, repeated paragraphs,
   * template sections, quotes across paragraphs, a word's frequency in the document); absent for rules that
   * look at one paragraph at a time, whose findings in a paragraph stay the same when other paragraphs change.
   */
  scope?: "document";
  /** Its documentation (the README in the installed package); set by the preset for `ruleMetas`. */
  docs?: { url: string };
}

export interface RuleDefinition<Options extends object = Record<string, unknown>> {
  meta: RuleMeta;
  rule: TextlintRuleModule<Options>;
}
