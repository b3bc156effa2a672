// C programs compiled by bpfplay's compiler read what a kernel event carries: a tracepoint's
// fields and the user string its pointer names, a kprobe's struct sock through BPF_CORE_READ,
// the current task's parent and credentials, and the process's pid, uid, comm and cgroup.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "../../cc/index.ts";
import { execute } from "../../vm/execute.ts";
import type { ExecuteResult } from "../../vm/execute.ts";
import { isEventError, prepareKernelEvent } from "./index.ts";
import type { KernelEvent } from "./index.ts";

function runC(file: string, e: KernelEvent): ExecuteResult {
  const c = compile(readFileSync(new URL(`./testdata/${file}`, import.meta.url), "utf8"), { file });
  expect(c.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const p = prepareKernelEvent(e);
  if (isEventError(p)) throw new Error(p.error);
  const r = execute({ program: c.programs[0].program, progType: p.progType, input: { ctx: p.ctx, task: p.task, memory: p.memory } });
  if (typeof r === "string") throw new Error(r);
  expect(r.fault).toBeUndefined();
  return r;
}

/** A map's values as u64s by key (u32). */
function u64s(r: ExecuteResult, map: string): bigint[] {
  const d = r.maps[map];
  if (d.kind !== "entries") throw new Error("not entries");
  return d.entries.map((e) => new DataView(e.value.buffer, e.value.byteOffset).getBigUint64(0, true));
}

describe("kernel events in runs", () => {
  it("a tracepoint program reads sys_enter_openat's filename from user memory, dfd, flags and the pid", () => {
    const r = runC("openat.bpf.c", {
      kind: "tracepoint",
      name: "syscalls/sys_enter_openat",
      fields: { dfd: "AT_FDCWD", filename: "/etc/passwd", flags: "0o2000000", mode: 0 },
      process: { pid: 1234, tgid: 1200, comm: "cat" },
    });
    const names = r.maps.names;
    if (names.kind !== "entries") throw new Error();
    expect(new TextDecoder().decode(names.entries[0].value).replace(/\0+$/, "")).toBe("/etc/passwd");
    const [pidTgid, dfd, flags] = u64s(r, "facts");
    expect(pidTgid).toBe((1200n << 32n) | 1234n);
    expect(BigInt.asIntN(64, dfd)).toBe(-100n);
    expect(flags).toBe(0o2000000n);
    expect(r.trace).toEqual(["openat /etc/passwd"]);
  });

  it("a kprobe on tcp_v4_connect reads the socket with BPF_CORE_READ and the task with bpf_get_current_task", () => {
    const r = runC("connect.bpf.c", {
      kind: "kprobe",
      name: "tcp_v4_connect",
      fields: { sk: { saddr: "10.0.0.1", daddr: "93.184.216.34", sport: 40000, dport: 443 } },
      process: { pid: 77, uid: 0, gid: 5, comm: "curl", cgroup_id: 999, ppid: 66 },
    });
    const [dport, daddr, sport, ppid, credUid, uidGid, cgroup, comm] = u64s(r, "out");
    expect(dport).toBe(443n);
    expect(daddr).toBe(0x22d8b85dn); // 93.184.216.34 in network byte order, read as a little-endian u32
    expect(sport).toBe(40000n);
    expect(ppid).toBe(66n);
    expect(credUid).toBe(0n);
    expect(uidGid).toBe(5n << 32n);
    expect(cgroup).toBe(999n);
    expect(comm).toBe(0x727563n); // "cur"
  });

  it("without an event the session's process is unchanged", () => {
    const c = compile(readFileSync(new URL("./testdata/connect.bpf.c", import.meta.url), "utf8"), { file: "connect.bpf.c" });
    const r = execute({ program: c.programs[0].program, progType: "kprobe", input: { ctx: new Uint8Array(168) } });
    if (typeof r === "string") throw new Error(r);
    const v = u64s(r, "out");
    expect(v[0]).toBe(0n); // BPF_CORE_READ of a NULL sk: probe_read fails and zeroes
    expect(v[5]).toBe((1000n << 32n) | 1000n);
    expect(v[6]).toBe(0x1f2en);
  });
});
