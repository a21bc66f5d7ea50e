import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("no-deletion-residue", definition.rule, {
  valid: [
    "在党中央的坚强领导下，把党中央的部署落到实处。",
    "这是对的。他不在的时候。我们贯彻的方针。为的是群众。他给的建议。会议通过的决定。",
    "这种乐观是有科学根据的。这是必须遵循的指导方针。",
    "党员干部要带头。习近平总书记指出。",
    "推陈出新\n的方针", // a line broken inside a sentence (text pasted from web pages)
    "一把的长度。",
  ],
  invalid: [
    { text: "在的坚强领导下", errors: [{ message: "“在”与“的”之间疑似缺少主体（如“党中央”）", index: 0 }] },
    { text: "要把的部署落到实处", errors: [{ message: "“把”与“的”之间疑似缺少主体（如“党中央”）", index: 1 }] },
    { text: "会议强调。的各项决定要落实。", errors: [{ message: "句子以“的”开头，“的”前疑似缺少主体（如“党中央”“上级”）", index: 5 }] },
    { text: "感谢对的信任", errors: [{ message: "“对”与“的”之间疑似缺少对象（如“党中央”）" }] },
    { text: "各单位要认真贯彻的决策部署", errors: [{ message: "“认真贯彻”与“的”之间疑似缺少主体（如“党中央”）" }] },
    { text: "按照的要求，抓好落实", errors: [{ message: "“按照”与“的”之间疑似缺少主体（如“党中央”）" }] },
    { text: "加强对员干部的教育", errors: [{ message: "“员干部”疑似残缺，前面缺少“党”（党员干部）" }] },
  ],
});
