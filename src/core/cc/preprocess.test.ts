import { describe, expect, it, vi } from "vitest";

vi.mock("./headers/index.ts", () => ({ BUILTIN_HEADERS: { "builtin.h": "int from_builtin;\n" } }));

import { preprocess } from "./preprocess.ts";

function pp(src: string, files: Record<string, string> = {}, extra: { includeDirs?: string[]; defines?: Record<string, string> } = {}) {
  return preprocess(src, { file: "dir/main.c", reader: { read: (p) => files[p] }, builtinHeaders: { "builtin.h": "int from_builtin;\n" }, ...extra });
}
/** The output as text: tokens joined with one space where the source had white space. */
function text(src: string, files: Record<string, string> = {}): string {
  const r = pp(src, files);
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.tokens
    .slice(0, -1)
    .map((t, k) => (k && (t.space || t.bol) ? " " : "") + t.text)
    .join("");
}
const errors = (src: string, files: Record<string, string> = {}) => pp(src, files).diagnostics.map((d) => `${d.span?.line}:${d.span?.column}: ${d.message}`);

describe("macros", () => {
  it("runs #if lines inside a function-like macro's arguments, as clang does", () => {
    expect(text(`#define N 3\n#define SUM(a, rest...) (a rest)\nSUM(1\n + 2\n#if N > 2\n + 3\n#else\n + 4\n#endif\n)`)).toBe("(1 + 2 + 3)");
  });
  it("expands object- and function-like macros", () => {
    expect(text("#define A 1 + 2\nA*A")).toBe("1 + 2*1 + 2");
    expect(text("#define F(x, y) ((x) * (y))\nF(a + 1, (b, c))")).toBe("((a + 1) * ((b, c)))");
    expect(text("#define F(x) x\nF\n+ F()")).toBe("F +");
  });
  it("follows the C standard's example of 6.10.3.5 (3)", () => {
    const src = `#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x
f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
g(x+(3,4)-w) | h 5) & m
(f)^m(m);
p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
char c[2][6] = { str(hello), str() };`;
    const want =
      "f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1); f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1); int i[] = { 1, 23, 4, 5, }; char c[2][6] = { \"hello\", \"\" };";
    const norm = (s: string) => s.replace(/\s+/g, "");
    expect(norm(text(src))).toBe(norm(want));
  });
  it("stringizes and pastes (6.10.3.5 (4))", () => {
    const src = `#define str(s) # s
#define xstr(s) str(s)
#define debug(s, t) printf("x" # s "= %d, x" # t "= %s", x ## s, x ## t)
#define INCFILE(n) vers ## n
#define glue(a, b) a ## b
#define xglue(a, b) glue(a, b)
#define HIGHLOW "hello"
#define LOW LOW ", world"
debug(1, 2);
glue(HIGH, LOW);
xglue(HIGH, LOW)
xstr(INCFILE(2).h)
str( strncmp("abc\\0d", "abc", '\\4') == 0)`;
    expect(text(src)).toBe(
      'printf("x" "1" "= %d, x" "2" "= %s", x1, x2); "hello"; "hello" ", world" "vers2.h" "strncmp(\\"abc\\\\0d\\", \\"abc\\", \'\\\\4\') == 0"',
    );
  });
  it("handles variadic macros, GNU comma paste, named variadics and __VA_OPT__", () => {
    expect(text('#define P(fmt, ...) f(fmt, ##__VA_ARGS__)\nP("a"); P("b", 1, 2);')).toBe('f("a"); f("b", 1, 2);');
    expect(text("#define P(fmt, args...) f(fmt, ##args)\nP(1) P(1, 2)")).toBe("f(1) f(1, 2)");
    expect(text("#define F(a, ...) g(a __VA_OPT__(,) __VA_ARGS__)\nF(1) F(1, 2)")).toBe("g(1) g(1, 2)");
    expect(text("#define N(...) n(__VA_ARGS__)\nN() N(a, b)")).toBe("n() n(a, b)");
  });
  it("does not expand a macro inside itself", () => {
    expect(text("#define foo foo a\nfoo")).toBe("foo a");
    expect(text("#define f(x) g(x)\n#define g(x) f(x)\nf(1)")).toBe("f(1)");
  });
  it("reports bad macro uses", () => {
    expect(errors("#define F(a, b) a\nF(1)")).toEqual(["2:4: too few arguments provided to function-like macro invocation"]);
    expect(errors("#define F(a) a\nF(1, 2)")).toEqual(["2:7: too many arguments provided to function-like macro invocation"]);
    expect(errors("#define F(a) a\nF(1")).toEqual(["2:1: unterminated function-like macro invocation"]);
    expect(errors("#define F(a) #b\n")).toEqual(["1:14: '#' is not followed by a macro parameter"]);
    expect(errors("#define G(a) a ## ## \n")[0]).toContain("'##' cannot appear at either end");
    expect(pp("#define A 1\n#define A 2\n").diagnostics[0]).toMatchObject({ severity: "warning", message: "'A' macro redefined" });
  });
  it("places expanded tokens at the invocation", () => {
    const r = pp("#define F(x) (x + \\\n 1)\nint a =\n  F(b);");
    const plus = r.tokens.find((t) => t.text === "+")!;
    expect([plus.file, plus.line, plus.column]).toEqual(["dir/main.c", 4, 3]);
    const b = r.tokens.find((t) => t.text === "b")!;
    expect([b.line, b.column]).toEqual([4, 3]);
  });
  it("knows __FILE__, __LINE__, __COUNTER__ and the predefined macros", () => {
    expect(text("__FILE__ __LINE__\n__LINE__ __COUNTER__ __COUNTER__")).toBe('"dir/main.c" 1 2 0 1');
    expect(text("__bpf__ __BPF_CPU_VERSION__ __BYTE_ORDER__ __INT_MAX__")).toBe("1 4 1234 2147483647");
    expect(text("#ifdef __x86_64__\nbad\n#endif\n#ifdef __TARGET_ARCH_x86\nok\n#endif")).toBe("ok");
    expect(pp("X", {}, { defines: { X: "", Y: "3" } }).tokens[0].text).toBe("1");
  });
});

describe("conditionals", () => {
  it("evaluates #if expressions", () => {
    expect(text("#if 1 + 2 * 3 == 7 && !0\na\n#else\nb\n#endif")).toBe("a");
    expect(text("#if -1 > 0u\nunsigned\n#endif")).toBe("unsigned");
    expect(text("#if (2 || 1/0) ? 0x10 >> 4 : 0\nyes\n#endif")).toBe("yes");
    expect(text("#define A\n#if defined A && defined(A) && !defined B\nyes\n#endif")).toBe("yes");
    expect(text("#if UNDEFINED_THING\nno\n#elif 0\nno\n#elif 2\nyes\n#else\nno\n#endif")).toBe("yes");
    expect(text("#if __has_builtin(__builtin_memcpy) && !__has_builtin(__builtin_nope) && __has_attribute(preserve_access_index)\nyes\n#endif")).toBe("yes");
    expect(text("#ifdef __has_builtin\nyes\n#endif")).toBe("yes");
    expect(text("#if __has_include(<builtin.h>) && !__has_include(\"nope.h\")\nyes\n#endif")).toBe("yes");
  });
  it("skips nested groups not taken", () => {
    expect(text("#if 0\n#if 1\nno\n#else\nno\n#endif\n#error nope\n#elif 1\nyes\n#endif")).toBe("yes");
    expect(text("#ifndef X\n#define X 5\n#endif\n#ifndef X\nno\n#endif\nX")).toBe("5");
  });
  it("reports conditional errors", () => {
    expect(errors("#if 1\nx")).toEqual(["1:1: unterminated conditional directive"]);
    expect(errors("#endif")).toEqual(["1:2: #endif without #if"]);
    expect(errors("#if 1 +\n#endif")).toEqual(["1:8: expected value in expression"]);
    expect(errors("#if\n#endif\n#ifdef\n#endif\n#define\n")).toEqual(["1:4: expected value in expression", "3:7: macro name missing", "5:8: macro name missing"]);
    expect(errors("#if 1/0\n#endif")).toEqual(["1:6: division by zero in preprocessor expression"]);
    expect(errors("#error stop here\n")).toEqual(["1:1: stop here"]);
    expect(pp("#warning careful\n").diagnostics[0]).toMatchObject({ severity: "warning", message: "careful" });
  });
});

describe("includes", () => {
  const files = {
    "dir/a.h": '#pragma once\nint a;\n#include "sub/b.h"\n',
    "dir/sub/b.h": '#ifndef B_H\n#define B_H\n#include "c.h"\nint b;\n#endif\n',
    "dir/sub/c.h": "int c;\n",
    "inc/d.h": "int d;\n",
    "dir/loop.h": '#include "loop.h"\n',
  };
  it("resolves quoted, angled, -I and built-in headers, once and guards", () => {
    const r = pp('#include "a.h"\n#include "a.h"\n#include <sub/b.h>\n#include <d.h>\n#include <builtin.h>\nint e;', files, { includeDirs: ["inc"] });
    expect(r.diagnostics).toEqual([]);
    expect(r.tokens.filter((t) => t.kind === "ident" && t.text !== "int").map((t) => `${t.text}@${t.file}:${t.line}`)).toEqual([
      "a@dir/a.h:2",
      "c@dir/sub/c.h:1",
      "b@dir/sub/b.h:4",
      "d@inc/d.h:1",
      "from_builtin@builtin.h:1",
      "e@dir/main.c:6",
    ]);
    expect(Object.keys(r.sources).sort()).toEqual(["builtin.h", "dir/a.h", "dir/main.c", "dir/sub/b.h", "dir/sub/c.h", "inc/d.h"]);
  });
  it("reports missing files and runaway recursion, located", () => {
    expect(errors('#include "nope.h"\n')).toEqual(["1:10: 'nope.h' file not found"]);
    const e = errors('#include "loop.h"\n', files);
    expect(e).toHaveLength(1);
    expect(e[0]).toContain("#include nested depth 200 exceeds maximum of 200");
  });
  it("includes through a macro", () => {
    expect(text('#define H "sub/c.h"\n#include H\n', files)).toBe("int c;");
  });
});

describe("pragmas and #line", () => {
  it("puts #pragma unroll on the next token and ignores the rest", () => {
    const r = pp("#pragma unroll\nfor\n#pragma unroll 4\nwhile\n#pragma clang loop unroll(full)\ndo\n#pragma GCC diagnostic push\n#pragma clang attribute push (__attribute__((preserve_access_index)), apply_to = record)\nx");
    expect(r.diagnostics).toEqual([]);
    expect(r.tokens.slice(0, 4).map((t) => [t.text, t.unroll])).toEqual([["for", true], ["while", 4], ["do", true], ["x", undefined]]);
  });
  it("runs _Pragma, including GCC error", () => {
    const r = pp('#define M _Pragma("unroll") for\n#define MSG "GCC error \\"no arch\\""\nM\n_Pragma(MSG)');
    expect(r.tokens[0]).toMatchObject({ text: "for", unroll: true });
    expect(r.diagnostics.map((d) => [d.message, d.span?.line])).toEqual([["no arch", 4]]);
  });
  it("renumbers lines", () => {
    const r = pp('a\n#line 100 "x.c"\nb\nc');
    expect(r.tokens.slice(0, 3).map((t) => `${t.file}:${t.line}`)).toEqual(["dir/main.c:1", "x.c:100", "x.c:101"]);
  });
  it("refuses a line number beyond 32 unsigned bits, as clang-19 does (4294967295 is the last it takes)", () => {
    const r = pp('#line 4294967296\n# 4294967296 "y.c"\n#line 4294967295\nb');
    expect(r.diagnostics.map((d) => [d.message, d.span?.line, d.span?.column])).toEqual([
      ["#line directive requires a positive integer argument", 1, 7],
      ["line marker directive requires a positive integer argument", 2, 3],
    ]);
    expect(r.tokens[0]).toMatchObject({ text: "b", line: 4294967295 });
  });
});
