// `x == A || x == A + 1` compiles to one unsigned test of x - A (as clang folds it), with C's
// result for every x around and across the pair, in both widths and in the `!=`/`&&` form.
import { describe, expect, it } from "vitest";
import { progTypeByName } from "../../isa/progtypes.ts";
import { createMapSet, createWorld, Run } from "../../vm/index.ts";
import { compile } from "../index.ts";

function run(src: string): { r0: bigint; jumps: number } {
  const r = compile(`#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\n${src}`, { file: "a.c", cpu: 3 });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const p = r.programs[0].program;
  const maps = createMapSet(p.maps, 1);
  if (typeof maps === "string") throw new Error(maps);
  const m = new Run({ program: p, progType: progTypeByName("xdp")!, input: { packet: new Uint8Array(64) }, maps, world: createWorld(1) }).machine;
  for (let i = 0; i < 1000 && m.pc < p.insns.length; i++) if (m.run(1).kind !== "budget") break;
  const jumps = p.insns.filter((i) => (i.code & 7) === 5 || (i.code & 7) === 6).filter((i) => (i.code & 0xf0) !== 0x80 && (i.code & 0xf0) !== 0x90 && (i.code & 0xf0) !== 0).length;
  return { r0: m.reg(0), jumps };
}

describe("adjacent equality tests", () => {
  for (const [type, a, b] of [["int", "0", "-1"], ["long", "-1", "0"], ["unsigned int", "4294967295u", "0"], ["__s8", "5", "6"], ["long", "9", "8"]] as const) {
    it(`${type}: x == ${a} || x == ${b}, and x != ${a} && x != ${b}`, () => {
      for (const x of [-2, -1, 0, 1, 2, 4, 5, 6, 7, 8, 9, 10]) {
        const or = run(`volatile ${type} x = ${x};\nSEC("xdp") int p(struct xdp_md *ctx) { ${type} v = x; return v == ${a} || v == ${b} ? 7 : 3; }`);
        const want = (n: string) => (type === "unsigned int" ? BigInt.asUintN(32, BigInt(n.replace("u", ""))) === BigInt.asUintN(32, BigInt(x)) : BigInt(n) === BigInt(x));
        expect(or.r0, `${x}`).toBe(want(a) || want(b) ? 7n : 3n);
        expect(or.jumps).toBe(1);
        const and = run(`volatile ${type} x = ${x};\nSEC("xdp") int p(struct xdp_md *ctx) { ${type} v = x; return v != ${a} && v != ${b} ? 7 : 3; }`);
        expect(and.r0, `${x}`).toBe(want(a) || want(b) ? 3n : 7n);
        expect(and.jumps).toBe(1);
      }
    });
  }
  it("leaves other pairs and impure operands as two tests", () => {
    expect(run(`volatile int x = 1;\nSEC("xdp") int p(struct xdp_md *ctx) { int v = x; return v == 0 || v == 2 ? 7 : 3; }`).jumps).toBe(2);
    expect(run(`volatile int x = 1;\nSEC("xdp") int p(struct xdp_md *ctx) { return x == 0 || x == 1 ? 7 : 3; }`).jumps).toBe(2);
  });
});
