// The title of a 公文 among its first lines: (发文机关) 关于 + 事由 + 的 + 文种, or a speech's 在……上的讲话.

/** The 15 文种 of 《党政机关公文处理工作条例》第八条 (纪要 also as 会议纪要, 函 also as 复函), longer forms first. */
export const OFFICIAL_GENRES = "会议纪要|纪要|复函|函|决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案";
/** 文种 a title ends with: the 15, and the rule-like texts 通知 issue. */
export const GENRES = `${OFFICIAL_GENRES}|办法|规定|方案|规划|细则|条例`;
// The issuer before 关于, if any, is a body's name (国务院办公厅, XX县人民政府), not a sentence (会议讨论了).
export const ISSUER = "(?:\\S{1,30}(?:政府|委员会|常委会|办公厅|办公室|部|局|厅|委|院|会|处|科|所|中心|党委|党组|支部|集团|公司|学校|大学|组|队))?";
/** A 公文 title line; group 1: its 文种, group 2: punctuation after it. */
export const TITLE = new RegExp(`^[\\s\\u3000]*${ISSUER}关于\\S{1,60}?的?(${GENRES})([。．.；;！!]*)[\\s\\u3000]*$`, "u");
/** A speech's title line: 在……会议上的讲话; group 1: the genre, group 2: punctuation after it. */
export const SPEECH =
  /^[\s\u3000]*在\S{2,40}(?:会|会议|大会|座谈会|仪式|典礼|活动)上的(讲话|发言|致辞|报告|主持词|总结讲话)([。．.；;！!]*)[\s\u3000]*$/u;
/** How many non-blank lines from the top a title may stand after (版头: 份号, 密级, 发文机关标志, 发文字号 …). */
export const TITLE_WITHIN = 8;
