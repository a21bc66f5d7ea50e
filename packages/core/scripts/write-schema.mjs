// Run by `npm run build`: writes schema/gwlintrc.schema.json from the rules' metadata, and the
// fingerprint of the built rules that result caches are keyed on.
import { writeFileSync } from "node:fs";
import { configSchema, writePresetFingerprint } from "../dist/index.js";

const target = new URL("../schema/gwlintrc.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(configSchema(), null, 2)}\n`);
writePresetFingerprint();
