// Stack liveness against what Linux 6.18 documents and tests: bpf_fmt_stack_mask's example, and
// the level-2 lines the kernel's selftests (tools/testing/selftests/bpf/progs/verifier_live_stack.c)
// expect, in their order (each `__msg` must follow the one before it in the log). The whole logs
// of these programs and more are compared with the kernel's in test/verifier (log_vs_kernel).

import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { verify } from "./index.ts";
import { stackMaskText } from "./stack_live.ts";

/** The level-2 log's lines for a socket filter. */
function logOf(text: string): string[] {
  const a = assemble(text);
  expect(a.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return verify(a.program, { progType: "socket_filter", logLevel: 2 }).log.split("\n");
}

/** Whether `want` appear in `lines` in this order, each a substring of one line (as __msg). */
function inOrder(lines: readonly string[], want: readonly string[]): string | undefined {
  let at = 0;
  for (const w of want) {
    while (at < lines.length && !lines[at].includes(w)) at++;
    if (at === lines.length) return w;
    at++;
  }
  return undefined;
}

describe("stack liveness (Linux 6.18 kernel/bpf/liveness.c)", () => {
  it("writes a mask as bpf_fmt_stack_mask does: 0x15 is -8,-24,-40", () => {
    expect(stackMaskText(0x15n)).toBe("-8,-24,-40");
    expect(stackMaskText(1n << 63n)).toBe("-512");
  });

  it("simple_read_simple_write: reads make slots live before, a whole-slot write is written", () => {
    const log = logOf(["r1 = *(u64 *)(r10 - 8)", "r2 = *(u64 *)(r10 - 24)", "*(u64 *)(r10 - 8) = r1", "r0 = 0", "exit"].join("\n"));
    const want = [
      "(0) frame 0 insn 2 +written -8",
      "(0) frame 0 insn 1 +live -24",
      "(0) frame 0 insn 1 +written -8",
      "(0) frame 0 insn 0 +live -8,-24",
      "(0) frame 0 insn 0 +written -8",
      "(0) live stack update done in 2 iterations",
    ];
    expect(inOrder(log, want)).toBeUndefined();
  });

  it("read_write_join: the second path's reads join the first's; must_write is what both write", () => {
    const log = logOf(
      ["call bpf_get_prandom_u32", "if r0 > 42 goto l1", "r0 = *(u64 *)(r10 - 8)", "*(u64 *)(r10 - 32) = r0", "*(u64 *)(r10 - 40) = r0", "exit", "l1:", "r0 = *(u64 *)(r10 - 16)", "*(u64 *)(r10 - 32) = r0", "exit"].join("\n"),
    );
    const want = ["(0) frame 0 insn 1 +live -8", "(0) live stack update done in 2 iterations", "(0) frame 0 insn 1 +live -16", "(0) frame 0 insn 1 +written -32", "(0) live stack update done in 2 iterations"];
    expect(inOrder(log, want)).toBeUndefined();
    // __not_msg: the first path alone writes nothing at insn 1 (its +written comes with the join)
    expect(log.findIndex((l) => l.startsWith("(0) frame 0 insn 1 +written"))).toBeGreaterThan(log.indexOf("(0) frame 0 insn 1 +live -16"));
  });

  it("must_write_not_same_slot: a store to -8 on one path and -16 on the other surely writes neither", () => {
    const log = logOf(["call bpf_get_prandom_u32", "r1 = -8", "if r0 > 42 goto l1", "r1 = -16", "l1:", "r2 = r10", "r2 += r1", "*(u64 *)(r2 + 0) = r0", "exit"].join("\n"));
    const want = ["2: (25) if r0 > 0x2a goto pc+1", "7: (95) exit", "(0) frame 0 insn 2 +written -16", "(0) live stack update done in 2 iterations", "7: (95) exit", "(0) live stack update done in 1 iterations"];
    expect(inOrder(log, want)).toBeUndefined();
    const second = log.lastIndexOf("7: (95) exit");
    expect(log.slice(second).some((l) => l.startsWith("(0) frame 0 insn 2"))).toBe(false);
  });

  it("caller_stack_write: a callee's whole-slot write through a pointer is its caller's call site's", () => {
    const log = logOf(["r1 = r10", "r1 += -8", "call write_first_param", "exit", "write_first_param:", "*(u64 *)(r1 + 0) = 7", "r0 = 0", "exit"].join("\n"));
    const want = ["(2,4) frame 0 insn 4 +written -8", "(2,4) live stack update done in 2 iterations", "(0) frame 0 insn 2 +written -8", "(0) live stack update done in 2 iterations"];
    expect(inOrder(log, want)).toBeUndefined();
  });

  it("caller_stack_read: one function called from two sites has an instance per call chain", () => {
    const log = logOf(["r1 = r10", "r1 += -8", "call read_first_param", "r1 = r10", "r1 += -16", "call read_first_param", "exit", "read_first_param:", "r0 = *(u64 *)(r1 + 0)", "exit"].join("\n"));
    const want = [
      "(2,7) frame 0 insn 7 +live -8",
      "(2,7) live stack update done in 2 iterations",
      "(0) frame 0 insn 2 +live -8",
      "(0) live stack update done in 2 iterations",
      "(5,7) frame 0 insn 7 +live -16",
      "(5,7) live stack update done in 2 iterations",
      "(0) frame 0 insn 5 +live -16",
      "(0) live stack update done in 2 iterations",
    ];
    expect(inOrder(log, want)).toBeUndefined();
  });

  it("prints nothing of it below level 2", () => {
    const a = assemble(["r1 = *(u64 *)(r10 - 8)", "r0 = 0", "exit"].join("\n"));
    const v = verify(a.program, { progType: "socket_filter", logLevel: 1 });
    expect(v.log).not.toContain("live stack update");
  });
});
