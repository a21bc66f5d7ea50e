import type { TextlintRuleReporter } from "@textlint/types";
import type { RuleDefinition } from "../../types.js";
import { blockLines, reportSpan, sourceLineRange, type TextBlock, onEachBlock } from "../../util/blocks.js";
import { escapeRegExp } from "../../util/chars.js";

export interface Options {
  /** Extra phrases that mark a line as website residue. */
  phrases?: string[];
}

const BULLET = "[\\s•·▪►▶☞➤➢→|｜\\-—]*";

/** Any one of these makes the line residue: download walls, site chrome, copyright and contact-the-seller lines. */
const STRONG: RegExp[] = [
  /预览结束|免费获取全文|(?:定制|专业|免费|在线)代[写笔]|仅(?:部分|可)预览|想阅读完(?:全部|整)内容|下载文档前请自行甄别|平台不提供额外的编辑/u,
  /由会员分享|可在线阅读|如(?:文档|本文)?侵犯(?:了)?您的(?:权益|版权)|本站(?:内容|资源|文章)?(?:均|全部)?来(?:自|源于)网络|如有侵权|侵权必究|原创粉丝点击/u,
  /下面是小编|小编(?:为大家|为您|精心|整理|推荐)|(?:整理|收集|搜集|精选)的.{0,24}(?:供大家|仅供)参考|For personal use only|in study and research/iu,
  /(?:文档编号|上传人|上传者|上传用户|上传时间|文档格式|文档大小|下载积分)\s*(?:[(（][^)）]{1,4}[)）])?\s*[:：]|下载后只包含|支付\s*[¥￥]|(?:VIP|会员)(?:免费|专享|下载|可读)|开通会员|下载券|金币下载|积分下载|扫码下载|全文下载/iu,
  /本文档共\s*\d+\s*页|第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页|共\s*\d+\s*页\s*当前第/u,
  /点击(?:此处|这里|下方)?(?:下载|查看更多|阅读全文|获取)|请点击.{0,40}联系|联系(?:老师|小编|客服)|(?:在线|添加|咨询)客服|加(?:微信|QQ|好友)|微信号\s*[:：]|QQ群|客服QQ|QQ\s*[:：号]\s*\d{5,}/iu,
  /长按(?:识别)?二维码|扫码关注|扫一扫关注|点击蓝字关注|关注.{0,12}公众号.{0,8}(?:获取|领取|下载|回复)|阅读原文|展开全文|查看全文/u,
  /发布时间\s*[:：]\s*\d{4}\s*[-/.年]|(?:当前位置|您当前的位置|您的位置)\s*[:：]|首页\s*[>›»]|责任编辑\s*[:：]|\(责任编辑|（责任编辑/u,
  /版权所有\s*[©(（]|©\s*(?:\d{4}|版权)|Copyright\s*(?:©|\(c\))?\s*\d{4}|All Rights Reserved|ICP备\s*\d+号|公网安备/iu,
  // 范文/文库 site names: "第一范文网", "xx文库，欢迎您!", "请在冰豆网上搜索".
  /(?:范文网|范文大全网|文秘网|公文网|写作网|秘书网|文档网|资料网|美文网|作文网|文库网|办公网|范文吧)|百度文库|道客巴巴|豆丁网|原创力文档|冰豆网|人人文库|淘豆网|360doc|个人图书馆|爱问共享资料|文库\s*[,，]?\s*欢迎您/iu,
];

// Shapes of site boilerplate, built from what such lines are about rather than from exact strings: an account or
// payment next to getting the text, the whole text withheld, an appeal to follow or share, a disclaimer of origin,
// a closing address to the reader, the site speaking of itself. They apply to lines of at most SHAPE_LINE characters
// (boilerplate is short; a regulation about platforms that mentions 会员 and 下载 is a long sentence).
const ACCOUNT = "(?:金币|积分|下载券|VIP|会员|登录|充值|付费|私信|支付宝|微信支付|扫码|扫一扫)";
const GET = "(?:下载|阅读|查看|获取|领取|浏览)";
const WHOLE = "(?:全文|原文|完整版|完整内容|全部内容|剩余内容|本文档|该文档|此文档|本资料|源文件|原文档)";
const SITE = "(?:本站|本网站|本网|本平台|文档库|公众号|浏览器|小程序|客户端|网页版)";
const SHAPE_LINE = 120;
/** Who made a web article, in its credits line: 文、配音/唯. */
const CREDIT_ROLE = "(?:文|图|文字|撰稿|配音|摄影|摄像|视频|编辑|审核|校对|责编|监制|制作|策划)";
const SHAPES: RegExp[] = [
  new RegExp(`${ACCOUNT}[^，。；、\\s]{0,3}${GET}|${GET}[^，。；、\\s]{0,6}${ACCOUNT}`, "iu"),
  new RegExp(`${GET}${WHOLE}|${WHOLE}[^。；]{0,8}(?:未读|仅展示|可编辑|预览|专享)|继续阅读|还剩\\s*\\d+\\s*页|仅展示前`, "u"),
  /(?:关注|订阅)(?:我们|本号|本站|公众号)|(?:欢迎|请|点击|记得|长按)(?:关注|收藏|转发|分享|点赞)|点(?:个|一下)[“"]?(?:在看|赞)|[“"]在看[”"]|转发给(?:身边的)?(?:朋友|好友)|(?:加入|添加)(?:书签|收藏)|(?:方便|更方便)(?:阅读|查看)/u,
  /(?:来源于|来自|收集于|摘自|转载自)(?:网络|互联网)|网络收集|版权(?:归|属于?)(?:原作者|作者)|仅供(?:个人)?(?:学习|交流|研究)|(?:资料|文档|文章|本文)[^，。；]{0,8}仅供参考|不代表本(?:站|网|平台)(?:观点|立场)|免责声明|版权(?:说明|声明|反馈)|举报或认领|侵权[^。]{0,6}(?:联系|删除)|联系[^。]{0,4}删除/u,
  /以上(?:就是|便是)(?:本篇|这篇|本文|小编)|希望(?:对|能对|能够对)(?:大家|您|你)有(?:所)?帮助|欢迎(?:大家)?(?:阅读|下载|收藏|借鉴)|喜欢(?:这篇|本文|的话)|提示您|为您(?:推荐|整理|提供|精选)/u,
  new RegExp(`${SITE}[^。；]{0,16}(?:下载|上传|搜索|推送|访问|资源|文档|范文)|(?:下载|访问|搜索)[^。；]{0,16}${SITE}`, "u"),
  /(?:小程序|网页版|客户端|APP|电脑端|手机端|微信端|PC端)[^。]{0,12}(?:小程序|网页版|客户端|APP|电脑端|手机端|微信端|PC端)|阅读体验|被?收录于专栏|(?:需|预计)(?:浏览|阅读)\s*\d+\s*分钟|[（(]ID\s*[:：]\s*[A-Za-z0-9_-]+[）)]|(?:用户名|账号|密码)[^。]{0,20}您|(?:阅读|浏览|点击|下载)(?:数|量|次数)\s*[:：]\s*\d|下载(?:提示|说明|须知)\s*[:：]|(?:用|使用)(?:Word|WPS|PDF|Office)[^。，]{0,6}打开/iu,
  // The site's voice (小编), its timestamps (2022-08-03 03:18:03, 编辑:…2017-04-26), its menus (返回 下载 相关 举报).
  /小编|\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}|(?:编辑|作者|来源|时间|发布|更新)\s*[:：][^。，]{0,16}\d{4}-\d{1,2}-\d{1,2}/u,
  /(?:微信|手机)扫一扫|扫一扫(?:登录|关注|下载|分享)|可直接打印|(?:下载后)?可编辑修改|获取更多(?:资料|范文|材料|精彩|素材|内容)|更多[^。]{0,12}(?:尽在|请(?:关注|访问|搜索|登录))|的人还(?:阅读|浏览|下载|看)了/u,
  // Withheld text and listing titles: 全文共6831字，当前仅显示2399字; ……范本精选五篇; APP下载.
  /全文共\s*\d+\s*字|(?:当前)?仅显示\s*\d+|(?:精选|通用|优选|汇编)\s*[一二三四五六七八九十\d]+\s*篇|(?:范文|范本|模板)\s*[（(]?\s*[一二三四五六七八九十\d]+\s*篇|^(?:APP|App|app|客户端)\s*下载$/u,
  // Site greetings, upload notices and document fields: 欢迎来到天天文库; 由会员上传分享，免费在线阅读; 大小:35.91 KB.
  /^欢迎(?:访问|来到|光临)[^，。]{1,20}(?:网|文库|网站|平台)[!！]?|转载请(?:保留|注明)|由(?:会员|用户|网友)[^，。]{0,4}(?:上传|分享|提供)|免费在线阅读|更多相关内容|本文(?:简介|内容|摘要)\s*[:：]\s*$|^ID\s*[:：]\s*\d+$|^(?:文件)?大小\s*[:：]\s*[\d.]+\s*[KMG]B$|^页数\s*[:：]\s*\d+\s*页?$|^展开\s/iu,
  // Document fields and notices of 文库 pages: 格式:DOCX; (19篇); 查看预览时; 网站客服:…; 上传文档赚钱; 精品文档; word图标.
  new RegExp(
    `^${BULLET}(?:格式\\s*[:：]\\s*(?:DOCX?|PDF|PPTX?|XLSX?|TXT|WPS)|(?:页数|大小)\\s*[:：]\\s*[\\d.]+\\s*(?:页|[KMG]B)?)$|^(?!附件)[^。；]*[（(](?:通用|精选|优选|汇编|合集|专业|热门|推荐|实用)?\\s*[\\d一二三四五六七八九十]+\\s*篇[）)]|(?:范文|范本|模板)[一二三四五六七八九十\\d]+$|^[^，。；]{2,30}篇\\s*(?:[一二三四五六七八九十]|\\d{1,2})$|(?:ppt|PPT)课件|下载链接|(?:整理|收集|搜集|精选)了(?:一些|几篇|[\\d一二三四五六七八九十]+篇)[^。]{0,12}(?:范文|范本|模板)|(?:查看|在线)预览|预览(?:时|情况|效果)|(?:网站|在线|人工)客服|客服\\s*[:：]?\\s*\\d{5,}|(?:上传|分享)文档(?:赚钱|赚|得)|(?:精品|专业|优质|好)文档|(?:word|WORD|Word|PPT)\\s*图标|下载(?:声明|须知)`,
    "iu",
  ),
  // Credits of a web article: (文:…/图:…/审核:…/编辑:…).
  /[（(](?:文|图|摄影|审核|编辑|校对|责编|记者)\s*[:：][^）)／/]{1,12}(?:[／/]\s*(?:文|图|摄影|审核|编辑|校对|责编|记者)\s*[:：][^）)／/]{1,12})+[）)]/u,
  // Round 9: previews and partial text, a page of a document's file name, a date glued to its source, a site's
  // address to its readers, comment links, an article's source in brackets, Wikipedia's page chrome.
  /\d+\s*页预览|下载后查看|喜欢就下载|(?:部分|全部|完整)内容(?:阅读|预览|下载)|[_＿]第\s*\d+\s*页$|\d{4}-\d{1,2}-\d{1,2}[^。，]{0,4}(?:来源|作者|编辑|发布)\s*[:：]|对大家[^。]{0,12}参考价值|(?:查看|我要)评论|发表评论$|[（(](?:文章|稿件|新闻|本文|内容)来源\s*[:：][^）)]{1,20}[）)]|维基百科[,，]\s*自由的百科全书|^跳转到(?:内容|导航|搜索)$|^[\[【]编辑[\]】]$|^(?:AI|智能)\s*(?:导读|摘要|总结)\s*[:：]?$/u,
  // A topic's link (信誉积分机制相关论文) and an article's credits without brackets (文、配音/唯).
  new RegExp(
    `^(?![一二三四五六七八九十第])[\\p{Script=Han}A-Za-z0-9]{2,20}相关(?:论文|文章|资料|范文|文档)$|^${CREDIT_ROLE}(?:[、/／]${CREDIT_ROLE})+\\s*[/／:：]\\s*[\\p{Script=Han}A-Za-z]{1,8}$`,
    "u",
  ),
  /一键生成|人工智能工具|AI\s*(?:写作|工具|生成)|帮助中心|网站首页|登录\s*[|｜/]\s*注册|(?:上传日期|发布日期|文档序号|资源ID|资源大小|资源格式|全文页数|推荐度|文档星级|贡献者|下载次数|浏览次数|收藏次数)\s*[:：]/iu,
];

/** Words that end the titles of model texts on 范文 sites. */
const DOC_TITLE = /(?:范文|范本|模板|格式|大全|开头结尾|心得体会|讲话稿|发言稿|述职报告|总结|方案|计划)$/u;
/** A menu of a web page: short items separated by spaces, two or more of them commands (返回 下载 相关 举报). */
const MENU_ITEM =
  /(?:下载|举报|分享|收藏|返回|登录|注册|打印|评论|相关|阅读|链接|前往|首页|详细|关于我们|联系我们|客户服务|客服中心|公司简介|新闻动态|荣誉资质|网站地图|帮助中心|导航)[\]】]?$/u;
function isMenu(line: string): boolean {
  // Every shape below has two or more items, split at spaces or bars.
  if (!MENU_SEPARATOR.test(line)) return false;
  const items = line.trim().split(/\s+/u);
  if (items.length >= 2 && items.every((w) => w.length <= 8) && items.filter((w) => MENU_ITEM.test(w)).length >= 2) return true;
  // A site's section header: 行政 导航、新闻 栏目.
  if (items.length === 2 && items[0].length <= 6 && /^(?:导航|栏目|频道)$/u.test(items[1])) return true;
  // A breadcrumb from the home page: 首页 标签：……、首页 期刊发表知识库 问题 (no sentence in it).
  if (items.length >= 2 && items[0] === "首页" && line.length <= 60 && !/[，。；！？]/u.test(line)) return true;
  // Related-link bars: short titles of model texts separated by |: 述职报告范文 | 述职报告模板 | 个人述职报告
  // (not a plain-text table header: 序号 | 项目名称 | 责任单位).
  const links = line
    .trim()
    .replace(/^[|｜]|[|｜]$/gu, "")
    .split(/\s*[|｜]\s*/u);
  // A site's menu bar: 首页 | 新闻大观 | 中新财经 …, 文秘之友|原创|范文|素材|写作|PPT.
  if (
    links.length >= 4 &&
    links.every((w) => w.length >= 2 && w.length <= 8 && !/[，。；：:]/u.test(w)) &&
    links.filter((w) => SITE_SECTION.test(w)).length >= (links[0] === "首页" ? 1 : 3)
  )
    return true;
  return (
    links.length >= 3 &&
    links.every((w) => w.length >= 2 && w.length <= 16 && !/[，。；]/u.test(w)) &&
    links.filter((w) => DOC_TITLE.test(w)).length >= 2
  );
}

const MENU_SEPARATOR = /[\s|｜]/u;

/** Sections of a website's menu bar. */
const SITE_SECTION = /(?:首页|新闻|资讯|财经|体育|娱乐|影视|图片|视频|频道|专题|专稿|论坛|博客|下载|范文|素材|原创|写作|PPT|广告服务|供稿服务)$/u;

/** A line that is nothing but view/like counters: "浏览量:42", "• 点赞 0", "阅读 1.2万 | 评论 3". */
const COUNTERS = new RegExp(
  `^${BULLET}(?:(?:点赞|收藏|转发|评论|分享|阅读|浏览|浏览量|浏览次数|阅读量|阅读数|阅读次数|点击|点击量|点击数|访问量|下载|下载量|下载次数|人气|热度|赞)\\s*[:：]?\\s*\\d+(?:\\.\\d+)?[万千]?\\+?\\s*[次人个]?${BULLET})+$`,
  "u",
);

/** Short navigation lines of web pages: "相关文章", "上一篇：……", "猜你喜欢". */
const NAVIGATION = new RegExp(
  `^${BULLET}[【\\[]?(?:举报|资源描述|文档简介|本文目录|文章目录|合集下载|开通VIP|浏览记录|相关文章|相关推荐|相关阅读|推荐答案|最佳答案|文本内容|文档内容|标签|出自|相关资料|相关范文|猜你喜欢|热门搜索|热门文章|热门推荐|推荐阅读|精彩推荐|延伸阅读|上一篇|下一篇|发布人|Posted in|返回顶部|返回列表|返回首页|分享到|打印本页|关闭窗口|加入收藏|设为首页|网站地图|更多>>|查看更多)[】\\]]?(?:\\s*[:：].{0,40})?$|^(?:发布时间|发布日期|更新时间|责任编辑|浏览次数|阅读次数|点击次数)\\s*[:：]$|^[A-Za-z]?\\s*previous\\b.{0,30}\\bnext\\b[\\sA-Za-z]{0,20}$`,
  "iu",
);

/**
 * Anti-copy noise that forum pages mix into their text: runs of ASCII marks and one- or two-character tokens
 * (`; i [+ l3 @ |1 m) q`), no word of three letters, marks at least a third of the non-space characters, some of
 * them glued to a letter or digit.
 */
function isNoise(line: string): boolean {
  const t = line.trim();
  if (t.length < 8 || !/^[\x21-\x7e ]+$/u.test(t) || /[A-Za-z]{3}/u.test(t)) return false;
  const tokens = t.split(/\s+/u);
  const marks = (t.match(/[^\sA-Za-z0-9]/gu) ?? []).length;
  // Marks glued to letters or digits (m) |1 x#), not a formula's operators between them (y = a + b * x).
  const glued = tokens.filter((w) => /[A-Za-z0-9]/u.test(w) && /[^A-Za-z0-9]/u.test(w)).length;
  const chars = t.replace(/\s/gu, "").length;
  return (
    tokens.length >= 4 &&
    tokens.every((w) => w.length <= 3) &&
    ((glued >= 2 && marks * 3 >= chars) || (glued >= 1 && tokens.length >= 6 && !t.includes("=") && marks * 2 >= chars))
  );
}

/** Signals that count only in pairs: a 转发 header may carry one "来源：". */
const WEAK: RegExp[] = [
  /https?:\/\/|www\.[A-Za-z0-9-]+\./iu,
  /(?:^|\s)(?:来源|作者|编辑|发布|点击|浏览|字号|时间)\s*[:：]/u,
  /【\s*(?:打印|关闭|收藏|大|中|小)\s*】/u,
  /^[•▪►▶☞➤➢]/u,
  /(?:点赞|收藏|转发|评论|浏览|阅读)\s*[:：]?\s*\d+/u,
];

// Emoji and pictographs. ★ (密级 "秘密★1年"), ☆, ✓/✔/√ (tables), ©/®/™ and geometric marks are kept.
const EMOJI =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the trailing class consumes variation selectors, joiners and skin tones one code point at a time
  /(?:(?![©®™★☆✓✔√‼⁉↔-↙⌚⌛▪▫▶◀◻-◾☀-☄☎☑☔☕☘☝☠☢☣☦☪☮☯☸-☺♀♂♈-♓♟♠♣♥♦♨♻♾♿⚒-⚗⚙⚛⚜⚠⚡⚧⚪⚫⚰⚱⚽⚾⛄⛅⛈⛎⛏⛑⛓⛔⛩⛪⛰-⛵⛷-⛺⛽✂✅✈-✍✏✒✝✡✨✳✴❄❇❌❎❓-❕❗❣❤➕-➗➡➰➿⤴⤵⬅-⬇⬛⬜⭐⭕〰〽㊗㊙])\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}])[\u{FE0F}\u{200D}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}]*/gu;

/** What every match of EMOJI starts with (a line without one is not searched). */
const EMOJI_START = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]/u;

/** The first 16 characters (code points, so emoji stay whole) of what gave the line away. */
const clip = (s: string): string => [...s.trim()].slice(0, 16).join("");

function describe(line: string, patterns: RegExp[]): string {
  for (const re of patterns) {
    const m = re.exec(line);
    if (!m) continue;
    // A site name: include the name before the suffix ("第一范文网").
    const lead = /网$|文库|范文吧/u.test(m[0]) ? (/[\p{Script=Han}A-Za-z0-9]{0,10}$/u.exec(line.slice(0, m.index))?.[0] ?? "") : "";
    return clip(lead + m[0]);
  }
  return clip(line);
}

const reporter: TextlintRuleReporter<Options> = (context, options = {}) => {
  const extra = (options.phrases ?? []).filter(Boolean).map((p) => new RegExp(escapeRegExp(p), "u"));
  const strong = [...STRONG, ...extra];
  const source = context.getSource();
  const reportLine = (block: TextBlock, start: number, line: string, what: string): void => {
    const lead = line.length - line.trimStart().length;
    const from = start + lead;
    const to = start + line.trimEnd().length;
    const abs = block.offsets[from];
    if (abs < 0) return;
    reportSpan(context, block, from, to, `疑似从网页复制的残留内容（“${what}”），应删除此行`, {
      suggestions: [{ id: "delete-line", message: "删除此行", range: sourceLineRange(source, abs), text: "" }],
    });
  };
  return onEachBlock(context, (block) => {
    for (const { text: line, start } of blockLines(block)) {
      const trimmed = line.trim();
      if (trimmed.length === 0) continue;
      if (strong.some((re) => re.test(line))) {
        reportLine(block, start, line, describe(line, strong));
        continue;
      }
      if (COUNTERS.test(trimmed) || (trimmed.length <= 48 && NAVIGATION.test(trimmed))) {
        reportLine(block, start, line, clip(trimmed));
        continue;
      }
      if (trimmed.length <= SHAPE_LINE && SHAPES.some((re) => re.test(line))) {
        reportLine(block, start, line, describe(line, SHAPES));
        continue;
      }
      if (isMenu(trimmed) || isNoise(trimmed)) {
        reportLine(block, start, line, clip(trimmed));
        continue;
      }
      const weak = WEAK.filter((re) => re.test(line));
      if (weak.length >= 2) {
        reportLine(block, start, line, describe(line, weak));
        continue;
      }
      if (!EMOJI_START.test(line)) continue;
      for (const m of line.matchAll(EMOJI)) {
        const from = start + m.index;
        const abs = block.offsets[from];
        if (abs < 0) continue;
        reportSpan(context, block, from, from + m[0].length, `疑似从网页复制的表情符号“${m[0]}”，公文中应删除`, {
          suggestions: [{ id: "delete-emoji", message: "删除表情符号", range: [abs, abs + m[0].length], text: "" }],
        });
      }
    }
  });
};

const definition: RuleDefinition<Options> = {
  meta: {
    id: "no-web-residue",
    category: "残留",
    description: "从范文、文库网站复制带入的残留内容（预览提示、浏览量、点赞、站名、二维码提示、表情符号等）",
    fixable: false,
    defaultSeverity: "error",
    options: {
      phrases: { type: "array", items: { type: "string" }, description: "额外视为网页残留的短语" },
    },
  },
  rule: reporter,
};

export default definition;
