// Layouts of the context bytes and the synthetic memory prepareKernelEvent builds.
import { describe, expect, it } from "vitest";
import { kernelField } from "../../isa/kernel_structs.ts";
import { isEventError, parseKernelEvents, prepareKernelEvent } from "./index.ts";
import type { KernelEvent, MemoryArea, PreparedEvent } from "./index.ts";

function prep(e: KernelEvent): PreparedEvent {
  const p = prepareKernelEvent(e);
  if (isEventError(p)) throw new Error(`${p.path}: ${p.error}`);
  return p;
}
const u64 = (b: Uint8Array, off: number) => new DataView(b.buffer, b.byteOffset).getBigUint64(off, true);
const u32 = (b: Uint8Array, off: number) => new DataView(b.buffer, b.byteOffset).getUint32(off, true);
function at(mem: readonly MemoryArea[], addr: bigint): { a: MemoryArea; off: number } {
  const a = mem.find((m) => addr >= m.addr && addr < m.addr + BigInt(m.bytes.length));
  if (!a) throw new Error(`nothing at 0x${addr.toString(16)}`);
  return { a, off: Number(addr - a.addr) };
}
const cstr = (mem: readonly MemoryArea[], addr: bigint) => {
  const { a, off } = at(mem, addr);
  return new TextDecoder().decode(a.bytes.subarray(off, a.bytes.indexOf(0, off)));
};

describe("tracepoint records", () => {
  it("sys_enter_openat: the format's offsets, __syscall_nr, common_pid, filename in user memory", () => {
    const p = prep({ kind: "tracepoint", name: "syscalls/sys_enter_openat", fields: { dfd: -100, filename: "/etc/passwd", flags: 2 }, process: { pid: 99 } });
    expect(p.progType).toBe("tracepoint");
    expect(p.ctxLimit).toBe(48);
    expect(u32(p.ctx, 4)).toBe(99); // common_pid
    expect(u32(p.ctx, 8)).toBe(257); // __NR_openat
    expect(BigInt.asIntN(64, u64(p.ctx, 16))).toBe(-100n);
    const fn = u64(p.ctx, 24);
    expect(fn >> 47n).toBe(0n); // a user-space address
    expect(cstr(p.memory, fn)).toBe("/etc/passwd");
    expect(at(p.memory, fn).a.space).toBe("user");
    expect(u64(p.ctx, 32)).toBe(2n);
  });

  it("sched_process_exec: __data_loc filename = length << 16 | offset after the 20-byte record", () => {
    const p = prep({ kind: "tracepoint", name: "sched/sched_process_exec", fields: { filename: "/usr/bin/ls", pid: 7, old_pid: 7 } });
    const loc = u32(p.ctx, 8);
    expect(loc & 0xffff).toBe(20);
    expect(loc >>> 16).toBe(12);
    expect(new TextDecoder().decode(p.ctx.subarray(20, 31))).toBe("/usr/bin/ls");
  });

  it("sched_switch: comm arrays cut to 15 characters with their NUL", () => {
    const p = prep({ kind: "tracepoint", name: "sched/sched_switch", fields: { prev_comm: "a-very-long-command-name", next_pid: 3 } });
    expect(new TextDecoder().decode(p.ctx.subarray(8, 24))).toBe("a-very-long-com\0");
    expect(u32(p.ctx, 56)).toBe(3);
  });

  it("inet_sock_set_state: addresses as bytes, ports in host order, skaddr a struct sock", () => {
    const p = prep({ kind: "tracepoint", name: "sock/inet_sock_set_state", fields: { skaddr: { daddr: "1.2.3.4", dport: 80 }, saddr: "10.0.0.1", daddr: "1.2.3.4", sport: 5000, dport: 80, newstate: "TCP_CLOSE" } });
    expect([...p.ctx.subarray(32, 36)]).toEqual([10, 0, 0, 1]);
    expect(new DataView(p.ctx.buffer).getUint16(26, true)).toBe(80);
    expect(u32(p.ctx, 20)).toBe(7);
    const sk = at(p.memory, u64(p.ctx, 8));
    expect(sk.a.name).toContain("struct sock");
    const dport = kernelField("sock_common", "skc_dport")!.off;
    expect([...sk.a.bytes.subarray(dport, dport + 2)]).toEqual([0, 80]); // network byte order
  });

  it("refuses unknown fields, bad addresses and unknown tracepoints, naming the place", () => {
    expect(prepareKernelEvent({ kind: "tracepoint", name: "syscalls/sys_enter_openat", fields: { file: "/x" } })).toMatchObject({ path: "fields", error: expect.stringContaining("no field 'file'") });
    expect(prepareKernelEvent({ kind: "tracepoint", name: "sock/inet_sock_set_state", fields: { saddr: "10.0.0.300" } })).toMatchObject({ path: "fields.saddr" });
    expect(prepareKernelEvent({ kind: "tracepoint", name: "syscalls/sys_enter_nothing" })).toMatchObject({ path: "name" });
    expect(prepareKernelEvent({ kind: "kprobe", name: "tcp_v4_connect", fields: { sk: { dprot: 1 } } })).toMatchObject({ path: "fields.sk", error: expect.stringContaining("'dprot'") });
    expect(prepareKernelEvent({ kind: "tracepoint", name: "syscalls/sys_enter_kill", process: { pid: "x" } as never })).toMatchObject({ path: "process" });
  });
});

describe("the current task", () => {
  it("an execve's argv is the task's command line: mm->arg_start..arg_end", () => {
    const p = prep({ kind: "tracepoint", name: "syscalls/sys_enter_execve", fields: { filename: "/bin/ls", argv: ["ls", "-l"] }, process: { pid: 5, ppid: 2 } });
    const task = at(p.memory, p.task.taskAddr!);
    expect(task.a.name).toContain("current, pid 5");
    const mm = at(p.memory, u64(task.a.bytes, kernelField("task_struct", "mm")!.off));
    const start = u64(mm.a.bytes, kernelField("mm_struct", "arg_start")!.off);
    const end = u64(mm.a.bytes, kernelField("mm_struct", "arg_end")!.off);
    const line = at(p.memory, start);
    expect(new TextDecoder().decode(line.a.bytes.subarray(line.off, line.off + Number(end - start)))).toBe("ls\0-l\0");
    const parent = at(p.memory, u64(task.a.bytes, kernelField("task_struct", "real_parent")!.off));
    expect(u32(parent.a.bytes, kernelField("task_struct", "tgid")!.off)).toBe(2);
  });
});

describe("pt_regs for kprobes", () => {
  it("arguments in di, si, dx; a kretprobe's return value in ax", () => {
    const p = prep({ kind: "kprobe", name: "vfs_read", fields: { file: "/etc/hosts", buf: "0x7ffd00001000", count: 4096, pos: 0 } });
    expect(p.ctx.length).toBe(168);
    const reg = (n: string) => u64(p.ctx, kernelField("pt_regs", n)!.off);
    expect(reg("si")).toBe(0x7ffd00001000n);
    expect(reg("dx")).toBe(4096n);
    const file = at(p.memory, reg("di"));
    expect(file.a.name).toContain("(/etc/hosts)");
    // file->f_path.dentry->d_name.name is "hosts", its parent's "etc"
    const dentry = u64(file.a.bytes, kernelField("file", "f_path")!.off + 8);
    const d = at(p.memory, dentry);
    expect(cstr(p.memory, u64(d.a.bytes, kernelField("dentry", "d_name")!.off + 8))).toBe("hosts");
    const parent = at(p.memory, u64(d.a.bytes, kernelField("dentry", "d_parent")!.off));
    expect(cstr(p.memory, u64(parent.a.bytes, kernelField("dentry", "d_name")!.off + 8))).toBe("etc");
    const r = prep({ kind: "kretprobe", name: "do_sys_openat2", fields: { ret: -2 } });
    expect(BigInt.asIntN(64, u64(r.ctx, kernelField("pt_regs", "ax")!.off))).toBe(-2n);
  });
});

describe("raw tracepoints", () => {
  it("sys_enter: regs points to a pt_regs with the arguments, id is the syscall number", () => {
    const p = prep({ kind: "raw_tracepoint", name: "sys_enter", fields: { id: 257, args: [-100, "/tmp/x", 0] } });
    expect(p.ctx.length).toBe(16);
    expect(u64(p.ctx, 8)).toBe(257n);
    const regs = at(p.memory, u64(p.ctx, 0));
    expect(u64(regs.a.bytes, kernelField("pt_regs", "orig_ax")!.off)).toBe(257n);
    expect(cstr(p.memory, u64(regs.a.bytes, kernelField("pt_regs", "si")!.off))).toBe("/tmp/x");
  });
  it("an unknown raw tracepoint takes its u64s as args", () => {
    const p = prep({ kind: "raw_tracepoint", name: "my_tp", fields: { args: [1, 2, "0xffffffffffffffff"] } });
    expect([u64(p.ctx, 0), u64(p.ctx, 8), u64(p.ctx, 16)]).toEqual([1n, 2n, 0xffffffffffffffffn]);
  });
});

describe("the JSON form", () => {
  it("one event or a list; a bad key is named with its place", () => {
    expect(parseKernelEvents({ kind: "kprobe", name: "tcp_close" })).toHaveLength(1);
    expect(parseKernelEvents([{ kind: "kprobe", name: "a" }, { kind: "kprobe", name: "b", feilds: {} }])).toEqual({ error: expect.stringContaining("'feilds'"), path: "[1].feilds" });
  });
});

describe("every modelled event prepares with its starter fields", () => {
  it("98 tracepoints, 22 functions (kprobe and kretprobe), 9 raw tracepoints", async () => {
    const { TRACEPOINTS, KERNEL_FUNCTIONS, RAW_TRACEPOINTS, starterFields } = await import("./index.ts");
    const events: KernelEvent[] = [
      ...TRACEPOINTS.map((name) => ({ kind: "tracepoint" as const, name, fields: starterFields(name) })),
      ...KERNEL_FUNCTIONS.flatMap((f) => [{ kind: "kprobe" as const, name: f.name, fields: starterFields(f.name) }, { kind: "kretprobe" as const, name: f.name, fields: { ...starterFields(f.name), ret: 0 } }]),
      ...RAW_TRACEPOINTS.map((r) => ({ kind: "raw_tracepoint" as const, name: r.name, fields: starterFields(r.name, "raw_tracepoint") })),
    ];
    const bad = events.map((e) => [e.name, prepareKernelEvent(e)] as const).filter(([, p]) => isEventError(p));
    expect(bad).toEqual([]);
    expect([TRACEPOINTS.length, KERNEL_FUNCTIONS.length, RAW_TRACEPOINTS.length]).toEqual([98, 22, 9]);
  });
});
