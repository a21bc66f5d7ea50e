// Language-server latency: time from didOpen, and from a one-character edit, to the
// publishDiagnostics of that version, for 5k/20k/100k/200k-character drafts. The server's own
// debounce (40 ms) is included in the edit figures. Prints medians of several edits, and the
// lightbulb's code-action request (diagnostics at the cursor, no `only`, as VS Code sends it on every
// cursor move) next to a fix-all request (only: source.fixAll), and the first and complete diagnostics after an
// edit as ratios of the initial (cold, whole-text) lint of the same draft in the same run.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const server = path.join(root, "packages/vscode-extension/dist/server.js");
const workspace = mkdtempSync(path.join(os.tmpdir(), "gwlint-latency-"));
const proc = spawn(process.execPath, [server, "--stdio"], { cwd: workspace, stdio: ["pipe", "pipe", "inherit"] });
const connection = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
const waiting = new Map();
connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
  const key = `${p.uri}@${p.version}`;
  waiting.get(key)?.(p);
  waiting.delete(key);
});
const finished = new Map();
connection.onNotification("gongwen/status", (p) => {
  if (p.state === "checking") return;
  const key = `${p.uri}@${p.version}`;
  finished.get(key)?.(p);
  finished.delete(key);
});
connection.listen();
/** The first publish of a version (after an edit: the edited paragraphs, the rest moved from the last result). */
const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve));
/** The check of a version is complete. */
const complete = (uri, version) => new Promise((resolve) => finished.set(`${uri}@${version}`, resolve));

await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {} });
await connection.sendNotification(InitializedNotification.type, {});

const PARAS = [
  "　　要坚持以人民为中心的发展思想，推动高质量发展，确保各项任务落到实处。",
  "　　同志们:今天召开全县年终工作推进会,主要任务是安排部署下一步工作.",
  "　　一是加强组织领导；二是压实工作责任；三是强化督促检查。",
  "　　全年实现地区生产总值3.58亿元，同比增长12.4%，完成年度目标任务。",
];
/** An error-heavy draft (a line of ASCII punctuation in every four), or a typical one (one in forty). */
const draft = (chars, typical = false) => {
  const lines = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const para = typical && i % 40 !== 1 ? PARAS[i % 2 === 1 ? 0 : i % PARAS.length] : PARAS[i % PARAS.length];
    const line = `${para}（第${i}${typical ? "节" : "段"}）`;
    lines.push(line);
    n += line.length + 1;
  }
  return `${lines.join("\n")}\n`;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log("edit: first diagnostics of the new version (the edited paragraphs) / complete; medians of 7 one-character edits");
console.log("The complete run keeps each line's findings and lints edited lines only, unless a rule passes 500 findings");
console.log("(the error-heavy drafts from 100k): then it lints the whole text, as the initial run does.");
console.log("size        initial   edit: first   complete   findings   lightbulb   fix-all   first / initial   complete / initial");
/** @type {Array<{ label: string, chars: number, typical: boolean }>} */
const drafts = [
  { label: "5k", chars: 5_000, typical: false },
  { label: "20k", chars: 20_000, typical: false },
  { label: "100k", chars: 100_000, typical: false },
  { label: "200k", chars: 200_000, typical: false },
  { label: "200k typ.", chars: 200_000, typical: true },
];
for (const { label, chars, typical } of drafts) {
  const uri = pathToFileURL(path.join(workspace, `draft-${label.replace(/\W/g, "")}.txt`)).href;
  const text = draft(chars, typical);
  let t = performance.now();
  const opened = published(uri, 1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "plaintext", version: 1, text } });
  const first = await opened;
  const initial = performance.now() - t;
  const edits = [];
  const completes = [];
  for (let version = 2; version <= 8; version++) {
    const line = 10 + version;
    const first = published(uri, version);
    const all = complete(uri, version);
    t = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: "，" }],
    });
    await first;
    edits.push(performance.now() - t);
    await all;
    completes.push(performance.now() - t);
  }
  const here = first.diagnostics.filter((d) => d.range.start.line === first.diagnostics[0].range.start.line);
  const bulbs = [];
  for (let i = 0; i < 7; i++) {
    t = performance.now();
    await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: here[0].range, context: { diagnostics: here } });
    bulbs.push(performance.now() - t);
  }
  t = performance.now();
  await connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: here[0].range,
    context: { diagnostics: [], only: ["source.fixAll.gongwen"] },
  });
  const fixAll = performance.now() - t;
  console.log(
    `${String(label).padEnd(10)}${initial.toFixed(0).padStart(6)} ms ${median(edits).toFixed(0).padStart(9)} ms ${median(completes).toFixed(0).padStart(7)} ms ${String(first.diagnostics.length).padStart(10)} ${median(bulbs).toFixed(1).padStart(8)} ms ${fixAll.toFixed(0).padStart(6)} ms ${(median(edits) / initial).toFixed(2).padStart(12)} ${(median(completes) / initial).toFixed(2).padStart(17)}`,
  );
}
// Memory over a long editing session: 1,000 one-character edits to a 20k draft, each published; the server's
// resident memory after the first 100 and after all 1,000 (it should stay flat).
{
  const { readFileSync } = await import("node:fs");
  const rss = () => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${proc.pid}/status`, "utf8"))?.[1] ?? NaN) / 1024;
    } catch {
      return Number.NaN; // not Linux
    }
  };
  const uri = pathToFileURL(path.join(workspace, "session.txt")).href;
  const opened = published(uri, 1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "plaintext", version: 1, text: draft(20_000) },
  });
  await opened;
  let early = Number.NaN;
  for (let version = 2; version <= 1001; version++) {
    const done = complete(uri, version);
    const line = 5 + (version % 200);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: version % 2 ? "，" : "" }],
    });
    await done;
    if (version === 101) early = rss();
  }
  const late = rss();
  console.log(
    `\nserver RSS over 1,000 edits (20k draft): ${early.toFixed(0)} MB after 100, ${late.toFixed(0)} MB after 1,000 (×${(late / early).toFixed(2)})`,
  );
}

await connection.sendRequest(ShutdownRequest.type);
await connection.sendNotification(ExitNotification.type);
connection.dispose();
