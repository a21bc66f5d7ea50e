// Client logic without the vscode module, so that it can be unit-tested.

export interface DocumentFilter {
  scheme: string;
  language?: string;
  pattern?: string;
}

/** Which documents the client sends to the server: the configured languages, and *.txt/*.md files. */
export function documentSelector(languages: readonly string[] | undefined): DocumentFilter[] {
  const langs = languages && languages.length > 0 ? languages : ["plaintext", "markdown"];
  return [
    ...langs.flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    { scheme: "file", pattern: "**/*.{txt,md}" },
  ];
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

/** vscode.DiagnosticSeverity: Error 0, Warning 1, Information 2, Hint 3. */
export function countDiagnostics(diagnostics: ReadonlyArray<{ severity?: number; source?: string }>, source = "gongwen-lint"): Counts {
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.source !== source) continue;
    if (d.severity === 0) counts.errors++;
    else if (d.severity === 1) counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** What the server said last about a document (gongwen/status), or that the client does not send it at all. */
export type DocumentState = "checking" | "checked" | "skipped" | "unsent";

/**
 * Status bar text and tooltip for the active document: counts once it has been checked, a spinner while its
 * first check runs, "不检查此文件" for a document outside `gongwen.languages` or ignored by the configuration.
 */
export function statusText(counts: Counts | undefined, enabled = true, state?: DocumentState): { text: string; tooltip: string } {
  if (!enabled) return { text: "$(circle-slash) 公文校对", tooltip: "gongwen-lint 已停用（gongwen.enable）" };
  if (state === "skipped" || state === "unsent")
    return { text: "$(circle-slash) 不检查此文件", tooltip: "gongwen-lint：此文件不在 gongwen.languages 中，或被配置的 ignore 排除" };
  if (state === "checking" || (state === undefined && counts === undefined))
    return { text: "$(sync~spin) 公文校对", tooltip: "gongwen-lint：正在检查……" };
  if (!counts) return { text: "$(book) 公文校对", tooltip: "gongwen-lint：当前没有打开的文档" };
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) return { text: "$(check) 公文校对", tooltip: "gongwen-lint：未发现问题" };
  const parts: string[] = [];
  if (counts.errors) parts.push(`$(error) ${counts.errors}`);
  if (counts.warnings) parts.push(`$(warning) ${counts.warnings}`);
  if (counts.infos) parts.push(`$(info) ${counts.infos}`);
  return {
    text: `${parts.join(" ")} 公文校对`,
    tooltip: `gongwen-lint：${counts.errors} 个错误，${counts.warnings} 个警告${counts.infos ? `，${counts.infos} 个提示` : ""}（点击查看公文校对的问题）`,
  };
}

/** One problem of the 公文校对 view (a gongwen-lint diagnostic of one file). */
export interface ProblemItem {
  message: string;
  /** vscode.DiagnosticSeverity. */
  severity: number;
  rule: string;
  line: number;
  character: number;
}

/**
 * The 公文校对 view's content: files with gongwen-lint problems (other sources left out), sorted by path, each with
 * its problems in document order.
 */
export function groupProblems(
  entries: ReadonlyArray<
    readonly [
      string,
      ReadonlyArray<{ message: string; severity?: number; source?: string; code?: unknown; range: { start: { line: number; character: number } } }>,
    ]
  >,
  source = "gongwen-lint",
): Array<{ uri: string; problems: ProblemItem[] }> {
  const out: Array<{ uri: string; problems: ProblemItem[] }> = [];
  for (const [uri, diagnostics] of entries) {
    const problems = diagnostics
      .filter((d) => d.source === source)
      .map((d) => ({
        message: d.message,
        severity: d.severity ?? 1,
        rule: typeof d.code === "object" && d.code !== null ? String((d.code as { value: unknown }).value) : String(d.code ?? ""),
        line: d.range.start.line,
        character: d.range.start.character,
      }))
      .sort((a, b) => a.line - b.line || a.character - b.character);
    if (problems.length) out.push({ uri, problems });
  }
  return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}
