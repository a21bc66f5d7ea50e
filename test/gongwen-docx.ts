// A 公文 (notice) as a Word file, built with the `docx` package: laid out as GB/T 9704-2012 asks unless an option
// changes one thing. Used by the layout reader's tests, the CLI's and the LibreOffice rendering check.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  convertMillimetersToTwip,
} from "docx";

export const FANGSONG = { eastAsia: "仿宋_GB2312", ascii: "Times New Roman" };
export const BODY = "为切实做好今年防汛工作，确保人民群众生命财产安全，经县政府同意，现将有关事项通知如下。";

/** Distinct body paragraphs, enough for several full pages of 22 lines of 28 characters. */
export const MORE_BODY = [
  "各地要在汛前组织力量对辖区内的水库、山塘、堤防、涵闸等水利工程开展全面排查，建立隐患清单，明确整改责任人和完成时限，对一时难以整改到位的，要落实临时度汛措施，确保工程安全度汛。",
  "要加强对山洪灾害危险区、地质灾害隐患点、城市低洼易涝区域、在建工程工地等重点部位的巡查，落实专人值守，发现险情及时报告、及时处置，必要时果断组织群众转移避险。",
  "县应急管理局要会同有关部门修订完善防汛应急预案，细化各级各类人员的职责分工，组织开展实战化应急演练，提高预案的针对性和可操作性，做到一旦有险情能够迅速有效应对。",
  "各乡镇要按照分级负责、分类储备的原则，补充完善抢险物资和设备，登记造册、定点存放、专人管理，确保关键时刻调得出、用得上，同时要加强与周边地区的物资调剂和协作联动。",
  "县气象局、县水利局要加强监测预报预警，及时发布暴雨、洪水预警信息，通过广播、电视、短信、微信等多种渠道把预警信息传递到村、到户、到人，切实解决预警信息传递的最后一公里问题。",
  "汛期各级各部门要严格执行二十四小时值班和领导带班制度，保持通信畅通，值班人员要坚守岗位，认真做好雨情、水情、险情、灾情的收集和报送工作，重要情况要第一时间报告。",
  "各地要广泛开展防汛避险知识宣传，利用村务公开栏、宣传车、网络平台等方式普及防灾减灾常识，增强群众的自救互救能力，形成群防群治的良好局面，最大限度减少灾害损失。",
  "对工作不力、责任不落实、措施不到位造成严重后果的，要依法依规严肃追究有关单位和人员的责任，县政府督查室要会同有关部门适时开展专项督查，督查结果在全县范围内通报。",
  "各地要统筹做好受灾群众的基本生活保障工作，落实临时安置场所，确保受灾群众有饭吃、有干净水喝、有衣穿、有安全住处、有病能及时得到医治，切实维护灾区社会大局稳定。",
  "县财政局要安排必要的防汛工作经费，保障监测预警、抢险救援、物资储备等工作需要，各乡镇也要加大投入，确保防汛工作有序开展，各项经费要专款专用，不得挤占挪用。",
];

export interface NoticeOptions {
  marginsMm?: { top: number; left: number; right: number; bottom: number };
  titleFont?: string;
  titleSize?: number;
  bodyFont?: string;
  bodySize?: number;
  level1Font?: string;
  indent?: boolean;
  pageNumber?: boolean;
  dashes?: boolean;
  /** Single spacing and no document grid (Word's default) instead of 22 lines of 28 characters. */
  noGrid?: boolean;
  /** Exact line spacing of the body in twips, instead of the document grid's. */
  exactLine?: number;
  /** A 版头: the 发文机关标志 in this colour and the 发文字号. */
  header?: { color?: string; number?: string };
  /** A 版记 (抄送, 印发) in this font and size. */
  record?: { font: string; size: number };
  /** 署名 and 成文日期 after the body. */
  signature?: { date: string };
  /** A table whose cells are in 宋体 小五, without indent. */
  table?: boolean;
  /** One footer for every page instead of odd and even ones. */
  oddEven?: boolean;
  /** The body paragraphs of MORE_BODY too (that many times, for a number): several pages. */
  long?: boolean | number;
}

/** The notice as .docx bytes. */
export async function noticeDocx(o: NoticeOptions = {}): Promise<Buffer> {
  const m = o.marginsMm ?? { top: 37, left: 28, right: 26, bottom: 35 };
  const fangsong = (text: string) => new TextRun({ text, font: FANGSONG, size: 32 });
  /** The body's type, as the addressee, signature and date carry it. */
  const bodyRun = (text: string) => new TextRun({ text, font: { ...FANGSONG, eastAsia: o.bodyFont ?? "仿宋_GB2312" }, size: o.bodySize ?? 32 });
  const spacing = o.exactLine ? { spacing: { line: o.exactLine, lineRule: LineRuleType.EXACT } } : {};
  const body = (text: string) =>
    new Paragraph({
      ...spacing,
      // Every line of a page is filled: a full page shows how many lines it holds.
      widowControl: false,
      indent: o.indent === false ? undefined : { firstLineChars: 200 },
      children: [bodyRun(text)],
    });
  const pageNumber = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Footer({
      children: [
        new Paragraph({
          alignment,
          children: [new TextRun({ size: 28, children: o.dashes === false ? [PageNumber.CURRENT] : ["— ", PageNumber.CURRENT, " —"] })],
        }),
      ],
    });
  const doc = new Document({
    // 奇偶页不同: odd pages' number on the right, even pages' on the left.
    evenAndOddHeaderAndFooters: o.oddEven !== false,
    // The document grid counts characters in the default paragraph style's size: 3号, as in a 公文 template.
    styles: {
      default: { document: { run: { size: 32, font: FANGSONG } } },
      paragraphStyles: [{ id: "Normal", name: "Normal", run: { size: 32, font: FANGSONG } }],
    },
    sections: [
      {
        properties: {
          ...(o.noGrid ? {} : { grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: 579, charSpace: -848 } }),
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(m.top),
              left: convertMillimetersToTwip(m.left),
              right: convertMillimetersToTwip(m.right),
              bottom: convertMillimetersToTwip(m.bottom),
            },
          },
        },
        footers:
          o.pageNumber === false
            ? undefined
            : { default: pageNumber(AlignmentType.RIGHT), ...(o.oddEven === false ? {} : { even: pageNumber(AlignmentType.LEFT) }) },
        children: [
          ...(o.header
            ? [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun({ text: "青山县人民政府文件", font: { eastAsia: "方正小标宋简体" }, size: 72, color: o.header.color })],
                }),
                ...(o.header.number ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [fangsong(o.header.number)] })] : []),
              ]
            : []),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: "关于做好2026年防汛工作的通知", font: { eastAsia: o.titleFont ?? "方正小标宋简体" }, size: o.titleSize ?? 44 }),
            ],
          }),
          new Paragraph({ children: [bodyRun("各乡镇人民政府，县直各单位：")] }),
          body(BODY),
          new Paragraph({
            indent: { firstLineChars: 200 },
            children: [new TextRun({ text: "一、提高思想认识", font: { eastAsia: o.level1Font ?? "黑体" }, size: 32 })],
          }),
          body(`各地各部门要充分认识防汛工作的重要性，${BODY}`),
          new Paragraph({
            indent: { firstLineChars: 200 },
            children: [new TextRun({ text: "（一）压实工作责任", font: { eastAsia: "楷体_GB2312" }, size: 32 })],
          }),
          body(`县水利局、县气象局要加强会商研判，${BODY}`),
          ...Array.from({ length: Number(o.long ?? 0) }, () => MORE_BODY.map(body)).flat(),
          ...(o.table
            ? [
                new Table({
                  rows: [
                    new TableRow({
                      children: [
                        new TableCell({
                          children: [new Paragraph({ children: [new TextRun({ text: `值班安排：${BODY}`, font: { eastAsia: "宋体" }, size: 18 })] })],
                        }),
                      ],
                    }),
                  ],
                }),
              ]
            : []),
          ...(o.signature
            ? [
                new Paragraph({ alignment: AlignmentType.RIGHT, children: [bodyRun("青山县人民政府　　　　")] }),
                new Paragraph({ alignment: AlignmentType.RIGHT, children: [bodyRun(`${o.signature.date}　　　　`)] }),
              ]
            : []),
          ...(o.record
            ? [
                new Paragraph({
                  children: [new TextRun({ text: "抄送：县委办公室，县人大常委会办公室。", font: { eastAsia: o.record.font }, size: o.record.size })],
                }),
                new Paragraph({
                  children: [
                    new TextRun({ text: "青山县人民政府办公室　　2026年3月5日印发", font: { eastAsia: o.record.font }, size: o.record.size }),
                  ],
                }),
              ]
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
