import { ruleMetas } from "textlint-rule-preset-gongwen";
import { displayPath, type Formatter } from "./types.js";

// JSON inside <script>: "<" escaped so that no "</script>" can end the block early.
const embed = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c");

const STYLE = `
:root{--err:#c62828;--warn:#b26a00;--info:#1565c0;--ink:#1f2328;--muted:#656d76;--line:#d8dee4;--bg:#f6f8fa}
*{box-sizing:border-box}body{margin:0;font:14px/1.6 -apple-system,"Segoe UI","PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--ink);background:#fff}
header{padding:20px 28px;border-bottom:1px solid var(--line);background:var(--bg)}h1{margin:0 0 4px;font-size:22px}h2{font-size:17px;margin:28px 0 10px}
main{padding:0 28px 40px;max-width:1200px}.muted{color:var(--muted)}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}.card{border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:110px;background:#fff}
.card b{display:block;font-size:22px}.card.err b{color:var(--err)}.card.warn b{color:var(--warn)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:24px}
svg.bars text{font-size:12px;fill:var(--ink)}svg.bars rect.bar{fill:#4f6bed}svg.bars rect.bar.err{fill:var(--err)}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}th{background:var(--bg);font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th,td[class^="sev-"],td code{white-space:nowrap}.sev-2{color:var(--err);font-weight:600}.sev-1{color:var(--warn)}.sev-3{color:var(--info)}
mark{background:#ffe08a;padding:0 1px;border-radius:2px}code{font-family:ui-monospace,Consolas,monospace;font-size:12px}
.filters{display:flex;flex-wrap:wrap;gap:16px;align-items:center;padding:12px 0;position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line)}
details.doc{border:1px solid var(--line);border-radius:8px;margin:12px 0}details.doc>summary{padding:8px 12px;cursor:pointer;background:var(--bg);border-radius:8px}
details.doc table{margin:0}.failed li{margin:4px 0}.hidden{display:none}
`;

const SCRIPT = `
(function(){
var docs=JSON.parse(document.getElementById("gw-data").textContent);
var meta=JSON.parse(document.getElementById("gw-meta").textContent);
var rules={};meta.rules.forEach(function(r){rules[r.id]=r});
var SEV={2:"错误",1:"警告",3:"提示"};
function el(tag,attrs,children){var e=document.createElement(tag);if(attrs)for(var k in attrs){if(k==="text")e.textContent=attrs[k];else e.setAttribute(k,attrs[k])}(children||[]).forEach(function(c){e.appendChild(typeof c==="string"?document.createTextNode(c):c)});return e}
var s=meta.summary;
function card(label,value,cls){return el("div",{class:"card "+(cls||"")},[el("span",{class:"muted",text:label}),el("b",{text:String(value)})])}
var cards=document.getElementById("cards");
[["文件",s.files],["字数",s.chars.toLocaleString("zh-CN")],["错误",s.errors,"err"],["警告",s.warnings,"warn"],["提示",s.infos],["失败",s.failed],["跳过",s.skipped],["用时（秒）",s.seconds.toFixed(1)]].forEach(function(c){cards.appendChild(card(c[0],c[1],c[2]))});
var byRule={},byCat={};
docs.forEach(function(d){d.f.forEach(function(f){byRule[f.r]=(byRule[f.r]||0)+1;var cat=(rules[f.r]||{}).category||"其他";byCat[cat]=(byCat[cat]||0)+1})});
function chart(id,counts,label){var keys=Object.keys(counts).sort(function(a,b){return counts[b]-counts[a]});var host=document.getElementById(id);
 if(!keys.length){host.appendChild(el("p",{class:"muted",text:"没有发现问题"}));return}
 var max=counts[keys[0]],row=26,w=560,lw=190,ns="http://www.w3.org/2000/svg";var svg=document.createElementNS(ns,"svg");svg.setAttribute("class","bars");svg.setAttribute("width",w);svg.setAttribute("height",keys.length*row+4);svg.setAttribute("role","img");svg.setAttribute("aria-label",label);
 keys.forEach(function(k,i){var y=i*row+2;var t=document.createElementNS(ns,"text");t.setAttribute("x",0);t.setAttribute("y",y+16);t.textContent=k;svg.appendChild(t);
  var r=document.createElementNS(ns,"rect");r.setAttribute("class","bar");r.setAttribute("x",lw);r.setAttribute("y",y+3);r.setAttribute("height",18);r.setAttribute("width",Math.max(2,Math.round((w-lw-60)*counts[k]/max)));r.setAttribute("data-key",k);svg.appendChild(r);
  var n=document.createElementNS(ns,"text");n.setAttribute("x",lw+Math.max(2,Math.round((w-lw-60)*counts[k]/max))+6);n.setAttribute("y",y+16);n.textContent=counts[k];svg.appendChild(n)});
 host.appendChild(svg)}
chart("chart-rule",byRule,"按规则统计");chart("chart-cat",byCat,"按类别统计");
var worst=docs.filter(function(d){return d.f.length}).sort(function(a,b){return b.e-a.e||b.f.length-a.f.length||(a.p<b.p?-1:1)}).slice(0,10);
var wt=document.getElementById("worst");
if(!worst.length)wt.appendChild(el("p",{class:"muted",text:"没有发现问题的文档"}));else{var tb=el("tbody");worst.forEach(function(d){tb.appendChild(el("tr",null,[el("td",null,[el("a",{href:"#doc-"+d.i,text:d.p})]),el("td",{class:"num",text:String(d.e)}),el("td",{class:"num",text:String(d.w)}),el("td",{class:"num",text:String(d.f.length)})]))});
 wt.appendChild(el("table",null,[el("thead",null,[el("tr",null,[el("th",{text:"文档"}),el("th",{text:"错误"}),el("th",{text:"警告"}),el("th",{text:"合计"})])]),tb]))}
var sel=document.getElementById("filter-rule");Object.keys(byRule).sort().forEach(function(k){sel.appendChild(el("option",{value:k,text:k+"（"+byRule[k]+"）"}))});
var list=document.getElementById("docs");
docs.forEach(function(d){if(!d.f.length)return;var tb=el("tbody");
 d.f.forEach(function(f){var tr=el("tr",{"data-rule":f.r,"data-sev":String(f.s)},[el("td",{class:"num",text:f.l+":"+f.c}),el("td",{class:"sev-"+f.s,text:SEV[f.s]||""}),el("td",null,[el("code",{text:f.r})]),el("td",{text:f.m+(f.pt?"〔"+f.pt+"〕":"")}),el("td",null,[f.b,el("mark",{text:f.t}),f.a])]);tb.appendChild(tr)});
 var det=el("details",{class:"doc",open:"",id:"doc-"+d.i,"data-doc":d.p},[el("summary",null,[el("b",{text:d.p}),el("span",{class:"muted count",text:"　错误 "+d.e+"，警告 "+d.w+"，共 "+d.f.length+" 处"})]),el("table",null,[el("thead",null,[el("tr",null,[el("th",{text:"行:列"}),el("th",{text:"级别"}),el("th",{text:"规则"}),el("th",{text:"说明"}),el("th",{text:"上下文"})])]),tb])]);list.appendChild(det)});
if(!list.children.length)list.appendChild(el("p",{class:"muted",text:"没有发现问题。"}));
function apply(){var rule=sel.value,sev=document.getElementById("filter-sev").value,shown=0;
 list.querySelectorAll("details.doc").forEach(function(det){var n=0;det.querySelectorAll("tbody tr").forEach(function(tr){var ok=(!rule||tr.getAttribute("data-rule")===rule)&&(!sev||tr.getAttribute("data-sev")===sev);tr.classList.toggle("hidden",!ok);if(ok)n++});det.classList.toggle("hidden",n===0);shown+=n});
 document.getElementById("shown").textContent="显示 "+shown+" 处"}
sel.addEventListener("change",apply);document.getElementById("filter-sev").addEventListener("change",apply);apply();
var fl=document.getElementById("failed");if(meta.failed.length){fl.appendChild(el("h2",{text:"无法检查的文件（"+meta.failed.length+"）"}));var ul=el("ul",{class:"failed"});meta.failed.forEach(function(f){ul.appendChild(el("li",null,[el("b",{text:f.p}),"：",f.m]))});fl.appendChild(ul)}
})();
`;

/** One self-contained HTML page (no network): the data streams in as results arrive; a script renders it. */
export const html: Formatter = (context) => {
  let index = 0;
  return {
    begin: () =>
      `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
      `<title>公文校对报告</title><style>${STYLE}</style></head><body>` +
      `<header><h1>公文校对报告</h1><div class="muted">gongwen-lint ${context.version} · 生成于 ${new Date().toLocaleString("zh-CN", { hour12: false })}</div><div class="cards" id="cards"></div></header>` +
      `<main><div class="charts"><section><h2>按规则统计</h2><div id="chart-rule"></div></section><section><h2>按类别统计</h2><div id="chart-cat"></div></section></div>` +
      `<section><h2>问题最多的文档</h2><div id="worst"></div></section>` +
      `<section><h2>逐篇问题</h2><div class="filters"><label>规则 <select id="filter-rule"><option value="">全部规则</option></select></label>` +
      `<label>级别 <select id="filter-sev"><option value="">全部级别</option><option value="2">错误</option><option value="1">警告</option><option value="3">提示</option></select></label>` +
      `<span class="muted" id="shown"></span></div><div id="docs"></div></section><section id="failed"></section></main>\n` +
      `<script type="application/json" id="gw-data">[`,
    file: (r) => {
      const doc = {
        i: index,
        p: displayPath(r.filePath, context.cwd),
        e: r.messages.filter((m) => m.severity === 2).length,
        w: r.messages.filter((m) => m.severity === 1).length,
        f: r.messages.map((m) => ({
          l: m.line,
          c: m.column,
          r: m.ruleId,
          s: m.severity,
          m: m.message,
          b: m.context?.before ?? "",
          t: m.context?.text ?? "",
          a: m.context?.after ?? "",
          ...(m.part ? { pt: m.part } : {}),
        })),
      };
      return (index++ === 0 ? "" : ",\n") + embed(doc);
    },
    end: (summary, failed) =>
      `]</script>\n<script type="application/json" id="gw-meta">${embed({
        summary,
        rules: ruleMetas.map((m) => ({ id: m.id, category: m.category, description: m.description })),
        failed: failed.map((f) => ({ p: displayPath(f.filePath, context.cwd), m: f.message })),
      })}</script>\n<script>${SCRIPT}</script></body></html>\n`,
  };
};
