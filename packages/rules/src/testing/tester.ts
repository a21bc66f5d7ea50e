// Test-only helper (excluded from the build).
import { moduleInterop } from "@textlint/module-interop";
import TextLintTesterModule from "textlint-tester";
import type { TextlintRuleModule } from "@textlint/types";

// textlint-tester is CommonJS with a default export: under NodeNext its default import is the module object.
type TesterClass = typeof TextLintTesterModule.default;
const TextLintTester = moduleInterop(TextLintTesterModule as unknown as TesterClass);
const tester = new TextLintTester();

type Cases = Parameters<InstanceType<TesterClass>["run"]>[2];
type Valid = NonNullable<Cases["valid"]>[number];
type Invalid = NonNullable<Cases["invalid"]>[number];

/**
 * Runs textlint-tester with plain text (.txt, one paragraph per line, as 公文 are written) as the
 * default format; cases that set `ext: ".md"` run as Markdown.
 */
// biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list
export function runRule(name: string, rule: TextlintRuleModule<any>, cases: { valid: Valid[]; invalid: Invalid[] }): void {
  const asText = <T extends Valid | Invalid>(c: T): T => (typeof c === "string" ? { text: c, ext: ".txt" } : { ext: ".txt", ...(c as object) }) as T;
  tester.run(name, rule, { valid: cases.valid.map(asText), invalid: cases.invalid.map(asText) });
}
