import { html } from "./html.js";
import { json } from "./json.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";

export const formatters: Record<string, Formatter> = { stylish, json, sarif, html };
export type { FailedFile, FormatContext, Formatter, StreamFormatter, Summary } from "./types.js";
