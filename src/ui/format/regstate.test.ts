import { describe, expect, it } from "vitest";
import type { Bounds, FrameView, RegView } from "../../core/verifier/view.ts";
import { frameRows } from "./regstate.ts";

const brief = (f: FrameView) => frameRows(f).map((r) => `${r.name}${r.written ? "*" : ""} ${r.type}: ${r.value}`);

const U64_MAX = (1n << 64n) - 1n;
const FULL: Bounds = { smin: -(1n << 63n), smax: (1n << 63n) - 1n, umin: 0n, umax: U64_MAX, smin32: -(1n << 31n), smax32: (1n << 31n) - 1n, umin32: 0n, umax32: 0xffffffffn };
const reg = (r: Partial<RegView> & { type: string }): RegView => ({ precise: false, written: false, off: 0, ...r });
const scalar = (b: Partial<Bounds>, r: Partial<RegView> = {}) => reg({ type: "scalar", bounds: { ...FULL, ...b }, ...r });
const frame = (regs: [number, RegView][], slots: FrameView["slots"] = []): FrameView => ({ frame: 0, regs: regs.map(([no, r]) => ({ no, reg: r })), slots });
const CTX = reg({ type: "ctx" });
const FP = reg({ type: "fp", value: 0n });

describe("frameRows", () => {
  it("reads the entry state: the context in r1 and the frame pointer", () => {
    expect(brief(frame([[1, CTX], [10, FP]]))).toEqual(["r1 ctx: the context", "r10 fp: r10 (frame pointer)"]);
  });

  it("writes scalar bounds as ranges, each once, and the known bits", () => {
    const byte = scalar({ umax: 65535n, smin: 0n, smax: 65535n, umax32: 65535n, smin32: 0n, smax32: 65535n }, { varOff: { value: 0n, mask: 0xffffn }, written: true });
    expect(brief(frame([[5, byte], [6, scalar({ smin: -5n, smax: 5n, smin32: -5n, smax32: 5n })], [0, scalar({})]]))).toEqual([
      "r5* scalar: u ∈ [0, 65535] · s ∈ [0, 65535] · tnum (0x0; 0xffff)",
      "r6 scalar: s ∈ [-5, 5]",
      "r0 scalar: any value (unknown)",
    ]);
  });

  it("says which copies a scalar is linked with, and by what constant", () => {
    expect(brief(frame([[0, scalar({ umax: 9n }, { id: 1 })], [1, scalar({ umin: 4n, umax: 13n }, { id: 1, delta: 4 })], [2, scalar({ umax: 8n }, { id: 1, delta: -1 })]])).map((x) => x.split(" · ").pop())).toEqual(["id 1", "id 1 + 4", "id 1 − 1"]);
    expect(frameRows(frame([[1, scalar({}, { id: 2, delta: 4 })]]))[0].raw).toContain("id=2+4");
  });

  it("says a 32-bit range that differs from the 64-bit one, numbers as the kernel prints them", () => {
    expect(brief(frame([[7, scalar({ umin: 1n, umax32: 0x10000n })]]))).toEqual(["r7 scalar: u ∈ [1, U64_MAX] · u32 ∈ [0, 0x10000]"]);
  });

  it("shows constants, with hex when it helps", () => {
    expect(brief(frame([[0, reg({ type: "scalar", value: 2n, written: true })], [1, reg({ type: "scalar", value: 255n })], [2, reg({ type: "scalar", value: -1n })], [6, reg({ type: "scalar", value: -0x10000n, precise: true })]]))).toEqual([
      "r0* scalar: 2",
      "r1 scalar: 255 (0xff)",
      "r2 scalar: -1",
      "r6 scalar: -65536 (-0x10000)",
    ]);
  });

  it("names what pointers point into", () => {
    const map = { name: "counts", keySize: 4, valueSize: 8 };
    expect(brief(frame([[0, reg({ type: "map_value_or_null", id: 1, map, written: true })], [2, reg({ type: "pkt", off: 14, range: 14 })], [3, reg({ type: "fp", value: 0n, off: -4 })]]))).toEqual([
      "r0* map_value_or_null: id 1 · map counts · key 4 B · value 8 B",
      "r2 pkt: off +14 · checked 14 B",
      "r3 fp: r10 − 4",
    ]);
    expect(brief(frame([[0, reg({ type: "map_ptr", map: { name: "", keySize: 4, valueSize: 8 } })]]))).toEqual(["r0 map_ptr: inner map · key 4 B · value 8 B"]);
  });

  it("reads stack slots: raw bytes, zeros, spilled registers whole and narrow", () => {
    const one = reg({ type: "scalar", value: 1n });
    const rows = brief(
      frame(
        [[10, FP]],
        [
          { off: -8, bytes: "mmmm????" },
          { off: -16, bytes: "rrrrrrrr", spilled: one },
          { off: -24, bytes: "00000000" },
          { off: -32, bytes: "????rrrr", spilled: reg({ type: "scalar", value: 3n }) },
        ],
      ),
    );
    expect(rows).toEqual([
      "r10 fp: r10 (frame pointer)",
      "fp-8 stack: mmmm????: 4 written, 4 uninitialised",
      "fp-16 scalar: 1",
      "fp-24 scalar: 0 (8 zero bytes)",
      "fp-32 stack: ????rrrr: 4 uninitialised, 4 spilled · low 4 bytes: scalar 3",
    ]);
  });

  it("keeps the kernel's text of each entry, as the log prints it", () => {
    const rows = frameRows(frame([[1, CTX], [0, reg({ type: "scalar", value: 3n, precise: true })]], [{ off: -32, bytes: "????rrrr", spilled: reg({ type: "scalar", value: 3n }) }]));
    expect(rows.map((r) => r.raw)).toEqual(["R1=ctx()", "R0=P3", "fp-32=????3"]);
    expect(rows[2].slot).toBe(true);
    expect(frameRows(frame([]))).toEqual([]);
  });
});
