import { describe, expect, it } from "vitest";
import { parseEntry, parseFields, parseState } from "./regstate.ts";

const brief = (line: string) => parseState(line).map((r) => `${r.name}${r.written ? "*" : ""} ${r.type}: ${r.value}`);

describe("parseState", () => {
  it("reads the entry state: the context in r1 and the frame pointer", () => {
    expect(brief("R1=ctx() R10=fp0")).toEqual(["r1 ctx: the context", "r10 fp: r10 (frame pointer)"]);
  });

  it("keeps the parentheses of a tnum together, and writes scalar bounds as ranges", () => {
    expect(brief("R5_w=scalar(umax=65535,var_off=(0x0; 0xffff)) R6=scalar(smin=-5,smax=5)")).toEqual([
      "r5* scalar: u ∈ [0, 65535] · tnum (0x0; 0xffff)",
      "r6 scalar: s ∈ [-5, 5]",
    ]);
    expect(brief("R0=scalar()")).toEqual(["r0 scalar: any value (unknown)"]);
  });

  it("reads the kernel's chained bounds, hex numbers and precise marks", () => {
    expect(brief("R5=scalar(smin=smin32=0,smax=umax=smax32=umax32=0xffff,var_off=(0x0; 0xffff)) R6=P-0x10000 R7=Pscalar(umin=1)")).toEqual([
      "r5 scalar: u ∈ [0, 0xffff] · s ∈ [0, 0xffff] · u32 ∈ [0, 0xffff] · s32 ∈ [0, 0xffff] · tnum (0x0; 0xffff)",
      "r6 scalar: -0x10000",
      "r7 scalar: u ∈ [1, U64_MAX]",
    ]);
  });

  it("shows constants, with hex when it helps", () => {
    expect(brief("R0_w=2 R1=255 R2=-1")).toEqual(["r0* scalar: 2", "r1 scalar: 255 (0xff)", "r2 scalar: -1"]);
  });

  it("names what pointers point into", () => {
    expect(brief("R0_w=map_value_or_null(id=1,map=counts,ks=4,vs=8) R2=pkt(off=14,r=14) R3=fp-4")).toEqual([
      "r0* map_value_or_null: id 1 · map counts · key 4 B · value 8 B",
      "r2 pkt: off +14 · checked 14 B",
      "r3 fp: r10 − 4",
    ]);
  });

  it("reads stack slots: raw bytes and spilled registers", () => {
    expect(brief("R10=fp0 fp-8=mmmm???? fp-16=1 fp-24=map_value(map=m,ks=4,vs=8)")).toEqual([
      "r10 fp: r10 (frame pointer)",
      "fp-8 stack: mmmm????: 4 written, 4 uninitialised",
      "fp-16 scalar: 1",
      "fp-24 map_value: map m · key 4 B · value 8 B",
    ]);
    expect(parseState("fp-8=mmmm????")[0].slot).toBe(true);
  });

  it("keeps the kernel's text of each entry, and skips what it does not know", () => {
    expect(parseState("R1=ctx() junk")).toEqual([{ name: "r1", slot: false, written: false, type: "ctx", value: "the context", raw: "R1=ctx()" }]);
    expect(parseEntry("X=1")).toBeUndefined();
    expect(parseState("")).toEqual([]);
  });
});

describe("parseFields", () => {
  it("splits at top-level commas only", () => {
    expect(parseFields("umax=255,var_off=(0x0; 0xff),id=2")).toEqual([
      ["umax", "255"],
      ["var_off", "(0x0; 0xff)"],
      ["id", "2"],
    ]);
  });
});
