// syscall programs: their context is the bytes user space passes (ctx_in). The verifier allows any
// aligned access below U16_MAX (the verdicts below are the ones Linux 6.18 gave through
// test/kernel/bpf_ref.py); the VM hands the program those bytes, writable, and gives them back.
// Runs against the kernel are in test/kernel/programs/prog_syscall*.s.
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/core/asm/index.ts";
import { verify } from "../../src/core/verifier/index.ts";
import { runAsm } from "../../src/core/vm/test_util.ts";

const verdict = (text: string) => {
  const r = verify(assemble(text).program, { progType: "syscall", logLevel: 1 });
  return r.accepted ? "accepted" : r.diagnostics[0].message;
};
const hex = (b?: Uint8Array) => (b ? [...b].map((x) => x.toString(16).padStart(2, "0")).join("") : undefined);

describe("a syscall program's context", () => {
  it("may be read and written at any aligned offset, as the kernel allows", () => {
    expect(verdict("r0 = *(u32 *)(r1 + 0)\nexit")).toBe("accepted");
    expect(verdict("r0 = *(u64 *)(r1 + 32760)\nexit")).toBe("accepted");
    expect(verdict("*(u8 *)(r1 + 7) = 1\nr0 = 0\nexit")).toBe("accepted");
    expect(verdict("r0 = *(u32 *)(r1 + 3)\nexit")).toBe("invalid bpf_context access off=3 size=4");
    expect(verdict("r0 = *(u16 *)(r1 - 2)\nexit")).toBe("invalid bpf_context access off=-2 size=2");
  });

  it("is the bytes given, written back", () => {
    const r = runAsm("r2 = *(u64 *)(r1 + 0)\nr2 += 1\n*(u64 *)(r1 + 8) = r2\nr0 = r2\nexit", {
      progType: "syscall",
      input: { ctx: Uint8Array.of(41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9) },
    });
    expect(r.r0).toBe(42n);
    expect(hex(r.ctxOut)).toBe("29000000000000002a0000000000000009");
  });

  it("is a null pointer when none is given, as in the kernel", () => {
    expect(runAsm("r0 = r1\nexit", { progType: "syscall", input: {} }).r0).toBe(0n);
    expect(runAsm("r0 = *(u8 *)(r1 + 0)\nexit", { progType: "syscall", input: {} }).fault?.kind).toBe("memory");
  });

  it("holds at most U16_MAX bytes", () => {
    expect(runAsm("r0 = 0\nexit", { progType: "syscall", input: { ctx: new Uint8Array(65535) } }).r0).toBe(0n);
    expect(() => runAsm("r0 = 0\nexit", { progType: "syscall", input: { ctx: new Uint8Array(65536) } })).toThrow(/at most 65535 bytes/);
  });
});
