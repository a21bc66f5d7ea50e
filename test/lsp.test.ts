import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidOpenTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  ExecuteCommandRequest,
  FileChangeType,
  type CodeAction,
  type Diagnostic,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ROOT } from "./helpers.js";
import { TestClient } from "./lsp-client.js";

const clients: TestClient[] = [];
async function start(env: Record<string, string> = {}, initializationOptions?: unknown): Promise<TestClient> {
  const client = new TestClient(mkdtempSync(path.join(os.tmpdir(), "gwlint-lsp-")), env);
  clients.push(client);
  await client.initialize(initializationOptions);
  return client;
}

const counters = (client: TestClient): Promise<{ lint: number; fixAll: number }> => client.connection.sendRequest("gongwen/testCounters");

/** An error-heavy document of about `chars` characters: every line has fixable and unfixable findings. */
function heavy(chars: number): string {
  const line = "同志们:今天召开全县工作会议,,请XX镇报送材料,要不折不扣的抓好落实.\n";
  return line.repeat(Math.ceil(chars / line.length));
}
afterEach(async () => {
  for (const c of clients.splice(0)) if (c.proc.exitCode === null) await c.stop();
});

const codes = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code));

async function actions(client: TestClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const doc = client.docs.get(uri)!;
  const range = { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) };
  return (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range,
    context: { diagnostics, only },
  })) as CodeAction[];
}

describe("language server over stdio", () => {
  it("publishes diagnostics with the engine's ranges, severity, rule id and a docs link", async () => {
    const client = await start();
    const uri = await client.open("draft.txt", "同志们:今天开会...\n请XX镇报送材料。\n");
    const ds = await client.diagnostics(uri, 1);
    expect(codes(ds)).toEqual(["no-ascii-punctuation", "ellipsis-and-dash", "no-placeholder"]);
    expect(ds[0]).toMatchObject({
      range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } },
      severity: 1,
      source: "gongwen-lint",
      message: "中文语境应使用全角冒号“：”",
    });
    expect(ds[2].range).toEqual({ start: { line: 1, character: 1 }, end: { line: 1, character: 3 } });
    const href = ds[0].codeDescription!.href;
    expect(href).toMatch(/^file:\/\/.*no-ascii-punctuation\.md$/);
    expect(existsSync(fileURLToPath(href))).toBe(true);
  });

  it("loads the bundled native segmenter (jieba) for segmentation-based rules", async () => {
    const client = await start();
    const uri = await client.open("seg.txt", "我们们要坚持工作作风。\n");
    const ds = await client.diagnostics(uri, 1);
    expect(codes(ds)).toEqual(["no-duplicated-char"]);
    expect(ds[0].range).toEqual({ start: { line: 0, character: 2 }, end: { line: 0, character: 3 } });
  });

  it("re-lints after an edit and clears on close", async () => {
    const client = await start();
    const uri = await client.open("a.md", "同志们:\n\n`代码:不查`\n");
    expect(codes(await client.diagnostics(uri, 1))).toEqual(["no-ascii-punctuation"]);
    const v2 = await client.change(uri, "同志们：\n");
    expect(await client.diagnostics(uri, v2)).toEqual([]);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await client.until(() => client.published.at(-1)?.uri === uri && client.published.at(-1)!.version === undefined, 5000, "clearing");
    expect(client.published.at(-1)!.diagnostics).toEqual([]);
  });

  it("offers a quick fix per fixable finding that produces the expected text", async () => {
    const client = await start();
    const uri = await client.open("a.txt", "同志们:今天开会。\n");
    const ds = await client.diagnostics(uri, 1);
    const list = await actions(client, uri, ds, ["quickfix"]);
    const fix = list.find((a) => a.title === "改为“：”（no-ascii-punctuation）")!;
    expect(fix.isPreferred).toBe(true);
    client.applyWorkspaceEdit(fix.edit!);
    expect(client.text(uri)).toBe("同志们：今天开会。\n");
  });

  it("offers the delete-line suggestion for web residue", async () => {
    const client = await start();
    const uri = await client.open("a.txt", "同志们：\n浏览量：42\n今天开会。\n");
    const ds = await client.diagnostics(uri, 1);
    expect(codes(ds)).toEqual(["no-web-residue"]);
    const del = (await actions(client, uri, ds, ["quickfix"])).find((a) => a.title.startsWith("删除此行"))!;
    client.applyWorkspaceEdit(del.edit!);
    expect(client.text(uri)).toBe("同志们：\n今天开会。\n");
  });

  it("confusable-char: its model loads in the bundle, the suggestion is a quick fix, fix-all leaves it", async () => {
    const client = await start();
    const uri = await client.open("a.txt", "同志们:深化国资国企该革。\n");
    const ds = await client.diagnostics(uri, 1);
    expect(codes(ds)).toEqual(["no-ascii-punctuation", "confusable-char"]);
    expect(ds[1]).toMatchObject({ severity: 2, message: "“该革”疑为“改革”之误（置信度 0.81）" });
    const [fixAll] = await actions(client, uri, ds, ["source.fixAll.gongwen"]);
    client.applyWorkspaceEdit(fixAll.edit!);
    expect(client.text(uri)).toBe("同志们：深化国资国企该革。\n");
    const v2 = await client.change(uri, "深化国资国企该革。\n");
    const fix = (await actions(client, uri, await client.diagnostics(uri, v2), ["quickfix"])).find((a) => a.title.startsWith("改为“改革”"))!;
    client.applyWorkspaceEdit(fix.edit!);
    expect(client.text(uri)).toBe("深化国资国企改革。\n");
  });

  it("fix-all: as source.fixAll.gongwen and through executeCommand + workspace/applyEdit", async () => {
    const client = await start();
    const text = '同志们:今天开会,,大家好.\n要明确"干什么"!\n';
    const uri = await client.open("a.txt", text);
    const ds = await client.diagnostics(uri, 1);
    const [fixAll] = await actions(client, uri, ds, ["source.fixAll.gongwen"]);
    expect(fixAll.kind).toBe("source.fixAll.gongwen");
    client.applyWorkspaceEdit(fixAll.edit!);
    expect(client.text(uri)).toBe("同志们：今天开会，大家好。\n要明确“干什么”！\n");
    // Back to the original text, then the command path.
    const v2 = await client.change(uri, text);
    await client.diagnostics(uri, v2);
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "gongwen.applyFixAll", arguments: [uri] });
    expect(result).toMatchObject({ applied: true });
    expect(client.text(uri)).toBe("同志们：今天开会，大家好。\n要明确“干什么”！\n");
  });

  it("disables a rule for a line or a file with an inline comment", async () => {
    const client = await start();
    const uri = await client.open("a.txt", "第一行。\n同志们:\n");
    const ds = await client.diagnostics(uri, 1);
    const list = await actions(client, uri, ds, ["quickfix"]);
    const line = list.find((a) => a.title.startsWith("在下一行之前禁用 no-ascii-punctuation"))!;
    client.applyWorkspaceEdit(line.edit!);
    expect(client.text(uri)).toBe("第一行。\n// gwlint-disable-next-line no-ascii-punctuation\n同志们:\n");
    const v2 = await client.change(uri, client.text(uri));
    expect(await client.diagnostics(uri, v2)).toEqual([]);
    const md = await client.open("b.md", "# 标题\n\n同志们:\n");
    const mdActions = await actions(client, md, await client.diagnostics(md, 1), ["quickfix"]);
    client.applyWorkspaceEdit(mdActions.find((a) => a.title === "在本文件中禁用 no-ascii-punctuation")!.edit!);
    expect(client.text(md)).toBe("<!-- gwlint-disable no-ascii-punctuation -->\n# 标题\n\n同志们:\n");
  });

  it("adds a word to the allow list in .gwlintrc.json and re-lints", async () => {
    const client = await start();
    const uri = await client.open("a.txt", "XX集团是合作伙伴。\n");
    const ds = await client.diagnostics(uri, 1);
    expect(codes(ds)).toEqual(["no-placeholder"]);
    const allow = (await actions(client, uri, ds, ["quickfix"])).find((a) => a.title.startsWith("将“XX”加入允许词表"))!;
    const before = client.published.length;
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, allow.command!);
    expect(result).toMatchObject({ applied: true });
    const rc = path.join(client.workspace, ".gwlintrc.json");
    expect(JSON.parse(readFileSync(rc, "utf8"))).toEqual({ allow: ["XX"] });
    await client.until(() => client.published.slice(before).find((p) => p.uri === uri), 5000, "re-lint");
    expect(client.published.at(-1)!.diagnostics).toEqual([]);
  });

  it("picks up a changed configuration file", async () => {
    const client = await start();
    const uri = await client.open("a.txt", "同志们:\n等等...\n");
    expect(codes(await client.diagnostics(uri, 1))).toEqual(["no-ascii-punctuation", "ellipsis-and-dash"]);
    const rc = path.join(client.workspace, ".gwlintrc.json");
    writeFileSync(rc, JSON.stringify({ rules: { "no-ascii-punctuation": false } }));
    const before = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: client.uri(".gwlintrc.json"), type: FileChangeType.Created }],
    });
    const next = await client.until(() => client.published.slice(before).find((p) => p.uri === uri), 5000, "re-lint");
    expect(codes(next.diagnostics)).toEqual(["ellipsis-and-dash"]);
  });

  it("publishes nothing for a file the configuration ignores, as gwlint skips it", async () => {
    const client = await start();
    writeFileSync(path.join(client.workspace, ".gwlintrc.json"), JSON.stringify({ ignore: ["drafts/"] }));
    const skipped = await client.open("drafts/old.txt", "同志们:\n");
    const linted = await client.open("new.txt", "同志们:\n");
    expect(codes(await client.diagnostics(linted, 1))).toEqual(["no-ascii-punctuation"]);
    expect(await client.diagnostics(skipped, 1)).toEqual([]);
  });

  it("drops stale runs: after a burst of edits only the final version is published", async () => {
    const client = await start();
    const body = "　　要坚持以人民为中心的发展思想，推动高质量发展，确保各项任务落到实处。\n".repeat(300);
    const uri = await client.open("a.txt", `${body}同志们:\n`);
    await client.diagnostics(uri, 1);
    const before = client.published.length;
    let version = 1;
    for (let i = 0; i < 30; i++)
      version = await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: i % 2 ? "" : "" }]);
    version = await client.change(uri, `${body}同志们：\n`);
    const final = await client.diagnostics(uri, version);
    expect(codes(final)).not.toContain("no-ascii-punctuation");
    const burst = client.published.slice(before).filter((p) => p.uri === uri);
    expect(burst.length).toBeLessThan(10);
    expect(burst.every((p) => p.version === version)).toBe(true);
  });

  it("a rule that throws is logged once; other rules and the server carry on", async () => {
    const client = await start({ GWLINT_TEST_THROWING_RULE: "1" });
    const uri = await client.open("a.txt", "引发异常。同志们:\n");
    expect(codes(await client.diagnostics(uri, 1))).toEqual(["no-ascii-punctuation"]);
    const v2 = await client.change(uri, "再次引发异常。同志们:\n");
    expect(codes(await client.diagnostics(uri, v2))).toEqual(["no-ascii-punctuation"]);
    const errors = client.logs.filter((l) => l.type === 1 && l.message.includes("test-throwing-rule"));
    expect(errors).toHaveLength(1);
  });

  it("the lightbulb's request on a 200,000-character error-heavy draft returns quick fixes without computing fix-all", async () => {
    const client = await start({ GWLINT_TEST_COUNTERS: "1" });
    const uri = await client.open("long.txt", heavy(200_000));
    const ds = await client.diagnostics(uri, 1);
    expect(ds.length).toBeGreaterThan(100);
    const before = await counters(client);
    // VS Code asks for the diagnostics at the cursor, without `only`, on every cursor move.
    const here = ds.filter((d) => d.range.start.line === 5);
    const result = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: here[0].range,
      context: { diagnostics: here },
    })) as CodeAction[];
    expect(result.some((a) => a.kind === "quickfix" && a.edit)).toBe(true);
    // Fix-all is offered as a command, run only when chosen.
    const fixAll = result.find((a) => a.kind === "source.fixAll.gongwen")!;
    expect(fixAll.edit).toBeUndefined();
    expect(fixAll.command).toMatchObject({ command: "gongwen.applyFixAll", arguments: [uri] });
    expect((await counters(client)).fixAll).toBe(before.fixAll);
    expect((await counters(client)).lint).toBe(before.lint);
  });

  it("a cancelled fix-all request computes nothing and returns no edit", async () => {
    const client = await start({ GWLINT_TEST_COUNTERS: "1" });
    const uri = await client.open("long.txt", heavy(50_000));
    await client.diagnostics(uri, 1);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest(
      CodeActionRequest.type,
      {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ["source.fixAll.gongwen"] },
      },
      source.token,
    );
    source.cancel();
    const result = await pending.catch((e: { code?: number }) => e);
    expect(Array.isArray(result) ? result : []).toEqual([]);
    expect((await counters(client)).fixAll).toBe(0);
    // Not cancelled, the same request computes the edit.
    const [fixAll] = await actions(client, uri, [], ["source.fixAll.gongwen"]);
    expect(fixAll.edit).toBeDefined();
    expect((await counters(client)).fixAll).toBe(1);
  });

  it("reports each document's state for the status bar: checking, then checked; skipped when not checked", async () => {
    const client = await start();
    writeFileSync(path.join(client.workspace, ".gwlintrc.json"), JSON.stringify({ ignore: ["drafts/"] }));
    const checked = await client.open("a.txt", "同志们:\n");
    const skipped = await client.open("drafts/b.txt", "同志们:\n");
    const json = await client.open("settings.json", "{}", "json");
    await client.until(() => client.statuses.some((s) => s.uri === checked && s.state === "checked"), 10_000, "checked");
    await client.until(() => client.statuses.some((s) => s.uri === skipped && s.state === "skipped"), 10_000, "skipped");
    await client.until(() => client.statuses.some((s) => s.uri === json && s.state === "skipped"), 10_000, "json skipped");
    const states = client.statuses.filter((s) => s.uri === checked).map((s) => s.state);
    expect(states.slice(0, 2)).toEqual(["checking", "checked"]);
  });

  it("never lints the rules' own docs, and links them through the client's read-only scheme when it has one", async () => {
    const client = await start({}, { docsScheme: "gongwen-doc" });
    const doc = path.join(ROOT, "packages/rules/src/rules/no-web-residue/README.md");
    const docUri = pathToFileURL(doc).href;
    client.docs.set(docUri, TextDocument.create(docUri, "markdown", 1, readFileSync(doc, "utf8")));
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: docUri, languageId: "markdown", version: 1, text: readFileSync(doc, "utf8") },
    });
    expect(await client.diagnostics(docUri, 1)).toEqual([]);
    const uri = await client.open("a.txt", "同志们:\n");
    const [d] = await client.diagnostics(uri, 1);
    expect(d.codeDescription!.href).toBe("gongwen-doc:/no-ascii-punctuation.md");
  });

  it("checks the workspace in the background: the files gwlint would check, results for each, progress, ignores honoured", async () => {
    const client = await start();
    const ws = client.workspace;
    const { mkdirSync } = await import("node:fs");
    mkdirSync(path.join(ws, "drafts"));
    mkdirSync(path.join(ws, "old"));
    writeFileSync(path.join(ws, "a.txt"), "同志们:\n");
    writeFileSync(path.join(ws, "b.md"), "# 标题\n\n请XX镇报送。\n");
    writeFileSync(path.join(ws, "gbk.txt"), new TextEncoder().encode("clean")); // no findings
    writeFileSync(path.join(ws, "drafts", "c.txt"), "同志们:\n"); // ignored by the configuration
    writeFileSync(path.join(ws, "old", "d.txt"), "同志们:\n"); // ignored by .gwlintignore
    writeFileSync(path.join(ws, ".gwlintrc.json"), JSON.stringify({ ignore: ["drafts/"] }));
    writeFileSync(path.join(ws, ".gwlintignore"), "old/\n");
    const result = await client.connection.sendRequest("gongwen/lintWorkspace", {});
    expect(result).toEqual({ files: 3, checked: 3, problems: 2, failed: 0, cancelled: false });
    const published = (name: string) => client.published.filter((p) => p.uri === client.uri(name));
    expect(codes(published("a.txt").at(-1)!.diagnostics)).toEqual(["no-ascii-punctuation"]);
    expect(codes(published("b.md").at(-1)!.diagnostics)).toEqual(["no-placeholder"]);
    expect(published("drafts/c.txt")).toEqual([]);
    expect(published("old/d.txt")).toEqual([]);
  });

  it("after an edit publishes the edited paragraphs first, the rest moved with the edit, then the complete result", async () => {
    const client = await start();
    const lines = Array.from({ length: 400 }, (_, i) =>
      i % 50 === 7 ? "同志们:请XX镇报送材料。" : `第${i}段：要坚持以人民为中心的发展思想，推动高质量发展。`,
    );
    const uri = await client.open("long.txt", `${lines.join("\n")}\n`);
    const before = await client.diagnostics(uri, 1);
    expect(before.length).toBeGreaterThan(10);
    // A new line with a slip inserted at line 100: everything below moves down one line.
    const v2 = await client.edit(uri, [
      { range: { start: { line: 100, character: 0 }, end: { line: 100, character: 0 } }, newText: "要不折不扣的抓好落实,确保见效。\n" },
    ]);
    const complete = await client.diagnostics(uri, v2);
    const [early] = client.publishes(uri, v2);
    // The first publish already has the edited line's findings and the old ones, moved.
    expect(early.filter((d) => d.range.start.line === 100).map((d) => String(d.code))).toEqual(["de-di-de", "no-ascii-punctuation"]);
    const moved = before.filter((d) => d.range.start.line > 100).map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character}`);
    expect(early.filter((d) => d.range.start.line > 100).map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`)).toEqual(moved);
    // The complete result is what a cold lint of the same text gives.
    const cold = await client.open("cold.txt", client.text(uri));
    const strip = (ds: Diagnostic[]) => ds.map(({ data, ...d }) => d);
    expect(strip(complete)).toEqual(strip(await client.diagnostics(cold, 1)));
    // A quick fix from the early publish applies at the moved position.
    const fix = (
      await actions(
        client,
        uri,
        early.filter((d) => d.range.start.line === 108 && d.code === "no-ascii-punctuation"),
        ["quickfix"],
      )
    ).find((a) => a.title.startsWith("改为"))!;
    client.applyWorkspaceEdit(fix.edit!);
    expect(client.text(uri).split("\n")[108]).toBe("同志们：请XX镇报送材料。");
  });

  it("survives malformed and unknown requests", async () => {
    const client = await start();
    await expect(client.connection.sendRequest("textDocument/codeAction", {})).rejects.toBeTruthy();
    await expect(client.connection.sendRequest("gongwen/noSuchMethod", { x: 1 })).rejects.toBeTruthy();
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: "file:///nope.txt", version: 2 }, contentChanges: [] });
    await expect(
      client.connection.sendRequest(ExecuteCommandRequest.type, { command: "gongwen.applyFixAll", arguments: [42] }),
    ).resolves.toMatchObject({ applied: false });
    const uri = await client.open("a.txt", "同志们:\n");
    expect(codes(await client.diagnostics(uri, 1))).toEqual(["no-ascii-punctuation"]);
    expect(await client.stop()).toBe(0);
  });
});
