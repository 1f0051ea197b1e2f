import { z } from "zod";

/**
 * Text people type that others will read — names, chat, treaty titles, a teacher's injects —
 * and that reaches logs. Taken out: ANSI escape sequences (whole), C0 and C1 control
 * characters, and the bidirectional controls that reorder what follows them on screen
 * (embeddings, overrides, isolates, the marks). A chat line keeps its line breaks and tabs;
 * a name is one line.
 */

/** CSI and other escape sequences (ECMA-48), with the 8-bit CSI. */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
/** C0 but tab and line feed, DEL, C1. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** ALM, LRM, RLM, LRE RLE PDF LRO RLO, LRI RLI FSI PDI. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A block of text: line breaks kept (CR LF and the Unicode separators become LF). */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(ANSI, "")
    .replace(CONTROLS, "")
    .replace(BIDI, "");
}

/** A name or a title: one line, runs of white space as one space. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, " ");
}

/** A schema for a name or title: cleaned, trimmed, 1 to `max` characters. */
export const lineText = (max: number) =>
  z.string().transform(cleanLine).pipe(z.string().trim().min(1).max(max));

/** A schema for a block of text (a chat line, a memo): cleaned, trimmed, 1 to `max`. */
export const blockText = (max: number) =>
  z.string().transform(cleanText).pipe(z.string().trim().min(1).max(max));
