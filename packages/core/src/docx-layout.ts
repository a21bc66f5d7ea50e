// The page and typography of a Word .docx against GB/T 9704-2012 (党政机关公文格式): paper, margins and document
// grid from the body's section properties; the East Asian font, size, colour and line spacing of each paragraph
// resolved through the style hierarchy (document defaults → paragraph style and the styles it is based on → the
// runs' direct formatting, theme fonts from the theme); alignment and first-line indent; the page numbers in the
// footers and where they stand on odd and even pages. Findings point at paragraphs of the body, whose order is that
// of docxParagraphs (line N of the text read from the file is paragraph N).
import type { TextlintMessage } from "@textlint/types";
import type { SaxesTagPlain } from "saxes";
import { type DocxLayoutXml, lineStarts, SKIPPED_ELEMENTS, saxes } from "./docx.js";

/** Twips (1/20 pt) in a millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: number): number => Math.round((twips / TWIPS_PER_MM) * 10) / 10;

export interface RunFormat {
  /** East Asian font (w:rFonts w:eastAsia), if set at this level. */
  font?: string;
  /** Size in half-points (w:sz), if set at this level. */
  size?: number;
  /** Text colour (w:color w:val, RRGGBB or auto), if set at this level. */
  color?: string;
}

interface Spacing {
  /** Line spacing (w:spacing w:line): twips for exact/atLeast, 240ths of a line for auto. */
  line?: number;
  lineRule?: string;
}

interface StyleDef extends RunFormat, Spacing {
  basedOn?: string;
  align?: string;
  firstLine?: number;
  firstLineChars?: number;
}

export interface LayoutParagraph {
  /** Index among the body's paragraphs (= line index of the text read from the file). */
  index: number;
  text: string;
  /** Resolved East Asian font and size (half-points) of the paragraph's text (its longest run). */
  font?: string;
  size?: number;
  align?: string;
  /** First-line indent: twips, or hundredths of a character. */
  firstLine?: number;
  firstLineChars?: number;
  /** Resolved colour of the paragraph's text (its longest run). */
  color?: string;
  /** Resolved line spacing. */
  line?: number;
  lineRule?: string;
  /** In a table cell or a text box: laid out by its container, not as body text. */
  contained?: boolean;
}

export interface DocxLayout {
  page?: { width: number; height: number; top: number; bottom: number; left: number; right: number };
  paragraphs: LayoutParagraph[];
  /** Whether some footer holds a PAGE field. */
  pageNumber: boolean;
  /** Whether every page number stands between 一字线 (— 1 —). */
  pageNumberDashes: boolean;
  /**
   * Where the page numbers stand: odd pages (the default footer) and even pages (the even footer, used only with
   * 奇偶页不同), each the alignment of its page-number paragraph; undefined where the footers cannot be told apart.
   */
  pageNumberPlaces?: { evenAndOdd: boolean; odd?: string; even?: string };
  /** Whether the file has footers at all. */
  footers: number;
  /** The body section's document grid (w:docGrid): type, line pitch (twips), character spacing (1/4096 pt). */
  grid?: { type?: string; linePitch?: number; charSpace?: number };
  /** Size (half-points) of the default paragraph style: a character grid's pitch is this plus its spacing. */
  gridFontSize?: number;
}

export interface LayoutFinding {
  /** Body paragraph the finding is about; -1 for the page (paper, margins, page numbers). */
  paragraph: number;
  message: string;
}

// The same elements as docxParagraphs leaves out, so that paragraph N here is line N of the text.
const SKIPPED = SKIPPED_ELEMENTS;
const attr = (tag: SaxesTagPlain, name: string): string | undefined => (tag.attributes as Record<string, string>)[name];
const num = (value: string | undefined): number | undefined => (value === undefined || value === "" ? undefined : Number(value));

function parse(
  xml: string,
  handlers: {
    open?: (tag: SaxesTagPlain, path: string[]) => void;
    close?: (tag: SaxesTagPlain, path: string[]) => void;
    text?: (text: string, path: string[]) => void;
  },
): void {
  const parser = new (saxes().SaxesParser)({ xmlns: false });
  const path: string[] = [];
  parser.on("doctype", () => {
    throw new Error("含 DOCTYPE 声明，已拒绝处理");
  });
  parser.on("opentag", (tag) => {
    path.push(tag.name);
    handlers.open?.(tag as SaxesTagPlain, path);
    if (tag.isSelfClosing) {
      handlers.close?.(tag as SaxesTagPlain, path);
      path.pop();
    }
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    handlers.close?.(tag as SaxesTagPlain, path);
    path.pop();
  });
  parser.on("text", (text) => handlers.text?.(text, path));
  parser.write(xml).close();
}

/**
 * The theme's East Asian fonts (word/theme/theme1.xml): minorEastAsia and majorEastAsia, each the `a:ea` typeface,
 * or where that is empty (as in Word's own theme) the typeface for simplified Chinese (`a:font script="Hans"`).
 */
export function themeFonts(xml: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!xml) return out;
  let which: "minor" | "major" | undefined;
  const hans: Record<string, string> = {};
  parse(xml, {
    open(tag) {
      if (tag.name === "a:minorFont") which = "minor";
      else if (tag.name === "a:majorFont") which = "major";
      else if (which && tag.name === "a:ea" && attr(tag, "typeface")) out[`${which}EastAsia`] = attr(tag, "typeface")!;
      else if (which && tag.name === "a:font" && attr(tag, "script") === "Hans" && attr(tag, "typeface"))
        hans[`${which}EastAsia`] = attr(tag, "typeface")!;
    },
    close(tag) {
      if (tag.name === "a:minorFont" || tag.name === "a:majorFont") which = undefined;
    },
  });
  return { ...hans, ...out };
}

/** The East Asian font a w:rFonts sets: its w:eastAsia, or its theme font (w:eastAsiaTheme) resolved. */
const eastAsia = (tag: SaxesTagPlain, theme: Record<string, string>): string | undefined => {
  const name = attr(tag, "w:eastAsia");
  if (name) return name;
  const ref = attr(tag, "w:eastAsiaTheme");
  return ref ? (theme[ref] ?? "主题字体") : undefined;
};

/** Document defaults and paragraph styles of word/styles.xml. */
function readStyles(
  xml: string | undefined,
  theme: Record<string, string>,
): { defaults: RunFormat & Spacing; styles: Map<string, StyleDef>; normal?: string } {
  const defaults: RunFormat & Spacing = {};
  const styles = new Map<string, StyleDef>();
  let normal: string | undefined;
  if (!xml) return { defaults, styles };
  let current: StyleDef | undefined;
  parse(xml, {
    open(tag, path) {
      const inDefaults = path.includes("w:rPrDefault") || path.includes("w:pPrDefault");
      const target: (RunFormat & Spacing) | StyleDef | undefined = inDefaults ? defaults : current;
      if (tag.name === "w:style") {
        current = attr(tag, "w:type") === "paragraph" ? {} : undefined;
        const id = attr(tag, "w:styleId");
        if (current && id) {
          styles.set(id, current);
          if (attr(tag, "w:default") === "1") normal = id;
        }
      } else if (!target) return;
      else if (tag.name === "w:rFonts" && eastAsia(tag, theme)) target.font = eastAsia(tag, theme);
      else if (tag.name === "w:sz" && path.at(-2) === "w:rPr") target.size = num(attr(tag, "w:val"));
      else if (tag.name === "w:color" && path.at(-2) === "w:rPr") target.color = attr(tag, "w:val");
      else if (tag.name === "w:spacing" && path.at(-2) === "w:pPr" && attr(tag, "w:line")) {
        (target as Spacing).line = num(attr(tag, "w:line"));
        (target as Spacing).lineRule = attr(tag, "w:lineRule") ?? "auto";
      } else if (!inDefaults && current && tag.name === "w:basedOn") current.basedOn = attr(tag, "w:val");
      else if (!inDefaults && current && tag.name === "w:jc" && path.at(-2) === "w:pPr") current.align = attr(tag, "w:val");
      else if (!inDefaults && current && tag.name === "w:ind" && path.at(-2) === "w:pPr") {
        current.firstLine = num(attr(tag, "w:firstLine"));
        current.firstLineChars = num(attr(tag, "w:firstLineChars"));
      }
    },
    close(tag) {
      if (tag.name === "w:style") current = undefined;
    },
  });
  return { defaults, styles, normal };
}

/** Texts of a footer's paragraphs that hold a PAGE field (the field's own instruction left out). */
function pageNumberParagraphs(xml: string): Array<{ text: string; align?: string }> {
  const out: Array<{ text: string; align?: string }> = [];
  const open: Array<{ text: string; page: boolean; align?: string }> = [];
  let inText = 0;
  let instr = false;
  parse(xml, {
    open(tag) {
      if (tag.name === "w:p") open.push({ text: "", page: false });
      else if (tag.name === "w:t") inText++;
      else if (tag.name === "w:instrText") instr = true;
      else if (tag.name === "w:jc" && open.at(-1)) open.at(-1)!.align = attr(tag, "w:val");
      else if (tag.name === "w:fldSimple" && /^\s*PAGE\b/u.test(attr(tag, "w:instr") ?? "") && open.at(-1)) open.at(-1)!.page = true;
    },
    text(text) {
      const p = open.at(-1);
      if (!p) return;
      if (instr && /^\s*PAGE\b/u.test(text)) p.page = true;
      else if (inText > 0) p.text += text;
    },
    close(tag) {
      if (tag.name === "w:t") inText--;
      else if (tag.name === "w:instrText") instr = false;
      else if (tag.name === "w:p") {
        const p = open.pop()!;
        if (p.page) out.push({ text: p.text, align: p.align });
      }
    },
  });
  return out;
}

/** Reads the layout of a .docx from its word/document.xml, word/styles.xml and footers. */
export function docxLayout(
  documentXml: string,
  stylesXml: string | undefined,
  footerXmls: readonly string[],
  themeXml?: string,
  pages?: { settings?: string; rels?: string; footerNames?: readonly string[] },
): DocxLayout {
  const theme = themeFonts(themeXml);
  const { defaults, styles, normal } = readStyles(stylesXml, theme);
  /** A style's value of `key`, following basedOn (at most 20 steps, against cycles). */
  const fromStyle = <K extends keyof StyleDef>(id: string | undefined, key: K): StyleDef[K] | undefined => {
    for (let k = 0, s = id ?? normal; s && k < 20; k++) {
      const def = styles.get(s);
      if (!def) return undefined;
      if (def[key] !== undefined) return def[key];
      s = def.basedOn;
    }
    return undefined;
  };
  interface Open extends Spacing {
    style?: string;
    align?: string;
    firstLine?: number;
    firstLineChars?: number;
    text: string;
    runs: Array<RunFormat & { length: number }>;
  }
  const open: Open[] = [];
  let run: (RunFormat & { length: number }) | undefined;
  let skip = 0;
  let inText = 0;
  let index = 0;
  const paragraphs: LayoutParagraph[] = [];
  let page: DocxLayout["page"];
  let pageSize: { width: number; height: number } | undefined;
  let grid: DocxLayout["grid"];
  let containers = 0; // open w:tbl and w:txbxContent
  const footerRefs = new Map<string, string>(); // type (default, even, first) → relationship id
  parse(documentXml, {
    open(tag, path) {
      if (SKIPPED.has(tag.name)) skip++;
      if (skip > 0) return;
      const p = open.at(-1);
      if (tag.name === "w:tbl" || tag.name === "w:txbxContent") containers++;
      if (tag.name === "w:p") open.push({ text: "", runs: [] });
      else if (tag.name === "w:r" && p) {
        run = { length: 0 };
        p.runs.push(run);
      } else if (tag.name === "w:t") inText++;
      else if (tag.name === "w:pStyle" && p && path.at(-2) === "w:pPr") p.style = attr(tag, "w:val");
      else if (tag.name === "w:jc" && p && path.at(-2) === "w:pPr") p.align = attr(tag, "w:val");
      else if (tag.name === "w:ind" && p && path.at(-2) === "w:pPr") {
        p.firstLine = num(attr(tag, "w:firstLine"));
        p.firstLineChars = num(attr(tag, "w:firstLineChars"));
      } else if (tag.name === "w:rFonts" && run && path.at(-2) === "w:rPr" && path.at(-3) === "w:r" && eastAsia(tag, theme))
        run.font = eastAsia(tag, theme);
      else if (tag.name === "w:color" && run && path.at(-2) === "w:rPr" && path.at(-3) === "w:r") run.color = attr(tag, "w:val");
      else if (tag.name === "w:spacing" && p && path.at(-2) === "w:pPr" && attr(tag, "w:line")) {
        p.line = num(attr(tag, "w:line"));
        p.lineRule = attr(tag, "w:lineRule") ?? "auto";
      } else if (tag.name === "w:footerReference" && path.at(-3) === "w:body")
        footerRefs.set(attr(tag, "w:type") ?? "default", attr(tag, "r:id") ?? "");
      else if (tag.name === "w:docGrid" && path.at(-3) === "w:body")
        grid = { type: attr(tag, "w:type"), linePitch: num(attr(tag, "w:linePitch")), charSpace: num(attr(tag, "w:charSpace")) };
      else if (tag.name === "w:sz" && run && path.at(-2) === "w:rPr" && path.at(-3) === "w:r") run.size = num(attr(tag, "w:val"));
      // The body's own section (the last w:sectPr, a child of w:body) sets the paper and margins.
      else if (tag.name === "w:pgSz" && path.at(-3) === "w:body")
        pageSize = { width: num(attr(tag, "w:w")) ?? 0, height: num(attr(tag, "w:h")) ?? 0 };
      else if (tag.name === "w:pgMar" && path.at(-3) === "w:body" && pageSize) {
        page = {
          ...pageSize,
          top: Math.abs(num(attr(tag, "w:top")) ?? 0),
          bottom: Math.abs(num(attr(tag, "w:bottom")) ?? 0),
          left: num(attr(tag, "w:left")) ?? 0,
          right: num(attr(tag, "w:right")) ?? 0,
        };
      }
    },
    text(text) {
      if (skip > 0 || inText === 0) return;
      const p = open.at(-1);
      if (!p) return;
      p.text += text;
      if (run) run.length += text.length;
    },
    close(tag) {
      if (SKIPPED.has(tag.name)) {
        skip--;
        return;
      }
      if (skip > 0) return;
      if (tag.name === "w:t") inText--;
      else if (tag.name === "w:tbl" || tag.name === "w:txbxContent") containers--;
      else if (tag.name === "w:r") run = undefined;
      else if (tag.name === "w:p") {
        const p = open.pop()!;
        const main = p.runs.filter((r) => r.length > 0).sort((a, b) => b.length - a.length)[0];
        paragraphs.push({
          index: index++,
          text: p.text,
          ...(containers > 0 ? { contained: true } : {}),
          font: main?.font ?? fromStyle(p.style, "font") ?? defaults.font,
          size: main?.size ?? fromStyle(p.style, "size") ?? defaults.size,
          align: p.align ?? fromStyle(p.style, "align"),
          firstLine: p.firstLine ?? (p.firstLineChars === undefined ? fromStyle(p.style, "firstLine") : undefined),
          firstLineChars: p.firstLineChars ?? (p.firstLine === undefined ? fromStyle(p.style, "firstLineChars") : undefined),
          color: main?.color ?? fromStyle(p.style, "color") ?? defaults.color,
          ...(p.line !== undefined
            ? { line: p.line, lineRule: p.lineRule }
            : fromStyle(p.style, "line") !== undefined
              ? { line: fromStyle(p.style, "line"), lineRule: fromStyle(p.style, "lineRule") }
              : { line: defaults.line, lineRule: defaults.lineRule }),
        });
      }
    },
  });
  if (!page && pageSize) page = { ...pageSize, top: 1440, bottom: 1440, left: 1800, right: 1800 };
  const perFooter = footerXmls.map(pageNumberParagraphs);
  const numbers = perFooter.flat();
  let pageNumberPlaces: DocxLayout["pageNumberPlaces"];
  if (pages?.rels && pages.footerNames) {
    const targets = new Map<string, string>();
    parse(pages.rels, {
      open(tag) {
        if (tag.name === "Relationship") targets.set(attr(tag, "Id") ?? "", `word/${(attr(tag, "Target") ?? "").replace(/^\/?word\//u, "")}`);
      },
    });
    const place = (type: string): string | undefined => {
      const k = pages.footerNames!.indexOf(targets.get(footerRefs.get(type) ?? "") ?? "");
      return k >= 0 ? (perFooter[k][0]?.align ?? (perFooter[k].length ? "left" : undefined)) : undefined;
    };
    const evenAndOdd = /<w:evenAndOddHeaders(?![^>]*w:val="(?:0|false)")/u.test(pages.settings ?? "");
    pageNumberPlaces = { evenAndOdd, odd: place("default"), even: place("even") };
  }
  return {
    page,
    paragraphs,
    pageNumber: numbers.length > 0,
    pageNumberDashes: numbers.length > 0 && numbers.every((n) => /—.*—/u.test(n.text)),
    ...(pageNumberPlaces ? { pageNumberPlaces } : {}),
    footers: footerXmls.length,
    ...(grid ? { grid } : {}),
    gridFontSize: fromStyle(undefined, "size") ?? defaults.size,
  };
}

/** GB/T 9704-2012 5.2 and 7: the page and the type of a 公文. */
const MARGINS = [
  { key: "top", name: "上边距（天头）" },
  { key: "left", name: "左边距（订口）" },
  { key: "right", name: "右边距" },
  { key: "bottom", name: "下边距" },
] as const;
/** Font families by the characters of their names; 小标宋 before 宋体, which its name contains. */
const FAMILIES: ReadonlyArray<{ name: string; re: RegExp }> = [
  { name: "小标宋", re: /小标宋|XiaoBiaoSong|FZXBS/iu },
  { name: "仿宋", re: /仿宋|FangSong/iu },
  { name: "黑体", re: /黑体|SimHei|Heiti/iu },
  { name: "楷体", re: /楷体|KaiTi/iu },
  { name: "宋体", re: /宋|SimSun|Song/iu },
];
const family = (font: string): string | undefined => FAMILIES.find((f) => f.re.test(font))?.name;
/** Whether `font` is of the family `wanted` names (仿宋_GB2312 and FangSong are both 仿宋); an unknown name must be equal. */
const sameFont = (font: string, wanted: string): boolean => {
  const f = family(wanted);
  return f ? family(font) === f : font === wanted;
};
/** 公文 titles among the first lines: …关于…的通知, 在…上的讲话. */
const TITLE =
  /关于\S{1,60}?的?(?:通知|通报|报告|请示|批复|意见|决定|决议|函|复函|纪要|公告|通告|公报|命令|议案|办法|规定|方案|规划|细则)$|^在\S{2,40}上的(?:讲话|发言|致辞)$/u;
const SIZE_NAMES: Record<number, string> = { 44: "2号", 32: "3号", 30: "小3号", 28: "4号", 24: "小4号", 21: "5号", 36: "小2号", 42: "2号" };
const sizeName = (half?: number): string =>
  half === undefined ? "默认字号" : `${SIZE_NAMES[half] ? `${SIZE_NAMES[half]}（${half / 2}磅）` : `${half / 2}磅`}`;
const ALIGN_NAMES: Record<string, string> = { center: "居中", right: "居右", end: "居右", left: "居左", start: "居左", both: "两端对齐" };

/** Font and size of one kind of paragraph, and how the requirement reads in a message. */
interface TypeSpec {
  font: string;
  size?: number;
  /** The requirement after “应为”, with its source. */
  want: string;
}

/** What a .docx is checked against: GB/T 9704-2012, or the layout measured in a reference file (option `template`). */
export interface LayoutSpec {
  /** Where a requirement comes from, for the messages: the clause of GB/T 9704, or the template. */
  cite: (clause: string) => string;
  paper: { width: number; height: number; want: string };
  /** Margins in millimetres, and what the message adds after the value. */
  margins: { top: number; left: number; right: number; bottom: number; note: string };
  /** Lines per page and characters per line of the body (undefined: not checked). */
  lines?: number;
  chars?: number;
  gridNote: { lines: string; chars: string };
  title: TypeSpec & { align?: string };
  body: TypeSpec & { indentChars?: number };
  level1: TypeSpec;
  level2: TypeSpec;
  record: TypeSpec;
  /** The 发文机关标志 is red. */
  markRed: boolean;
  /** Page numbers: whether required, between 一字线, and where they stand on odd and even pages. */
  pageNumber: { required: boolean; dashes: boolean; odd?: string; even?: string };
}

const gb = (clause: string): string => `GB/T 9704—2012 ${clause}`;

/** GB/T 9704-2012: A4, 版心 156×225 mm, 22×28, the type of 7.3 to 7.5. */
export const GB_9704: LayoutSpec = {
  cite: gb,
  paper: { width: 210, height: 297, want: `公文用 A4 纸（210×297 毫米，${gb("5.2.1")}）` },
  margins: { top: 37, left: 28, right: 26, bottom: 35, note: `（版心 156×225 毫米，${gb("5.2.2")}）` },
  lines: 22,
  chars: 28,
  gridNote: {
    lines: `（固定值约 28.95 磅或文档网格每页 22 行，${gb("5.2.4")}）`,
    chars: `（文档网格“指定行和字符网格”每行 28 字，${gb("5.2.4")}）`,
  },
  title: { font: "方正小标宋简体", size: 44, align: "center", want: `2号小标宋体（方正小标宋简体，22磅，${gb("7.3.1")}）` },
  body: { font: "仿宋_GB2312", size: 32, indentChars: 2, want: `3号仿宋体（仿宋_GB2312，16磅，${gb("7.3.3")}）` },
  level1: { font: "黑体", want: `黑体（${gb("7.3.3")}）` },
  level2: { font: "楷体_GB2312", want: `楷体（${gb("7.3.3")}）` },
  record: { font: "仿宋_GB2312", size: 28, want: `4号仿宋体（14磅，${gb("7.4.1")}）` },
  markRed: true,
  pageNumber: { required: true, dashes: true, odd: "right", even: "left" },
};

/** Whether a w:color value is a red (R well above G and B): FF0000, C00000, E60012. */
const isRed = (color: string | undefined): boolean => {
  if (!color || !/^[0-9A-Fa-f]{6}$/u.test(color)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(color.slice(i, i + 2), 16));
  return r >= 0xa0 && g <= 0x60 && b <= 0x60;
};

type Kind = "title" | "level1" | "level2" | "body";

/** The parts of a document's body text: title, kinds of paragraphs, the 版记 and the 发文机关标志. */
function classify(layout: DocxLayout) {
  // Table cells and text boxes have their own layout; body text is what stands on the page.
  const texts = layout.paragraphs.filter((p) => p.text.trim() !== "" && !p.contained);
  const titleAt = texts.slice(0, 8).findIndex((p) => TITLE.test(p.text.trim()));
  const kind = (p: LayoutParagraph, k: number): Kind =>
    k === titleAt
      ? "title"
      : /^[\s\u3000]*[一二三四五六七八九十]+、/u.test(p.text)
        ? "level1"
        : /^[\s\u3000]*（[一二三四五六七八九十]+）/u.test(p.text)
          ? "level2"
          : "body";
  // The 版记 (抄送, 印发) closes the body.
  const recordAt = texts.findIndex((p, k) => k > titleAt && /^[\s\u3000]*(?:抄送|印发)[\s\u3000]*[：:]|印发[\s\u3000]*$/u.test(p.text));
  const isRecordLine = (p: LayoutParagraph): boolean => /^[\s\u3000]*(?:抄送[\s\u3000]*[：:]|\S.*印发[\s\u3000]*$)/u.test(p.text);
  const mark = texts.slice(0, Math.max(titleAt, 0)).find((p) => /文件[\s\u3000]*$/u.test(p.text));
  /** The first paragraph of a kind between the title and the 版记 that passes `test`. */
  const first = (what: Kind, test: (p: LayoutParagraph) => boolean = () => true): LayoutParagraph | undefined =>
    texts.find((p, k) => k >= Math.max(titleAt, 0) && (recordAt < 0 || k < recordAt) && kind(p, k) === what && test(p));
  // The first body paragraph of some length: where lines and characters of a page are measured.
  const firstBody = first("body", (p) => p.text.trim().length > 20);
  return { texts, titleAt, recordAt, kind, isRecordLine, mark, first, firstBody };
}

/** A 二级标题 on a line of its own; one that runs into its paragraph (（一）压实责任。各地要……) is body text. */
const LEVEL2_ALONE = /^[\s\u3000]*（[一二三四五六七八九十]+）[^。]{0,40}$/u;

/** A paragraph's first-line indent in characters. */
const indentChars = (p: LayoutParagraph): number =>
  /^[\s\u3000]{2}/u.test(p.text)
    ? 2
    : p.firstLineChars !== undefined
      ? p.firstLineChars / 100
      : p.firstLine !== undefined
        ? p.firstLine / ((p.size ?? 32) * 10)
        : 0;

/**
 * Lines per page and characters per line of a body paragraph: its line pitch (exact spacing, or the document
 * grid's pitch times the multiple, or 1.3 times the size) and its character pitch (the size, or with a character
 * grid the default paragraph style's size plus the grid's character spacing, as Word and LibreOffice count it).
 */
function pageGrid(layout: DocxLayout, p: LayoutParagraph): { lines: number; chars: number; spacing: string } | undefined {
  const page = layout.page;
  if (!page) return undefined;
  const size = (p.size ?? 32) * 10; // twips
  const grid = layout.grid;
  const gridLines = grid && (grid.type === "lines" || grid.type === "linesAndChars") && grid.linePitch ? grid.linePitch : undefined;
  const multiple = p.lineRule === "auto" || p.lineRule === undefined ? (p.line ?? 240) / 240 : 1;
  const pitch =
    p.lineRule === "exact" || p.lineRule === "atLeast"
      ? (p.line ?? 0)
      : gridLines
        ? gridLines * Math.max(1, Math.round(multiple))
        : size * 1.3 * multiple;
  const charGrid = grid?.type === "linesAndChars" && grid.charSpace;
  const charPitch = charGrid ? (layout.gridFontSize ?? p.size ?? 32) * 10 + ((grid.charSpace ?? 0) / 4096) * 20 : size;
  if (pitch <= 0 || charPitch <= 0) return undefined;
  const pt = (twips: number): number => Math.round((twips / 20) * 100) / 100;
  return {
    lines: Math.floor((page.height - page.top - page.bottom) / pitch + 0.05),
    chars: Math.floor((page.width - page.left - page.right) / charPitch + 0.05),
    spacing:
      p.lineRule === "exact"
        ? `固定值 ${pt(pitch)} 磅`
        : gridLines
          ? `文档网格行距 ${pt(gridLines)} 磅`
          : `${Math.round(multiple * 100) / 100}倍行距`,
  };
}

/**
 * The layout of a reference .docx as the requirements (option `template`): its paper, margins, lines and
 * characters, and the font and size of its title, body, headings and 版记, each measured on its first paragraph of
 * that kind. Parts the template lacks keep GB/T 9704-2012's requirement.
 */
export function templateSpec(template: DocxLayout, name: string): LayoutSpec {
  const cite = (): string => `同模板“${name}”`;
  const { texts, titleAt, recordAt, isRecordLine, mark, first, firstBody: body } = classify(template);
  const type = (p: LayoutParagraph | undefined, fallback: TypeSpec, withSize: boolean): TypeSpec =>
    p?.font
      ? {
          font: p.font,
          ...(withSize && p.size !== undefined ? { size: p.size } : {}),
          want: `${p.font}${withSize && p.size !== undefined ? `、${sizeName(p.size)}` : ""}（${cite()}）`,
        }
      : fallback;
  const spec: LayoutSpec = { ...GB_9704, cite, pageNumber: { ...GB_9704.pageNumber } };
  const page = template.page;
  if (page && page.width > 0 && page.height > 0) {
    const w = mm(page.width);
    const h = mm(page.height);
    spec.paper = { width: w, height: h, want: `应与模板相同（${w}×${h} 毫米，${cite()}）` };
    spec.margins = { top: mm(page.top), left: mm(page.left), right: mm(page.right), bottom: mm(page.bottom), note: `（${cite()}）` };
  }
  const title = titleAt >= 0 ? texts[titleAt] : undefined;
  if (title) spec.title = { ...type(title, GB_9704.title, true), align: title.align };
  if (body) {
    spec.body = { ...type(body, GB_9704.body, true), indentChars: Math.round(indentChars(body) * 4) / 4 };
    const counted = pageGrid(template, body);
    spec.lines = counted?.lines;
    spec.chars = counted?.chars;
    spec.gridNote = { lines: `（${cite()}）`, chars: `（${cite()}）` };
  }
  spec.level1 = type(first("level1"), GB_9704.level1, false);
  spec.level2 = type(
    first("level2", (p) => LEVEL2_ALONE.test(p.text)),
    GB_9704.level2,
    false,
  );
  const record = recordAt >= 0 ? texts.slice(recordAt).find(isRecordLine) : undefined;
  spec.record = type(record, GB_9704.record, true);
  if (mark) spec.markRed = isRed(mark.color);
  if (template.paragraphs.length > 0) {
    spec.pageNumber = {
      required: template.pageNumber,
      dashes: template.pageNumberDashes,
      ...(template.pageNumberPlaces?.evenAndOdd
        ? { odd: template.pageNumberPlaces.odd, even: template.pageNumberPlaces.even }
        : { odd: undefined, even: undefined }),
    };
  }
  return spec;
}

/** Compares a .docx's layout with GB/T 9704-2012 (or a template's); one finding per kind of deviation, at its first paragraph. */
export function checkLayout(layout: DocxLayout, spec: LayoutSpec = GB_9704): LayoutFinding[] {
  const out: LayoutFinding[] = [];
  const { page } = layout;
  const { cite } = spec;
  if (page && page.width > 0 && page.height > 0) {
    const w = mm(page.width);
    const h = mm(page.height);
    if (Math.abs(w - spec.paper.width) > 1 || Math.abs(h - spec.paper.height) > 1) {
      out.push({ paragraph: -1, message: `纸张为 ${w}×${h} 毫米，${spec.paper.want}` });
    } else {
      for (const m of MARGINS) {
        const value = mm(page[m.key]);
        if (Math.abs(value - spec.margins[m.key]) > 1)
          out.push({ paragraph: -1, message: `${m.name}为 ${value} 毫米，应为 ${spec.margins[m.key]}±1 毫米${spec.margins.note}` });
      }
    }
  }
  const { texts, titleAt, recordAt, kind, isRecordLine, mark, firstBody: bodyParagraph } = classify(layout);
  // Deviations of the same kind are reported once, at their first paragraph, with how many paragraphs have them.
  const grouped = new Map<string, { paragraph: number; count: number; message: (count: number) => string }>();
  const note = (key: string, paragraph: number, message: (count: number) => string): void => {
    const g = grouped.get(key);
    if (g) g.count++;
    else grouped.set(key, { paragraph, count: 1, message });
  };
  const wrongType = (p: LayoutParagraph, want: TypeSpec): boolean =>
    !sameFont(p.font ?? "默认字体", want.font) || (want.size !== undefined && p.size !== undefined && p.size !== want.size);
  // Only the body, from the title to the 版记: the 版头 and 版记 have their own type.
  texts.forEach((p, k) => {
    if (k < Math.max(titleAt, 0) || (recordAt >= 0 && k >= recordAt)) return;
    const what = kind(p, k);
    const font = p.font ?? "默认字体";
    if (what === "title") {
      if (wrongType(p, spec.title)) note("title", p.index, () => `标题用${font}、${sizeName(p.size)}，应为 ${spec.title.want}`);
      if (spec.title.align && (p.align ?? "left") !== spec.title.align)
        note("title-align", p.index, () => `标题应${ALIGN_NAMES[spec.title.align!] ?? spec.title.align}排布（${cite("7.3.1")}）`);
      return;
    }
    if (what === "level1" && wrongType(p, spec.level1)) {
      note(`level1:${font}`, p.index, (n) => `一级标题（“一、”）用${font}${n > 1 ? `（共 ${n} 处）` : ""}，应为${spec.level1.want}`);
      return;
    }
    if (what === "level1") return;
    if (what === "level2" && LEVEL2_ALONE.test(p.text)) {
      if (wrongType(p, spec.level2))
        note(`level2:${font}`, p.index, (n) => `二级标题（“（一）”）用${font}${n > 1 ? `（共 ${n} 处）` : ""}，应为${spec.level2.want}`);
      return;
    }
    if (wrongType(p, spec.body))
      note(`body:${font}:${p.size}`, p.index, (n) => `正文用${font}、${sizeName(p.size)}${n > 1 ? `（共 ${n} 段）` : ""}，应为 ${spec.body.want}`);
    const want = spec.body.indentChars;
    const indented = want === undefined || Math.abs(indentChars(p) - want) <= 0.25;
    if (!indented && p.align !== "center" && p.align !== "right" && p.text.trim().length > 20)
      note(
        "indent",
        p.index,
        (n) => `正文段落首行应缩进 ${want} 个字${n > 1 ? `（共 ${n} 段未缩进或缩进不是 ${want} 字）` : ""}（${cite("7.3.3")}）`,
      );
  });
  // Lines per page and characters per line (5.2.4), measured on the first body paragraph; only where paper,
  // margins and body size are right: otherwise the count follows from those, already reported.
  const pageRight = out.length === 0;
  const counted =
    bodyParagraph && pageRight && (bodyParagraph.size ?? spec.body.size) === spec.body.size ? pageGrid(layout, bodyParagraph) : undefined;
  if (bodyParagraph && counted) {
    if (spec.lines !== undefined && counted.lines !== spec.lines)
      out.push({
        paragraph: bodyParagraph.index,
        message: `正文行距为${counted.spacing}，每页约 ${counted.lines} 行，应为每页 ${spec.lines} 行${spec.gridNote.lines}`,
      });
    if (spec.chars !== undefined && counted.chars !== spec.chars)
      out.push({
        paragraph: bodyParagraph.index,
        message: `正文每行约 ${counted.chars} 字，应为每行 ${spec.chars} 字${spec.gridNote.chars}`,
      });
  }
  // The 版记: 抄送 and 印发 lines (7.4.1).
  if (recordAt >= 0)
    for (const p of texts.slice(recordAt)) {
      if (!isRecordLine(p) || !wrongType(p, spec.record)) continue;
      const font = p.font ?? "默认字体";
      note(
        `record:${font}:${p.size}`,
        p.index,
        (n) => `版记（抄送、印发）用${font}、${sizeName(p.size)}${n > 1 ? `（共 ${n} 行）` : ""}，应为 ${spec.record.want}`,
      );
    }
  // The 发文机关标志 (…文件) in the 版头: red (7.2.4).
  if (mark && spec.markRed && !isRed(mark.color))
    out.push({
      paragraph: mark.index,
      message: `发文机关标志应为红色（现为${mark.color && mark.color !== "auto" ? `#${mark.color}` : "黑色"}，${cite("7.2.4")}）`,
    });
  for (const g of grouped.values()) out.push({ paragraph: g.paragraph, message: g.message(g.count) });
  const numbers = spec.pageNumber;
  const places = layout.pageNumberPlaces;
  const alignOf = (a: string | undefined): string | undefined => (a === "end" ? "right" : a === "start" ? "left" : a);
  if (layout.paragraphs.length > 0 && !layout.pageNumber) {
    if (numbers.required) out.push({ paragraph: -1, message: `页脚中没有页码（公文页码用 4号半角宋体阿拉伯数字，${cite("7.5")}）` });
  } else if (numbers.odd && numbers.even && places && !(places.evenAndOdd && places.even))
    out.push({
      paragraph: -1,
      message: `页码应单页${ALIGN_NAMES[numbers.odd] ?? numbers.odd}、双页${ALIGN_NAMES[numbers.even] ?? numbers.even}：请设置页脚“奇偶页不同”，分别放置页码（${cite("7.5")}）`,
    });
  else if (numbers.odd && numbers.even && places && (alignOf(places.odd) !== numbers.odd || alignOf(places.even) !== numbers.even))
    out.push({
      paragraph: -1,
      message: `页码应单页${ALIGN_NAMES[numbers.odd] ?? numbers.odd}、双页${ALIGN_NAMES[numbers.even] ?? numbers.even}（${cite("7.5")}）`,
    });
  if (layout.pageNumber && numbers.dashes && !layout.pageNumberDashes)
    out.push({ paragraph: -1, message: `页码两侧应各加一条一字线（— 1 —，${cite("7.5")}）` });
  return out.sort((a, b) => a.paragraph - b.paragraph);
}

/** The layout of a .docx read by readDocx. */
export const layoutOf = (xml: DocxLayoutXml): DocxLayout => docxLayout(xml.document, xml.styles, xml.footers, xml.theme, xml);

const SEVERITY_LEVEL = { error: 2, warning: 1, info: 3 } as const;

/**
 * The layout findings of a .docx as textlint messages (rule docx-layout) on the text read from it: each at the
 * start of its paragraph's line, spanning the paragraph (the page's findings at line 1, column 1, empty).
 */
export function layoutMessages(
  text: string,
  xml: DocxLayoutXml,
  severity: keyof typeof SEVERITY_LEVEL,
  spec: LayoutSpec = GB_9704,
): TextlintMessage[] {
  const lines = text.split("\n");
  const starts = lineStarts(lines);
  return checkLayout(layoutOf(xml), spec).map(({ paragraph, message }) => {
    const line = Math.max(paragraph, 0);
    const start = starts[line] ?? 0;
    const end = paragraph < 0 ? start : start + (lines[line]?.length ?? 0);
    const loc = { start: { line: line + 1, column: 1 }, end: { line: line + 1, column: 1 + end - start } };
    const m = {
      type: "lint",
      ruleId: "docx-layout",
      message,
      index: start,
      line: line + 1,
      column: 1,
      range: [start, end],
      loc,
      severity: SEVERITY_LEVEL[severity],
    };
    // Shown as 〔页面设置〕 where the finding is about the page, not a paragraph.
    return (paragraph < 0 ? { ...m, part: "页面设置" } : m) as unknown as TextlintMessage;
  });
}
