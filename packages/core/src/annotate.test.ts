// The annotated copy read back with the project's own reader: all revisions accepted give the --fix text, all
// rejected the original; every finding has exactly one comment, anchored on its characters.
import { DOMParser, type Element, XMLSerializer } from "@xmldom/xmldom";
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  Packer,
  Paragraph,
  SimpleField,
  Table,
  Textbox,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { describe, expect, it } from "vitest";
import { annotateDocx } from "./annotate.js";
import { resolveConfig } from "./config.js";
import { docxParagraphs, readDocx, readZipEntries } from "./docx.js";
import { Engine } from "./engine.js";

const engine = new Engine();
const config = resolveConfig({}, undefined);

/** A draft with slips in plain runs, in runs split mid-word with mixed fonts, in a table, a footnote, a header. */
async function draft(): Promise<Buffer> {
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph("参见国办发[2026]3号文件。")] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph("青山县人民政府办公室:内部资料")] }) },
        footers: { default: new Footer({ children: [new Paragraph("第1页")] }) },
        children: [
          new Paragraph({ children: [new TextRun("同志们:")] }),
          new Paragraph({
            children: [
              new TextRun({ text: "今年以来，我们坚持以人民为中", font: { eastAsia: "仿宋_GB2312" } }),
              new TextRun({ text: "心的发展思想", bold: true, font: { eastAsia: "黑体" } }),
              new TextRun({ text: ",不折不扣的抓好各项工作", font: { eastAsia: "楷体_GB2312" } }),
              new FootnoteReferenceRun(1),
              new TextRun({ text: "。", font: { eastAsia: "仿宋_GB2312" } }),
            ],
          }),
          new Table({
            rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph("完成时间:2026年03月05日")] })] })],
          }),
          new Paragraph({ children: [new TextRun("要进一步加强台帐管理，确保各项工作落到实处。")] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");
const elements = (root: { getElementsByTagName(n: string): ArrayLike<Element> }, name: string): Element[] =>
  Array.from(root.getElementsByTagName(name) as ArrayLike<Element>);

/** document.xml with every revision rejected: insertions gone, deletions kept as text. */
function rejectAll(xml: string): string {
  const doc = parse(xml);
  for (const ins of elements(doc, "w:ins")) ins.parentNode?.removeChild(ins);
  for (const del of elements(doc, "w:del")) {
    for (const t of elements(del, "w:delText")) {
      const nt = doc.createElementNS(t.namespaceURI, "w:t");
      nt.appendChild(doc.createTextNode(t.textContent ?? ""));
      t.parentNode?.replaceChild(nt, t);
    }
    while (del.firstChild) del.parentNode?.insertBefore(del.firstChild, del);
    del.parentNode?.removeChild(del);
  }
  return new XMLSerializer().serializeToString(doc);
}

/** The text each comment range covers, in a document.xml (read in document order). */
function anchoredTexts(xml: string): Map<string, string> {
  const open = new Map<string, string>();
  const done = new Map<string, string>();
  const walk = (e: Element): void => {
    for (let c = e.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const el = c as Element;
      if (el.nodeName === "w:commentRangeStart") open.set(el.getAttribute("w:id")!, "");
      else if (el.nodeName === "w:commentRangeEnd") {
        const id = el.getAttribute("w:id")!;
        done.set(id, open.get(id) ?? "");
        open.delete(id);
      } else if (el.nodeName === "w:t") for (const id of open.keys()) open.set(id, open.get(id) + (el.textContent ?? ""));
      else walk(el);
    }
  };
  walk(parse(xml).documentElement as unknown as Element);
  return done;
}

describe("annotateDocx", () => {
  it("gives the --fix text when all revisions are accepted, the original when all are rejected, one comment per finding", async () => {
    const original = await draft();
    const read = await readDocx(original, "draft.docx");
    const lint = await engine.lintText(read.text, config, "draft.docx");
    const fixed = (await engine.fixText(read.text, config, "draft.docx")).output;
    expect(fixed).not.toBe(read.text);
    const annotated = await annotateDocx(original, "draft.docx", {
      text: read.text,
      parts: read.parts,
      messages: lint.messages,
      fixed,
      date: "2026-12-03T10:00:00Z",
    });
    // Accepted: the reader leaves deleted text out and reads inserted text.
    const back = await readDocx(annotated.bytes, "draft.gwlint.docx");
    expect(back.text).toBe(fixed);
    // Rejected: the original text, paragraph by paragraph, in the body.
    const entries = await readZipEntries(annotated.bytes, "draft.gwlint.docx");
    const documentXml = entries.find((e) => e.name === "word/document.xml")!.data.toString("utf8");
    const bodyLines = read.parts.filter((p) => p === "正文").length;
    expect(docxParagraphs(rejectAll(documentXml))).toEqual(read.text.split("\n").slice(0, bodyLines));
    // One comment per finding; those in the header, footer and footnote listed in one comment at the top.
    const commentsXml = entries.find((e) => e.name === "word/comments.xml")!.data.toString("utf8");
    const comments = elements(parse(commentsXml), "w:comment");
    expect(annotated.comments + annotated.listed).toBe(lint.messages.length);
    expect(comments).toHaveLength(annotated.comments + (annotated.listed > 0 ? 1 : 0));
    expect(annotated.listed).toBeGreaterThan(0);
    // Every comment id is referenced once, its range balanced, and anchored on its finding's text (body and footnotes).
    const withComments = entries.filter((e) => /^word\/(?:document|footnotes)\.xml$/.test(e.name)).map((e) => e.data.toString("utf8"));
    const anchors = new Map(withComments.flatMap((xml) => [...anchoredTexts(rejectAll(xml))]));
    const ids = comments.map((c) => c.getAttribute("w:id")!);
    for (const id of ids) {
      expect(anchors.has(id), id).toBe(true);
      expect(withComments.join("").match(new RegExp(`<w:commentReference w:id="${id}"/>`, "g"))).toHaveLength(1);
    }
    const summary = comments.find((c) => (c.textContent ?? "").startsWith("gwlint："));
    expect(summary?.textContent).toContain("〔页眉〕");
    const texts = lint.messages
      .filter((m) => ["正文", "脚注"].includes(read.parts[read.text.slice(0, m.range[0]).split("\n").length - 1]))
      .map((m) => read.text.slice(m.range[0], Math.max(m.range[1], m.range[0] + 1)));
    expect([...anchors.values()]).toEqual(expect.arrayContaining(texts));
    expect(anchors.size).toBe(texts.length + 1);
    // The package knows the comments part: its relationship from the document and its content type.
    const rels = entries.find((e) => e.name === "word/_rels/document.xml.rels")!.data.toString("utf8");
    const types = entries.find((e) => e.name === "[Content_Types].xml")!.data.toString("utf8");
    expect(rels).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/);
    expect(types).toContain(
      'PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"',
    );
    // Every reference, range start and range end names a comment that exists.
    const known = new Set(ids);
    for (const xml of withComments)
      for (const m of xml.matchAll(/<w:comment(?:Reference|RangeStart|RangeEnd) w:id="(\d+)"\/>/g)) expect(known.has(m[1]), m[1]).toBe(true);
    expect(commentsXml).toContain('w:author="gwlint"');
    expect(documentXml).toContain('w:author="gwlint" w:date="2026-12-03T10:00:00Z"');
  });

  it("keeps the formatting of every character where a finding splits runs", async () => {
    const original = await draft();
    const read = await readDocx(original, "draft.docx");
    const lint = await engine.lintText(read.text, config, "draft.docx");
    const annotated = await annotateDocx(original, "draft.docx", { text: read.text, parts: read.parts, messages: lint.messages });
    const entries = await readZipEntries(annotated.bytes, "x.docx");
    const doc = parse(entries.find((e) => e.name === "word/document.xml")!.data.toString("utf8"));
    // Each character of 以人民为中心的发展思想 keeps its run's font.
    const fontOf = new Map<string, string>();
    for (const r of elements(doc, "w:r")) {
      const font = elements(r, "w:rFonts")[0]?.getAttribute("w:eastAsia") ?? "";
      for (const t of elements(r, "w:t")) for (const ch of t.textContent ?? "") if (!fontOf.has(ch)) fontOf.set(ch, font);
    }
    expect(fontOf.get("中")).toBe("仿宋_GB2312");
    expect(fontOf.get("心")).toBe("黑体");
    expect(fontOf.get("抓")).toBe("楷体_GB2312");
    // Without a fixed text there are no tracked changes: comments only.
    expect(annotated.revisions).toBe(0);
    expect(entries.find((e) => e.name === "word/document.xml")!.data.toString("utf8")).not.toMatch(/<w:(?:ins|del) /);
  });

  it("gives a document that already has revisions its findings as comments only", async () => {
    const original = await draft();
    const entries = await readZipEntries(original, "d.docx");
    const xml = entries.find((e) => e.name === "word/document.xml")!.data.toString("utf8");
    // A revision of someone else's: an inserted run.
    const revised = xml.replace(
      /(<w:body>)/,
      '$1<w:p><w:ins w:id="900" w:author="张三" w:date="2026-11-01T00:00:00Z"><w:r><w:t>新增段落</w:t></w:r></w:ins></w:p>',
    );
    const yazl = (await import("yazl")).default;
    const zip = new yazl.ZipFile();
    for (const e of entries) zip.addBuffer(e.name === "word/document.xml" ? Buffer.from(revised) : e.data, e.name);
    zip.end();
    const chunks: Buffer[] = [];
    for await (const c of zip.outputStream) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const read = await readDocx(bytes, "r.docx");
    const lint = await engine.lintText(read.text, config, "r.docx");
    const fixed = (await engine.fixText(read.text, config, "r.docx")).output;
    const annotated = await annotateDocx(bytes, "r.docx", { text: read.text, parts: read.parts, messages: lint.messages, fixed });
    expect(annotated.revisions).toBe(0);
    expect(annotated.commentsOnly).toBe("文件中已有修订，修复只以批注给出");
    const out = (await readZipEntries(annotated.bytes, "r.docx")).find((e) => e.name === "word/document.xml")!.data.toString("utf8");
    expect(out).toContain('w:author="张三"');
    expect((await readDocx(annotated.bytes, "r.docx")).text).toBe(read.text);
  });

  it("leaves hyperlinks, fields and the comments already there intact", async () => {
    const doc = new Document({
      comments: { children: [{ id: 0, author: "张三", date: new Date("2026-11-01T00:00:00Z"), children: [new Paragraph("原有批注")] }] },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new CommentRangeStart(0),
                new TextRun("请各单位认真学习"),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
                new ExternalHyperlink({ link: "https://www.gov.cn/", children: [new TextRun({ text: "中国政府网:政策文件", style: "Hyperlink" })] }),
                new TextRun("，印发日期"),
                new SimpleField("DATE"),
                new TextRun("。要不折不扣的抓好落实。"),
              ],
            }),
          ],
        },
      ],
    });
    const original = await Packer.toBuffer(doc);
    const read = await readDocx(original, "h.docx");
    const lint = await engine.lintText(read.text, config, "h.docx");
    const fixed = (await engine.fixText(read.text, config, "h.docx")).output;
    const annotated = await annotateDocx(original, "h.docx", { text: read.text, parts: read.parts, messages: lint.messages, fixed });
    expect(annotated.comments).toBe(lint.messages.length);
    expect((await readDocx(annotated.bytes, "h.docx")).text).toBe(fixed);
    const entries = await readZipEntries(annotated.bytes, "h.docx");
    const xml = entries.find((e) => e.name === "word/document.xml")!.data.toString("utf8");
    const comments = entries.find((e) => e.name === "word/comments.xml")!.data.toString("utf8");
    // The hyperlink still points where it did and holds its (fixed) text; the field and the old comment are there.
    const link = elements(parse(xml), "w:hyperlink")[0];
    expect(link.getAttribute("r:id")).toBeTruthy();
    expect(docxParagraphs(`<w:document xmlns:w="x"><w:p>${new XMLSerializer().serializeToString(link)}</w:p></w:document>`)).toEqual([
      "中国政府网：政策文件",
    ]);
    expect(xml).toContain('w:instr="DATE"');
    expect(xml).toContain('<w:commentRangeStart w:id="0"/>');
    expect(comments).toContain('w:author="张三"');
    expect(elements(parse(comments), "w:comment")).toHaveLength(1 + annotated.comments);
  });

  it("annotates a text box's paragraphs and the paragraph that holds it", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun("见下方说明:"),
                new Textbox({ children: [new Paragraph("内部资料:请勿外传")], style: { width: "2in", height: "auto" } }),
                new TextRun("要不折不扣的抓好落实。"),
              ],
            }),
          ],
        },
      ],
    });
    const original = await Packer.toBuffer(doc);
    const read = await readDocx(original, "t.docx");
    const lint = await engine.lintText(read.text, config, "t.docx");
    const fixed = (await engine.fixText(read.text, config, "t.docx")).output;
    expect(read.text.split("\n").length).toBeGreaterThan(1);
    const annotated = await annotateDocx(original, "t.docx", { text: read.text, parts: read.parts, messages: lint.messages, fixed });
    expect(annotated.comments + annotated.listed).toBe(lint.messages.length);
    expect((await readDocx(annotated.bytes, "t.docx")).text).toBe(fixed);
  });
});
