// A minimal LSP client for tests: starts the built server over stdio and keeps a copy of each document.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  ApplyWorkspaceEditRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ROOT } from "./helpers.js";

export const SERVER = path.join(ROOT, "packages/vscode-extension/dist/server.js");

export class TestClient {
  readonly proc: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly published: PublishDiagnosticsParams[] = [];
  readonly logs: Array<{ type: number; message: string }> = [];
  /** gongwen/status notifications, in order. */
  readonly statuses: Array<{ uri: string; state: string; version?: number }> = [];
  readonly docs = new Map<string, TextDocument>();
  private waiters: Array<() => void> = [];

  constructor(
    readonly workspace: string,
    env: Record<string, string> = {},
    server = SERVER,
  ) {
    this.proc = spawn(process.execPath, [server, "--stdio"], { cwd: workspace, env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.published.push(p);
      this.notify();
    });
    this.connection.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p);
      this.notify();
    });
    this.connection.onNotification("gongwen/status", (p: { uri: string; state: string; version?: number }) => {
      this.statuses.push(p);
      this.notify();
    });
    this.connection.onRequest(RegistrationRequest.type, () => undefined);
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (p) => {
      this.applyWorkspaceEdit(p.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  uri(name: string): string {
    return pathToFileURL(path.join(this.workspace, name)).href;
  }

  async initialize(initializationOptions?: unknown): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      initializationOptions,
      rootUri: pathToFileURL(this.workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(this.workspace).href, name: "ws" }],
      capabilities: {
        workspace: { applyEdit: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { dynamicRegistration: false } },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(name: string, text: string, languageId = name.endsWith(".md") ? "markdown" : "plaintext"): Promise<string> {
    const uri = this.uri(name);
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Replaces the whole text (as an incremental change covering the document). */
  async change(uri: string, text: string): Promise<number> {
    const doc = this.docs.get(uri)!;
    const range = { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) };
    return this.edit(uri, [{ range, newText: text }]);
  }

  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    // Incremental changes are applied in order; send them from the end so earlier ranges stay valid.
    const ordered = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    const next = TextDocument.update(
      doc,
      ordered.map((e) => ({ range: e.range, text: e.newText })),
      version,
    );
    this.docs.set(uri, next);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    return version;
  }

  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      const doc = this.docs.get(uri)!;
      this.docs.set(uri, TextDocument.create(uri, doc.languageId, doc.version, TextDocument.applyEdits(doc, edits)));
    }
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** Resolves when `predicate` holds (checked on every notification), or rejects after `ms`. */
  async until<T>(predicate: () => T | undefined | false, ms = 10_000, what = "condition"): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /**
   * The complete diagnostics published for `uri` at `version` (or the latest, if no version is given): after the
   * server says the check of that version is done (an earlier publish may cover only the edited paragraphs).
   */
  async diagnostics(uri: string, version?: number): Promise<Diagnostic[]> {
    const found = await this.until(
      () => {
        const done = this.statuses.some((s) => s.uri === uri && s.state !== "checking" && (version === undefined || s.version === version));
        return done && [...this.published].reverse().find((p) => p.uri === uri && (version === undefined || p.version === version));
      },
      10_000,
      `diagnostics for ${uri} v${version}`,
    );
    return found.diagnostics;
  }

  /** Every publish for `uri` at `version`, in order (the edited paragraphs first, then the complete result). */
  publishes(uri: string, version: number): Diagnostic[][] {
    return this.published.filter((p) => p.uri === uri && p.version === version).map((p) => p.diagnostics);
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.proc.once("exit", (code) => resolve(code)));
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.proc.kill();
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
