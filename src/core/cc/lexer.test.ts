import { describe, expect, it } from "vitest";
import { lex } from "./lexer.ts";
import { charValue, parseNumber, stringBytes } from "./literal.ts";
import { INT, LONG, UINT, ULONG } from "./types.ts";

const texts = (s: string): string[] => lex(s, "t.c").tokens.slice(0, -1).map((t) => t.text);

describe("lexer", () => {
  it("splits punctuators by longest match", () => {
    expect(texts("a<<=b->c...d++ ## x")).toEqual(["a", "<<=", "b", "->", "c", "...", "d", "++", "##", "x"]);
    expect(texts("x+++++y")).toEqual(["x", "++", "++", "+", "y"]);
  });
  it("gives exact places, across comments and splices", () => {
    const r = lex("int a; /* c\n omment */ b\n  x\\\ny // z\n'q'", "f.c");
    const t = r.tokens;
    expect(t.map((u) => [u.text, u.line, u.column, u.endColumn])).toEqual([
      ["int", 1, 1, 4],
      ["a", 1, 5, 6],
      [";", 1, 6, 7],
      ["b", 2, 12, 13],
      ["xy", 3, 3, 2],
      ["'q'", 5, 1, 4],
      ["", 5, 4, 4],
    ]);
    expect(t[4].endLine).toBe(4);
    expect(t[3].bol).toBe(false);
    expect(t[4].bol).toBe(true);
    expect(t[1].space).toBe(true);
  });
  it("lexes pp-numbers, prefixed literals and reports unterminated ones", () => {
    expect(texts("1.5e+3 0x1p-2 12ULL .5 u8\"s\" L'x'")).toEqual(["1.5e+3", "0x1p-2", "12ULL", ".5", 'u8"s"', "L'x'"]);
    const r = lex('"abc\nx', "f.c");
    expect(r.diagnostics[0].message).toBe("missing terminating '\"' character");
    expect(r.diagnostics[0].span).toMatchObject({ line: 1, column: 1 });
    expect(lex("/* x", "f.c").diagnostics[0].message).toBe("unterminated /* comment");
  });
});

describe("literals", () => {
  const num = (s: string) => parseNumber(s);
  it("types integer constants as C17 does", () => {
    expect(num("1")).toMatchObject({ value: 1n, type: INT });
    expect(num("2147483648")).toMatchObject({ type: LONG });
    expect(num("0x80000000")).toMatchObject({ type: UINT });
    expect(num("0xffffffffffffffff")).toMatchObject({ type: ULONG });
    expect(num("18446744073709551615")).toMatchObject({ type: ULONG, warning: expect.stringContaining("interpreting as unsigned") });
    expect(num("1u")).toMatchObject({ type: UINT });
    expect(num("1UL")).toMatchObject({ type: ULONG });
    expect(num("1ll")).toMatchObject({ type: LONG });
    expect(num("010")).toMatchObject({ value: 8n });
    expect(num("0")).toMatchObject({ value: 0n, type: INT });
    expect(num("0b101")).toMatchObject({ value: 5n });
    expect(num("1.0").kind).toBe("float");
    expect(num("1e3").kind).toBe("float");
    expect(num("1.0f").kind).toBe("float");
    expect(num("12abc")).toEqual({ kind: "error", message: "invalid suffix 'abc' on integer constant" });
    expect(num("08")).toEqual({ kind: "error", message: "invalid digit '8' in octal constant" });
    expect(num("0x1ffffffffffffffff").kind).toBe("error");
  });
  it("decodes escapes", () => {
    expect(stringBytes('"a\\n\\x41\\101\\0"').bytes).toEqual([97, 10, 0x41, 0x41, 0]);
    expect(stringBytes('"é"').bytes).toEqual([0xc3, 0xa9]);
    expect(charValue("'\\xff'").value).toBe(-1n);
    expect(charValue("'a'").value).toBe(97n);
    expect(charValue("'\\''").value).toBe(39n);
    expect(charValue("'ab'").value).toBe(0x6162n);
  });
});
