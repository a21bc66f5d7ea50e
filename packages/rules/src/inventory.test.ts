// Everything about a rule in one place, and every place that lists the rules agrees (like ESLint's rule-file check).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { definitions, docsUrl } from "./index.js";

const rulesDir = new URL("./rules/", import.meta.url);
const folders = readdirSync(rulesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const rootReadme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

describe("rule inventory", () => {
  it("every rule folder is a rule of the preset, and every rule of the preset has a folder", () => {
    expect(definitions.map((d) => d.meta.id).sort()).toEqual(folders);
  });

  for (const id of folders) {
    describe(id, () => {
      const file = (name: string) => new URL(`./${id}/${name}`, rulesDir);
      const meta = definitions.find((d) => d.meta.id === id)?.meta;
      const readme = existsSync(file("README.md")) ? readFileSync(file("README.md"), "utf8") : "";

      it("has index.ts, index.test.ts and a README titled with its id, with a table of examples", () => {
        expect(existsSync(file("index.ts"))).toBe(true);
        expect(existsSync(file("index.test.ts"))).toBe(true);
        expect(readme.split("\n")[0]).toBe(`# ${id}`);
        expect(readme).toMatch(/^## 检查什么$/mu);
        expect(readme).toMatch(/^\|[^\n]*`[^`\n]+`[^\n]*\|[^\n]*\|/mu); // a row with an example in code
      });

      it("declares scope: document exactly when it looks beyond one paragraph", () => {
        const source = readFileSync(new URL(`./rules/${id}/index.ts`, import.meta.url), "utf8");
        // All blocks at once, the document's end, or a count over the whole source (a document's own terms).
        const wholeDocument = /onAllBlocks|DocumentExit|occurs\(context\.getSource\(\)/.test(source);
        expect(meta?.scope === "document", "scope").toBe(wholeDocument);
      });

      it("documents exactly its options under ## 选项", () => {
        const options = Object.keys(meta?.options ?? {});
        const section = readme.split(/^## 选项$/mu)[1]?.split(/^## /mu)[0];
        expect(section !== undefined, "## 选项 present").toBe(options.length > 0);
        for (const option of options) expect(section, `option ${option}`).toMatch(new RegExp(`[\`"]${option}[\`"]`, "u"));
      });

      it("has a row in the root README and a docs URL to its README", () => {
        expect(rootReadme).toMatch(new RegExp(`^\\| \\[${id}\\]\\(packages/rules/src/rules/${id}/README\\.md\\) +\\|`, "mu"));
        expect(fileURLToPath(docsUrl(id))).toBe(fileURLToPath(file("README.md")));
      });
    });
  }
});

describe("counts quoted in the READMEs match the data", () => {
  const json = (rule: string, name: string) => JSON.parse(readFileSync(new URL(`./${rule}/${name}`, rulesDir), "utf8"));
  const readme = (rule: string) => readFileSync(new URL(`./${rule}/README.md`, rulesDir), "utf8");
  const count = (n: number) => n.toLocaleString("en");

  it("typo: certain, context and style entries", () => {
    const entries = json("typo", "typos.json").entries as Array<{ class: string }>;
    const of = (c: string) => entries.filter((e) => e.class === c).length;
    expect(readme("typo")).toContain(`${count(of("certain"))} 条确定的错别字，另有 ${of("context")} 条要看上下文的、${of("style")} 条公文用字习惯`);
    expect(rootReadme).toContain(`（${count(of("certain"))} 条，每条注明出处`);
  });

  it("variant-word and standard-formulation: entries", () => {
    const variants = json("variant-word", "yixingci.json").entries.length;
    expect(readme("variant-word")).toContain(`（${variants} 条）`);
    expect(rootReadme).toContain(`人材→人才（${variants} 条）`);
    const formulations = json("standard-formulation", "formulations.json").formulations.length;
    expect(readme("standard-formulation")).toContain(`共 ${formulations} 条`);
    expect(rootReadme).toContain(`${formulations} 条有出处的规范表述`);
  });
});
