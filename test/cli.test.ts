import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { ROOT, gwlint, run, workdir } from "./helpers.js";

describe("gwlint formatters", () => {
  it("stylish: file:line:col, severity, Chinese message, rule id and a caret under the text", async () => {
    const r = await run(["test/fixtures/notice.txt"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    const at = lines.findIndex((l) => l.startsWith("test/fixtures/notice.txt:3:4  错误  中文语境应使用全角冒号“："));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at]).toContain("no-ascii-punctuation");
    expect(lines[at + 1]).toBe("    各科室:");
    expect(lines[at + 2]).toBe("          ^"); // 各科室 is six columns wide
    expect(r.stdout).toMatch(/✖ \d+ 个问题（\d+ 个错误，0 个警告），检查了 1 个文件；其中 \d+ 个可用 --fix 自动修复/);
  });

  it("json: textlint's shape with UTF-16 ranges into the decoded text", async () => {
    const r = await run(["--format", "json", "test/fixtures/notice.txt", "test/fixtures/minutes.md"]);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout);
    expect(results.map((x: { filePath: string }) => path.basename(x.filePath))).toEqual(["minutes.md", "notice.txt"]);
    for (const result of results) {
      expect(path.isAbsolute(result.filePath)).toBe(true);
      const text = readFileSync(result.filePath, "utf8");
      for (const m of result.messages) {
        expect(Object.keys(m)).toEqual(expect.arrayContaining(["ruleId", "message", "line", "column", "range", "severity", "loc"]));
        expect(m.range[1]).toBeGreaterThan(m.range[0]);
        if (m.fix) expect(text.slice(...m.fix.range)).toBe(text.slice(...m.range));
      }
    }
    const notice = results[1];
    const colon = notice.messages.find((m: { line: number }) => m.line === 3);
    expect(colon).toMatchObject({ ruleId: "no-ascii-punctuation", column: 4, range: [16, 17], severity: 2, fix: { range: [16, 17], text: "：" } });
    // Markdown inline code is not linted.
    expect(results[0].messages.some((m: { line: number }) => m.line === 5)).toBe(false);
  });

  it("sarif: a 2.1.0 log valid against the official schema", async () => {
    const dir = workdir("notice.txt");
    writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3]));
    const r = await run(["--format", "sarif", "notice.txt", "binary.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(path.join(ROOT, "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
    // The official SARIF 2.1.0 schema is written in JSON Schema draft-04.
    const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats.default(ajv as never);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const sarifRun = log.runs[0];
    expect(sarifRun.tool.driver.name).toBe("gwlint");
    // Each rule links its documentation: the README shipped in the rules package.
    for (const rule of sarifRun.tool.driver.rules) {
      expect(existsSync(fileURLToPath(rule.helpUri)), rule.id).toBe(true);
      expect(rule.helpUri).toMatch(new RegExp(`/rules/${rule.id}/README\\.md$`));
    }
    expect(sarifRun.results.length).toBeGreaterThan(5);
    const first = sarifRun.results.find((x: { ruleId: string }) => x.ruleId === "no-ascii-punctuation");
    expect(first.locations[0].physicalLocation.artifactLocation).toEqual({ uri: "notice.txt", uriBaseId: "%SRCROOT%" });
    expect(first.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 4, endColumn: 5, snippet: { text: ":" } });
    expect(sarifRun.invocations[0].executionSuccessful).toBe(false);
    expect(sarifRun.invocations[0].toolExecutionNotifications[0].message.text).toContain("二进制");
  });

  it("--output writes the report to a file", async () => {
    const dir = workdir("notice.txt");
    const r = await run(["-f", "json", "-o", "report.json", "notice.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(path.join(dir, "report.json"), "utf8"))[0].messages.length).toBeGreaterThan(0);
  });
});

describe("gwlint exit codes and options", () => {
  it("0 for a clean file", async () => {
    const r = await run(["test/fixtures/clean.txt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✔ 未发现问题（检查了 1 个文件）");
  });

  it("warnings alone exit 0, unless --max-warnings is exceeded", async () => {
    const dir = workdir("notice.txt");
    writeFileSync(
      path.join(dir, ".gwlintrc.json"),
      JSON.stringify({ rules: { "no-ascii-punctuation": "warning", "ellipsis-and-dash": "warning", "no-duplicated-punctuation": "warning" } }),
    );
    expect((await run(["notice.txt"], { cwd: dir })).code).toBe(0);
    expect((await run(["--max-warnings", "100", "notice.txt"], { cwd: dir })).code).toBe(0);
    expect((await run(["--max-warnings", "0", "notice.txt"], { cwd: dir })).code).toBe(1);
    const quiet = await run(["--quiet", "notice.txt"], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe("");
  });

  it("--rule and --disable-rule select rules", async () => {
    const only = JSON.parse((await run(["-f", "json", "--rule", "ellipsis-and-dash", "test/fixtures/notice.txt"])).stdout);
    expect(new Set(only[0].messages.map((m: { ruleId: string }) => m.ruleId))).toEqual(new Set(["ellipsis-and-dash"]));
    const without = JSON.parse((await run(["-f", "json", "--disable-rule", "no-ascii-punctuation", "test/fixtures/notice.txt"])).stdout);
    expect(without[0].messages.some((m: { ruleId: string }) => m.ruleId === "no-ascii-punctuation")).toBe(false);
    const unknown = await run(["--rule", "no-such-rule", "test/fixtures/notice.txt"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--rule no-such-rule：未知规则");
  });

  it("2 for usage errors, with a pointer to --help", async () => {
    for (const args of [[], ["--bogus", "a.txt"], ["--format", "xml", "a.txt"], ["--dry-run", "a.txt"], ["--max-warnings", "x", "a.txt"]]) {
      const r = await run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("gwlint --help");
    }
  });

  it("2 for a bad configuration, naming the file and the key", async () => {
    const dir = workdir("notice.txt");
    writeFileSync(path.join(dir, ".gwlintrc.json"), JSON.stringify({ rules: { "no-ascii-punctuation": { allow: 1 } } }));
    const r = await run(["notice.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(dir, ".gwlintrc.json")}：rules.no-ascii-punctuation.allow：类型应为 string`);
    const explicit = await run(["--config", "missing.json", "notice.txt"], { cwd: dir });
    expect(explicit.code).toBe(2);
    expect(explicit.stderr).toContain("missing.json：无法读取");
  });

  it("--config applies one file everywhere; package.json gwlint key is found", async () => {
    const dir = workdir("notice.txt");
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "docs", gwlint: { rules: { "no-ascii-punctuation": false } } }));
    const found = JSON.parse((await run(["-f", "json", "notice.txt"], { cwd: dir })).stdout);
    expect(found[0].messages.some((m: { ruleId: string }) => m.ruleId === "no-ascii-punctuation")).toBe(false);
    writeFileSync(path.join(dir, "all.json"), JSON.stringify({ rules: {} }));
    const explicit = JSON.parse((await run(["-f", "json", "--config", "all.json", "notice.txt"], { cwd: dir })).stdout);
    expect(explicit[0].messages.some((m: { ruleId: string }) => m.ruleId === "no-ascii-punctuation")).toBe(true);
  });

  it("--version, --help and --list-rules", async () => {
    expect((await run(["--version"])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("用法：gwlint");
    expect(help.stdout).toContain("示例：");
    expect((await run(["--list-rules"])).stdout).toContain("paired-punctuation");
  });
});

describe("gwlint --fix", () => {
  it("rewrites a GBK file in GBK, keeping CRLF line endings, and a second run changes nothing", async () => {
    const dir = workdir();
    const file = path.join(dir, "gbk.txt");
    writeFileSync(file, iconv.encode('同志们:今天开会,,大家好.\r\n要明确"干什么"!\r\n', "gbk"));
    const r = await run(["--fix", "gbk.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("已自动修复");
    const bytes = readFileSync(file);
    expect(bytes.equals(iconv.encode("同志们：今天开会，大家好。\r\n要明确“干什么”！\r\n", "gbk"))).toBe(true);
    const again = await run(["--fix", "gbk.txt"], { cwd: dir });
    expect(again.stderr).not.toContain("已自动修复");
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("keeps a UTF-8 BOM and UTF-16 encoding", async () => {
    const dir = workdir();
    const bomFile = path.join(dir, "bom.txt");
    writeFileSync(bomFile, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("同志们:\n")]));
    const u16 = path.join(dir, "u16.md");
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("同志们:\n", "utf16le")]));
    expect((await run(["--fix", "."], { cwd: dir })).code).toBe(0);
    expect(readFileSync(bomFile).equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("同志们：\n")]))).toBe(true);
    expect(readFileSync(u16).equals(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("同志们：\n", "utf16le")]))).toBe(true);
  });

  it("--dry-run prints a unified diff and writes nothing", async () => {
    const dir = workdir("notice.txt");
    const before = readFileSync(path.join(dir, "notice.txt"));
    const r = await run(["--fix", "--dry-run", "notice.txt"], { cwd: dir });
    expect(r.stdout).toContain("--- notice.txt");
    expect(r.stdout).toContain("+++ notice.txt");
    expect(r.stdout).toContain("-各科室:");
    expect(r.stdout).toContain("+各科室：");
    expect(readFileSync(path.join(dir, "notice.txt")).equals(before)).toBe(true);
  });

  it("leaves no temporary files behind", async () => {
    const dir = workdir("notice.txt", "minutes.md");
    await run(["--fix", "."], { cwd: dir });
    expect(readFileSync(path.join(dir, "notice.txt"), "utf8")).toContain("各科室：");
    expect(readdirSync(dir).sort()).toEqual(["minutes.md", "notice.txt"]);
  });
});

describe("gwlint --stdin", () => {
  it("lints standard input, as Markdown with --stdin-filename x.md", async () => {
    const r = await run(["--stdin", "-f", "json"], { input: "同志们:\n" });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ filePath: "<stdin>", messages: [{ ruleId: "no-ascii-punctuation", range: [3, 4] }] });
    const md = await run(["--stdin", "--stdin-filename", "a.md", "-f", "json"], { input: "`a:b`\n" });
    expect(md.code).toBe(0);
  });

  it("with --fix prints the fixed text", async () => {
    const r = await run(["--stdin", "--fix"], { input: "同志们:等等...\n" });
    expect(r.stdout).toBe("同志们：等等……\n");
    expect(r.code).toBe(0);
  });

  it("decodes GBK input (and --fix answers in GBK: see “--stdin honours -o …” below)", async () => {
    const r = await run(["--stdin", "-f", "json"], { input: iconv.encode("同志们:\n", "gbk") });
    expect(JSON.parse(r.stdout)[0].messages[0].message).toBe("中文语境应使用全角冒号“：”");
  });
});

describe("gwlint on bad input: a clear message per file, the run goes on", () => {
  it("missing path, empty directory, binary, unreadable, empty file and unsupported type", async () => {
    const dir = workdir("notice.txt");
    mkdirSync(path.join(dir, "nothing-here"));
    writeFileSync(path.join(dir, "nothing-here", "image.png"), Buffer.from([0x89, 0x50]));
    writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]));
    writeFileSync(path.join(dir, "empty.txt"), "");
    writeFileSync(path.join(dir, "draft.docx"), "PK");
    writeFileSync(path.join(dir, "notes.rtf"), "{\\rtf1}");
    symlinkSync("loop.txt", path.join(dir, "loop.txt"));
    const args = ["missing.txt", "nothing-here", "binary.txt", "empty.txt", "draft.docx", "notes.rtf", "loop.txt", "notice.txt"];
    const r = await run(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing.txt：文件或目录不存在");
    expect(r.stderr).toContain("nothing-here：目录中没有可检查的文件");
    expect(r.stderr).toContain("binary.txt：不是文本文件");
    expect(r.stderr).toContain("empty.txt：空文件");
    expect(r.stderr).toContain("draft.docx：文件已损坏或不是 Word 文档");
    expect(r.stderr).toContain("notes.rtf：不支持的文件类型");
    expect(r.stderr).toContain("loop.txt：无法读取");
    expect(r.stdout).toContain("notice.txt:3:4"); // the good file was still linted
    expect(r.stdout).toContain("检查了 2 个文件"); // notice.txt and empty.txt
  });

  it.skipIf(process.getuid?.() === 0)("a file without read permission", async () => {
    const dir = workdir("notice.txt", "clean.txt");
    chmodSync(path.join(dir, "notice.txt"), 0o000);
    const r = await run(["."], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("notice.txt：没有读取权限");
  });

  it("a 10 MB file is linted without crashing", async () => {
    const dir = workdir();
    const paragraph = (i: number): string => `　　第${i}项工作要坚持以人民为中心的发展思想，推动高质量发展，确保落到实处。\n`;
    const lines: string[] = [];
    for (let i = 0, size = 0; size < 10 * 1024 * 1024; i++) {
      lines.push(paragraph(i));
      size += Buffer.byteLength(lines[i]);
    }
    const body = lines.join("");
    writeFileSync(path.join(dir, "big.txt"), `${body}同志们:\n`);
    const r = await run(["-f", "json", "big.txt"], { cwd: dir });
    expect(r.stderr).toMatch(/^gwlint：共 1 个文件、[\d,]+ 字；错误 1，警告 0；用时 [\d.]+ 秒\n$/);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0].range[0]).toBe(body.length + 3);
  });
});

describe("documents with very many findings", () => {
  it("each rule lists at most 500 per document, then says how it stopped", async () => {
    const dir = workdir();
    writeFileSync(path.join(dir, "dup.txt"), "　　要坚持以人民为中心的发展思想，推动高质量发展，确保各项任务落到实处。\n".repeat(20000));
    const r = await run(["-f", "json", "dup.txt"], { cwd: dir });
    const messages = JSON.parse(r.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === "no-duplicate-paragraph");
    expect(messages).toHaveLength(501);
    expect(messages[500].message).toBe("本规则在此文档中的问题超过 500 处，其余不再逐一列出");
  });
});

describe("file discovery", () => {
  it("walks directories for .txt/.md, honours .gwlintignore and config ignore, expands globs", async () => {
    const dir = workdir("notice.txt", "minutes.md", "clean.txt");
    mkdirSync(path.join(dir, "old"));
    mkdirSync(path.join(dir, "node_modules"));
    writeFileSync(path.join(dir, "old", "a.txt"), "同志们:\n");
    writeFileSync(path.join(dir, "node_modules", "b.txt"), "同志们:\n");
    writeFileSync(path.join(dir, "notes.rtf"), "x");
    writeFileSync(path.join(dir, ".gwlintignore"), "old/\n");
    const files = (r: { stdout: string }): string[] =>
      JSON.parse(r.stdout)
        .map((x: { filePath: string }) => path.relative(dir, x.filePath))
        .sort();
    expect(files(await run(["-f", "json", "."], { cwd: dir }))).toEqual(["clean.txt", "minutes.md", "notice.txt"]);
    expect(files(await run(["-f", "json", "*.md"], { cwd: dir }))).toEqual(["minutes.md"]);
    writeFileSync(path.join(dir, ".gwlintrc.json"), JSON.stringify({ ignore: ["notice.txt"] }));
    expect(files(await run(["-f", "json", "."], { cwd: dir }))).toEqual(["clean.txt", "minutes.md"]);
    const named = await run(["old/a.txt"], { cwd: dir });
    expect(named.stderr).toContain("已被 .gwlintignore 忽略");
  });
});

describe("the README's sample documents", () => {
  it("shows a finding of every rule (the speech and the notice together)", async () => {
    const r = await run(["-f", "json", "samples/"]);
    expect(r.code).toBe(1);
    const results: Array<{ messages: Array<{ ruleId: string }> }> = JSON.parse(r.stdout);
    expect(results).toHaveLength(2);
    const ids = new Set(results.flatMap((f) => f.messages.map((m) => m.ruleId)));
    const all = (await run(["--list-rules"])).stdout
      .trim()
      .split("\n")
      .map((line) => line.split(/\s+/)[0]);
    expect(all.length).toBeGreaterThanOrEqual(10);
    // docx-layout reads Word files only (its tests: packages/core/src/docx-layout.test.ts).
    expect(ids).toEqual(new Set(all.filter((id) => id !== "docx-layout")));
    // Every finding in the samples was read: a new one (a false alarm on a planted slip's neighbour) changes these.
    const counts: Record<string, number> = {};
    for (const f of results) for (const m of f.messages) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
    expect(counts).toEqual({
      "addressee-colon": 1,
      "attachment-note": 2,
      "confusable-char": 1,
      "copy-to-line": 2,
      "de-di-de": 1,
      "document-number": 1,
      "ellipsis-and-dash": 3,
      "genre-closing": 1,
      "header-marks": 2,
      "heading-numbering": 2,
      "no-ascii-punctuation": 22,
      "no-deletion-residue": 1,
      "no-duplicate-paragraph": 2,
      "no-duplicated-char": 1,
      "no-duplicated-punctuation": 1,
      "no-placeholder": 1,
      "no-redundancy": 1,
      "no-stray-latin": 1,
      "no-stray-space": 1,
      "no-web-residue": 1,
      "number-usage": 2,
      "paired-punctuation": 2,
      "print-line": 1,
      "signing-date": 1,
      "standard-formulation": 1,
      "title-form": 1,
      "title-punctuation": 1,
      typo: 1,
      "variant-word": 1,
    });
  });
});

describe("the preset in plain textlint", () => {
  it("textlint --preset gongwen reports the same rules", async () => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/textlint/bin/textlint.js"), "--preset", "gongwen", "--format", "json", "test/fixtures/notice.txt"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(1);
    const viaTextlint = JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string; range: number[] }) => [
      m.ruleId.replace("gongwen/", ""),
      m.range[0],
    ]);
    const viaGwlint = JSON.parse((await run(["-f", "json", "test/fixtures/notice.txt"])).stdout)[0].messages.map(
      (m: { ruleId: string; range: number[] }) => [m.ruleId, m.range[0]],
    );
    expect(viaTextlint.sort()).toEqual(viaGwlint.sort());
  });
});

// Most cases above call main(argv, io) in this process; these run the installed command itself.
describe("the gwlint command as a real process", () => {
  it("exits 0, 1 and 2 as documented, and writes results to stdout and the summary to stderr", async () => {
    const dir = workdir("notice.txt", "clean.txt");
    const [version, clean, found, usage] = await Promise.all([
      gwlint(["--version"]),
      gwlint(["clean.txt"], { cwd: dir }),
      gwlint(["-f", "json", "notice.txt"], { cwd: dir }),
      gwlint(["--bogus"], { cwd: dir }),
    ]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(clean.code).toBe(0);
    expect(found.code).toBe(1);
    expect(JSON.parse(found.stdout)[0].messages.length).toBeGreaterThan(0);
    expect(found.stderr).toMatch(/^gwlint：共 1 个文件/);
    expect(usage.code).toBe(2);
  });

  it("fixes text piped through standard input", async () => {
    const r = await gwlint(["--stdin", "--fix"], { input: "同志们:今天开会.\n" });
    expect(r.stdout).toBe("同志们：今天开会。\n");
  });
});

describe("nothing a user has is lost, and every error is said plainly (issue: hostile input)", () => {
  it("--fix writes through a symbolic link and keeps a hard link's twin in step", async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, "real"));
    writeFileSync(path.join(dir, "real/x.txt"), "同志们:开会.\n");
    symlinkSync("real/x.txt", path.join(dir, "l.txt"));
    writeFileSync(path.join(dir, "h.txt"), "同志们:开会.\n");
    linkSync(path.join(dir, "h.txt"), path.join(dir, "twin.txt"));
    expect((await run(["--fix", "l.txt", "h.txt"], { cwd: dir })).code).toBe(0);
    expect(lstatSync(path.join(dir, "l.txt")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, "real/x.txt"), "utf8")).toBe("同志们：开会。\n");
    expect(readFileSync(path.join(dir, "twin.txt"), "utf8")).toBe("同志们：开会。\n");
  });

  it("bad -o, --cache-location and merge -o paths: a Chinese message, exit 2, no stack trace, no temporary file", async () => {
    const dir = workdir("notice.txt");
    mkdirSync(path.join(dir, "cdir"));
    const cases: Array<[string[], RegExp]> = [
      [["-o", "missing/out.json", "notice.txt"], /无法写入输出文件 missing\/out\.json（所在目录不存在）/],
      [["-f", "json", "-o", "cdir", "notice.txt"], /无法写入输出文件 cdir（这是一个目录）/],
      [["--cache", "--cache-location", "cdir", "notice.txt"], /缓存位置 cdir 是一个目录/],
      [["--bogus", "notice.txt"], /未知选项“--bogus”/],
      [["--max-warnings", "-1", "notice.txt"], /选项“--max-warnings”的值不能以“-”开头/],
      [["--jobs"], /选项“--jobs”缺少值或值不正确/],
    ];
    for (const [args, message] of cases) {
      const r = await run(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\(|node:|Error:/);
    }
    await run(["-f", "json", "-o", "a.json", "notice.txt"], { cwd: dir });
    const merged = await run(["merge", "-o", "missing/m.json", "a.json"], { cwd: dir });
    expect([merged.code, merged.stderr]).toEqual([2, "gwlint merge：无法写入 missing/m.json（所在目录不存在）\n"]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("CR-only and mixed line endings are lines to every rule; --fix keeps each ending", async () => {
    const dir = workdir();
    const lines = ["一、总体要求", "二、主要任务", "四、保障措施", "浏览量:42", ""];
    for (const [name, eol] of [
      ["lf.txt", "\n"],
      ["cr.txt", "\r"],
      ["crlf.txt", "\r\n"],
    ] as const)
      writeFileSync(path.join(dir, name), lines.join(eol));
    const r = await run(["-f", "json", "lf.txt", "cr.txt", "crlf.txt"], { cwd: dir });
    const found = JSON.parse(r.stdout).map((f: { messages: Array<{ ruleId: string; line: number; message: string }> }) =>
      f.messages.map((m) => `${m.line} ${m.ruleId} ${m.message}`),
    );
    expect(found[0]).toHaveLength(3);
    expect(found[1]).toEqual(found[0]);
    expect(found[2]).toEqual(found[0]);
    writeFileSync(path.join(dir, "mixed.txt"), "一、总体要求\r\n二、主要任务\n四、保障措施\r同志们:开会.\r");
    const mixed = await run(["-f", "json", "mixed.txt"], { cwd: dir });
    expect(JSON.parse(mixed.stdout)[0].messages[0].message).toBe("标题序号不连续：上一个同级标题是“二、”，此处应为“三、”");
    await run(["--fix", "mixed.txt"], { cwd: dir });
    expect(readFileSync(path.join(dir, "mixed.txt"), "utf8")).toBe("一、总体要求\r\n二、主要任务\n四、保障措施\r同志们：开会。\r");
  });

  it("globs and directory walks find the same files and never follow a link to a directory", async () => {
    const dir = workdir();
    mkdirSync(path.join(dir, "sub"));
    writeFileSync(path.join(dir, "a.txt"), "同志们:\n");
    writeFileSync(path.join(dir, "sub/b.txt"), "同志们:\n");
    symlinkSync(".", path.join(dir, "self"));
    symlinkSync("sub", path.join(dir, "subl"));
    symlinkSync("a.txt", path.join(dir, "link.txt"));
    const names = async (args: string[]) =>
      JSON.parse((await run(["-f", "json", ...args], { cwd: dir })).stdout)
        .map((r: { filePath: string }) => path.relative(dir, r.filePath))
        .sort();
    expect(await names(["**/*.txt"])).toEqual(["a.txt", "link.txt", "sub/b.txt"]);
    expect(await names(["."])).toEqual(["a.txt", "link.txt", "sub/b.txt"]);
  });

  it("--encoding (and the configuration's encoding) forces how text files are read; an unknown name is refused", async () => {
    const dir = workdir();
    // Two characters that are valid as both GBK and Big5: detection alone cannot be sure.
    writeFileSync(path.join(dir, "x.txt"), iconv.encode("會議，開會:\n", "big5"));
    const big5 = await run(["-f", "json", "--encoding", "big5", "x.txt"], { cwd: dir });
    expect(JSON.parse(big5.stdout)[0].messages[0].message).toBe("中文语境应使用全角冒号“：”");
    writeFileSync(path.join(dir, ".gwlintrc.json"), JSON.stringify({ encoding: "big5" }));
    expect(JSON.parse((await run(["-f", "json", "x.txt"], { cwd: dir })).stdout)[0].messages).toHaveLength(1);
    const bad = await run(["--encoding", "latin1", "x.txt"], { cwd: dir });
    expect([bad.code, bad.stderr.split("\n")[0]]).toEqual([
      2,
      "gwlint：不支持的编码“latin1”（可用：utf-8、utf8、utf-16le、utf-16be、gb18030、gbk、gb2312、big5）",
    ]);
  });

  it("hostile Markdown fails that file quickly (exit 2), never as a finding, and the batch goes on", async () => {
    const dir = workdir("notice.txt");
    writeFileSync(path.join(dir, "brackets.md"), `${"[".repeat(50000)}同志们${"]".repeat(50000)}\n`);
    writeFileSync(path.join(dir, "quotes.md"), `${">".repeat(10000)} 同志们\n`);
    const r = await run(["-f", "json", "brackets.md", "quotes.md", "notice.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("brackets.md：Markdown 结构过深（方括号嵌套 50000 层），无法安全解析，已跳过");
    expect(r.stderr).toContain("quotes.md：Markdown 结构过深（引用（>）嵌套 10000 层）");
    const results = JSON.parse(r.stdout);
    expect(results.map((f: { filePath: string }) => path.basename(f.filePath))).toEqual(["notice.txt"]);
    expect(JSON.stringify(results)).not.toContain("plugin-error");
  });

  it("a file over the per-file time budget fails (exit 2) while the run finishes", async () => {
    const dir = workdir("notice.txt", "clean.txt");
    const r = await run(["--jobs", "1", "--timeout", "0.001", "notice.txt", "clean.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("notice.txt：检查超过 0.001 秒仍未完成，已跳过（可用 --timeout 调整）");
    expect(r.stdout).toContain("失败 2 个");
    expect((await run(["--timeout", "0", "notice.txt"], { cwd: dir })).stderr).toContain("--timeout 应为正数（秒），而不是“0”");
  });

  it("merge refuses JSON that gwlint did not write", async () => {
    const dir = workdir();
    writeFileSync(path.join(dir, "bad.json"), '[{"foo":1}]');
    writeFileSync(path.join(dir, "sarif.json"), JSON.stringify({ version: "2.1.0", runs: [{ tool: { driver: { name: "other" } } }] }));
    for (const file of ["bad.json", "sarif.json"]) {
      const r = await run(["merge", file], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${file}：不是 gwlint 输出的 json 或 sarif 结果`);
    }
  });

  it("--stdin honours -o, and --stdin --fix answers in the input's encoding and byte-order mark", async () => {
    const dir = workdir();
    const r = await run(["--stdin", "-f", "json", "-o", "out.json"], { cwd: dir, input: "同志们:开会.\n" });
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(path.join(dir, "out.json"), "utf8"))[0].messages).toHaveLength(2);
    const gbk = await runBytes(["--stdin", "--fix"], iconv.encode("同志们:开会.\n", "gbk"));
    expect(iconv.decode(gbk, "gbk")).toBe("同志们：开会。\n");
    const bom = await runBytes(["--stdin", "--fix"], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("同志们:开会.\n")]));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const utf16 = await runBytes(["--stdin", "--fix"], iconv.encode("\ufeff同志们:开会.\n", "utf16le"));
    expect([...utf16.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(iconv.decode(utf16, "utf16le")).toBe("同志们：开会。\n");
  });
});

/** gwlint as a real process, standard output as bytes (the in-process runner reads text). */
function runBytes(args: string[], input: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "packages/cli/bin/gwlint.js"), ...args]);
    const out: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.on("error", reject);
    child.on("close", () => resolve(Buffer.concat(out)));
    child.stdin.end(input);
  });
}
