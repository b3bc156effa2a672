// Bad input never throws out of the front end and never hangs: every prefix of a program, and the
// program with each token deleted in turn, preprocesses and parses to diagnostics.

import { describe, expect, it } from "vitest";
import { lex } from "./lexer.ts";
import { parse } from "./parse.ts";
import { preprocess } from "./preprocess.ts";

const PROGRAM = `
#define SEC(n) __attribute__((section(n), used))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
typedef unsigned int u32;
struct pkt { u32 len; unsigned char data[16]; struct { int x:3, y:5; } bits; };
enum color { RED, GREEN = 4, BLUE };
static long (*bpf_helper)(void *p, u32 n) = (void *) 7;
struct { int (*type)[2]; u32 *key; long *value; } m SEC(".maps");
static __attribute__((always_inline)) int add(int a, int b) { return a + b; }
SEC("xdp") int prog(struct pkt *p) {
  int s = 0, arr[4] = { [1] = 2, 3 };
  struct pkt local = { .len = 1, .data = "hi" };
  for (int i = 0; i < 4; i++) { s += arr[i] * MAX(i, 2); if (s > 10) break; }
  switch (p->len & 3) { case RED: s++; break; case GREEN: default: s--; }
  while (s > 0) { s -= ({ int t = add(s, 1); t / 2; }); }
  do { s = s ? s << 1 : ~s; } while (0);
  local.bits.x = -1;
  s += sizeof(local) + bpf_helper(&local, 3) + (p->data[2] == 'a');
  goto out;
out:
  return s > 0 ? 2 : 1;
}
char LICENSE[] SEC("license") = "GPL";
`;

function run(src: string): number {
  const pp = preprocess(src, { file: "r.c", builtinHeaders: {} });
  const r = parse(pp.tokens, { file: "r.c", pragmas: pp.pragmas });
  return pp.diagnostics.length + r.diagnostics.length;
}

describe("robustness on broken input", () => {
  const toks = lex(PROGRAM, "r.c").tokens.slice(0, -1);
  // Cut and delete at token boundaries (keeping the text between tokens as it was).
  const starts = toks.map((t) => PROGRAM.split("\n").slice(0, t.line - 1).join("\n").length + (t.line > 1 ? 1 : 0) + t.column - 1);
  it("parses the intact program with no diagnostic", () => {
    expect(run(PROGRAM)).toBe(0);
  });
  it("survives every prefix", () => {
    let diagnosed = 0;
    for (const s of starts) if (run(PROGRAM.slice(0, s)) > 0) diagnosed++;
    expect(diagnosed).toBeGreaterThan(starts.length / 2);
  });
  it("survives a token deleted", () => {
    for (let k = 0; k < toks.length; k += 2) {
      const s = starts[k];
      run(PROGRAM.slice(0, s) + PROGRAM.slice(s + toks[k].text.length));
    }
  });
  it("survives a token doubled", () => {
    for (let k = 0; k < toks.length; k += 2) {
      const s = starts[k];
      run(PROGRAM.slice(0, s) + toks[k].text + " " + PROGRAM.slice(s));
    }
  });
});

describe("deep nesting", () => {
  it("is a located error, not a stack overflow", () => {
    const n = 5000;
    for (const src of [
      `int x = ${"(".repeat(n)}1${")".repeat(n)};`,
      `int f(void) { return ${"-".repeat(n)}1; }`,
      `void f(void) { ${"{".repeat(n)}${"}".repeat(n)} }`,
      `int ${"(".repeat(n)}x${")".repeat(n)};`,
      `int a[1] = ${"{".repeat(n)}1${"}".repeat(n)};`,
      `#if ${"(".repeat(n)}1${")".repeat(n)}\n#endif\n`,
      `#define F(x) x\nint y = ${"F(".repeat(n)}1${")".repeat(n)};`,
    ]) {
      const pp = preprocess(src, { file: "d.c", builtinHeaders: {} });
      const r = parse(pp.tokens, { file: "d.c", pragmas: pp.pragmas });
      const errors = [...pp.diagnostics, ...r.diagnostics].filter((d) => d.severity === "error");
      expect(errors.length, src.slice(0, 40)).toBeGreaterThan(0);
      expect(errors[0].span?.line).toBeGreaterThan(0);
    }
  });
});
