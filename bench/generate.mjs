// Deterministic synthetic 公文 archive: paragraphs of clean official prose mixed with the
// punctuation slips the rules look for.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const CLEAN = [
  "要坚持以人民为中心的发展思想，推动高质量发展，确保各项任务落到实处。",
  "各级党组织要切实履行主体责任，把全面从严治党要求贯穿工作全过程。",
  "一是加强组织领导；二是压实工作责任；三是强化督促检查。",
  "全年实现地区生产总值3.58亿元，同比增长12.4%，完成年度目标任务。",
  "他指出：“要坚持‘两个毫不动摇’，不断增强发展活力。”",
  "认真学习《中共中央关于进一步全面深化改革、推进中国式现代化的决定》。",
];
const SLIPS = [
  "同志们:今天召开全县年终工作推进会,主要任务是安排部署下一步工作.",
  "我们要明确\"干什么?怎么来干?\"",
  "加强领导，，压实责任--确保按时完成...",
  "请各科室于12月20日前报送材料(电子版)。",
  "要明确“干什么，怎么来干。",
  "确保困难群众温暖过冬…",
];

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
      const pool = random() < 0.15 ? SLIPS : CLEAN;
      const line = "　　" + pool[Math.floor(random() * pool.length)];
      lines.push(line);
      length += line.length;
    }
    const text = lines.join("\n") + "\n";
    const name = path.join(dir, `${String(i).padStart(5, "0")}.${i % 5 === 0 ? "md" : "txt"}`);
    writeFileSync(name, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
