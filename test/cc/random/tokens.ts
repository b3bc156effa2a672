// fast-check arbitraries for fuzzing the C front end: streams of C-ish tokens (keywords,
// punctuators, literals, preprocessor lines, stray bytes, unterminated comments and strings,
// bracket runs, huge literals), and token-level mutations of a valid program.
import fc from "fast-check";

const KEYWORDS = (
  "auto break case char const continue default do double else enum extern float for goto if inline int long " +
  "register restrict return short signed sizeof static struct switch typedef union unsigned void volatile while " +
  "_Bool _Static_assert __attribute__ __always_inline __noinline __builtin_memcpy __builtin_memset " +
  "__builtin_preserve_access_index __u8 __u16 __u32 __u64 __s8 __s16 __s32 __s64 SEC typeof __typeof__ _Alignof"
).split(" ");

const PUNCTUATORS = (
  "[ ] ( ) { } . -> ++ -- & * + - ~ ! / % << >> < > <= >= == != ^ | && || ? : ; ... = *= /= %= += -= <<= >>= &= ^= |= , # ##"
).split(" ");

const IDENTIFIERS = ["x", "y", "ctx", "prog", "data", "end", "m", "bpf_map_lookup_elem", "bpf_printk", "XDP_PASS", "__func__", "main", "s", "i"];

const PP_LINES = [
  "#include <linux/bpf.h>",
  "#include <bpf/bpf_helpers.h>",
  '#include "missing.h"',
  "#include <",
  "#define X 1",
  "#define F(a, b) a ## b",
  "#define S(a) #a",
  "#define R R + 1",
  "#define V(...) __VA_ARGS__",
  "#undef X",
  "#if X",
  "#if defined(X) && (1 << 70)",
  "#if 1 / 0",
  "#ifdef X",
  "#ifndef Y",
  "#elif 1",
  "#else",
  "#endif",
  "#pragma unroll",
  "#pragma clang loop unroll(full)",
  "#error stop",
  "#warning careful",
  "#line 99",
  '# 7 "other.c"',
  "#",
  "#bogus",
];

const number = fc.oneof(
  fc.nat().map(String),
  fc.bigInt({ min: 0n, max: (1n << 70n) - 1n }).map((v) => "0x" + v.toString(16)),
  fc.nat(0o7777).map((v) => "0" + v.toString(8)),
  fc.constantFrom("0", "1u", "1UL", "1ull", "1LL", "0xffffffffffffffff", "18446744073709551616", "1e5", "1.5f", "0b101", "08", "0x", "1uu", "'a'", "'\\n'", "'\\x41'", "''", "'ab'"),
  fc.integer({ min: 30, max: 3000 }).map((n) => "9".repeat(n)),
);

const stringLit = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('"\\x41\\101\\n"', '"unterminated', '"\\q"', '"a" "b"', 'L"wide"', 'u8"x"'),
);

const bracketRun = fc.tuple(fc.constantFrom("(", "{", "[", ")", "}", "]"), fc.integer({ min: 2, max: 200 })).map(([c, n]) => c.repeat(n));

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 8, arbitrary: fc.constantFrom(...PUNCTUATORS) },
  { weight: 5, arbitrary: fc.oneof(fc.constantFrom(...IDENTIFIERS), fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/)) },
  { weight: 4, arbitrary: number },
  { weight: 2, arbitrary: stringLit },
  { weight: 2, arbitrary: fc.constantFrom(...PP_LINES).map((l) => `\n${l}\n`) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom("/*", "*/", "//", "/* unterminated", "\\", "\\\n", "@", "$", "`", "\0", "\r", "\u00e9", "\ud83d") },
  { weight: 1, arbitrary: bracketRun },
);

const separator = fc.constantFrom(" ", " ", " ", "\n", "", "\t");

/** A program-shaped frame around a token stream, so some streams reach the checker and code generator. */
const frame = fc.constantFrom(
  (body: string) => body,
  (body: string) => `int f(int x) { ${body} }`,
  (body: string) => `typedef unsigned int u32;\nstruct s { int a; u32 b : 3; };\n__attribute__((section("xdp"))) int prog(void *ctx) {\n${body}\nreturn 0; }`,
  (body: string) => `${body}\nint g(void) { return 1; }`,
);

export function tokenStream(): fc.Arbitrary<string> {
  return fc
    .tuple(frame, fc.array(fc.tuple(token, separator), { maxLength: 60 }))
    .map(([wrap, toks]) => wrap(toks.map(([t, s]) => t + s).join("")));
}

/** Tokens of a source with the text before each (whitespace, comments), so they can be moved about. */
function split(source: string): string[] {
  return source.match(/\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|[A-Za-z_]\w*|\d\w*|->|\+\+|--|<<=?|>>=?|[<>=!&|^+\-*/%]=|&&|\|\||##|\.\.\.|[^\s])|\s+$/g) ?? [];
}

type Op = { kind: "delete" | "double" | "swap" | "replace"; at: number; other: number };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom("delete", "double", "swap", "replace"),
  at: fc.nat(),
  other: fc.nat(),
});

/** 1–4 deletions, doublings, swaps or replacements (by another token of the program) of tokens of `source`. */
export function mutated(source: string): fc.Arbitrary<string> {
  const toks = split(source);
  return fc.array(op, { minLength: 1, maxLength: 4 }).map((ops) => {
    const t = [...toks];
    for (const o of ops) {
      const i = o.at % t.length;
      const j = o.other % t.length;
      if (o.kind === "delete") t.splice(i, 1);
      else if (o.kind === "double") t.splice(i, 0, t[i]);
      else if (o.kind === "swap") [t[i], t[j]] = [t[j], t[i]];
      else t[i] = " " + toks[j % toks.length].trimStart();
    }
    return t.join("");
  });
}
