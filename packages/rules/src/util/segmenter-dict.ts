// jieba's dictionary with the lexicon merged in, its lines grouped by their word's first character, so that the
// segmenter can load only the words a text can contain (the whole dictionary takes 130-250 ms to load; the words of
// a one-line file's characters, a few milliseconds). The build packs it into segmenter-dict.bin next to the compiled
// module; running from source (tests), it is packed in memory.

/** The dictionary as the segmenter loads it, a range of lines per first character. */
export interface PackedDictionary {
  /** UTF-8 dictionary lines ("word freq tag\n"), grouped by first code point. */
  lines: Uint8Array;
  /** Sum of all the words' frequencies: jieba divides every word's frequency by it. */
  total: number;
  /** First code point → [start, end) of its lines in `lines`, and the sum of their frequencies. */
  ranges: Map<number, { start: number; end: number; freq: number }>;
}

interface Index {
  total: number;
  firsts: number[];
  ends: number[];
  freqs: number[];
}

const MAGIC = 0x44_57_47_53; // "SGWD"

/**
 * Merges `extra` into `dict` as jieba's loadDict does (a word loaded again takes the new frequency and keeps its
 * first tag) and groups the lines by first character.
 */
export function packDictionary(dict: string, extra: string): PackedDictionary {
  const words = new Map<string, { freq: number; tag: string }>();
  for (const text of [dict, extra])
    for (const line of text.split("\n")) {
      const [word, freq, tag = ""] = line.trim().split(/\s+/);
      if (!word || freq === undefined) continue;
      const known = words.get(word);
      if (known) known.freq = Number(freq);
      else words.set(word, { freq: Number(freq), tag });
    }
  const groups = new Map<number, string[]>();
  const freqs = new Map<number, number>();
  let total = 0;
  for (const [word, { freq, tag }] of words) {
    const first = word.codePointAt(0)!;
    let group = groups.get(first);
    if (!group) groups.set(first, (group = []));
    group.push(`${word} ${freq}${tag ? ` ${tag}` : ""}\n`);
    freqs.set(first, (freqs.get(first) ?? 0) + freq);
    total += freq;
  }
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const ranges: PackedDictionary["ranges"] = new Map();
  let at = 0;
  for (const first of [...groups.keys()].sort((a, b) => a - b)) {
    const bytes = encoder.encode(groups.get(first)!.join(""));
    parts.push(bytes);
    ranges.set(first, { start: at, end: at + bytes.length, freq: freqs.get(first)! });
    at += bytes.length;
  }
  const lines = new Uint8Array(at);
  at = 0;
  for (const part of parts) {
    lines.set(part, at);
    at += part.length;
  }
  return { lines, total, ranges };
}

/** The packed dictionary as one file: magic, index length, index (JSON), lines. */
export function serializeDictionary(packed: PackedDictionary): Uint8Array {
  const index: Index = { total: packed.total, firsts: [], ends: [], freqs: [] };
  for (const [first, { end, freq }] of packed.ranges) {
    index.firsts.push(first);
    index.ends.push(end);
    index.freqs.push(freq);
  }
  const json = new TextEncoder().encode(JSON.stringify(index));
  const out = new Uint8Array(8 + json.length + packed.lines.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  out.set(packed.lines, 8 + json.length);
  return out;
}

export function deserializeDictionary(bytes: Uint8Array): PackedDictionary {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error("segmenter-dict.bin is not a packed dictionary");
  const length = view.getUint32(4, true);
  const index = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Index;
  const ranges: PackedDictionary["ranges"] = new Map();
  let start = 0;
  index.firsts.forEach((first, i) => {
    ranges.set(first, { start, end: index.ends[i], freq: index.freqs[i] });
    start = index.ends[i];
  });
  return { lines: bytes.subarray(8 + length), total: index.total, ranges };
}
