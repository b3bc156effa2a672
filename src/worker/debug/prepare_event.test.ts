// A debug session of a tracing program meets a kernel event: the one the UI sends, or the one the
// program's section names; the context by the record's field names; a program that reads past the
// record is not attached, as the kernel refuses it (EACCES); a bad event names its field.
import { describe, expect, it } from "vitest";
import { assemble } from "../../core/asm/index.ts";
import type { KernelEvent } from "../../core/events/kernel/index.ts";
import type { Program } from "../../core/program.ts";
import { describeLiveContext } from "../../core/vm/index.ts";
import { prepare } from "./prepare.ts";

const prog = (text: string, section?: string): Program => ({ ...assemble(text).program, ...(section ? { section } : {}) });

describe("debug sessions of tracing programs", () => {
  it("the section's event when none is given: sys_enter_openat's fields by name", () => {
    const p = prepare({ program: prog("r0 = *(u64 *)(r1 + 24)\nexit", "tracepoint/syscalls/sys_enter_openat"), progType: "tracepoint", packetHex: "", ctxHex: "" });
    if ("field" in p) throw new Error(p.message);
    expect(p.layout?.fields.map((f) => f.name)).toEqual(["common", "__syscall_nr", "dfd", "filename", "flags", "mode"]);
    const stop = p.dbg.run.run(1000);
    expect(stop.kind === "exit" && stop.r0 >> 40n).toBe(0x7fn); // the filename: a user-space address
  });

  it("the event given: its process is the world's", () => {
    const event: KernelEvent = { kind: "kprobe", name: "do_exit", fields: { code: 9 }, process: { pid: 77, tgid: 70 } };
    const p = prepare({ program: prog("call 14\nexit"), progType: "kprobe", packetHex: "", ctxHex: "", event });
    if ("field" in p) throw new Error(p.message);
    const stop = p.dbg.run.run(1000);
    expect(stop.kind === "exit" && stop.r0).toBe((70n << 32n) | 77n);
  });

  it("a read past the record is refused as the kernel's attach refuses it; a bad field is named", () => {
    const event: KernelEvent = { kind: "tracepoint", name: "syscalls/sys_exit_openat", fields: { ret: 3 } };
    const p = prepare({ program: prog("r0 = *(u64 *)(r1 + 24)\nexit"), progType: "tracepoint", packetHex: "", ctxHex: "", event });
    expect(p).toMatchObject({ field: "event", message: expect.stringContaining("Permission denied (EACCES)") });
    const bad = prepare({ program: prog("r0 = 0\nexit"), progType: "tracepoint", packetHex: "", ctxHex: "", event: { ...event, fields: { ret: "x" } } });
    expect(bad).toMatchObject({ field: "event", message: "fields.ret: 'x' is not a number" });
  });

  it("the context view says what a pointer field points to in the event's memory", () => {
    const event: KernelEvent = { kind: "tracepoint", name: "syscalls/sys_enter_openat", fields: { filename: "/etc/shadow" } };
    const p = prepare({ program: prog("r0 = 0\nexit"), progType: "tracepoint", packetHex: "", ctxHex: "", event });
    if ("field" in p) throw new Error(p.message);
    const r = p.dbg.run;
    const v = describeLiveContext(r.opts.progType, r.ctx, r.opts.world, p.layout, r.opts.input.memory);
    expect(v.fields.find((f) => f.name === "filename")?.note).toBe('→ "/etc/shadow" (user memory)');
    const k = prepare({ program: prog("r0 = 0\nexit"), progType: "kprobe", packetHex: "", ctxHex: "", event: { kind: "kprobe", name: "tcp_v4_connect", fields: { sk: { dport: 22 } } } });
    if ("field" in k) throw new Error(k.message);
    const kv = describeLiveContext(k.dbg.run.opts.progType, k.dbg.run.ctx, k.dbg.run.opts.world, k.layout, k.dbg.run.opts.input.memory);
    expect(kv.fields.find((f) => f.name === "di")?.note).toBe("1st argument (PT_REGS_PARM1) → struct sock (sk) (kernel memory)");
  });
});
