import * as vscode from "vscode";
import { ExecuteCommandRequest, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { countDiagnostics, documentSelector, statusText } from "./logic.js";

const COMMAND_FIX_ALL = "gongwen.applyFixAll"; // executed by the server

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let status: vscode.StatusBarItem;

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
  };
  return new LanguageClient("gongwen", "gongwen-lint", serverOptions, clientOptions);
}

function updateStatus(): void {
  const enabled = vscode.workspace.getConfiguration("gongwen").get<boolean>("enable", true);
  const editor = vscode.window.activeTextEditor;
  const counts = editor ? countDiagnostics(vscode.languages.getDiagnostics(editor.document.uri)) : undefined;
  const { text, tooltip } = statusText(editor ? counts : undefined, enabled);
  status.text = text;
  status.tooltip = tooltip;
  status.show();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("gongwen-lint", { log: true });
  status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = "gongwen.showOutput";
  context.subscriptions.push(output, status);

  client = createClient(context);
  await client.start();

  context.subscriptions.push(
    vscode.commands.registerCommand("gongwen.showOutput", () => output.show(true)),
    vscode.commands.registerCommand("gongwen.fixAll", async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      await client.sendRequest(ExecuteCommandRequest.type, { command: COMMAND_FIX_ALL, arguments: [editor.document.uri.toString()] });
    }),
    vscode.commands.registerCommand("gongwen.restart", async () => {
      await client?.stop();
      client = createClient(context);
      await client.start();
    }),
    vscode.languages.onDidChangeDiagnostics(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
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
