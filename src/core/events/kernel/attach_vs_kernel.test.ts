// Differential against the running kernel (as root):
// 1. Tracepoint programs: the kernel's verifier accepts a context read anywhere from byte 8 up to
//    PERF_MAX_TRACE_SIZE (8192), whatever the tracepoint; attaching to a tracepoint (perf_event_open +
//    PERF_EVENT_IOC_SET_BPF) is refused with EACCES when the program reads past the end of the
//    tracepoint's record. For every modelled tracepoint, a read of the record's last byte and of the
//    byte after it: bpfplay's verifier verdict and attach check (ctxExtent, attachRefusal) against the
//    kernel's load and attach results. tp_attach.py does the kernel's side.
// 2. Raw tracepoints: BPF_PROG_TEST_RUN runs them on ctx_in; the argument array prepareKernelEvent
//    builds for each modelled raw tracepoint gives the same r0 in the kernel and in bpfplay's VM, and a
//    read past the arguments is refused by both (EINVAL there, a fault here).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { kernelAvailable, kernelRunBatch } from "../../../../test/kernel/reference.ts";
import { assemble } from "../../asm/assemble.ts";
import { encodeInsns } from "../../isa/insn.ts";
import type { Program } from "../../program.ts";
import { verify } from "../../verifier/index.ts";
import { execute } from "../../vm/execute.ts";
import { attachRefusal, ctxExtent, isEventError, prepareKernelEvent, RAW_TRACEPOINTS, starterFields, TRACEPOINTS, tracepointFormat } from "./index.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function asm(text: string, progType: string): Program {
  const a = assemble(text);
  if (a.diagnostics.some((d) => d.severity === "error")) throw new Error(a.diagnostics.map((d) => d.message).join("; "));
  return { ...a.program, progType };
}

interface AttachReply {
  readonly load_errno: number;
  readonly attach_errno: number | null;
  readonly log: string;
}

function kernelAttach(reqs: readonly { tracepoint: string; insns_hex: string }[]): AttachReply[] {
  const p = spawnSync("python3", [new URL("./tp_attach.py", import.meta.url).pathname], { input: JSON.stringify(reqs), encoding: "utf8", timeout: 120_000 });
  if (p.status !== 0) throw new Error(`tp_attach.py: ${p.stderr}`);
  return JSON.parse(p.stdout) as AttachReply[];
}

/** bpfplay's answer: "load" refused, "attach" refused, or "ok". */
function bpfplayVerdict(prog: Program, tracepoint: string): "load" | "attach" | "ok" {
  const v = verify(prog, { progType: "tracepoint" });
  if (!v.accepted) return "load";
  const f = tracepointFormat(tracepoint)!;
  return attachRefusal(tracepoint, f.size, ctxExtent(prog.insns, v.states)) ? "attach" : "ok";
}
const kernelVerdict = (r: AttachReply): "load" | "attach" | "ok" => (r.load_errno ? "load" : r.attach_errno === 13 ? "attach" : r.attach_errno === 0 ? "ok" : (`attach errno ${r.attach_errno}` as "ok"));

describe("tracepoint context reads vs the kernel (load and attach)", () => {
  const k = kernelAvailable();
  it.skipIf(!k.ok)("every modelled tracepoint: the record's last byte attaches, the byte after it does not", () => {
    const cases: { tracepoint: string; prog: Program }[] = [];
    for (const name of TRACEPOINTS) {
      const f = tracepointFormat(name)!;
      for (const off of [f.size - 1, f.size]) cases.push({ tracepoint: name, prog: asm(`r0 = *(u8 *)(r1 + ${off})\nr0 = 0\nexit`, "tracepoint") });
    }
    // the verifier's own bounds, on one tracepoint: the common fields, the top of PERF_MAX_TRACE_SIZE, past it, misaligned
    for (const [off, size] of [[4, "u32"], [8184, "u64"], [8192, "u8"], [8188, "u64"], [12, "u64"], [2048, "u64"]] as const)
      cases.push({ tracepoint: "syscalls/sys_enter_openat", prog: asm(`r0 = *(${size} *)(r1 + ${off})\nr0 = 0\nexit`, "tracepoint") });
    const replies = kernelAttach(cases.map((c) => ({ tracepoint: c.tracepoint, insns_hex: hex(encodeInsns(c.prog.insns)) })));
    const differ = cases.map((c, i) => ({ c: c.tracepoint, off: c.prog.insns[0].off, ours: bpfplayVerdict(c.prog, c.tracepoint), kernel: kernelVerdict(replies[i]) })).filter((x) => x.ours !== x.kernel);
    expect(differ).toEqual([]);
    expect(cases.length).toBe(2 * 98 + 6);
    console.log(`tracepoint load/attach verdicts: ${cases.length} of ${cases.length} agree with the kernel`);
  });
});

describe("raw tracepoint argument arrays vs BPF_PROG_TEST_RUN", () => {
  const k = kernelAvailable();
  it.skipIf(!k.ok)("the modelled raw tracepoints' arguments give the kernel's r0; a read past them is refused by both", () => {
    const cases: { name: string; ctx: Uint8Array; prog: Program; past: boolean }[] = [];
    for (const r of RAW_TRACEPOINTS) {
      const p = prepareKernelEvent({ kind: "raw_tracepoint", name: r.name, fields: starterFields(r.name, "raw_tracepoint") });
      if (isEventError(p)) throw new Error(p.error);
      const n = p.ctx.length / 8;
      // r0 = the xor of every argument's two halves, each multiplied by its position: a change anywhere shows
      const body = Array.from({ length: n }, (_, j) => `r2 = *(u64 *)(r1 + ${8 * j})\nr3 = r2\nr3 >>= 32\nr2 ^= r3\nr2 *= ${2 * j + 1}\nr0 ^= r2`).join("\n");
      cases.push({ name: r.name, ctx: p.ctx, prog: asm(`r0 = 0\n${body}\nexit`, "raw_tracepoint"), past: false });
      cases.push({ name: `${r.name} (one past)`, ctx: p.ctx, prog: asm(`r0 = *(u64 *)(r1 + ${8 * n})\nexit`, "raw_tracepoint"), past: true });
    }
    const replies = kernelRunBatch(cases.map((c) => ({ prog_type: "raw_tracepoint", insns_hex: hex(encodeInsns(c.prog.insns)), ctx_hex: hex(c.ctx) })));
    let agree = 0;
    cases.forEach((c, i) => {
      const kr = replies[i];
      if (!kr.available) throw new Error(kr.reason);
      const ours = execute({ program: c.prog, progType: "raw_tracepoint", input: { ctx: c.ctx } });
      if (typeof ours === "string") throw new Error(ours);
      if (c.past) {
        expect(kr.error, c.name).toMatch(/Invalid argument/);
        expect(ours.fault?.kind, c.name).toBe("memory");
      } else {
        if (kr.error !== undefined) throw new Error(`${c.name}: ${kr.error}`);
        expect(kr.result?.r0, c.name).toBe(Number((ours.r0 ?? 0n) & 0xffffffffn));
      }
      agree++;
    });
    expect(agree).toBe(2 * RAW_TRACEPOINTS.length);
    console.log(`raw tracepoint test runs: ${agree} of ${cases.length} agree with the kernel`);
  });
});
