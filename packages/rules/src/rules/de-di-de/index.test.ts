import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

// Every finding is a suggestion (output unchanged): which of 的/地/得 is meant depends on the reading.
runRule("de-di-de", definition.rule, {
  valid: [
    "认真的态度、积极的推进作用、扎实的作风。",
    "使各项任务得到全面的贯彻和落实，再不加以有效的解决，都会给予坚决的支持。",
    "细致的思想工作和切实的组织工作。",
    "我们所做的很多工作。这是他干的好事。",
    "不折不扣地抓好落实，工作做得很好。",
    "他说的很多话都对。",
    // Trap sentences from current official text (the issue "Trust on real, current documents").
    "群众权益得到更充分的保障。",
    "行使被授予的特别职权。",
    "根据当时有效的执行依据认定。",
    "具有广泛的学习兴趣。",
    "紧急状态期间采取的非常措施。",
    "第六章 专利实施的特别许可",
    "实现更好的发展。营造更好的发展环境。",
    "带领人民团结奋进的坚强领导核心。提供必要的参阅资料。经过严格的批准手续。",
    "是结算参与人共同的清算交收对手。不同意的应当说明理由。",
    "以永不懈怠的精神状态和一往无前的奋斗姿态。",
    // Learned adverbials in noun phrases: after a light verb, a coordination of nouns, a verb as subject.
    "开展认真的批评和自我批评。形成有效的激励和制约机制。这样做风险较小，成功的把握较大。",
    // Learned adverbials where a noun phrase is meant: after 产生/起到, a noun modifier, an attribute chain.
    "都将产生极大的推动作用。计划的执行情况。出具真实、准确的检验报告。这是必要的具有法律效力的规章。",
    // A verb proofread text never writes after 地/的 counts only where no noun phrase is a common reading.
    "存在直接或者间接的拥有或者控制关系。应当采取更为稳妥的切合当地实际的步骤。",
    // Noun phrases where a noun reading is common (a noun modifier, a later 的, a bare verb): odds must favour 地.
    "要争取政府的支持。离不开群众的积极参与。得到了领导的高度重视。推动经济的持续健康发展。问题得到了有效的解决。",
    // A possessor deleted before 的 is no-deletion-residue's, not an adverbial.
    "在的坚强领导下，要抓好落实。",
    // Two modifiers in a row before a verb-noun compound or 活动: a noun phrase.
    "强化自上而下的组织监督。社会各方面举行多种形式的庆祝活动。",
    "报送真实、准确、完整的统计信息。树立正确的就业观念。各项改革的推进，对建立市场经济体制有重要作用。",
    // 的-phrases as subjects and noun phrases before 了/会/要: whoever … shall (触犯刑律的要追究), a measure before a noun.
    "触犯刑律的要追究刑事责任。情节严重的要依法处理。对技术性较强的审计事项，一个一个的问题都解决了。",
    "这是最有力的说明。得到了有力的推动。",
  ],
  invalid: [
    // A strongly adverbial modifier before an unseen verb, with another 的 later in the clause.
    {
      text: "农副产品要有计划的减少统购派购产品的品种和数量。",
      output: "农副产品要有计划的减少统购派购产品的品种和数量。",
      errors: [{ message: "“有计划”修饰动词“减少”作状语，“的”应为“地”" }],
    },
    // Two modifiers in a row, the first in adverbial position.
    {
      text: "要积极稳妥的进行股份制改革。",
      output: "要积极稳妥的进行股份制改革。",
      errors: [{ message: "“稳妥”修饰动词“进行”作状语，“的”应为“地”" }],
    },
    // A verb unseen after 地/的 (整改), after a modifier that proofread text writes with 地 far more than with 的.
    {
      text: "要坚定不移的整改存在的问题。",
      output: "要坚定不移的整改存在的问题。",
      errors: [{ message: "“坚定不移”修饰动词“整改”作状语，“的”应为“地”" }],
    },
    // Learned from proofread text: 有 + noun as one modifier, a bare verb before a comma, after 为了, two modifiers.
    { text: "国家有计划的发展计量事业。", output: "国家有计划的发展计量事业。", errors: [{ message: "“有计划”修饰动词“发展”作状语，“的”应为“地”" }] },
    {
      text: "我们清醒的看到，前进道路上还有困难。",
      output: "我们清醒的看到，前进道路上还有困难。",
      errors: [{ message: "“清醒”修饰动词“看到”作状语，“的”应为“地”" }],
    },
    {
      text: "为了更好的发挥城市的作用，必须改革。",
      output: "为了更好的发挥城市的作用，必须改革。",
      errors: [{ message: "“更好”修饰动词“发挥”作状语，“的”应为“地”" }],
    },
    {
      text: "要深入持久的开展群众性精神文明创建活动。",
      output: "要深入持久的开展群众性精神文明创建活动。",
      errors: [{ message: "“持久”修饰动词“开展”作状语，“的”应为“地”" }],
    },
    { text: "要不折不扣的抓好落实", output: "要不折不扣的抓好落实", errors: [{ message: "“不折不扣”修饰动词“抓好”作状语，“的”应为“地”", index: 5 }] },
    { text: "认真的做好各项工作", output: "认真的做好各项工作", errors: [{ message: "“认真”修饰动词“做好”作状语，“的”应为“地”" }] },
    { text: "积极的推进改革", output: "积极的推进改革", errors: [{ message: "“积极”修饰动词“推进改革”作状语，“的”应为“地”" }] },
    { text: "扎实的开展工作", output: "扎实的开展工作", errors: [{ message: "“扎实”修饰动词“开展”作状语，“的”应为“地”" }] },
    {
      text: "我们要更好的发展和壮大自己。",
      output: "我们要更好的发展和壮大自己。",
      errors: [{ message: "“更好”修饰动词“发展”作状语，“的”应为“地”" }],
    },
    { text: "政府要正确的加以接受。", output: "政府要正确的加以接受。", errors: [{ message: "“正确”修饰动词“加以”作状语，“的”应为“地”" }] },
    {
      text: "我们将一如既往的支持这一事业。",
      output: "我们将一如既往的支持这一事业。",
      errors: [{ message: "“一如既往”修饰动词“支持”作状语，“的”应为“地”" }],
    },
    // Learned from proofread text (adverbial.json): 不断 is written with 地, 提高 follows 地.
    { text: "必须不断的提高服务水平。", output: "必须不断的提高服务水平。", errors: [{ message: "“不断”修饰动词“提高”作状语，“的”应为“地”" }] },
    // Readings only a verb phrase has: 了/起来/下去 after the verb, a reduplicated measure, an idiom before 会.
    {
      text: "他们就全面的颠倒了敌我关系。",
      output: "他们就全面的颠倒了敌我关系。",
      errors: [{ message: "“全面”修饰动词“颠倒”作状语，“的”应为“地”" }],
    },
    {
      text: "要把三者更好的结合起来。这项工作要长期不懈的抓下去。",
      output: "要把三者更好的结合起来。这项工作要长期不懈的抓下去。",
      errors: [{ message: "“更好”修饰动词“结合”作状语，“的”应为“地”" }, { message: "“长期不懈”修饰动词“抓下去”作状语，“的”应为“地”" }],
    },
    { text: "要一项一项的加以落实。", output: "要一项一项的加以落实。", errors: [{ message: "“一项一项”修饰动词“加以”作状语，“的”应为“地”" }] },
    {
      text: "改革中不可避免的会出现一些问题。",
      output: "改革中不可避免的会出现一些问题。",
      errors: [{ message: "“不可避免”修饰动词“会出现”作状语，“的”应为“地”" }],
    },
    { text: "这项工作做的很好。", output: "这项工作做的很好。", errors: [{ message: "“做”后接程度补语“很好”，“的”应为“得”" }] },
    { text: "大家干的非常出色", output: "大家干的非常出色", errors: [{ message: "“干”后接程度补语“非常出色”，“的”应为“得”" }] },
  ],
});
