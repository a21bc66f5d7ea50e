import { json } from "./json.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export const formatters: Record<string, Formatter> = { stylish, json, sarif };
export type { FileReport, FormatContext, Formatter } from "./types.js";
