// bpf_fastcall patterns as fastcall.ts finds them, and what the contract and the depth make of
// them. The verdicts these lead to are checked against the kernel by the fastcall programs of
// test/verifier/programs (ok_fastcall_*.s, bad_fastcall_*.s).
import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { buildCfg } from "../cfg/index.ts";
import { progTypeByName } from "../isa/progtypes.ts";
import { fastcallAccess, fastcallDepth, fastcallPatterns } from "./fastcall.ts";

function patterns(text: string, type = "raw_tracepoint") {
  const { program, diagnostics } = assemble(text);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return fastcallPatterns(program, buildCfg(program), progTypeByName(type)!);
}

const members = (m: Uint8Array) => [...m.keys()].filter((pc) => m[pc]);

// slot 2 is the call; pairs at -24 (r1) and -16 (r2); the function also stores 4 bytes at -8
const TWO_PAIRS = `
  *(u64 *)(r10 - 16) = r2
  *(u64 *)(r10 - 24) = r1
  call 8
  r1 = *(u64 *)(r10 - 24)
  r2 = *(u64 *)(r10 - 16)
  *(u32 *)(r10 - 8) = r1
  r0 = 0
  exit`;

describe("bpf_fastcall patterns", () => {
  it("finds the pairs around an inlined helper, innermost at the lowest offset", () => {
    const fc = patterns(TWO_PAIRS);
    expect(members(fc.member)).toEqual([0, 1, 3, 4]);
    expect([...fc.spills]).toEqual([[2, 2]]);
    expect(fc.stackOff.get(0)).toBe(-8);
    expect(fastcallDepth(fc, 0, 24)).toBe(8);
  });

  it("leaves the depth where the program type's helper is not inlined, and keeps it", () => {
    const fc = patterns(TWO_PAIRS, "socket_filter");
    expect(fc.spills.size).toBe(0);
    expect(fc.keep.has(0)).toBe(true);
    expect(fastcallDepth(fc, 0, 24)).toBe(24);
  });

  it("stops at a register the helper clobbers, and at a jump into the pattern", () => {
    expect(members(patterns(`*(u64 *)(r10 - 8) = r0\n call 8\n r0 = *(u64 *)(r10 - 8)\n exit`).member)).toEqual([]);
    const jumped = patterns(`
  if r1 > 5 goto l1
  *(u64 *)(r10 - 8) = r1
  call 8
l1:
  r1 = *(u64 *)(r10 - 8)
  r0 = 0
  exit`);
    expect(jumped.spills.size).toBe(0);
  });

  it("keeps the pattern when only its own spills and fills or accesses above its slots touch them", () => {
    const fc = patterns(TWO_PAIRS);
    fastcallAccess(fc, 0, 1, -24); // the spill of r1
    fastcallAccess(fc, 0, 5, -8); // the 4-byte store above the slots
    expect(fastcallDepth(fc, 0, 24)).toBe(8);
  });

  it("breaks the contract on any other access below the slots' end", () => {
    const fc = patterns(TWO_PAIRS);
    fastcallAccess(fc, 0, 5, -12);
    expect(members(fc.member)).toEqual([]);
    expect(fc.spills.size).toBe(0);
    expect(fastcallDepth(fc, 0, 24)).toBe(24);
  });
});
