// gwlint merge: joins the json or SARIF results of several runs (e.g. one per --shard) into one.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { argumentError, type Io, writeFailure } from "./main.js";

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
    return fail(argumentError(error));
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
  for (const { file, data } of inputs) if (!kindOf(data)) return fail(`${file}：不是 gwlint 输出的 json 或 sarif 结果`);
  const kinds = new Set(inputs.map(({ data }) => kindOf(data)));
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
  if (args.values.output) {
    try {
      writeFileSync(path.resolve(io.cwd, args.values.output), out);
    } catch (error) {
      io.stderr.write(`gwlint merge：无法写入 ${args.values.output}（${writeFailure(error)}）\n`);
      return 2;
    }
  } else io.stdout.write(out);
  return 0;
}

/** "json" or "sarif" for a result gwlint wrote, else undefined (any other JSON is refused). */
function kindOf(data: unknown): "json" | "sarif" | undefined {
  if (Array.isArray(data)) {
    const fileResult = (r: unknown): boolean =>
      typeof r === "object" && r !== null && typeof (r as JsonResult).filePath === "string" && Array.isArray((r as JsonResult).messages);
    return data.every(fileResult) ? "json" : undefined;
  }
  const log = data as SarifLog | null;
  const driver = (log?.runs?.[0]?.tool as { driver?: { name?: string } } | undefined)?.driver;
  return log?.version === "2.1.0" && Array.isArray(log.runs) && log.runs.length === 1 && driver?.name === "gwlint" ? "sarif" : undefined;
}
