// Global functions: with func_info that says a function is global, it is verified once on its own
// from its prototype (arguments as the prototype says, a pointer as memory that may be NULL),
// and a call to it checks the arguments and returns an unknown scalar. Static functions and
// programs without func_info are verified inline, as before. (test/elf holds the same cases,
// built by clang, against the kernel through libbpf: xdp_global_*.c.)
import { describe, expect, it } from "vitest";
import type { Insn } from "../isa/index.ts";
import type { FuncParam, Program } from "../program.ts";
import { verify } from "./index.ts";

const I = (code: number, dst: number, src: number, off: number, imm: number): Insn => ({ code, dst, src, off, imm });
const MOV = (dst: number, imm: number) => I(0xb7, dst, 0, 0, imm);
const CALL = (off: number) => I(0x85, 0, 1, 0, off);
const EXIT = I(0x95, 0, 0, 0, 0);

/** The program's entry at 0 and one function `f` at `at`, global or static (or no func_info at all). */
function program(insns: Insn[], at: number, linkage: "global" | "static" | "none", params: FuncParam[]): Program {
  const funcInfo =
    linkage === "none"
      ? undefined
      : [
          { pc: 0, name: "prog", linkage: "global" as const, proto: "int (struct xdp_md *ctx)", sig: { params: [{ kind: "ptr" as const, struct: "xdp_md", size: 24 }], ret: "scalar" } },
          { pc: at, name: "f", linkage, proto: "int (...)", sig: { params, ret: "scalar" } },
        ];
  return { insns, maps: [], lines: insns.map(() => 0), symbols: [], ...(funcInfo ? { funcInfo } : {}) };
}

const PTR4: FuncParam = { kind: "ptr", size: 4 };
const INT: FuncParam = { kind: "scalar" };

/** main: *(u32 *)(fp - 4) = 2; f(fp - 4); return 2.  f: return *p (or, checked: p ? *p : 0). */
function pointerArg(checked: boolean, linkage: "global" | "static" | "none"): Program {
  const main = [MOV(1, 2), I(0x63, 10, 1, -4, 0), I(0xbf, 1, 10, 0, 0), I(0x07, 1, 0, 0, -4), CALL(2), MOV(0, 2), EXIT];
  const f = checked ? [MOV(0, 0), I(0x15, 1, 0, 1, 0), I(0x61, 0, 1, 0, 0), EXIT] : [I(0x61, 0, 1, 0, 0), EXIT];
  return program([...main, ...f], 7, linkage, [PTR4]);
}

describe("global functions, verified on their own from their prototype", () => {
  it("refuses a read through a pointer argument not checked for NULL, in a pass of its own", () => {
    const v = verify(pointerArg(false, "global"), { progType: "xdp", logLevel: 1 });
    expect(v.accepted).toBe(false);
    expect(v.diagnostics[0]).toMatchObject({ pc: 7, code: "bad-deref", message: "R1 invalid mem access 'mem_or_null'" });
    // level 1 keeps the failing pass only, as the kernel gives its log back after each pass that succeeds
    expect(v.log.split("\n").slice(0, 4)).toEqual(["Validating f() func#1...", "7: R1=mem_or_null(id=1,sz=4) R10=fp0", "7: (61) r0 = *(u32 *)(r1 +0)", "R1 invalid mem access 'mem_or_null'"]);
  });

  it("accepts it once the function checks the pointer, and says so", () => {
    const v = verify(pointerArg(true, "global"), { progType: "xdp", logLevel: 2 });
    expect(v.diagnostics).toEqual([]);
    expect(v.log).toContain("4: (85) call pc+2\nFunc#1 ('f') is global and assumed valid.\n5: R0=scalar()\n");
    expect(v.log).toContain("Validating f() func#1...\n7: R1=mem_or_null(id=1,sz=4) R10=fp0\n");
    expect(v.log).toContain("Func#1 ('f') is safe for any args that match its prototype\n");
    // level 1 keeps what followed the last pass; without a log the verdict reads the same
    for (const logLevel of [1, 0] as const) expect(verify(pointerArg(true, "global"), { progType: "xdp", logLevel }).log).toMatch(/^Func#1 \('f'\) is safe for any args that match its prototype\nprocessed \d+ insns/);
  });

  it("verifies a static function, and every function without func_info, inline with the caller's pointer", () => {
    for (const linkage of ["static", "none"] as const) {
      const v = verify(pointerArg(false, linkage), { progType: "xdp", logLevel: 1 });
      expect(v.diagnostics, linkage).toEqual([]);
    }
  });

  it("forgets the bounds the caller knows: the argument is any scalar", () => {
    // main: f(3).  f: *(u8 *)(fp - 8 + r1) = 0, fine for r1 = 3, not for any r1
    const insns = [MOV(1, 3), CALL(2), MOV(0, 2), EXIT, I(0xbf, 2, 10, 0, 0), I(0x07, 2, 0, 0, -8), I(0x0f, 2, 1, 0, 0), I(0x72, 2, 0, 0, 0), MOV(0, 0), EXIT];
    expect(verify(program(insns, 4, "static", [INT]), { progType: "xdp" }).accepted).toBe(true);
    const v = verify(program(insns, 4, "global", [INT]), { progType: "xdp" });
    expect(v.diagnostics[0]).toMatchObject({ pc: 6, message: "math between fp pointer and register with unbounded min value is not allowed" });
  });

  it("gives the caller an unknown scalar back, whatever the function returns", () => {
    // main: r0 = f(); if r0 == 1 return; else read through r0.  f: return 1
    const insns = [MOV(1, 0), CALL(3), I(0x15, 0, 0, 1, 1), I(0x71, 0, 0, 0, 0), EXIT, MOV(0, 1), EXIT];
    expect(verify(program(insns, 5, "static", [INT]), { progType: "xdp" }).diagnostics).toEqual([]);
    const v = verify(program(insns, 5, "global", [INT]), { progType: "xdp" });
    expect(v.diagnostics[0]).toMatchObject({ pc: 3, message: "R0 invalid mem access 'scalar'" });
  });

  it("checks the arguments at the call, in the kernel's two lines", () => {
    // the context where the prototype says int
    const insns = [CALL(2), MOV(0, 2), EXIT, MOV(0, 0), EXIT];
    const v = verify(program(insns, 3, "global", [INT]), { progType: "xdp", logLevel: 1 });
    expect(v.diagnostics[0]).toMatchObject({ pc: 0, code: "global-args", message: "R1 is not a scalar", detail: "Caller passes invalid args into func#1 ('f')" });
    // 2 bytes of stack where the prototype says a pointer to 4
    const small = [MOV(1, 0), I(0x6b, 10, 1, -2, 0), I(0xbf, 1, 10, 0, 0), I(0x07, 1, 0, 0, -2), CALL(2), MOV(0, 2), EXIT, MOV(0, 0), EXIT];
    expect(verify(program(small, 7, "global", [PTR4]), { progType: "xdp" }).diagnostics[0]).toMatchObject({ pc: 4, message: "invalid read from stack R1 off=-2 size=4" });
    // NULL passes
    const nul = [MOV(1, 0), CALL(2), MOV(0, 2), EXIT, MOV(0, 0), EXIT];
    expect(verify(program(nul, 4, "global", [PTR4]), { progType: "xdp" }).diagnostics).toEqual([]);
  });

  it("passes the context as the context where the prototype names the program type's struct", () => {
    // main: f(ctx).  f: return ctx->data (a read only the context allows)
    const insns = [CALL(2), MOV(0, 2), EXIT, I(0x61, 0, 1, 0, 0), MOV(0, 0), EXIT];
    const ctx: FuncParam = { kind: "ptr", struct: "xdp_md", size: 24 };
    expect(verify(program(insns, 3, "global", [ctx]), { progType: "xdp" }).diagnostics).toEqual([]);
    // in a program type whose context is another struct, it is memory of its size that may be NULL
    expect(verify(program(insns, 3, "global", [ctx]), { progType: "sched_cls" }).diagnostics[0]).toMatchObject({ code: "global-args", message: "R1 type=ctx expected=fp" });
  });

  it("never verifies a global function no path calls", () => {
    // main: r1 = 0; if r1 != 0 call f (dead); return 2.  f: a read through its unchecked pointer
    const insns = [MOV(1, 0), I(0x15, 1, 0, 1, 0), CALL(2), MOV(0, 2), EXIT, I(0x61, 0, 1, 0, 0), EXIT];
    const v = verify(program(insns, 5, "global", [PTR4]), { progType: "xdp", logLevel: 2 });
    expect(v.diagnostics).toEqual([]);
    expect(v.log).not.toContain("Validating");
  });

  it("refuses a global function that returns a pointer", () => {
    const insns = [CALL(2), MOV(0, 2), EXIT, I(0xbf, 0, 10, 0, 0), EXIT];
    expect(verify(program(insns, 3, "global", []), { progType: "xdp" }).diagnostics[0]).toMatchObject({ pc: 4, message: "At subprogram exit the register R0 is not a scalar value (fp)" });
  });
});
