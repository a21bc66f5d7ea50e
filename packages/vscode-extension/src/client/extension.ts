import * as vscode from "vscode";
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { countDiagnostics, type DocumentState, documentSelector, groupProblems, type ProblemItem, statusText } from "./logic.js";

const COMMAND_FIX_ALL = "gongwen.applyFixAll"; // executed by the server

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let trace: vscode.LogOutputChannel;
let status: vscode.StatusBarItem;
/** What the server last said about each document (gongwen/status). */
const states = new Map<string, DocumentState>();
/** Rule docs open read-only under this scheme (gongwen-doc:/<rule>.md), never sent to the server. */
const DOCS_SCHEME = "gongwen-doc";

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  const settings = vscode.workspace.getConfiguration("gongwen");
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(settings.get<string[]>("languages")),
    synchronize: { configurationSection: "gongwen" },
    outputChannel: output,
    // A plain channel: gongwen.trace.server shows the traffic without raising the log level.
    traceOutputChannel: trace,
    initializationOptions: { docsScheme: DOCS_SCHEME },
  };
  const created = new LanguageClient("gongwen", "gongwen-lint", serverOptions, clientOptions);
  created.onNotification("gongwen/status", (p: { uri: string; state: DocumentState }) => {
    states.set(p.uri, p.state);
    updateStatus();
  });
  return created;
}

/**
 * The channel for gongwen.trace.server. The language client traces only when its channel's log level is Trace,
 * which a user sets elsewhere; this channel reports Trace whenever gongwen.trace.server is on, so the setting
 * works on its own, and writes every line as it comes.
 */
function traceChannel(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  const channel = vscode.window.createOutputChannel("gongwen-lint 通信记录");
  const changed = new vscode.EventEmitter<vscode.LogLevel>();
  const level = (): vscode.LogLevel =>
    vscode.workspace.getConfiguration("gongwen").get<string>("trace.server", "off") === "off" ? vscode.LogLevel.Info : vscode.LogLevel.Trace;
  context.subscriptions.push(
    channel,
    changed,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("gongwen.trace.server")) changed.fire(level());
    }),
  );
  const write =
    (tag: string) =>
    (message: string | Error, ...args: unknown[]): void =>
      channel.appendLine(`[${new Date().toISOString()}] [${tag}] ${String(message)}${args.length ? ` ${args.map(String).join(" ")}` : ""}`);
  return {
    name: channel.name,
    get logLevel() {
      return level();
    },
    onDidChangeLogLevel: changed.event,
    trace: write("trace"),
    debug: write("debug"),
    info: write("info"),
    warn: write("warning"),
    error: write("error"),
    append: (value) => channel.append(value),
    appendLine: (value) => channel.appendLine(value),
    replace: (value) => channel.replace(value),
    clear: () => channel.clear(),
    show: (a?: boolean | vscode.ViewColumn, b?: boolean) => (typeof a === "boolean" ? channel.show(a) : channel.show(a, b)),
    hide: () => channel.hide(),
    dispose: () => channel.dispose(),
  };
}

function updateStatus(): void {
  const settings = vscode.workspace.getConfiguration("gongwen");
  const enabled = settings.get<boolean>("enable", true);
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  const counts = doc ? countDiagnostics(vscode.languages.getDiagnostics(doc.uri)) : undefined;
  // Output panels and other non-document editors have no status of their own.
  const sent = doc ? vscode.languages.match(documentSelector(settings.get<string[]>("languages")), doc) > 0 : false;
  const state: DocumentState | undefined = !doc ? "checked" : !sent ? "unsent" : states.get(doc.uri.toString());
  const { text, tooltip } = statusText(counts, enabled, state);
  status.text = text;
  status.tooltip = tooltip;
  status.show();
}

type ProblemNode = { kind: "file"; uri: vscode.Uri; problems: ProblemItem[] } | { kind: "problem"; uri: vscode.Uri; problem: ProblemItem };

const SEVERITY_ICONS = ["error", "warning", "info", "info"];

/**
 * The 公文校对 view in the panel: the Problems view's list with only gongwen-lint's problems (VS Code gives
 * extensions no way to set the Problems view's filter), by file; a click opens the place.
 */
class ProblemsProvider implements vscode.TreeDataProvider<ProblemNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private files: Array<{ uri: string; problems: ProblemItem[] }> = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly view: () => vscode.TreeView<ProblemNode> | undefined) {
    this.refresh();
  }

  /** Re-reads the diagnostics, at most every 200 ms while they change as the drafter types. */
  schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.refresh();
    }, 200);
  }

  private refresh(): void {
    this.files = groupProblems(vscode.languages.getDiagnostics().map(([uri, ds]) => [uri.toString(), ds] as const));
    const total = this.files.reduce((n, f) => n + f.problems.length, 0);
    const view = this.view();
    if (view) view.badge = total ? { value: total, tooltip: `公文校对：${total} 个问题` } : undefined;
    this.changed.fire();
  }

  getChildren(node?: ProblemNode): ProblemNode[] {
    if (!node) return this.files.map((f) => ({ kind: "file", uri: vscode.Uri.parse(f.uri), problems: f.problems }));
    return node.kind === "file" ? node.problems.map((problem) => ({ kind: "problem", uri: node.uri, problem })) : [];
  }

  getTreeItem(node: ProblemNode): vscode.TreeItem {
    if (node.kind === "file") {
      const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${vscode.workspace.asRelativePath(node.uri, false).replace(/[^/\\]*$/, "")} ${node.problems.length}`;
      return item;
    }
    const { problem } = node;
    const item = new vscode.TreeItem(problem.message, vscode.TreeItemCollapsibleState.None);
    item.description = `${problem.rule} [${problem.line + 1}, ${problem.character + 1}]`;
    item.iconPath = new vscode.ThemeIcon(SEVERITY_ICONS[problem.severity] ?? "info");
    const at = new vscode.Position(problem.line, problem.character);
    item.command = { title: "打开", command: "vscode.open", arguments: [node.uri, { selection: new vscode.Range(at, at) }] };
    return item;
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("gongwen-lint", { log: true });
  trace = traceChannel(context);
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = "gongwen.problems.focus";
  let view: vscode.TreeView<ProblemNode> | undefined;
  const problems = new ProblemsProvider(() => view);
  view = vscode.window.createTreeView("gongwen.problems", { treeDataProvider: problems });
  context.subscriptions.push(
    output,
    status,
    view,
    vscode.languages.onDidChangeDiagnostics(() => problems.schedule()),
  );
  // Rule docs (the diagnostics' links): read-only documents from the extension's docs folder.
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(DOCS_SCHEME, {
      provideTextDocumentContent: async (uri) => {
        const name = uri.path.replace(/^\//, "");
        if (!/^[a-z-]+\.md$/.test(name)) return "";
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, "docs", name));
        return new TextDecoder().decode(bytes);
      },
    }),
  );

  client = createClient(context);
  await client.start();

  context.subscriptions.push(
    vscode.commands.registerCommand("gongwen.showOutput", () => output.show(true)),
    vscode.commands.registerCommand("gongwen.fixAll", async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      await client.sendRequest(ExecuteCommandRequest.type, { command: COMMAND_FIX_ALL, arguments: [editor.document.uri.toString()] });
    }),
    vscode.commands.registerCommand("gongwen.checkWorkspace", async () => {
      if (!client) return;
      // The server reports progress (with a cancel button) and publishes the results to the Problems panel.
      const r = await client.sendRequest<{ files: number; checked: number; problems: number; failed: number; cancelled: boolean }>(
        "gongwen/lintWorkspace",
        {},
      );
      const failed = r.failed ? `，${r.failed} 个文件无法读取（见输出）` : "";
      const summary = `${r.cancelled ? "已取消：" : ""}检查了 ${r.checked}/${r.files} 个文件，发现 ${r.problems} 个问题${failed}`;
      const choice = await vscode.window.showInformationMessage(`公文校对：${summary}`, "查看问题");
      if (choice) await vscode.commands.executeCommand("gongwen.problems.focus");
    }),
    vscode.commands.registerCommand("gongwen.restart", async () => {
      await client?.stop();
      states.clear();
      client = createClient(context);
      await client.start();
    }),
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidCloseTextDocument((doc) => states.delete(doc.uri.toString())),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration("gongwen.languages")) {
        // The document selector is fixed when a client starts.
        await vscode.commands.executeCommand("gongwen.restart");
      }
      if (e.affectsConfiguration("gongwen")) updateStatus();
    }),
  );
  updateStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
