// The committed generated data is what its script makes from its inputs. The inputs include ../shared, which a
// user's clone does not have: there the checks are skipped and the committed files are used as they are.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const shared = new URL("../../../../shared/", import.meta.url);
const json = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));

describe.skipIf(!existsSync(new URL("corpus/clean", shared)))("generated data matches its inputs", () => {
  it("confusable-char/model.json: the input digest holds, and the script rebuilds it exactly", async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { buildModel, modelInputs } = await import("../scripts/build-confusable-model.mjs");
    // @ts-expect-error: a plain .mjs script without types
    const { inputDigest } = await import("../scripts/common.mjs");
    const { inputs, ...model } = json("./rules/confusable-char/model.json");
    expect(inputs, "inputs changed: run node packages/rules/scripts/build-confusable-model.mjs").toBe(inputDigest(modelInputs()));
    expect(JSON.stringify(buildModel())).toBe(JSON.stringify(model));
  });

  it("no-deletion-residue/before-de.json: the script rebuilds it exactly from its inputs", async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { buildBeforeDe } = await import("../scripts/build-before-de.mjs");
    expect(JSON.stringify(await buildBeforeDe()), "inputs changed: run node packages/rules/scripts/build-before-de.mjs").toBe(
      JSON.stringify(json("./rules/no-deletion-residue/before-de.json")),
    );
  }, 60_000);

  it("no-duplicated-char/seen-doubles.json: the script rebuilds it exactly from its inputs", async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { buildSeenDoubles } = await import("../scripts/build-seen-doubles.mjs");
    expect(JSON.stringify(await buildSeenDoubles()), "inputs changed: run node packages/rules/scripts/build-seen-doubles.mjs").toBe(
      JSON.stringify(json("./rules/no-duplicated-char/seen-doubles.json")),
    );
  }, 60_000);

  it("de-di-de/adverbial.json: the script rebuilds it exactly from its inputs", async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { buildDeDi } = await import("../scripts/build-de-di.mjs");
    expect(JSON.stringify(await buildDeDi()), "inputs changed: run node packages/rules/scripts/build-de-di.mjs").toBe(
      JSON.stringify(json("./rules/de-di-de/adverbial.json")),
    );
  }, 60_000);

  it("lexicon/lexicon.json: the input digest holds", async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { lexiconInputs } = await import("../scripts/build-lexicon.mjs");
    // @ts-expect-error: a plain .mjs script without types
    const { inputDigest } = await import("../scripts/common.mjs");
    expect(json("./lexicon/lexicon.json").inputs, "inputs changed: run node packages/rules/scripts/build-lexicon.mjs").toBe(
      inputDigest(lexiconInputs()),
    );
  });
});
