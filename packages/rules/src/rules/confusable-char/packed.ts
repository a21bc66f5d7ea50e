// The confusable-char model in typed arrays: one open-addressing hash table (words, character pairs and
// "word with one character left out" keys) and two pools. Built from model.json at build time and
// loaded from model.bin in a few milliseconds; typed arrays live outside the JavaScript heap, so the
// model neither slows garbage collection nor inflates each worker's heap.

/** Unified ideographs U+4E00–U+9FFF as 15-bit codes; -1 for anything else. */
export function cjk(charCode: number): number {
  return charCode >= 0x4e00 && charCode <= 0x9fff ? charCode - 0x4e00 : -1;
}
const CODES = 0x9fff - 0x4e00 + 1;

/** Key tags: 1–4 a word of that length, 5–13 a word of length 2–4 with one position open, 14 a pair. */
export const PAIR = 14;
const OPEN_BASE = [0, 0, 0, 2, 5]; // by word length: 2 → 0–1, 3 → 2–4, 4 → 5–8
export const openTag = (length: number, open: number): number => 5 + OPEN_BASE[length] + open;

export interface Packed {
  total: number;
  keysA: Uint32Array;
  keysB: Uint32Array;
  values: Uint32Array;
  /** kindIndex[c]..kindIndex[c+1]: entries of kindPool (code | kind << 16), by code. */
  kindIndex: Uint32Array;
  kindPool: Uint32Array;
  /** At an offset: a count, then that many codes in ascending order. */
  fills: Uint16Array;
}

/** The two 32-bit halves of a key: a 4-bit tag and up to four 15-bit codes. */
export function keyA(tag: number, c0: number, c1: number): number {
  return ((tag << 28) | (c0 << 13) | (c1 >>> 2)) >>> 0;
}
export function keyB(c1: number, c2: number, c3: number): number {
  return (((c1 & 3) << 30) | (c2 << 15) | c3) >>> 0;
}
function slot(a: number, b: number, mask: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ (b >>> 15), 0x85ebca77);
  h ^= h >>> 16;
  return h & mask;
}

/** Value stored under the key, or -1. */
export function lookup(m: Packed, a: number, b: number): number {
  const mask = m.keysA.length - 1;
  for (let i = slot(a, b, mask); ; i = (i + 1) & mask) {
    const k = m.keysA[i];
    if (k === 0) return -1;
    if (k === a && m.keysB[i] === b) return m.values[i];
  }
}

export interface ModelJson {
  total: number;
  /** Word (1–4 characters) → jieba frequency. */
  words: Record<string, number>;
  /** Character → "same pinyin and tone|same pinyin, other tone|similar shape". */
  confusion: Record<string, string>;
  /** Two adjacent characters → count in the clean official documents. */
  bigrams: Record<string, number>;
}

/** Words a replacement may form: frequent enough that their absence from the text means something. */
export const MIN_TARGET_FREQ = 20;

function codesOf(w: string): number[] | undefined {
  const out: number[] = [];
  for (let i = 0; i < w.length; i++) {
    const c = cjk(w.charCodeAt(i));
    if (c < 0) return undefined;
    out.push(c);
  }
  return out;
}

export function pack(model: ModelJson): Packed {
  const entries: Array<[number, number, number]> = [];
  const open = new Map<string, number[]>(); // "a,b" of an open key → the codes that complete it
  for (const [w, f] of Object.entries(model.words)) {
    const cs = codesOf(w);
    if (!cs || cs.length > 4) continue;
    const [c0 = 0, c1 = 0, c2 = 0, c3 = 0] = cs;
    entries.push([keyA(cs.length, c0, c1), keyB(c1, c2, c3), f]);
    if (cs.length < 2 || f < MIN_TARGET_FREQ) continue;
    for (let j = 0; j < cs.length; j++) {
      const rest = cs.filter((_, i) => i !== j);
      const [r0 = 0, r1 = 0, r2 = 0] = rest;
      const k = `${keyA(openTag(cs.length, j), r0, r1)},${keyB(r1, r2, 0)}`;
      const list = open.get(k) ?? [];
      list.push(cs[j]);
      open.set(k, list);
    }
  }
  for (const [pair, n] of Object.entries(model.bigrams)) {
    const cs = codesOf(pair);
    if (cs?.length === 2) entries.push([keyA(PAIR, cs[0], cs[1]), keyB(cs[1], 0, 0), n]);
  }
  const fills: number[] = [];
  for (const [k, list] of [...open].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const [a, b] = k.split(",").map(Number);
    entries.push([a, b, fills.length]);
    const sorted = [...new Set(list)].sort((x, y) => x - y);
    fills.push(sorted.length, ...sorted);
  }

  let capacity = 1;
  while (capacity < entries.length * 1.4) capacity <<= 1;
  const keysA = new Uint32Array(capacity);
  const keysB = new Uint32Array(capacity);
  const values = new Uint32Array(capacity);
  const mask = capacity - 1;
  for (const [a, b, v] of entries) {
    let i = slot(a, b, mask);
    while (keysA[i] !== 0 && !(keysA[i] === a && keysB[i] === b)) i = (i + 1) & mask;
    keysA[i] = a;
    keysB[i] = b;
    values[i] = v;
  }

  const kinds: Array<Map<number, number>> = Array.from({ length: CODES }, () => new Map());
  for (const [c, sets] of Object.entries(model.confusion)) {
    const from = cjk(c.charCodeAt(0));
    if (from < 0) continue;
    sets.split("|").forEach((set, kind) => {
      for (const d of set) {
        const to = cjk(d.charCodeAt(0));
        if (to >= 0 && !kinds[from].has(to)) kinds[from].set(to, kind);
      }
    });
  }
  const kindIndex = new Uint32Array(CODES + 1);
  const pool: number[] = [];
  for (let c = 0; c < CODES; c++) {
    kindIndex[c] = pool.length;
    for (const [to, kind] of [...kinds[c]].sort((x, y) => x[0] - y[0])) pool.push(to | (kind << 16));
  }
  kindIndex[CODES] = pool.length;
  return { total: model.total, keysA, keysB, values, kindIndex, kindPool: Uint32Array.from(pool), fills: Uint16Array.from(fills) };
}

const MAGIC = 0x4d434747; // "GGCM"
const ARRAYS = ["keysA", "keysB", "values", "kindIndex", "kindPool", "fills"] as const;

export function serialize(m: Packed): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify({ total: m.total, lengths: ARRAYS.map((n) => m[n].length) }));
  const start = Math.ceil((8 + header.length) / 8) * 8;
  const size = ARRAYS.reduce((n, name) => n + Math.ceil(m[name].byteLength / 8) * 8, start);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  out.set(header, 8);
  let at = start;
  for (const name of ARRAYS) {
    out.set(new Uint8Array(m[name].buffer, m[name].byteOffset, m[name].byteLength), at);
    at += Math.ceil(m[name].byteLength / 8) * 8;
  }
  return out;
}

export function deserialize(bytes: Uint8Array): Packed {
  // Typed-array views need aligned offsets: copy when the bytes are not 8-aligned.
  const data = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error("confusable-char: model.bin is not a model file");
  const headerLength = view.getUint32(4, true);
  const { total, lengths } = JSON.parse(new TextDecoder().decode(data.subarray(8, 8 + headerLength))) as { total: number; lengths: number[] };
  let at = data.byteOffset + Math.ceil((8 + headerLength) / 8) * 8;
  const arrays = ARRAYS.map((name, i) => {
    const Type = name === "fills" ? Uint16Array : Uint32Array;
    const a = new Type(data.buffer as ArrayBuffer, at, lengths[i]);
    at += Math.ceil(a.byteLength / 8) * 8;
    return a;
  });
  const [keysA, keysB, values, kindIndex, kindPool, fills] = arrays as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint16Array];
  return { total, keysA, keysB, values, kindIndex, kindPool, fills };
}
