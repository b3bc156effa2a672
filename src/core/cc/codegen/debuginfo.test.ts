// Debug info is what the Locals view shows: step the program in the VM and check that, at every
// statement start where the debug info puts a variable in a register, that register holds what
// an independent evaluation of the C program says the variable holds there.
import { describe, expect, it } from "vitest";
import { progTypeByName } from "../../isa/progtypes.ts";
import { createMapSet, createWorld, Run } from "../../vm/index.ts";
import { compile } from "../index.ts";

const SRC = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int sum = 0;
	for (int i = 0; i < 5; i++) {
		int sq = i * i;
		sum += sq;
	}
	__u64 big = (__u64)sum << 20;
	return big > 1000 ? sum : 0;
}
`;

describe("debug info", () => {
  const r = compile(SRC, { file: "d.c", cpu: 3 });
  const p = r.programs[0]?.program;

  it("has a line table entry per slot, statement starts, and one function", () => {
    expect(r.diagnostics).toEqual([]);
    expect(p.lineTable?.length).toBe(p.insns.length);
    expect(p.lines.length).toBe(p.insns.length);
    expect(p.functions).toEqual([{ name: "prog", start: 0, end: p.insns.length, line: 5 }]);
    const stmtLines = new Set(p.lineTable!.filter((l) => l?.stmt).map((l) => l!.line));
    for (const line of [7, 8, 9, 10, 12, 13]) expect(stmtLines, `line ${line}`).toContain(line);
    expect(p.lineTable!.every((l) => l && l.file === "d.c")).toBe(true);
  });

  it("locates every local and parameter, with C types", () => {
    const names = new Set(p.debug!.vars.map((v) => v.name));
    for (const n of ["ctx", "sum", "i", "sq", "big"]) expect(names, n).toContain(n);
    const big = p.debug!.vars.find((v) => v.name === "big")!;
    expect(p.debug!.types[big.type]).toMatchObject({ kind: "int", size: 8, signed: false });
  });

  it("puts each register variable's value in its register over its range", () => {
    const progType = progTypeByName("xdp")!;
    const maps = createMapSet(p.maps, 1);
    if (typeof maps === "string") throw new Error(maps);
    const run = new Run({ program: p, progType, input: { packet: new Uint8Array(64) }, maps, world: createWorld(1) });
    const m = run.machine;
    // The C program's state, by the line about to run: (sum, i) before each statement.
    let checked = 0;
    for (let steps = 0; steps < 500; steps++) {
      const pc = m.pc;
      if (pc >= p.insns.length) break;
      for (const v of p.debug!.vars) {
        if (!("reg" in v.where) || pc < v.from || pc >= v.to) continue;
        const val = BigInt.asIntN(32, m.reg(v.where.reg));
        // sum is always a sum of squares 0,1,5,14,30; i in 0..5; sq a square; big = sum << 20
        if (v.name === "sum") expect([0n, 1n, 5n, 14n, 30n], `sum at ${pc}`).toContain(val);
        if (v.name === "i") expect(val >= 0n && val <= 5n, `i at ${pc}: ${val}`).toBe(true);
        if (v.name === "sq") expect([0n, 1n, 4n, 9n, 16n], `sq at ${pc}`).toContain(val);
        if (["sum", "i", "sq"].includes(v.name)) checked++;
      }
      const s = m.run(1);
      if (s.kind !== "budget") break;
    }
    expect(checked).toBeGreaterThan(10);
  });
});

// Stack variables appear at their first store; register variables stay shown after their last use
// while their register still holds them (the return line shows what it returns); every location
// shown holds the value the C program gives the variable there.
const SCOPES = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int n = ctx->data_end - ctx->data;
	char buf[8] = {};
	int m = n * 3 + 1;
	buf[0] = m;
	bpf_printk("%d", buf[0]);
	int t = m * 2;
	return t + n;
}
`;

describe("debug info ranges", () => {
  const r = compile(SCOPES, { file: "s.c", cpu: 3 });
  const p = r.programs[0]!.program;
  const vars = p.debug!.vars;
  const at = (pc: number) => vars.filter((v) => pc >= v.from && pc < v.to);

  it("shows a stack variable from its first store, not from the function's start", () => {
    const buf = vars.find((v) => v.name === "buf")!;
    expect("fpOffset" in buf.where).toBe(true);
    expect(buf.from).toBeGreaterThan(0);
    // the instruction just before `from` is the store (or address) that fills it
    const prev = p.insns[buf.from - 1]!;
    expect(prev.dst === 10 || prev.src === 10 || prev.code === 0x07).toBe(true);
  });

  it("shows what the return line reads there, with the values the C program has", () => {
    const retLine = 13;
    const retPcs = p.lineTable!.flatMap((l, pc) => (l?.line === retLine ? [pc] : []));
    for (const pc of retPcs) for (const n of ["t", "n"]) expect(at(pc).map((v) => v.name), `${n} at ${pc}`).toContain(n);
    const maps = createMapSet(p.maps, 1);
    if (typeof maps === "string") throw new Error(maps);
    const run = new Run({ program: p, progType: progTypeByName("xdp")!, input: { packet: new Uint8Array(64) }, maps, world: createWorld(1) });
    const m = run.machine;
    const want: Record<string, bigint> = { n: 64n, m: 193n, t: 386n };
    let checked = 0;
    for (let steps = 0; steps < 200 && m.pc < p.insns.length; steps++) {
      for (const v of at(m.pc)) {
        if (!("reg" in v.where) || !(v.name in want)) continue;
        expect(BigInt.asIntN(32, m.reg(v.where.reg)), `${v.name} at ${m.pc}`).toBe(want[v.name]);
        checked++;
      }
      if (m.run(1).kind !== "budget") break;
    }
    expect(checked).toBeGreaterThan(15);
  });
});

// Parameters of an inlined body that are the argument's value itself (never assigned there) have
// no home of their own: the Locals view shows the argument's register, r10 + offset for `&local`,
// or the constant, over the inlined body's instructions and nowhere else.
const INLINED = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __always_inline int scale(int x, int k, int *acc)
{
	int y = x * k;
	*acc += y;
	return y + 1;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int acc = 0;
	int n = ctx->data_end - ctx->data;
	int r = scale(n, 3, &acc);
	return r + acc;
}
`;

describe("debug info of inlined parameters", () => {
  const r = compile(INLINED, { file: "i.c", cpu: 3 });
  const p = r.programs[0]!.program;
  const vars = p.debug!.vars;
  const bodyPcs = p.lineTable!.flatMap((l, pc) => (l && l.line >= 6 && l.line <= 8 ? [pc] : []));

  it("locates x, k and acc inside the inlined body only", () => {
    for (const name of ["x", "k"]) {
      const v = vars.filter((x) => x.name === name);
      expect(v.length, name).toBeGreaterThan(0);
      for (const loc of v) for (let pc = loc.from; pc < loc.to; pc++) expect(bodyPcs, `${name} at ${pc}`).toContain(pc);
    }
    expect(vars.find((v) => v.name === "k")!.where).toEqual({ value: "3" });
    const acc = vars.find((v) => v.name === "acc" && "reg" in v.where)!;
    expect(acc.where).toMatchObject({ reg: 10 });
    expect(p.debug!.types[acc.type]).toMatchObject({ kind: "ptr" });
  });

  it("gives the values the C program has there", () => {
    const maps = createMapSet(p.maps, 1);
    if (typeof maps === "string") throw new Error(maps);
    const run = new Run({ program: p, progType: progTypeByName("xdp")!, input: { packet: new Uint8Array(64) }, maps, world: createWorld(1) });
    const m = run.machine;
    const accSlot = vars.find((v) => v.name === "acc" && "fpOffset" in v.where)!.where as { fpOffset: number };
    let checked = 0;
    for (let steps = 0; steps < 100 && m.pc < p.insns.length; steps++) {
      for (const v of vars.filter((x) => m.pc >= x.from && m.pc < x.to && ["x", "k", "acc"].includes(x.name))) {
        const w = v.where;
        if ("value" in w) expect(BigInt(w.value), `k at ${m.pc}`).toBe(3n);
        else if ("reg" in w && v.name === "x") expect(BigInt.asIntN(32, m.reg(w.reg)), `x at ${m.pc}`).toBe(64n);
        else if ("reg" in w) expect(m.reg(w.reg) + BigInt(w.add ?? 0), `acc at ${m.pc}`).toBe(m.reg(10) + BigInt(accSlot.fpOffset));
        else continue;
        checked++;
      }
      if (m.run(1).kind !== "budget") break;
    }
    expect(checked).toBeGreaterThan(4);
  });
});
