import { describe, expect, test } from "vitest";
import { blockText, cleanLine, cleanText, lineText } from "./text.ts";

/**
 * Sources: ECMA-48 (escape sequences), Unicode Standard Annex #9 (bidirectional controls),
 * and the Trojan Source paper (Boucher & Anderson 2021) for the reordering attacks.
 */
describe("text others read is cleaned", () => {
  test.each([
    ["an ANSI colour sequence", "\u001b[31mred\u001b[0m", "red"],
    ["a cursor movement", "a\u001b[2Jb\u001b[10;5H", "ab"],
    ["an 8-bit CSI", "x\u009b1my", "xy"],
    ["NUL, BEL, backspace", "a\u0000b\u0007c\u0008d", "abcd"],
    ["C1 controls", "a\u0085b\u008dc", "abc"],
    ["a right-to-left override", "evil\u202Etxt.exe", "eviltxt.exe"],
    ["isolates and marks", "\u2066a\u2069\u200Fb\u061C", "ab"],
    ["CR LF into LF", "one\r\ntwo\rthree", "one\ntwo\nthree"],
    ["accents and emoji stay", "Édouard Herriot 🇫🇷 — « oui » !", "Édouard Herriot 🇫🇷 — « oui » !"],
  ])("%s", (_what, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });

  test("a name is one line", () => {
    expect(cleanLine("Léon\nBlum\t\u2028x")).toBe("Léon Blum x");
  });

  test("a name made only of controls is refused, as an empty one would be", () => {
    expect(lineText(40).safeParse("\u202E\u001b[0m").success).toBe(false);
    expect(lineText(40).parse("  \u001b[1mAda\u001b[0m ")).toBe("Ada");
    expect(blockText(10).parse("a\nb")).toBe("a\nb");
  });
});
