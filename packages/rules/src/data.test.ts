// Every dictionary of the rules is checked against its JSON Schema (packages/rules/schema/).
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";

const read = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));
const DATA: Array<[schema: string, data: string]> = [
  ["typos", "./rules/typo/typos.json"],
  ["variants", "./rules/variant-word/yixingci.json"],
  ["formulations", "./rules/standard-formulation/formulations.json"],
  ["redundancy", "./rules/no-redundancy/redundancy.json"],
  ["lexicon", "./lexicon/lexicon.json"],
  ["before-de", "./rules/no-deletion-residue/before-de.json"],
  ["seen-doubles", "./rules/no-duplicated-char/seen-doubles.json"],
  ["adverbial", "./rules/de-di-de/adverbial.json"],
];

describe("dictionaries match their JSON Schemas", () => {
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: true, strictTuples: false });
  for (const [schema, data] of DATA) {
    it(`${data} (schema/${schema}.schema.json)`, () => {
      const validate = ajv.compile(read(`../schema/${schema}.schema.json`));
      expect(validate(read(data)), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    });
  }
});
