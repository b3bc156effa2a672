// Deeply nested constructs. clang stops at 256 nested brackets ("bracket nesting level exceeded
// maximum of 256") and bounds its own recursion elsewhere; bpfplay's compiler must likewise give
// an error or a result, never die of a stack overflow. `found` names the minimised input kept in
// test/cc/random/found/ for the same construct.

export interface Nesting {
  readonly name: string;
  readonly depth: number;
  readonly found: string;
  readonly source: (depth: number) => string;
}

const r = (s: string, n: number) => s.repeat(n);

export const NESTINGS: readonly Nesting[] = [
  { name: "parentheses", found: "deep_parens.c", source: (n) => `int f(void) { return ${r("(", n)}1${r(")", n)}; }` },
  { name: "unclosed parentheses", found: "deep_parens_unclosed.c", source: (n) => `int f(void) { return ${r("(", n)}1; }` },
  { name: "compound statements", found: "deep_blocks.c", source: (n) => `int f(void) { ${r("{", n)} ${r("}", n)} return 0; }` },
  { name: "if statements", found: "deep_if.c", source: (n) => `int f(int x) { ${r("if (x) ", n)}return 1; return 0; }` },
  { name: "unary minus", found: "deep_unary.c", source: (n) => `int f(int x) { return ${r("- ", n)}x; }` },
  { name: "logical not", found: "deep_not.c", source: (n) => `int f(int x) { return ${r("!", n)}x; }` },
  { name: "casts", found: "deep_casts.c", source: (n) => `int f(int x) { return ${r("(int)", n)}x; }` },
  { name: "a long x+x+...+x chain", found: "long_add_chain.c", source: (n) => `int f(int x) { return x${r(" + x", n)}; }` },
  { name: "chained assignment", found: "deep_assign.c", source: (n) => `int f(int x) { return x${r(" = x", n)}; }` },
  { name: "nested ?:", found: "deep_ternary.c", source: (n) => `int f(int x) { return ${r("x ? ", n)}1${r(" : 2", n)}; }` },
  { name: "statement expressions", found: "deep_stmt_expr.c", source: (n) => `int f(void) { return ${r("({ ", n)}1${r("; })", n)}; }` },
  { name: "subscripts", found: "deep_index.c", source: (n) => `int f(int *a) { return ${r("a[", n)}0${r("]", n)}; }` },
  { name: "calls", found: "deep_call.c", source: (n) => `int g(int); int f(int x) { return ${r("g(", n)}x${r(")", n)}; }` },
  { name: "initialiser braces", found: "deep_init_braces.c", source: (n) => `int a = ${r("{", n)}1${r("}", n)};` },
  { name: "struct definitions", found: "deep_struct.c", source: (n) => `${r("struct a { ", n)}int x; ${r("} b; ", n)}` },
  { name: "function pointer declarators", found: "deep_declarator.c", source: (n) => `int ${r("(*", n)}f${r(")(void)", n)};` },
  { name: "pointer declarators", found: "deep_pointer.c", source: (n) => `int ${r("*", n)}p;` },
  { name: "macro arguments", found: "deep_macro_args.c", source: (n) => `#define A(x) (x)\nint f(int x) { return ${r("A(", n)}x${r(")", n)}; }` },
  { name: "#if parentheses", found: "deep_pp_if_parens.c", source: (n) => `#if ${r("(", n)}1${r(")", n)}\n#endif\n` },
  { name: "#if logical not", found: "deep_pp_if_not.c", source: (n) => `#if ${r("!", n)}1\n#endif\n` },
  { name: "#if blocks", found: "deep_pp_if_blocks.c", source: (n) => `${r("#if 1\n", n)}int x;${r("\n#endif", n)}\n` },
].map((x) => ({ ...x, depth: 5000 }));
