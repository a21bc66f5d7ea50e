// An annotated copy of a .docx: every finding as a comment (批注) anchored on its characters, every fix that --fix
// would apply as a tracked change (修订) by gwlint. The body's runs are split where a finding or a change begins
// or ends, each part keeping the run's formatting; everything else in the package is copied as it is.
import type { TextlintMessage } from "@textlint/types";
import type { Document as XmlDocument, Element, Node as XmlNode } from "@xmldom/xmldom";
import { lazy } from "./lazy.js";
import { type DocxPart, isSeparatorNote, lineStarts, readZipEntries, SKIPPED_ELEMENTS, TEXT_ATOMS, textParts } from "./docx.js";
import { FileError } from "./errors.js";

const xmldom = lazy<typeof import("@xmldom/xmldom")>("@xmldom/xmldom", () => require("@xmldom/xmldom"));
const diff = lazy<typeof import("diff")>("diff", () => require("diff"));
const yazl = lazy<typeof import("yazl")>("yazl", () => require("yazl"));

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const SEVERITY_NAMES: Record<number, string> = { 1: "警告", 2: "错误", 3: "提示" };

export interface AnnotateInput {
  /** The text read from the file (readDocx), and the part of each of its lines. */
  text: string;
  parts: readonly DocxPart[];
  /** The findings on that text. */
  messages: readonly TextlintMessage[];
  /** The text after --fix; its changes become tracked changes. Omitted: comments only. */
  fixed?: string;
  author?: string;
  /** When the comments and changes are dated (ISO 8601). */
  date?: string;
}

export interface AnnotateResult {
  bytes: Buffer;
  /** Comments anchored on their text, findings listed in the summary comment, tracked changes made. */
  comments: number;
  listed: number;
  revisions: number;
  /** Why fixes were not made tracked changes, if they were not. */
  commentsOnly?: string;
}

interface Piece {
  node: Element;
  start: number;
  end: number;
  /** A w:t (or w:delText of gwlint's deletions), whose text can be split; tabs and breaks cannot. */
  text: boolean;
}

const isElement = (n: XmlNode | null | undefined): n is Element => !!n && n.nodeType === 1;
const children = (e: Element): Element[] => {
  const out: Element[] = [];
  for (let c = e.firstChild; c; c = c.nextSibling) if (isElement(c)) out.push(c);
  return out;
};

/** A part's paragraphs in the order docxParagraphs reads them: a paragraph after the paragraphs nested in it. */
function paragraphsOf(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    if (SKIPPED_ELEMENTS.has(e.nodeName) || isSeparatorNote(e.nodeName, e.getAttribute("w:type") ?? undefined)) return;
    for (const c of children(e)) walk(c);
    if (e.nodeName === "w:p") out.push(e);
  };
  walk(root);
  return out;
}

/**
 * The text pieces of a paragraph as the file had it: not those of paragraphs nested in it or of skipped elements,
 * with gwlint's own deletions counted and its insertions not (`ours`), so that offsets stay those of the original.
 */
function piecesOf(p: Element, ours: ReadonlySet<Element>): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  const walk = (e: Element, deleted: boolean): void => {
    for (const c of children(e)) {
      if (c.nodeName === "w:p") continue;
      if (ours.has(c)) {
        if (c.nodeName === "w:del") walk(c, true);
        continue;
      }
      if (SKIPPED_ELEMENTS.has(c.nodeName) && !(deleted && c.nodeName === "w:delText")) continue;
      if (c.nodeName === "w:t" || c.nodeName === "w:delText") {
        const length = (c.textContent ?? "").length;
        out.push({ node: c, start: at, end: at + length, text: true });
        at += length;
      } else if (TEXT_ATOMS[c.nodeName] !== undefined) {
        out.push({ node: c, start: at, end: at + 1, text: false });
        at += 1;
      } else walk(c, deleted);
    }
  };
  walk(p, false);
  return out;
}

const textOf = (pieces: readonly Piece[]): string =>
  pieces
    .map((x) => (x.text ? (x.node.textContent ?? "") : TEXT_ATOMS[x.node.nodeName]))
    .join("")
    .replace(/\r?\n/g, " ");

const runOf = (n: Element): Element | undefined => {
  const parent = n.parentNode;
  return isElement(parent) && parent.nodeName === "w:r" ? parent : undefined;
};

/** Splits the run holding `node` so that `node` starts a new run with the same properties. */
function splitRunBefore(node: Element): void {
  const run = runOf(node);
  if (!run) return;
  let first = true;
  for (let c = run.firstChild; c && c !== node; c = c.nextSibling) if (isElement(c) && c.nodeName !== "w:rPr") first = false;
  if (first) return;
  const next = run.cloneNode(false) as Element;
  const rPr = children(run).find((c) => c.nodeName === "w:rPr");
  if (rPr) next.appendChild(rPr.cloneNode(true));
  for (let c: XmlNode | null = node; c; ) {
    const following: XmlNode | null = c.nextSibling;
    next.appendChild(c);
    c = following;
  }
  run.parentNode!.insertBefore(next, run.nextSibling);
}

function setText(doc: XmlDocument, t: Element, text: string): void {
  while (t.firstChild) t.removeChild(t.firstChild);
  t.appendChild(doc.createTextNode(text));
  t.setAttribute("xml:space", "preserve");
}

/** Makes `offset` of a paragraph a run boundary. */
function splitAt(doc: XmlDocument, p: Element, offset: number, ours: ReadonlySet<Element>): void {
  const piece = piecesOf(p, ours).find((x) => x.start <= offset && offset < x.end);
  if (!piece || (!piece.text && offset > piece.start)) return;
  let node = piece.node;
  if (offset > piece.start) {
    const text = node.textContent ?? "";
    const tail = node.cloneNode(false) as Element;
    setText(doc, tail, text.slice(offset - piece.start));
    setText(doc, node, text.slice(0, offset - piece.start));
    node.parentNode!.insertBefore(tail, node.nextSibling);
    node = tail;
  }
  splitRunBefore(node);
}

/** The runs that cover [start, end) of a paragraph whose runs were split there. */
function runsIn(p: Element, start: number, end: number, ours: ReadonlySet<Element>): Element[] | undefined {
  const runs: Element[] = [];
  for (const piece of piecesOf(p, ours)) {
    if (piece.end <= start || piece.start >= end) continue;
    const run = runOf(piece.node);
    if (!run) return undefined;
    if (runs.at(-1) !== run) runs.push(run);
  }
  return runs;
}

/** Whether a run holds only what a tracked deletion may hold here: properties, text, tabs, breaks. */
const plainRun = (run: Element): boolean =>
  children(run).every((c) => /^w:(?:rPr|t|tab|ptab|br|cr|noBreakHyphen|softHyphen|lastRenderedPageBreak)$/.test(c.nodeName));

/** The largest w:id in a part, so that gwlint's ids do not clash with those there. */
function maxId(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/w:id="(-?\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);
}

/** One change of a paragraph's text: [start, end) replaced by `insert`. */
interface Hunk {
  start: number;
  end: number;
  insert: string;
}

function hunksOf(before: string, after: string): Hunk[] {
  const out: Hunk[] = [];
  let at = 0;
  for (const part of diff().diffChars(before, after)) {
    const last = out.at(-1);
    if (part.removed) {
      if (last && last.end === at && last.insert === "") last.end += part.value.length;
      else out.push({ start: at, end: at + part.value.length, insert: "" });
      at += part.value.length;
    } else if (part.added) {
      if (last && last.end === at) last.insert += part.value;
      else out.push({ start: at, end: at, insert: part.value });
    } else at += part.value.length;
  }
  return out;
}

interface Note {
  id: number;
  lines: string[];
}

/** Parts where Word holds comments; findings in headers and footers are listed at the top of the body instead. */
const COMMENT_PARTS = new Set<DocxPart>(["正文", "脚注", "尾注"]);

/** Writes the annotated copy of a .docx (see the module comment); the input bytes are not changed. */
export async function annotateDocx(bytes: Buffer, filePath: string, input: AnnotateInput): Promise<AnnotateResult> {
  const author = input.author ?? "gwlint";
  const date = (input.date ?? new Date().toISOString()).replace(/\.\d+Z$/, "Z");
  const entries = await readZipEntries(bytes, filePath);
  const byName = new Map(entries.map((e) => [e.name, e.data]));
  if (!byName.has("word/document.xml")) throw new FileError(filePath, "不是有效的 Word 文档（缺少 word/document.xml）", "corrupt");
  const commentsXml = byName.get("word/comments.xml")?.toString("utf8");
  // Every text part parsed, its paragraphs in reading order: line N of the text is paragraph N of them all.
  const parts = textParts([...byName.keys()]).map(({ name, part }) => {
    const xml = byName.get(name)!.toString("utf8");
    const doc = new (xmldom().DOMParser)().parseFromString(xml, "text/xml");
    return { name, part, xml, doc, paragraphs: paragraphsOf(doc.documentElement as unknown as Element) };
  });
  const body = parts.find((x) => x.part === "正文")!;
  let nextId = Math.max(0, ...parts.map((x) => maxId(x.xml)), commentsXml ? maxId(commentsXml) : 0) + 1;
  const ours = new Set<Element>();
  const lines = input.text.split("\n");
  const where: Array<{ doc: XmlDocument; p: Element; part: DocxPart } | undefined> = [];
  for (const x of parts) for (const p of x.paragraphs) where.push({ doc: x.doc, p, part: x.part });
  // A paragraph whose text is the line (else it is not touched: findings there are listed).
  lines.forEach((l, k) => {
    const w = where[k];
    if (w && (w.part !== input.parts[k] || textOf(piecesOf(w.p, ours)) !== l)) where[k] = undefined;
  });
  where.length = lines.length;
  const starts = lineStarts(lines);
  const lineOf = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // The findings: anchored where they are, otherwise listed in one comment at the top of the body.
  const anchored: Array<{ line: number; start: number; end: number; note: Note }> = [];
  const listed: string[] = [];
  const describe = (m: TextlintMessage): string[] => {
    // Suggestions as the engine gives them (rules' reportSpan): { id, message, fix: { range, text } }.
    const extra = m as TextlintMessage & { suggestions?: Array<{ fix: { text: string } }> };
    const out = [`${m.message}（${m.ruleId}，${SEVERITY_NAMES[m.severity] ?? "提示"}）`];
    if (m.fix) out.push(m.fix.text === "" ? "修订：删去" : `修订：改为“${m.fix.text}”`);
    for (const { fix } of extra.suggestions ?? []) out.push(fix.text === "" ? "建议：删去" : `建议改为“${fix.text}”`);
    return out;
  };
  for (const m of input.messages) {
    const [from, to] = m.range;
    const line = lineOf(from);
    const part = (m as TextlintMessage & { part?: string }).part;
    const length = lines[line].length;
    if (part === "页面设置" || !where[line] || !COMMENT_PARTS.has(input.parts[line]) || length === 0) {
      listed.push(`〔${part ?? input.parts[line] ?? "正文"}〕第 ${line + 1} 段：${describe(m).join("；")}`);
      continue;
    }
    let start = from - starts[line];
    let end = Math.min(to - starts[line], length);
    // An empty range is anchored on the character it stands before (or the last one).
    if (end <= start) {
      start = Math.min(start, length - 1);
      end = start + 1;
    }
    anchored.push({ line, start, end, note: { id: nextId++, lines: describe(m) } });
  }

  // The tracked changes: the differences between the text and the fixed text, paragraph by paragraph.
  const hasRevisions = parts.some((x) => /<w:(?:ins|del|moveFrom|moveTo)\b/.test(x.xml));
  let commentsOnly: string | undefined;
  const changes: Array<{ line: number; hunk: Hunk }> = [];
  if (input.fixed !== undefined && input.fixed !== input.text) {
    const fixedLines = input.fixed.split("\n");
    if (hasRevisions) commentsOnly = "文件中已有修订，修复只以批注给出";
    else if (fixedLines.length !== lines.length) commentsOnly = "修复改变了段落数，只以批注给出";
    else
      lines.forEach((l, k) => {
        if (l !== fixedLines[k] && where[k]) for (const hunk of hunksOf(l, fixedLines[k])) changes.push({ line: k, hunk });
      });
  }

  // Split the runs at every boundary, from the end of each paragraph backwards.
  const cuts = new Map<number, Set<number>>();
  const cut = (line: number, at: number): void => {
    if (!cuts.has(line)) cuts.set(line, new Set());
    cuts.get(line)!.add(at);
  };
  for (const a of anchored) {
    cut(a.line, a.start);
    cut(a.line, a.end);
  }
  for (const c of changes) {
    cut(c.line, c.hunk.start);
    cut(c.line, c.hunk.end);
  }
  for (const [line, set] of cuts) for (const at of [...set].sort((x, y) => y - x)) splitAt(where[line]!.doc, where[line]!.p, at, ours);

  /** The element to place a marker next to: a run, or the tracked change gwlint put around it. */
  const outer = (run: Element): Element => {
    const parent = run.parentNode;
    return isElement(parent) && ours.has(parent) ? parent : run;
  };
  const el = (doc: XmlDocument, name: string, attrs: Record<string, string> = {}): Element => {
    const e = doc.createElementNS(W, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  // Tracked changes first: deletions wrap runs, insertions follow them (offsets stay those of the original).
  let revisions = 0;
  for (const { line, hunk } of changes) {
    const { doc, p } = where[line]!;
    const runs = hunk.end > hunk.start ? runsIn(p, hunk.start, hunk.end, ours) : [];
    if (runs === undefined || (runs.length > 0 && (!runs.every(plainRun) || !runs.every((r) => r.parentNode === runs[0].parentNode)))) continue;
    const after = runsIn(p, hunk.end, hunk.end + 1, ours)?.[0];
    const before = hunk.start > 0 ? runsIn(p, hunk.start - 1, hunk.start, ours)?.[0] : undefined;
    const model = runs[0] ?? after ?? before;
    let anchor: Element | undefined;
    if (runs.length > 0) {
      const del = el(doc, "w:del", { "w:id": String(nextId++), "w:author": author, "w:date": date });
      ours.add(del);
      runs[0].parentNode!.insertBefore(del, runs[0]);
      for (const r of runs) {
        del.appendChild(r);
        for (const t of children(r).filter((c) => c.nodeName === "w:t")) {
          const dt = el(doc, "w:delText", { "xml:space": "preserve" });
          dt.appendChild(doc.createTextNode(t.textContent ?? ""));
          r.replaceChild(dt, t);
        }
      }
      anchor = del;
    }
    if (hunk.insert !== "") {
      const ins = el(doc, "w:ins", { "w:id": String(nextId++), "w:author": author, "w:date": date });
      ours.add(ins);
      const run = el(doc, "w:r");
      const rPr = model && children(model).find((c) => c.nodeName === "w:rPr");
      if (rPr) run.appendChild(rPr.cloneNode(true));
      const t = el(doc, "w:t", { "xml:space": "preserve" });
      t.appendChild(doc.createTextNode(hunk.insert));
      run.appendChild(t);
      ins.appendChild(run);
      if (anchor) anchor.parentNode!.insertBefore(ins, anchor.nextSibling);
      else if (after) outer(after).parentNode!.insertBefore(ins, outer(after));
      else if (before) outer(before).parentNode!.insertBefore(ins, outer(before).nextSibling);
      else p.appendChild(ins);
    }
    revisions++;
  }

  // Comments: a range around the runs of the finding, and the reference after it.
  let comments = 0;
  const notes: Note[] = [];
  const mark = (doc: XmlDocument, first: Element | undefined, last: Element | undefined, p: Element, id: number): void => {
    const start = el(doc, "w:commentRangeStart", { "w:id": String(id) });
    const end = el(doc, "w:commentRangeEnd", { "w:id": String(id) });
    if (first && last) {
      first.parentNode!.insertBefore(start, first);
      last.parentNode!.insertBefore(end, last.nextSibling);
    } else {
      p.appendChild(start);
      p.appendChild(end);
    }
    const run = el(doc, "w:r");
    run.appendChild(el(doc, "w:commentReference", { "w:id": String(id) }));
    end.parentNode!.insertBefore(run, end.nextSibling);
  };
  for (const a of anchored) {
    const { doc, p } = where[a.line]!;
    const runs = runsIn(p, a.start, a.end, ours);
    if (!runs || runs.length === 0) {
      listed.push(`〔${input.parts[a.line]}〕第 ${a.line + 1} 段：${a.note.lines.join("；")}`);
      continue;
    }
    mark(doc, outer(runs[0]), outer(runs.at(-1)!), p, a.note.id);
    notes.push(a.note);
    comments++;
  }
  // What has no place of its own (headers, footers, the page): one comment on the first paragraph of the body.
  if (listed.length > 0) {
    const note: Note = { id: nextId++, lines: [`gwlint：以下 ${listed.length} 处问题不在正文中或无法就地加批注：`, ...listed] };
    const k = body.paragraphs.findIndex((p) => piecesOf(p, ours).length > 0);
    const top = body.paragraphs[Math.max(k, 0)];
    if (top) {
      const pieces = piecesOf(top, ours);
      const first = pieces.length ? runOf(pieces[0].node) : undefined;
      const last = pieces.length ? runOf(pieces.at(-1)!.node) : undefined;
      mark(body.doc, first && outer(first), last && outer(last), top, note.id);
      notes.push(note);
    }
  }

  // The package: the parts changed, comments.xml, its relationship and content type.
  const out = new Map<string, Buffer>(byName);
  for (const x of parts)
    if (cuts.size > 0 || notes.length > 0) out.set(x.name, Buffer.from(new (xmldom().XMLSerializer)().serializeToString(x.doc), "utf8"));
  if (notes.length > 0) {
    const initials = author.slice(0, 2).toUpperCase();
    const xml = notes
      .map(
        (n) =>
          `<w:comment w:id="${n.id}" w:author="${escapeXml(author)}" w:date="${date}" w:initials="${escapeXml(initials)}">${n.lines
            .map((l) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(l)}</w:t></w:r></w:p>`)
            .join("")}</w:comment>`,
      )
      .join("");
    out.set(
      "word/comments.xml",
      Buffer.from(
        commentsXml && /<\/w:comments>\s*$/.test(commentsXml)
          ? commentsXml.replace(/<\/w:comments>\s*$/, `${xml}</w:comments>`)
          : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${xml}</w:comments>`,
        "utf8",
      ),
    );
    const relsName = "word/_rels/document.xml.rels";
    const rels = out.get(relsName)?.toString("utf8");
    if (!rels) throw new FileError(filePath, "不是有效的 Word 文档（缺少 word/_rels/document.xml.rels）", "corrupt");
    if (!rels.includes(REL_COMMENTS)) {
      let n = 1;
      while (rels.includes(`Id="rIdGw${n}"`)) n++;
      out.set(
        relsName,
        Buffer.from(
          rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="rIdGw${n}" Type="${REL_COMMENTS}" Target="comments.xml"/></Relationships>`),
        ),
      );
    }
    const types = out.get("[Content_Types].xml")?.toString("utf8") ?? "";
    if (!/PartName="\/word\/comments\.xml"/.test(types))
      out.set(
        "[Content_Types].xml",
        Buffer.from(types.replace(/<\/Types>\s*$/, `<Override PartName="/word/comments.xml" ContentType="${CT_COMMENTS}"/></Types>`)),
      );
  }
  const zip = new (yazl().ZipFile)();
  const names = [...out.keys()].sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : 0));
  const mtime = new Date(date);
  for (const name of names) zip.addBuffer(out.get(name)!, name, { mtime });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return { bytes: Buffer.concat(chunks), comments, listed: listed.length, revisions, ...(commentsOnly ? { commentsOnly } : {}) };
}
