import { describe, expect, it } from "vitest";
import { disassembleText } from "../../asm/disasm.ts";
import { execute } from "../../vm/index.ts";
import { verify } from "../../verifier/index.ts";
import { UINT, ULONG } from "../types.ts";
import { generate } from "./index.ts";
import * as T from "./testkit.ts";
import { INT, LONG } from "./testkit.ts";

const XDP_PKT = new Uint8Array(64).map((_, i) => i);

function build(funcs: ReturnType<typeof T.func>[], globals: ReturnType<typeof T.global>[] = [], cpu: 1 | 2 | 3 | 4 = 4) {
  const out = generate(T.unit(funcs, globals), { cpu, sources: {} });
  expect(out.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  return out;
}
function run(funcs: ReturnType<typeof T.func>[], globals: ReturnType<typeof T.global>[] = [], cpu: 1 | 2 | 3 | 4 = 4) {
  const out = build(funcs, globals, cpu);
  const p = out.programs[0].program;
  const text = disassembleText(p.insns, { maps: p.maps });
  const v = verify(p, { progType: p.progType ?? "xdp" });
  expect(v.accepted, `${text}\n${v.diagnostics.map((d) => d.pc + ": " + d.message).join("\n")}`).toBe(true);
  const r = execute({ program: p, input: { packet: XDP_PKT } });
  if (typeof r === "string") throw new Error(r);
  expect(r.fault, text).toBeUndefined();
  return { r0: r.r0!, text, p };
}

describe("codegen on hand-built units", () => {
  const ctx = () => T.local("ctx", { kind: "ptr", to: { kind: "void" } });

  it("returns a constant", () => {
    const f = T.func("prog", INT, [ctx()], [T.ret(T.num(2))], { section: "xdp" });
    const { r0, text } = run([f]);
    expect(r0).toBe(2n);
    expect(text).toBe("w0 = 2\nexit\n");
  });

  it("sums a loop with a register counter", () => {
    const s = T.local("s", INT), i = T.local("i", INT);
    const f = T.func("prog", INT, [ctx()], [
      T.decl(s, T.num(0)),
      T.for_(T.decl(i, T.num(0)), T.bin("<", T.ref(i), T.num(10)), T.inc(T.ref(i)), T.expr(T.opassign("+", T.ref(s), T.ref(i)))),
      T.ret(T.ref(s)),
    ], { section: "xdp" });
    const { r0, text } = run([f]);
    expect(r0).toBe(45n);
    expect(text.split("\n").length - 1).toBeLessThanOrEqual(8);
  });

  it("keeps C's 32-bit wrap-around and signed/unsigned division", () => {
    const a = T.local("a", UINT), b = T.local("b", INT);
    const f = T.func("prog", INT, [ctx()], [
      T.decl(a, T.num(0xfffffff0, UINT)),
      T.expr(T.opassign("+", T.ref(a), T.num(0x20, UINT))), // wraps to 0x10
      T.decl(b, T.num(-7)),
      // (-7 / 2) == -3 and (a / 4) == 4 and (-7 % 3) == -1
      T.if_(T.logand(T.logand(T.bin("==", T.bin("/", T.ref(b), T.num(2)), T.num(-3)), T.bin("==", T.bin("/", T.ref(a), T.num(4, UINT)), T.num(4, UINT))), T.bin("==", T.bin("%", T.ref(b), T.num(3)), T.num(-1))), T.ret(T.num(1))),
      T.ret(T.num(0)),
    ], { section: "xdp" });
    expect(run([f]).r0).toBe(1n);
  });

  it("widens signed ints to 64 bits with sign extension", () => {
    const x = T.local("x", INT), y = T.local("y", LONG);
    const body = [T.decl(x, T.num(-5)), T.decl(y, T.cast(T.ref(x), LONG)), T.if_(T.bin("<", T.ref(y), T.num(0, LONG)), T.ret(T.num(1))), T.ret(T.num(0))];
    expect(run([T.func("prog", INT, [ctx()], body, { section: "xdp" })], [], 4).r0).toBe(1n);
    expect(run([T.func("prog", INT, [ctx()], body, { section: "xdp" })], [], 3).r0).toBe(1n);
  });

  it("calls a helper with a stack key and checks the result for null", () => {
    const { type: mapT, m: _m } = T.struct("m", [
      ["type", { kind: "ptr", to: { kind: "array", of: INT, len: 2 } }],
      ["max_entries", { kind: "ptr", to: { kind: "array", of: INT, len: 4 } }],
      ["key", { kind: "ptr", to: UINT }],
      ["value", { kind: "ptr", to: ULONG }],
    ]);
    const map = T.global("counts", mapT, ".maps");
    const key = T.local("key", UINT, true), val = T.local("val", { kind: "ptr", to: ULONG });
    const vp = { kind: "ptr", to: { kind: "void" } } as const;
    const f = T.func("prog", INT, [ctx()], [
      T.decl(key, T.num(1, UINT)),
      T.decl(val, T.cast(T.helper(1, vp, T.cast(T.addr(T.ref(map)), vp), T.cast(T.addr(T.ref(key)), vp)), { kind: "ptr", to: ULONG })),
      T.if_(T.not(T.ref(val)), T.ret(T.num(0))),
      T.expr(T.builtin("atomic_fetch_add", ULONG, [T.ref(val), T.num(1, ULONG)])),
      T.ret(T.num(2)),
    ], { section: "xdp" });
    const { r0, text, p } = run([f], [map]);
    expect(r0).toBe(2n);
    expect(p.maps.map((m) => `${m.name}:${m.type}:${m.keySize}:${m.valueSize}:${m.maxEntries}`)).toEqual(["counts:array:4:8:4"]);
    expect(text).toContain("r1 = map[counts] ll");
    expect(text).toContain("call 1");
    expect(text).toContain("lock *(u64 *)(r0 + 0) += r1");
  });

  it("makes bpf-to-bpf calls for noinline functions and inlines always_inline ones", () => {
    const a = T.local("a", INT), b = T.local("b", INT);
    const add = T.func("add", INT, [a, b], [T.ret(T.bin("+", T.ref(a), T.ref(b)))], { inline: "never" });
    const c = T.local("c", INT);
    const twice = T.func("twice", INT, [c], [T.ret(T.bin("*", T.ref(c), T.num(2)))], { inline: "always" });
    const f = T.func("prog", INT, [ctx()], [T.ret(T.callf(add, T.callf(twice, T.num(20)), T.num(2)))], { section: "xdp" });
    const { r0, p, text } = run([add, twice, f]);
    expect(r0).toBe(42n);
    expect(p.functions?.map((x) => x.name)).toEqual(["prog", "add"]);
    expect(text).toMatch(/call pc\+\d+/);
    expect(p.relocations?.some((r) => r.kind === "call" && r.symbol === "add")).toBe(true);
  });

  it("reports recursion at the call", () => {
    const n = T.local("n", INT);
    const fact = T.func("fact", INT, [n], [], { inline: "never" });
    (fact as { body?: unknown }).body = T.block(T.ret(T.callf(fact, T.ref(n))));
    const f = T.func("prog", INT, [ctx()], [T.ret(T.callf(fact, T.num(3)))], { section: "xdp" });
    const out = generate(T.unit([fact, f]), { cpu: 4, sources: {} });
    expect(out.diagnostics.map((d) => d.code)).toContain("recursion");
  });

  it("reports more than five arguments", () => {
    const ps = [1, 2, 3, 4, 5, 6].map((i) => T.local(`p${i}`, INT));
    const g = T.func("g", INT, ps, [T.ret(T.num(0))], { inline: "never" });
    const out = generate(T.unit([g, T.func("prog", INT, [ctx()], [T.ret(T.callf(g, ...ps.map(() => T.num(1))))], { section: "xdp" })]), { cpu: 4, sources: {} });
    expect(out.diagnostics.map((d) => d.code)).toContain("too-many-args");
  });
});

describe("verifier-friendly code", () => {
  const U32 = UINT;
  const { type: xdpMd, m: X } = T.struct("xdp_md", [["data", U32], ["data_end", U32], ["data_meta", U32]]);
  const USHORT = { kind: "int", size: 2, signed: false } as const;
  const UCHAR = { kind: "int", size: 1, signed: false } as const;
  const { type: eth, m: E } = T.struct("ethhdr", [["h_dest", { kind: "array", of: UCHAR, len: 6 }], ["h_source", { kind: "array", of: UCHAR, len: 6 }], ["h_proto", USHORT]]);
  const VP = { kind: "ptr", to: { kind: "void" } } as const;
  const EP = { kind: "ptr", to: eth } as const;

  function parseEth(): ReturnType<typeof T.func> {
    const ctx = T.local("ctx", { kind: "ptr", to: xdpMd });
    const data = T.local("data", VP), end = T.local("data_end", VP), e = T.local("eth", EP);
    return T.func("prog", INT, [ctx], [
      T.decl(data, T.cast(T.cast(T.arrow(T.ref(ctx), X.data), LONG), VP)),
      T.decl(end, T.cast(T.cast(T.arrow(T.ref(ctx), X.data_end), LONG), VP)),
      T.decl(e, T.cast(T.ref(data), EP)),
      T.if_(T.bin(">", T.cast(T.ptradd(T.ref(e), T.num(1, LONG), 14), VP), T.ref(end)), T.ret(T.num(1))),
      T.ret(T.cond(T.bin("==", T.cast(T.arrow(T.ref(e), E.h_proto), INT), T.num(0x0d0c)), T.num(2), T.num(1))),
    ], { section: "xdp" });
  }

  it("bounds-checks the packet with the pointer it dereferences", () => {
    const { r0, text } = run([parseEth()]);
    if (process.env.SHOW) console.log(text);
    expect(r0).toBe(2n); // bytes 12,13 of the test packet are 0x0c 0x0d
    expect(text).toContain("if r");
  });

  it("spills values live across calls when r6-r9 run out", () => {
    const vs = [0, 1, 2, 3, 4, 5].map((i) => T.local(`v${i}`, LONG));
    const body = [
      ...vs.map((v) => T.decl(v, T.helper(7, LONG))), // bpf_get_prandom_u32
      T.expr(T.helper(5, LONG)), // bpf_ktime_get_ns: everything above is live across it
      T.ret(T.cast(vs.reduce((acc: ReturnType<typeof T.num>, v) => T.bin("-", T.bin("+", acc, T.ref(v)), T.ref(v)), T.num(7, LONG)), INT)),
    ];
    const { r0, text } = run([T.func("prog", INT, [T.local("ctx", VP)], body, { section: "xdp" })]);
    expect(r0).toBe(7n);
    expect(text).toMatch(/\*\(u64 \*\)\(r10 - \d+\) = r\d/);
  });

  it("zero-fills a partly initialised stack struct passed to a helper", () => {
    const { type: keyT, m: K } = T.struct("key", [["a", UCHAR], ["b", U32], ["c", { kind: "int", size: 8, signed: false }]]);
    const { type: mapT } = T.struct("m", [
      ["type", { kind: "ptr", to: { kind: "array", of: INT, len: 1 } }],
      ["max_entries", { kind: "ptr", to: { kind: "array", of: INT, len: 8 } }],
      ["key", { kind: "ptr", to: keyT }],
      ["value", { kind: "ptr", to: U32 }],
    ]);
    const map = T.global("h", mapT, ".maps");
    const k = T.local("k", keyT, true);
    const one = T.local("one", U32, true);
    const body = [
      T.decl(k, { zero: true, stores: [{ offset: 0, type: UCHAR, value: T.num(1, UCHAR), member: K.a }] }),
      T.decl(one, T.num(1, U32)),
      T.expr(T.helper(2, LONG, T.cast(T.addr(T.ref(map)), VP), T.cast(T.addr(T.ref(k)), VP), T.cast(T.addr(T.ref(one)), VP), T.num(0, { kind: "int", size: 8, signed: false }))),
      T.ret(T.num(2)),
    ];
    const { r0, p } = run([T.func("prog", INT, [T.local("ctx", VP)], body, { section: "xdp" })], [map]);
    expect(r0).toBe(2n);
    expect(p.maps[0].type).toBe("hash");
  });
});

describe("signed division by powers of two before cpu v4", () => {
  const VP = { kind: "ptr", to: { kind: "void" } } as const;
  for (const [x, k, type] of [[-7n, 2, INT], [-9n, 8, INT], [13n, 4, INT], [-1n, 2, LONG], [-100n, 16, LONG], [-2147483648n, 2, INT]] as const) {
    const bits = type === INT ? 32 : 64;
    for (const op of ["/", "%"] as const) {
      it(`${x} ${op} ${k} (${bits}-bit)`, () => {
        const v = T.local("v", type);
        // v is a register variable: the division happens at run time, not in the compiler
        const f = T.func("prog", type, [T.local("ctx", VP)], [T.decl(v, T.num(x, type)), T.ret(T.bin(op, T.ref(v), T.num(k, type)))], { section: "xdp" });
        const want = op === "/" ? x / BigInt(k) : x % BigInt(k);
        const { r0, text } = run([f], [], 3);
        expect(text).not.toContain("s/=");
        expect(BigInt.asIntN(bits, r0), text).toBe(want);
      });
    }
  }
});
