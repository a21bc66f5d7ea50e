import path from "node:path";
import { pathToFileURL } from "node:url";
import { ruleMetas } from "textlint-rule-preset-gongwen";
import { type Finding, SEVERITY_ERROR, SEVERITY_WARNING } from "../types.js";
import type { Formatter } from "./types.js";

const LEVEL: Record<string, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (!path.isAbsolute(filePath)) return { uri: encodeURI(filePath) };
  const rel = path.relative(cwd, filePath);
  if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  }
  return { uri: pathToFileURL(filePath).href };
}

/** The tool and its rules, each with its documentation. */
function toolDriver(version: string) {
  return {
    driver: {
      name: "gwlint",
      fullName: "gongwen-lint",
      version,
      semanticVersion: version,
      rules: ruleMetas.map((m) => ({
        id: m.id,
        shortDescription: { text: m.description },
        ...(m.docs ? { helpUri: m.docs.url } : {}),
        defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
        properties: { category: m.category, fixable: m.fixable },
      })),
    },
  };
}

type ArtifactLocation = ReturnType<typeof artifactLocation>;

/** A finding's fix as a SARIF replacement. */
function sarifFix(fix: NonNullable<Finding["fix"]>, location: ArtifactLocation) {
  const replacement = { deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] }, insertedContent: { text: fix.text } };
  return { description: { text: `替换为“${fix.text}”` }, artifactChanges: [{ artifactLocation: location, replacements: [replacement] }] };
}

/** One finding as a SARIF result. */
function sarifResult(m: Finding, location: ArtifactLocation, ruleIndex: Map<string, number>) {
  const [start, end] = m.range;
  const region = {
    startLine: m.loc.start.line,
    startColumn: m.loc.start.column,
    endLine: m.loc.end.line,
    endColumn: m.loc.end.column,
    charOffset: start,
    charLength: Math.max(0, end - start),
    ...(m.context ? { snippet: { text: m.context.text } } : {}),
  };
  return {
    ruleId: m.ruleId,
    ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
    level: m.severity === SEVERITY_ERROR ? "error" : m.severity === SEVERITY_WARNING ? "warning" : "note",
    message: { text: m.message },
    locations: [{ physicalLocation: { artifactLocation: location, region } }],
    ...(m.fix ? { fixes: [sarifFix(m.fix, location)] } : {}),
  };
}

/** SARIF 2.1.0 log, one run, results streamed; columns are UTF-16 code units, as in the json format. */
export const sarif: Formatter = (context) => {
  const ruleIndex = new Map(ruleMetas.map((m, i) => [m.id, i]));
  let first = true;
  return {
    begin: () => {
      const run = {
        tool: toolDriver(context.version),
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(context.cwd + path.sep).href } },
        columnKind: "utf16CodeUnits",
      };
      const open = JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] });
      // Leave the run object open: results follow, invocations close it.
      return `${open.slice(0, -3)},"results":[`;
    },
    file: (r) => {
      const location = artifactLocation(r.filePath, context.cwd);
      if (r.messages.length === 0) return "";
      const out = (first ? "" : ",") + r.messages.map((m) => JSON.stringify(sarifResult(m, location, ruleIndex))).join(",");
      first = false;
      return out;
    },
    end: (_summary, failed) => {
      const invocation = {
        executionSuccessful: failed.length === 0,
        toolExecutionNotifications: failed.map((e) => ({
          level: "error",
          message: { text: e.message },
          locations: [{ physicalLocation: { artifactLocation: artifactLocation(e.filePath, context.cwd) } }],
          properties: { code: e.code },
        })),
      };
      return `],"invocations":[${JSON.stringify(invocation)}]}]}\n`;
    },
  };
};
