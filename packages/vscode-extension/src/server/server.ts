// gongwen-lint language server: diagnostics, quick fixes and fix-all for 公文 drafts, on
// @gongwen-lint/core. Runs under VS Code (ipc) or any LSP editor: `node dist/server.js --stdio`.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { TextlintKernelRule } from "@textlint/kernel";
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { COMMAND_ALLOW_WORD, COMMAND_FIX_ALL, counters, DEFAULT_SETTINGS, FIX_ALL_KIND, LintService, tick, type Settings } from "./service.js";

/**
 * Sent to the client for its status bar: a check of a version started, finished (its diagnostics are complete:
 * an earlier publish for the same version may have covered only the edited paragraphs), or the document is not
 * checked.
 */
const STATUS = "gongwen/status";
type Status = "checking" | "checked" | "skipped";

/** Delay after the last keystroke before linting (onType). */
const DEBOUNCE_MS = 40;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const docsDir = path.join(__dirname, "..", "docs");

let pullConfiguration = false;
let workspaceDirs: string[] = [];
const loggedErrors = new Set<string>();

const logOnce = (key: string, message: string): void => {
  if (loggedErrors.has(key)) return;
  loggedErrors.add(key);
  connection.console.error(message);
};

// Test hook (used by the stdio tests): a rule that throws on documents containing "引发异常".
const extraRules: TextlintKernelRule[] = process.env.GWLINT_TEST_THROWING_RULE
  ? [
      {
        ruleId: "test-throwing-rule",
        rule: (context) => ({
          [context.Syntax.Str](node) {
            if (String(node.value).includes("引发异常")) throw new Error("test-throwing-rule: 引发异常");
          },
        }),
      },
    ]
  : [];

const service = new LintService(DEFAULT_SETTINGS, docsDir, () => workspaceDirs, {
  extraRules,
  onRuleError: (ruleId, error) =>
    logOnce(`${ruleId}:${(error as Error)?.message}`, `规则 ${ruleId} 内部出错，已跳过：${(error as Error)?.stack ?? String(error)}`),
});

export function normaliseSettings(raw: Partial<Settings> | null | undefined): Settings {
  const s = raw ?? {};
  return {
    enable: typeof s.enable === "boolean" ? s.enable : DEFAULT_SETTINGS.enable,
    run: s.run === "onSave" ? "onSave" : "onType",
    languages: Array.isArray(s.languages) ? s.languages.filter((l) => typeof l === "string") : DEFAULT_SETTINGS.languages,
    configPath: typeof s.configPath === "string" ? s.configPath : "",
  };
}

async function fetchSettings(): Promise<Settings> {
  if (!pullConfiguration) return service.current;
  try {
    const [raw] = await connection.workspace.getConfiguration([{ section: "gongwen" }]);
    return normaliseSettings(raw);
  } catch {
    return service.current;
  }
}

let watchFiles = false;
connection.onInitialize((params: InitializeParams) => {
  pullConfiguration = Boolean(params.capabilities.workspace?.configuration);
  watchFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
  const options = params.initializationOptions as { settings?: Partial<Settings>; docsScheme?: string } | undefined;
  service.reset(normaliseSettings(options?.settings));
  // A client that shows rule docs itself (read-only, never linted) names its scheme; others get file URLs.
  if (typeof options?.docsScheme === "string" && /^[a-z][a-z0-9+.-]*$/.test(options.docsScheme)) service.docsScheme = options.docsScheme;
  workspaceDirs = (params.workspaceFolders ?? [])
    .map((f) => (f.uri.startsWith("file:") ? new URL(f.uri).pathname : ""))
    .filter(Boolean)
    .map((p) => path.resolve(decodeURIComponent(p)));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [COMMAND_FIX_ALL, COMMAND_ALLOW_WORD] },
    },
    serverInfo: { name: "gongwen-lint" },
  };
});

connection.onInitialized(async () => {
  if (pullConfiguration) service.reset(await fetchSettings());
  if (watchFiles) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: "**/.gwlintrc.json" }, { globPattern: "**/package.json" }],
    });
  }
});

const timers = new Map<string, NodeJS.Timeout>();
const generations = new Map<string, number>();

function schedule(uri: string, delay: number, edited = false): void {
  clearTimeout(timers.get(uri));
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      void validate(uri, edited);
    }, delay),
  );
}

const status = (uri: string, state: Status, version?: number): void => void connection.sendNotification(STATUS, { uri, state, version });

/**
 * Lints the current text. A newer version supersedes older runs: a run that has not started when the document
 * changes again does not start, and the results of a run overtaken by an edit are dropped, never published.
 */
async function validate(uri: string, edited = false): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const generation = (generations.get(uri) ?? 0) + 1;
  generations.set(uri, generation);
  if (!service.checks(doc)) {
    connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
    status(uri, "skipped", doc.version);
    return;
  }
  const version = doc.version;
  status(uri, "checking", version);
  const stale = (): boolean => generations.get(uri) !== generation || documents.get(uri)?.version !== version;
  try {
    await tick();
    if (stale()) return;
    // After an edit, the edited paragraphs first (the rest moved from the last result), then the full run.
    if (edited) {
      const early = await service.editedRegion(doc);
      if (stale()) return;
      // Written before the full run starts: that run is long synchronous work, and the message would wait for it
      // in the connection's write queue.
      if (early) await connection.sendDiagnostics({ uri, version, diagnostics: early });
      await tick();
      if (stale()) return;
    }
    const diagnostics = await service.diagnostics(doc);
    if (generations.get(uri) !== generation || documents.get(uri)?.version !== version) return;
    connection.sendDiagnostics({ uri, version, diagnostics });
    status(uri, "checked", version);
  } catch (error) {
    logOnce(`lint:${(error as Error)?.message}`, `检查 ${uri} 时出错：${(error as Error)?.stack ?? String(error)}`);
    status(uri, "checked", version);
  }
}

function revalidateAll(): void {
  for (const doc of documents.all()) schedule(doc.uri, 0);
}

documents.onDidOpen((e) => schedule(e.document.uri, 0));
documents.onDidChangeContent((e) => {
  if (service.current.run === "onType") schedule(e.document.uri, DEBOUNCE_MS, true);
});
documents.onDidSave((e) => {
  if (service.current.run === "onSave") schedule(e.document.uri, 0);
});
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  timers.delete(e.document.uri);
  generations.delete(e.document.uri);
  service.forget(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(async (change) => {
  const pushed = (change.settings as { gongwen?: Partial<Settings> } | null)?.gongwen;
  service.reset(pullConfiguration ? await fetchSettings() : normaliseSettings(pushed ?? service.current));
  revalidateAll();
});

connection.onDidChangeWatchedFiles(() => {
  service.reset();
  revalidateAll();
});

connection.onCodeAction(async (params, token) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !service.checks(doc)) return [];
  return service.codeActions(doc, params.context.diagnostics, params.context.only, token);
});

connection.onExecuteCommand(async (params, token) => {
  const [uri, word] = (params.arguments ?? []) as [string, string?];
  const doc = typeof uri === "string" ? documents.get(uri) : undefined;
  if (!doc) return { applied: false, reason: "文档未打开" };
  if (params.command === COMMAND_FIX_ALL) {
    const edit = await service.fixAllEdit(doc, token);
    if (!edit) return { applied: false, reason: token.isCancellationRequested ? "已取消" : "没有可自动修复的问题" };
    return connection.workspace.applyEdit({ label: "gongwen-lint：修复全部", edit: { changes: { [uri]: [edit] } } });
  }
  if (params.command === COMMAND_ALLOW_WORD && typeof word === "string" && word.length > 0) {
    const file = await service.allowWord(doc, word);
    revalidateAll();
    return { applied: true, file };
  }
  return { applied: false, reason: `未知命令 ${params.command}` };
});

/**
 * "公文校对：检查工作区": every file gwlint would check in the workspace folders, in the background with
 * progress and cancellation; the results go to the Problems panel. Open documents keep their own, live results.
 */
connection.onRequest("gongwen/lintWorkspace", async (_params: unknown, token) => {
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin("公文校对：检查工作区", 0, "查找文件……", true);
  const cancelled = (): boolean => token.isCancellationRequested || progress.token.isCancellationRequested;
  const files = service.workspaceFiles();
  let checked = 0;
  let problems = 0;
  const failed: string[] = [];
  for (const file of files) {
    if (cancelled()) break;
    const uri = pathToFileURL(file).href;
    if (!documents.get(uri)) {
      try {
        const diagnostics = await service.fileDiagnostics(file);
        connection.sendDiagnostics({ uri, diagnostics });
        problems += diagnostics.length;
      } catch (error) {
        failed.push(`${file}：${(error as Error).message}`);
      }
    }
    checked++;
    progress.report(Math.floor((checked * 100) / files.length), `${checked}/${files.length} ${path.basename(file)}`);
    await tick();
  }
  progress.done();
  for (const line of failed) connection.console.warn(`检查工作区：${line}`);
  return { files: files.length, checked, problems, failed: failed.length, cancelled: cancelled() };
});

// Test hook (the stdio tests): how often the costly operations ran.
if (process.env.GWLINT_TEST_COUNTERS) connection.onRequest("gongwen/testCounters", () => ({ ...counters }));

process.on("unhandledRejection", (error) => logOnce(`rejection:${String(error)}`, `未处理的错误：${String(error)}`));

documents.listen(connection);
connection.listen();
