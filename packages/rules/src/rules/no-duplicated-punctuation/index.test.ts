import { runRule } from "../../testing/tester.js";
import definition from "./index.js";

runRule("no-duplicated-punctuation", definition.rule, {
  valid: [
    "我们要坚定信心，攻坚克难。",
    "这难道不是事实吗？！",
    "冲啊！！！",
    "他的话意味深长……",
    "这是——历史的选择。",
    "他说：“好。”随后离开。",
    "原文如此。。。", // an ellipsis slip: ellipsis-and-dash reports it
  ],
  invalid: [
    { text: "加强领导，，落实责任", output: "加强领导，落实责任", errors: [{ message: "标点“，，”重复，应只保留一个“，”", index: 4 }] },
    { text: "会议圆满结束。。", output: "会议圆满结束。", errors: [{ message: "标点“。。”重复，应只保留一个“。”" }] },
    { text: "党建、、业务", output: "党建、业务", errors: [{ message: "标点“、、”重复，应只保留一个“、”" }] },
    { text: "同志们：：", output: "同志们：", errors: [{ message: "标点“：：”重复，应只保留一个“：”" }] },
    { text: "工作取得成效，。", errors: [{ message: "标点“，。”连用，应根据语气只保留一个" }] },
    { text: "真的吗？。", errors: [{ message: "标点“？。”连用，应根据语气只保留一个" }] },
  ],
});
