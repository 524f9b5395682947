/**
 * Simplified to Traditional (Taiwan standard characters), for answers to questions asked in Traditional script.
 * Node only: OpenCC's Simplified-to-Traditional tables (opencc-js/cn2t) are ~453 KB gzipped, more than the Worker's
 * bundle budget has left, so the Worker answers Traditional questions in Simplified and says so (README).
 */
import { Converter } from "opencc-js/cn2t";

export type ToTraditional = (text: string) => string;

/** Made on first use: reading OpenCC's tables takes ~0.25 s, paid by the first question in Traditional script, not by every start. */
let convert: ToTraditional | undefined;

export const toTraditional: ToTraditional = (text) => (convert ??= Converter({ from: "cn", to: "tw" }))(text);
