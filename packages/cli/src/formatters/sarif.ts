import path from "node:path";
import { pathToFileURL } from "node:url";
import { ruleMetas } from "@gongwen-lint/core";
import { SEVERITY_ERROR, SEVERITY_WARNING, type Formatter } from "./types.js";

const LEVEL: Record<string, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!path.isAbsolute(filePath)) return { uri: encodeURI(filePath) };
  const rel = path.relative(cwd, filePath);
  if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  }
  return { uri: pathToFileURL(filePath).href };
}

/** SARIF 2.1.0 log, one run; columns are UTF-16 code units, as in the json format. */
export const sarif: Formatter = (reports, context) => {
  const ruleIndex = new Map(ruleMetas.map((m, i) => [m.id, i]));
  const results = reports.flatMap((report) => {
    const location = artifactLocation(report.filePath, context.cwd);
    return report.messages.map((m) => {
      const [start, end] = m.range;
      const region = {
        startLine: m.loc.start.line,
        startColumn: m.loc.start.column,
        endLine: m.loc.end.line,
        endColumn: m.loc.end.column,
        charOffset: start,
        charLength: Math.max(0, end - start),
        snippet: { text: report.source.slice(start, end) },
      };
      return {
        ruleId: m.ruleId,
        ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
        level: m.severity === SEVERITY_ERROR ? "error" : m.severity === SEVERITY_WARNING ? "warning" : "note",
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: location, region } }],
        ...(m.fix
          ? {
              fixes: [
                {
                  description: { text: `替换为“${m.fix.text}”` },
                  artifactChanges: [
                    {
                      artifactLocation: location,
                      replacements: [
                        {
                          deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] },
                          insertedContent: { text: m.fix.text },
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
      };
    });
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "gwlint",
            fullName: "gongwen-lint",
            version: context.version,
            semanticVersion: context.version,
            rules: ruleMetas.map((m) => ({
              id: m.id,
              shortDescription: { text: m.description },
              defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
              properties: { category: m.category, fixable: m.fixable },
            })),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(context.cwd + path.sep).href } },
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            executionSuccessful: context.errors.length === 0,
            toolExecutionNotifications: context.errors.map((e) => ({
              level: "error",
              message: { text: e.message },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.filePath, context.cwd) } }],
              properties: { code: e.code },
            })),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
