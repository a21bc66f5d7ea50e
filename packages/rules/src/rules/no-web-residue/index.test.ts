import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

const line = (what: string): string => `疑似从网页复制的残留内容（“${what}”），应删除此行`;

runRule("no-web-residue", definition.rule, {
  valid: [
    "各级干部要为基层减负，为担当者担当、为干事者点赞。",
    // Round 8's shapes do not reach text: a 首页 that is a word, a 导航 in a sentence, a label with its value.
    "首页设计要突出政务公开栏目。",
    "卫星导航 产业发展迅速，北斗导航系统全面建成。",
    "发布时间：以本通知印发之日为准。",
    "转发单位：市委办公室　来源：市委办公室",
    "请登录市政府网站 https://www.example.gov.cn 报名。",
    "以上意见，供大家参考。",
    "全年共收到群众来信3200件，阅读材料500余份。",
    "密级：秘密★1年",
    "表中打√的项目为必填项。",
    "相关文章请见附件。",
    // Shapes that official text also has: fees paid by 支付宝, a reading service, a heading, a greeting, a table.
    "市图书馆提供电子书在线阅读服务。",
    "（三）相关内容",
    "欢迎来到我县考察指导。",
    "序号 | 项目名称 | 责任单位 | 完成时限",
    "为担当者担当、为干事者点赞。",
    "取得登录诉讼平台的专用账号。当事人账号被盗用的除外。",
    // Counts, headings and lines of ASCII that official text has: attachments with a number of pieces, formulas.
    "附件：典型案例汇编（12篇）",
    "第一篇　总则",
    "y = a + b * x",
    "（文：市委宣传部）",
    // Round 9's shapes do not reach text: a source of data, comments in the news, a menu-like table header, a credit.
    "数据来源：国家统计局。（来源：市统计局）",
    "有网友评论说，这项政策很暖心。",
    "| 新闻 | 宣传部 | 6月 |",
    "这些经验对大家很有借鉴意义。",
    "编辑：办公室",
  ],
  invalid: [
    {
      text: "预览结束,免费获取全文或定制代笔此类文章!",
      errors: [{ message: line("预览结束"), range: [0, 21] }],
    },
    { text: "浏览量:42", errors: [{ message: line("浏览量:42") }] },
    { text: "发布时间:2025-12-17", errors: [{ message: line("发布时间:2025-") }] },
    { text: "• 点赞 0", errors: [{ message: line("• 点赞 0") }] },
    { text: "• 收藏 2", errors: [{ message: line("• 收藏 2") }] },
    { text: "相关文章", errors: [{ message: line("相关文章") }] },
    { text: "上一篇：关于加强作风建设的讲话", errors: [{ message: line("上一篇：关于加强作风建设的讲话") }] },
    { text: "第一范文网", errors: [{ message: line("第一范文网") }] },
    { text: "海量文库,欢迎您!", errors: [{ message: line("海量文库,欢迎您") }] },
    { text: "请点击👉 wx12345 👈联系老师", errors: [{ message: line("请点击👉 wx12345 👈联系") }] },
    { text: "下面是小编为大家整理的讲话稿，供大家参考。", errors: [{ message: line("下面是小编") }] },
    { text: "第1页/共22页", errors: [{ message: line("第1页/共22页") }] },
    { text: "长按识别二维码，关注我们", errors: [{ message: line("长按识别二维码") }] },
    { text: "版权所有©2025 某某网 京ICP备12345号", errors: [{ message: line("版权所有©") }] },
    { text: "来源：网络 编辑：小王 https://fanwen.example.com", errors: [{ message: line("https://") }] },
    {
      description: "an emoji in body text is reported on its own",
      text: "我们要撸起袖子加油干💪",
      errors: [{ message: "疑似从网页复制的表情符号“💪”，公文中应删除", index: 10 }],
    },
    {
      description: "the residue line inside a document; the rest is left alone",
      text: "同志们：\n浏览量:42\n今天开会。",
      errors: [{ message: line("浏览量:42"), line: 2, column: 1 }],
    },
    // Recognised by shape, not by a listed string.
    { text: "付费阅读后可下载全文", errors: [{ message: line("付费阅读") }] },
    { text: "喜欢这篇文章就点个“在看”吧", errors: [{ message: line("点个“在看") }] },
    { text: "本资料为网络收集，仅供参考", errors: [{ message: line("网络收集") }] },
    { text: "以上就是本篇文章的全部内容，希望对大家有所帮助", errors: [{ message: line("以上就是本篇") }] },
    { text: "返回 下载 相关 举报", errors: [{ message: line("返回 下载 相关 举报") }] },
    { text: "述职报告范文 | 述职报告模板 | 个人述职报告", errors: [{ message: line("述职报告范文 | 述职报告模板 ") }] },
    { text: "欢迎来到天天文库", errors: [{ message: line("欢迎来到天天文库") }] },
    { text: "时间:2020-04-01 17:36:34 阅读:64", errors: [{ message: line("时间:2020-04-01") }] },
    // Round 8: a site's section header, a breadcrumb from its home page, a bare metadata label, previous/next.
    { text: "行政 导航", errors: [{ message: line("行政 导航") }] },
    { text: "首页 期刊发表知识库 问题", errors: [{ message: line("首页 期刊发表知识库 问题") }] },
    { text: "发布时间:", errors: [{ message: line("发布时间:") }] },
    { text: "j previous speech k next speech", errors: [{ message: line("j previous speec") }] },
    { text: "公司简介 公司的服务 荣誉资质 新闻动态 联系我们", errors: [{ message: line("公司简介 公司的服务 荣誉资质 ") }] },
    // Rounds 5–7 of collected residue: fields and notices of 文库 pages, credits, forum noise, listing titles.
    { text: "  • 上传人(卖家):淡然人生", errors: [{ message: line("上传人(卖家):") }] },
    { text: "  • 格式:DOCX", errors: [{ message: line("• 格式:DOCX") }] },
    { text: "网站客服:3074922707", errors: [{ message: line("网站客服") }] },
    { text: "(文:国园园/图:范金钰/审核:张大卫)", errors: [{ message: line("(文:国园园/图:范金钰/审核:") }] },
    { text: "; i [+ l3 @ |1 m) q", errors: [{ message: line("; i [+ l3 @ |1 m") }] },
    { text: "心得体会的文体和方法(专业13篇)", errors: [{ message: line("心得体会的文体和方法(专业13篇") }] },
    { text: "有关福建的心得体会范本一", errors: [{ message: line("范本一") }] },
    { text: "关于我们 客户服务", errors: [{ message: line("关于我们 客户服务") }] },
    // Round 9: an upload field, a preview notice, a document page's file name, a date glued to its source, a topic
    // link, credits, a menu bar, forum noise with one glued mark, Wikipedia's chrome, a bracketed article source.
    { text: "上传用户:410805624", errors: [{ message: line("上传用户:") }] },
    { text: "本资源只提供10页预览,全部文档请下载后查看!", errors: [{ message: line("10页预览") }] },
    { text: "互联网平台用户服务与管理手册_第1页", errors: [{ message: line("_第1页") }] },
    { text: "2020-03-09  来源: 学习时报 作者:", errors: [{ message: line("2020-03-09  来源:") }] },
    { text: "信誉积分机制相关论文", errors: [{ message: line("信誉积分机制相关论文") }] },
    { text: "文、配音/唯", errors: [{ message: line("文、配音/唯") }] },
    { text: "首页 | 新闻大观 | 中新财经 | 华人世界 | 供稿服务 |", errors: [{ message: line("首页 | 新闻大观 | 中新财经") }] },
    { text: "% _* ^( \\$ K+ }- ^& A5 ~", errors: [{ message: line("% _* ^( \\$ K+ }-") }] },
    { text: "维基百科,自由的百科全书", errors: [{ message: line("维基百科,自由的百科全书") }] },
    { text: "(文章来源:财联社)", errors: [{ message: line("(文章来源:财联社)") }] },
    { text: "读工匠精神的心得体会篇1", errors: [{ message: line("读工匠精神的心得体会篇1") }] },
    { text: "推荐答案", errors: [{ message: line("推荐答案") }] },
    { text: "本单位常见片段", options: { phrases: ["常见片段"] }, errors: [{ message: line("常见片段") }] },
  ],
});
