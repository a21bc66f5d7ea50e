// Spans where ASCII punctuation is legitimate even inside Chinese text: URLs, e-mail addresses,
// file paths and Windows-style paths. Punctuation inside them is never reported.
const PROTECTED = [
  /\b(?:https?|ftp|file):\/\/[^\s\u3000-\u303F\uFF00-\uFFEF“”‘’\uFFFC]+/giu,
  /\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[^\s\u3000-\u303F\uFF00-\uFFEF“”‘’\uFFFC]*/giu,
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu,
  /\b[A-Za-z]:\\[^\s\u3000-\u303F\uFF00-\uFFEF“”‘’\uFFFC]*/gu,
];

/** Marks the indices of `text` that lie inside a URL, e-mail address or path. */
export function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const re of PROTECTED) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      // A URL does not swallow trailing sentence punctuation ("见 http://a.cn/x." ).
      let end = m.index + m[0].length;
      while (end > m.index && /[.,;:!?)'"]/.test(text[end - 1])) end--;
      mask.fill(1, m.index, end);
    }
  }
  return mask;
}
