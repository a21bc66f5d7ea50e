// Writes schema/gwlintrc.schema.json from the rules' metadata (run by `npm run build`).
import { writeFileSync } from "node:fs";
import { configSchema } from "../dist/index.js";

const target = new URL("../schema/gwlintrc.schema.json", import.meta.url);
writeFileSync(target, JSON.stringify(configSchema(), null, 2) + "\n");
