// Deterministic synthetic 公文 archive: paragraphs of clean official prose mixed with the
// punctuation slips the rules look for.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

// Clean paragraphs are composed from these parts, so that documents do not repeat themselves.
const SUBJECTS = [
  "各级党组织",
  "各乡镇街道",
  "县直各部门",
  "各级领导干部",
  "全县上下",
  "各有关单位",
  "基层党员干部",
  "各级政府",
  "市场监管部门",
  "教育卫生系统",
  "农业农村部门",
  "各驻村工作队",
];
const ACTIONS = [
  "要切实履行主体责任",
  "要坚持问题导向",
  "要牢固树立底线思维",
  "要进一步转变作风",
  "要统筹发展和安全",
  "要把握工作重点",
  "要健全长效机制",
  "要强化协同配合",
  "要深化改革创新",
  "要压紧压实责任",
];
const GOALS = [
  "推动各项工作落地见效",
  "不断提升群众获得感",
  "确保全年目标任务圆满完成",
  "持续优化营商环境",
  "扎实推进乡村全面振兴",
  "守牢安全生产底线",
  "加快建设现代化产业体系",
  "提高基层治理效能",
  "促进经济社会高质量发展",
  "筑牢共同富裕基础",
];
const TAILS = [
  "为开好局、起好步打下坚实基础。",
  "以实际成效取信于民。",
  "坚决防止形式主义、官僚主义。",
  "做到守土有责、守土负责、守土尽责。",
  "形成上下联动、齐抓共管的工作格局。",
  "让人民群众看到实实在在的变化。",
];
const FIGURES = [
  "全年实现地区生产总值{n}亿元，同比增长{p}%。",
  "新增城镇就业{k}人，城镇调查失业率控制在{p}%以内。",
  "完成固定资产投资{n}亿元，实施重点项目{k}个。",
];

// One of each error class the rules look for.
const SLIPS = [
  "同志们:今天召开全县年终工作推进会,主要任务是安排部署下一步工作.",
  '我们要明确"干什么?怎么来干?"',
  "加强领导，，压实责任--确保按时完成...",
  "请各科室于12月20日前报送材料(电子版)。",
  "要明确“干什么，怎么来干。",
  "确保困难群众温暖过冬…",
  "请XX镇党委书记××同志负责落实。",
  "浏览量:42",
  "1-11月完成投资12.6亿元，增长8～10%，我讲3点意见。",
  "牢固树立政治意识、核心意识、大局意识、看齐意识。",
  "一是加强领导；二是压实责任；四要强化考核。",
  "要建立工作台帐，发扬拼博精神，不折不扣的抓好落实。",
  "我们们要在的坚强领导下，推进推进各项工作。",
  "改革涉及到方方面面，目的是为了保持良好发展态sh。",
];

/** Share of paragraphs with a slip: a few per document, as in real drafts. */
const SLIP_RATE = Number(process.env.BENCH_SLIP_RATE ?? 0.04);

/** Mulberry32: a small deterministic PRNG. */
function prng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate(dir, files, charsPerFile, seed = 2026) {
  const random = prng(seed);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const lines = [`关于第${i + 1}号文件的通知`, ""];
    let length = 0;
    while (length < charsPerFile) {
      const pick = (list) => list[Math.floor(random() * list.length)];
      let body;
      if (random() < SLIP_RATE) body = pick(SLIPS);
      else if (random() < 0.15) {
        body = pick(FIGURES)
          .replace("{n}", (random() * 100).toFixed(2))
          .replace("{p}", (random() * 10).toFixed(1))
          .replace("{k}", String(Math.floor(random() * 9000) + 100));
      } else body = `${pick(SUBJECTS)}${pick(ACTIONS)}，${pick(GOALS)}，${pick(TAILS)}`;
      const line = `　　${body}`;
      lines.push(line);
      length += line.length;
    }
    const text = `${lines.join("\n")}\n`;
    const name = path.join(dir, `${String(i).padStart(5, "0")}.${i % 5 === 0 ? "md" : "txt"}`);
    writeFileSync(name, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
