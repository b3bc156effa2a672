import { describe, expect, it } from "vitest";
import { assemble } from "../../core/asm/index.ts";
import { compile } from "../../core/cc/index.ts";
import { progTypeByName } from "../../core/isa/progtypes.ts";
import type { Program, TypeDesc } from "../../core/program.ts";
import { createMapSet, createWorld, Debugger } from "../../core/vm/index.ts";
import { localsAt } from "./locals.ts";

// An XDP program standing in for compiled C: r2 = data (a packet pointer), r3 = data + 14,
// a struct on the stack at fp-16 { __u16 port; __s8 delta; __u8 flags:3; }, r4 = fp-16, r5 = -1 as int.
const TEXT = `r2 = *(u32 *)(r1 + 0)
r3 = r2
r3 += 14
r0 = 0x1f5
*(u16 *)(r10 - 16) = r0
r0 = 0xfe
*(u8 *)(r10 - 14) = r0
r0 = 5
*(u8 *)(r10 - 13) = r0
r4 = r10
r4 += -16
r5 = -1
r0 = 2
exit`;

const TYPES: TypeDesc[] = [
  { kind: "void", name: "void" },
  { kind: "ptr", name: "void *", to: 0 },
  { kind: "int", name: "__u16", size: 2, signed: false },
  { kind: "int", name: "__s8", size: 1, signed: true },
  { kind: "int", name: "__u8", size: 1, signed: false },
  { kind: "struct", name: "struct hdr", size: 4, members: [{ name: "port", type: 2, offset: 0 }, { name: "delta", type: 3, offset: 2 }, { name: "flags", type: 4, offset: 3, bitOffset: 0, bitWidth: 3 }] },
  { kind: "ptr", name: "struct hdr *", to: 5 },
  { kind: "int", name: "int", size: 4, signed: true },
  { kind: "ptr", name: "struct xdp_md *", to: 0 },
];

function program(): Program {
  const p = assemble(TEXT).program;
  const all = { func: "main", from: 0, to: p.insns.length };
  return {
    ...p,
    functions: [{ name: "main", start: 0, end: p.insns.length }],
    debug: {
      types: TYPES,
      vars: [
        { name: "ctx", type: 8, ...all, where: { reg: 1 } },
        { name: "data", type: 1, ...all, from: 1, where: { reg: 2 } },
        { name: "end", type: 1, ...all, from: 3, where: { reg: 3 } },
        { name: "h", type: 5, ...all, from: 9, where: { fpOffset: -16 } },
        { name: "hp", type: 6, ...all, from: 11, where: { reg: 4 } },
        { name: "n", type: 7, ...all, from: 12, where: { reg: 5 } },
        { name: "other", type: 7, func: "sub", from: 0, to: 99, where: { reg: 6 } },
      ],
    },
  };
}

function debuggerAt(pc: number): { dbg: Debugger; p: Program } {
  const p = program();
  const maps = createMapSet(p.maps, 2);
  if (typeof maps === "string") throw new Error(maps);
  const packet = new Uint8Array(60);
  const dbg = new Debugger({ program: p, progType: progTypeByName("xdp")!, input: { packet }, maps, world: createWorld(1) });
  while (dbg.run.machine.pc < pc) dbg.stepInto();
  return { dbg, p };
}

describe("localsAt", () => {
  it("shows only the variables live at the instruction, of its function", () => {
    expect(localsAt(debuggerAt(0).dbg, program()).map((v) => v.name)).toEqual(["ctx"]);
    expect(localsAt(debuggerAt(3).dbg, program()).map((v) => v.name)).toEqual(["ctx", "data", "end"]);
  });

  it("shows pointers as what they point into, ints by size and signedness, structs with members", () => {
    const { dbg, p } = debuggerAt(13);
    const byName = new Map(localsAt(dbg, p).map((v) => [v.name, v]));
    expect(byName.get("ctx")).toMatchObject({ value: "ctx", type: "struct xdp_md *", where: "r1" });
    expect(byName.get("data")?.value).toBe("packet + 0");
    expect(byName.get("end")?.value).toBe("packet + 14");
    expect(byName.get("hp")?.value).toBe("stack fp-16");
    // A pointer to a struct shows the struct it points at.
    expect(byName.get("hp")?.children?.map((c) => [c.name, c.value])).toEqual([
      ["port", "501"],
      ["delta", "-2"],
      ["flags", "5"],
    ]);
    expect(byName.get("n")).toMatchObject({ value: "-1", type: "int" });
    const h = byName.get("h")!;
    expect(h).toMatchObject({ value: "{…}", where: "fp-16" });
    expect(h.children?.map((c) => [c.name, c.value])).toEqual([
      ["port", "501"],
      ["delta", "-2"],
      ["flags", "5"],
    ]);
  });

  it("does not show a C pointer before the instruction that gives it its value (`ip = (void *)(eth + 1)`)", () => {
    const src = `#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
SEC("xdp") int f(struct xdp_md *ctx) {
  void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
  struct ethhdr *eth = data;
  if ((void *)(eth + 1) > end) return 1;
  struct iphdr *ip = (void *)(eth + 1);
  if ((void *)(ip + 1) > end) return 1;
  return ip->protocol;
}
char LICENSE[] SEC("license") = "GPL";`;
    const p = compile(src, { file: "f.c", cpu: 3 }).programs[0].program;
    const maps = createMapSet(p.maps, 2);
    if (typeof maps === "string") throw new Error(maps);
    const dbg = new Debugger({ program: p, progType: progTypeByName("xdp")!, input: { packet: new Uint8Array(64) }, maps, world: createWorld(1) });
    let seen = 0;
    for (let k = 0; k < 40 && dbg.run.machine.pc < p.insns.length; k++) {
      const ip = localsAt(dbg, p).find((v) => v.name === "ip");
      if (ip) {
        seen++;
        expect(ip.value, `at insn ${dbg.run.machine.pc}`).toBe("packet + 14");
      }
      if (dbg.stepInto().kind !== "step") break;
    }
    expect(seen).toBeGreaterThan(0);
  });
});
