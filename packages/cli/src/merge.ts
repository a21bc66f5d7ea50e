// gwlint merge: joins the json or SARIF results of several runs (e.g. one per --shard) into one.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Io } from "./main.js";

const parseMergeArgs = (argv: string[]) =>
  parseArgs({ args: argv, allowPositionals: true, options: { format: { type: "string", short: "f" }, output: { type: "string", short: "o" } } });

interface JsonResult {
  filePath: string;
  messages: unknown[];
}

type SarifLog = {
  version: string;
  runs: Array<
    { results?: unknown[]; invocations?: Array<{ executionSuccessful?: boolean; toolExecutionNotifications?: unknown[] }> } & Record<string, unknown>
  >;
} & Record<string, unknown>;

const sarifKey = (r: unknown): string => {
  const loc = (r as { locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { charOffset?: number } } }> })
    .locations?.[0]?.physicalLocation;
  return `${loc?.artifactLocation?.uri ?? ""}\u0000${String(loc?.region?.charOffset ?? 0).padStart(12, "0")}`;
};

export async function merge(argv: string[], io: Io): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`gwlint merge：${message}\n用法：gwlint merge [-f json|sarif] [-o 输出文件] 结果1.json 结果2.json ...\n`);
    return 2;
  };
  let args: ReturnType<typeof parseMergeArgs>;
  try {
    args = parseMergeArgs(argv);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (args.positionals.length === 0) return fail("请指定要合并的结果文件");
  const inputs: Array<{ file: string; data: unknown }> = [];
  for (const file of args.positionals) {
    try {
      inputs.push({ file, data: JSON.parse(readFileSync(path.resolve(io.cwd, file), "utf8")) });
    } catch (error) {
      return fail(`${file}：无法读取或不是 JSON（${(error as Error).message}）`);
    }
  }
  const kinds = new Set(inputs.map(({ data }) => (Array.isArray(data) ? "json" : (data as SarifLog)?.version === "2.1.0" ? "sarif" : "unknown")));
  if (kinds.has("unknown")) return fail("输入应为 gwlint 的 json 或 sarif 结果");
  if (kinds.size > 1) return fail("不能把 json 和 sarif 结果合并在一起");
  const kind = [...kinds][0];
  if (args.values.format && args.values.format !== kind) return fail(`输入是 ${kind}，不能输出为 ${args.values.format}`);
  let out: string;
  if (kind === "json") {
    const byPath = new Map<string, JsonResult>();
    for (const { data } of inputs) for (const r of data as JsonResult[]) byPath.set(r.filePath, r);
    out = `${JSON.stringify([...byPath.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0)))}\n`;
  } else {
    const logs = inputs.map(({ data }) => data as SarifLog);
    const first = logs[0];
    const results = logs.flatMap((l) => l.runs.flatMap((r) => r.results ?? []));
    results.sort((a, b) => (sarifKey(a) < sarifKey(b) ? -1 : sarifKey(a) > sarifKey(b) ? 1 : 0));
    const invocations = logs.flatMap((l) => l.runs.flatMap((r) => r.invocations ?? []));
    const invocation = {
      executionSuccessful: invocations.every((i) => i.executionSuccessful !== false),
      toolExecutionNotifications: invocations.flatMap((i) => i.toolExecutionNotifications ?? []),
    };
    out = `${JSON.stringify({ ...first, runs: [{ ...first.runs[0], results, invocations: [invocation] }] }, null, 2)}\n`;
  }
  if (args.values.output) writeFileSync(path.resolve(io.cwd, args.values.output), out);
  else io.stdout.write(out);
  return 0;
}
