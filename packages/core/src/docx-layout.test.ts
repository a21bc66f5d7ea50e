// The page and typography of generated Word files against GB/T 9704-2012, read back with the project's reader.
import { describe, expect, it } from "vitest";
import { type NoticeOptions, noticeDocx as docx } from "../../../test/gongwen-docx.js";
import { readDocx } from "./docx.js";
import { checkLayout, docxLayout, layoutMessages, layoutOf, templateSpec, themeFonts } from "./docx-layout.js";

const findings = async (o: NoticeOptions = {}) => {
  const { layout } = await readDocx(await docx(o), "t.docx");
  return checkLayout(layoutOf(layout)).map((f) => f.message);
};

describe("docx-layout", () => {
  it("finds nothing in a notice laid out as GB/T 9704 asks", async () => {
    expect(await findings()).toEqual([]);
  });

  it("reads the page, fonts and sizes that are there", async () => {
    const { layout } = await readDocx(await docx(), "t.docx");
    const read = docxLayout(layout.document, layout.styles, layout.footers);
    expect(Math.round(read.page!.top / 56.7)).toBe(37);
    expect(read.paragraphs[0]).toMatchObject({ font: "方正小标宋简体", size: 44, align: "center" });
    expect(read.paragraphs[2]).toMatchObject({ font: "仿宋_GB2312", size: 32, firstLineChars: 200 });
    expect(read.pageNumber).toBe(true);
  });

  it("reports Word's default margins, one finding per margin", async () => {
    expect(await findings({ marginsMm: { top: 25.4, left: 31.8, right: 31.8, bottom: 25.4 } })).toEqual([
      "上边距（天头）为 25.4 毫米，应为 37±1 毫米（版心 156×225 毫米，GB/T 9704—2012 5.2.2）",
      "左边距（订口）为 31.8 毫米，应为 28±1 毫米（版心 156×225 毫米，GB/T 9704—2012 5.2.2）",
      "右边距为 31.8 毫米，应为 26±1 毫米（版心 156×225 毫米，GB/T 9704—2012 5.2.2）",
      "下边距为 25.4 毫米，应为 35±1 毫米（版心 156×225 毫米，GB/T 9704—2012 5.2.2）",
    ]);
  });

  it("reports a body in 宋体 小四 once, with how many paragraphs, and a title in the wrong font", async () => {
    expect(await findings({ bodyFont: "宋体", bodySize: 24, titleFont: "黑体" })).toEqual([
      "标题用黑体、2号（22磅），应为 2号小标宋体（方正小标宋简体，22磅，GB/T 9704—2012 7.3.1）",
      "正文用宋体、小4号（12磅）（共 4 段），应为 3号仿宋体（仿宋_GB2312，16磅，GB/T 9704—2012 7.3.3）",
    ]);
  });

  it("reports paragraphs without a two-character first-line indent, and a missing page number", async () => {
    expect(await findings({ indent: false, pageNumber: false })).toEqual([
      "页脚中没有页码（公文页码用 4号半角宋体阿拉伯数字，GB/T 9704—2012 7.5）",
      "正文段落首行应缩进 2 个字（共 3 段未缩进或缩进不是 2 字）（GB/T 9704—2012 7.3.3）",
    ]);
  });

  it("reports a page number without its 一字线", async () => {
    expect(await findings({ dashes: false })).toEqual(["页码两侧应各加一条一字线（— 1 —，GB/T 9704—2012 7.5）"]);
  });

  it("reports single spacing without a document grid: not 22 lines of 28 characters", async () => {
    expect(await findings({ noGrid: true })).toEqual([
      "正文行距为1倍行距，每页约 30 行，应为每页 22 行（固定值约 28.95 磅或文档网格每页 22 行，GB/T 9704—2012 5.2.4）",
      "正文每行约 27 字，应为每行 28 字（文档网格“指定行和字符网格”每行 28 字，GB/T 9704—2012 5.2.4）",
    ]);
  });

  it("reports a black 发文机关标志 and a 版记 not in 4号仿宋; a red one and a right 版记 give nothing", async () => {
    expect(await findings({ header: { color: "FF0000" }, record: { font: "仿宋_GB2312", size: 28 } })).toEqual([]);
    expect(await findings({ header: {}, record: { font: "宋体", size: 32 } })).toEqual([
      "发文机关标志应为红色（现为黑色，GB/T 9704—2012 7.2.4）",
      "版记（抄送、印发）用宋体、3号（16磅）（共 2 行），应为 4号仿宋体（14磅，GB/T 9704—2012 7.4.1）",
    ]);
  });

  it("reports page numbers in one place for odd and even pages", async () => {
    expect(await findings({ oddEven: false })).toEqual(["页码应单页居右、双页居左：请设置页脚“奇偶页不同”，分别放置页码（GB/T 9704—2012 7.5）"]);
  });

  it("leaves table cells alone: they have their own type", async () => {
    expect(await findings({ table: true })).toEqual([]);
  });

  it("gives textlint messages on the paragraphs of the text read from the file", async () => {
    const read = await readDocx(await docx({ bodyFont: "宋体" }), "t.docx");
    const [m] = layoutMessages(read.text, read.layout, "warning");
    expect(m).toMatchObject({ ruleId: "docx-layout", line: 2, column: 1, severity: 1 });
    expect(read.text.slice(m.range[0], m.range[1])).toBe("各乡镇人民政府，县直各单位：");
    const [page] = layoutMessages(read.text, (await readDocx(await docx({ pageNumber: false }), "t.docx")).layout, "warning");
    expect(page).toMatchObject({ line: 1, column: 1, range: [0, 0], part: "页面设置" });
  });

  it("resolves theme fonts and styles based on others, as Word writes them", () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    // Word's own theme: an empty a:ea, the simplified-Chinese typeface under script="Hans".
    const theme = `<a:theme xmlns:a="x"><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:font script="Hans" typeface="等线 Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:font script="Hans" typeface="等线"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
    expect(themeFonts(theme)).toEqual({ majorEastAsia: "等线 Light", minorEastAsia: "等线" });
    const styles = `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Body"><w:basedOn w:val="a"/><w:pPr><w:ind w:firstLineChars="200"/></w:pPr><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Body3"><w:basedOn w:val="Body"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style></w:styles>`;
    const document = `<w:document ${W}><w:body>
      <w:p><w:r><w:t>默认样式的一段文字</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Body3"/></w:pPr><w:r><w:t>正文样式的一段文字</w:t></w:r></w:p>
      <w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/></w:sectPr></w:body></w:document>`;
    const layout = docxLayout(document, styles, [], theme);
    expect(layout.paragraphs.map((p) => [p.font, p.size, p.firstLineChars])).toEqual([
      ["等线", 21, undefined],
      ["仿宋_GB2312", 32, 200],
    ]);
    expect(layout.page).toEqual({ width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 });
    expect(
      checkLayout(layout)
        .filter((f) => f.paragraph === -1)
        .map((f) => f.message),
    ).toEqual(["页脚中没有页码（公文页码用 4号半角宋体阿拉伯数字，GB/T 9704—2012 7.5）"]);
  });

  it("counts a character grid in the default paragraph style's size, as Word and LibreOffice do", () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    // Normal in 5号 (10.5 pt): the grid's -848/4096 pt spacing gives cells of 10.29 pt, about 43 to a line.
    const styles = (size: number) =>
      `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="${size}"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style></w:styles>`;
    const body = "为切实做好今年防汛工作，确保人民群众生命财产安全，经县政府同意，现将有关事项通知如下。";
    const document = `<w:document ${W}><w:body>
      <w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>${body}</w:t></w:r></w:p>
      <w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>${body}</w:t></w:r></w:p>
      <w:sectPr><w:footerReference w:type="default" r:id="x"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"/></w:sectPr></w:body></w:document>`;
    const grid = (size: number) =>
      checkLayout(
        docxLayout(document, styles(size), [
          '<w:ftr><w:p><w:r><w:t>— </w:t></w:r><w:fldSimple w:instr="PAGE"/><w:r><w:t> —</w:t></w:r></w:p></w:ftr>',
        ]),
      ).map((f) => f.message);
    expect(grid(21)).toEqual(["正文每行约 43 字，应为每行 28 字（文档网格“指定行和字符网格”每行 28 字，GB/T 9704—2012 5.2.4）"]);
    expect(grid(32)).toEqual([]);
  });

  it("takes a template's measured layout as the requirements", async () => {
    const house = { marginsMm: { top: 25.4, left: 31.8, right: 31.8, bottom: 25.4 }, bodyFont: "宋体", bodySize: 24, noGrid: true };
    const spec = templateSpec(layoutOf((await readDocx(await docx(house), "模板.docx")).layout), "模板.docx");
    expect(spec).toMatchObject({ margins: { top: 25.4, left: 31.8 }, body: { font: "宋体", size: 24, indentChars: 2 }, level1: { font: "黑体" } });
    const against = async (o: NoticeOptions) => checkLayout(layoutOf((await readDocx(await docx(o), "t.docx")).layout), spec).map((f) => f.message);
    expect(await against(house)).toEqual([]);
    expect(await against({ ...house, bodyFont: "仿宋_GB2312" })).toEqual([
      "正文用仿宋_GB2312、小4号（12磅）（共 4 段），应为 宋体、小4号（12磅）（同模板“模板.docx”）",
    ]);
    // A template made from a conforming notice asks what GB/T 9704 asks.
    const gb = templateSpec(layoutOf((await readDocx(await docx(), "gb.docx")).layout), "gb.docx");
    expect([gb.lines, gb.chars, gb.body.size, gb.title.size, gb.title.align]).toEqual([22, 28, 32, 44, "center"]);
  });
});
