// Deeply nested constructs. clang stops at 256 nested brackets ("bracket nesting level exceeded
// maximum of 256") and bounds its own recursion elsewhere; bpfplay's compiler must likewise give
// an error or a result, never die of a stack overflow. `found` names the minimised input kept in
// test/cc/random/found/ for the same construct.

export interface Nesting {
  readonly name: string;
  readonly depth: number;
  /** The kept input in test/cc/random/found/ for this construct, when it showed a bug. */
  readonly found?: string;
  readonly source: (depth: number) => string;
}

const r = (s: string, n: number) => s.repeat(n);

const CONSTRUCTS: readonly Omit<Nesting, "depth">[] = [
  { name: "parentheses", source: (n) => `int f(void) { return ${r("(", n)}1${r(")", n)}; }` },
  { name: "unclosed parentheses", source: (n) => `int f(void) { return ${r("(", n)}1; }` },
  { name: "compound statements", source: (n) => `int f(void) { ${r("{", n)} ${r("}", n)} return 0; }` },
  { name: "if statements", source: (n) => `int f(int x) { ${r("if (x) ", n)}return 1; return 0; }` },
  { name: "unary minus", source: (n) => `int f(int x) { return ${r("- ", n)}x; }` },
  { name: "logical not", source: (n) => `int f(int x) { return ${r("!", n)}x; }` },
  { name: "casts", source: (n) => `int f(int x) { return ${r("(int)", n)}x; }` },
  { name: "a long x+x+...+x chain", found: "long_add_chain.c", source: (n) => `int f(int x) { return x${r(" + x", n)}; }` },
  { name: "chained assignment", source: (n) => `int f(int x) { return x${r(" = x", n)}; }` },
  { name: "nested ?:", source: (n) => `int f(int x) { return ${r("x ? ", n)}1${r(" : 2", n)}; }` },
  { name: "statement expressions", source: (n) => `int f(void) { return ${r("({ ", n)}1${r("; })", n)}; }` },
  { name: "subscripts", source: (n) => `int f(int *a) { return ${r("a[", n)}0${r("]", n)}; }` },
  { name: "calls", source: (n) => `int g(int); int f(int x) { return ${r("g(", n)}x${r(")", n)}; }` },
  { name: "initialiser braces", source: (n) => `int a = ${r("{", n)}1${r("}", n)};` },
  { name: "struct definitions", source: (n) => `${r("struct a { ", n)}int x; ${r("} b; ", n)}` },
  { name: "function pointer declarators", source: (n) => `int ${r("(*", n)}f${r(")(void)", n)};` },
  { name: "pointer declarators", source: (n) => `int ${r("*", n)}p;` },
  { name: "macro arguments", source: (n) => `#define A(x) (x)\nint f(int x) { return ${r("A(", n)}x${r(")", n)}; }` },
  { name: "#if parentheses", source: (n) => `#if ${r("(", n)}1${r(")", n)}\n#endif\n` },
  { name: "#if logical not", source: (n) => `#if ${r("!", n)}1\n#endif\n` },
  { name: "#if blocks", source: (n) => `${r("#if 1\n", n)}int x;${r("\n#endif", n)}\n` },
];

export const NESTINGS: readonly Nesting[] = CONSTRUCTS.map((x) => ({ ...x, depth: x.name === "macro arguments" ? 1000 : x.name === "chained assignment" ? 20000 : 5000 })); // macro expansion is slow, not wrong: 1,000 levels take ~2 s
