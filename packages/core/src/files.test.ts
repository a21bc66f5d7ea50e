import { chownSync, linkSync, lstatSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileError } from "./errors.js";
import { readDocument, readObserved, writeDocument } from "./files.js";

const dir = () => mkdtempSync(path.join(os.tmpdir(), "gwlint-files-"));

describe("writeDocument keeps what the user has", () => {
  it("writes through a symbolic link to its target; the link stays a link", async () => {
    const d = dir();
    writeFileSync(path.join(d, "x.txt"), "同志们:\n");
    symlinkSync("x.txt", path.join(d, "l.txt"));
    await writeDocument(await readDocument(path.join(d, "l.txt")), "同志们：\n");
    expect(lstatSync(path.join(d, "l.txt")).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(d, "x.txt"), "utf8")).toBe("同志们：\n");
  });

  it("keeps hard links: the twin sees the fix, the inode is the same", async () => {
    const d = dir();
    writeFileSync(path.join(d, "x.txt"), "同志们:\n");
    linkSync(path.join(d, "x.txt"), path.join(d, "twin.txt"));
    const inode = statSync(path.join(d, "x.txt")).ino;
    await writeDocument(await readDocument(path.join(d, "x.txt")), "同志们：\n");
    expect(readFileSync(path.join(d, "twin.txt"), "utf8")).toBe("同志们：\n");
    expect(statSync(path.join(d, "x.txt")).ino).toBe(inode);
    expect(readdirSync(d).sort()).toEqual(["twin.txt", "x.txt"]);
  });

  it.skipIf(process.getuid?.() !== 0)("keeps owner, group and mode when run as root", async () => {
    const d = dir();
    const file = path.join(d, "x.txt");
    writeFileSync(file, "同志们:\n", { mode: 0o640 });
    chownSync(file, 65534, 65534);
    await writeDocument(await readDocument(file), "同志们：\n");
    const stat = statSync(file);
    expect([stat.uid, stat.gid, stat.mode & 0o777]).toEqual([65534, 65534, 0o640]);
  });

  it("refuses to write a file that changed since it was read", async () => {
    const d = dir();
    const file = path.join(d, "x.txt");
    writeFileSync(file, "同志们:\n");
    const doc = await readDocument(file);
    writeFileSync(file, "同志们:\n新加的一段。\n");
    await expect(writeDocument(doc, "同志们：\n")).rejects.toMatchObject({ code: "changed" });
    await expect(writeDocument(doc, "同志们：\n")).rejects.toBeInstanceOf(FileError);
    expect(readFileSync(file, "utf8")).toBe("同志们:\n新加的一段。\n");
  });

  it("removes temporary files an earlier, killed run left in the folder (and only those)", async () => {
    const d = dir();
    const file = path.join(d, "x.txt");
    writeFileSync(file, "同志们:\n");
    const stale = path.join(d, ".x.txt.gwlint-99999-deadbeef.tmp");
    const other = path.join(d, ".notes.tmp");
    writeFileSync(stale, "half");
    writeFileSync(other, "keep");
    const old = new Date(Date.now() - 3_600_000);
    utimesSync(stale, old, old);
    await writeDocument(await readDocument(file), "同志们：\n");
    expect(readdirSync(d).sort()).toEqual([".notes.tmp", "x.txt"]);
  });
});

describe("readObserved", () => {
  it("gives the size and mtime seen before the read when the file did not change meanwhile", () => {
    const d = dir();
    const file = path.join(d, "x.txt");
    writeFileSync(file, "同志们：\n");
    const before = statSync(file);
    const { bytes, observed } = readObserved(file, before);
    expect(bytes.toString("utf8")).toBe("同志们：\n");
    expect(observed).toEqual({ size: before.size, mtimeMs: before.mtimeMs });
  });

  it("gives nothing to key a cache on when the file changed between the look and the read", () => {
    const d = dir();
    const file = path.join(d, "x.txt");
    writeFileSync(file, "同志们：\n");
    const before = statSync(file);
    writeFileSync(file, "同志们：\n又改了一段文字。\n");
    expect(readObserved(file, before).observed).toBeUndefined();
  });
});
