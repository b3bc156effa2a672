// The process an event happens in: what the get_current_* helpers return, and a struct
// task_struct (with its cred, parent and mm) that bpf_get_current_task points to, so that
// BPF_CORE_READ(task, real_parent, tgid) and task->cred->uid read what the user typed.

import { AddressSpace } from "./memory.ts";
import type { EventProcess, EventTask, FieldValue } from "./types.ts";
import { failed, readChars, readInt } from "./values.ts";
import type { Read } from "./values.ts";

/** bpfplay's session process (vm/world.ts gives the same values when no event names one). */
export const DEFAULT_PROCESS: Required<EventProcess> = { pid: 4242, tgid: 4242, uid: 1000, gid: 1000, comm: "bpfplay", cgroup_id: 0x1f2e, ppid: 1 };

export const PROCESS_KEYS = ["pid", "tgid", "uid", "gid", "comm", "cgroup_id", "ppid"] as const;

/** The process with defaults filled in; tgid defaults to pid. */
export function readProcess(p: EventProcess | undefined): Read<EventTask & { ppid: number }> {
  const o = p ?? {};
  const bad = Object.keys(o).filter((k) => !(PROCESS_KEYS as readonly string[]).includes(k));
  if (bad.length) return { error: `process has no field '${bad[0]}' (it takes ${PROCESS_KEYS.join(", ")})` };
  const num = (k: "pid" | "tgid" | "uid" | "gid" | "ppid", dflt: number): Read<number> => {
    const v = readInt(o[k] as FieldValue | undefined ?? dflt, 4, k === "pid" || k === "tgid" || k === "ppid");
    return failed(v) ? { error: `process.${k}: ${v.error}` } : Number(BigInt.asIntN(k === "uid" || k === "gid" ? 33 : 32, v));
  };
  const pid = num("pid", DEFAULT_PROCESS.pid);
  if (failed(pid)) return pid;
  const tgid = num("tgid", pid);
  const uid = num("uid", DEFAULT_PROCESS.uid);
  const gid = num("gid", DEFAULT_PROCESS.gid);
  const ppid = num("ppid", 1);
  for (const x of [tgid, uid, gid, ppid]) if (failed(x)) return x;
  const comm = o.comm ?? DEFAULT_PROCESS.comm;
  if (typeof comm !== "string") return { error: "process.comm: a string was expected" };
  const cg = readInt(o.cgroup_id ?? DEFAULT_PROCESS.cgroup_id, 8, false);
  if (failed(cg)) return { error: `process.cgroup_id: ${cg.error}` };
  return { pid, tgid: tgid as number, uid: uid as number, gid: gid as number, ppid: ppid as number, comm: comm.slice(0, 15), cgroupId: cg };
}

/**
 * The current task_struct, its credentials, its parent (pid `ppid`, "systemd" when 1) and an
 * mm_struct whose arg_start..arg_end hold the command line when the event has one.
 */
export function buildTask(mem: AddressSpace, t: EventTask & { ppid: number }, cmdline?: { start: bigint; end: bigint }): bigint {
  const cred = mem.kernelStruct("cred", "struct cred (current)");
  for (const f of ["uid", "suid", "euid", "fsuid"]) cred.set(f, t.uid);
  for (const f of ["gid", "sgid", "egid", "fsgid"]) cred.set(f, t.gid);
  const parent = mem.kernelStruct("task_struct", `struct task_struct (parent, pid ${t.ppid})`);
  parent.set("pid", t.ppid).set("tgid", t.ppid).set("comm", chars(t.ppid === 1 ? "systemd" : "bash")).set("cred", cred.addr).set("real_cred", cred.addr);
  parent.set("real_parent", parent.addr).set("parent", parent.addr).set("group_leader", parent.addr);
  const mm = mem.kernelStruct("mm_struct", "struct mm_struct (current)");
  if (cmdline) mm.set("arg_start", cmdline.start).set("arg_end", cmdline.end);
  const task = mem.kernelStruct("task_struct", `struct task_struct (current, pid ${t.pid})`);
  task.set("pid", t.pid).set("tgid", t.tgid).set("comm", chars(t.comm)).set("cred", cred.addr).set("real_cred", cred.addr);
  task.set("real_parent", parent.addr).set("parent", parent.addr).set("mm", mm.addr).set("active_mm", mm.addr);
  task.set("group_leader", task.addr).set("prio", 120).set("static_prio", 120).set("normal_prio", 120).set("loginuid", t.uid);
  task.set("start_time", 1_000_000_000n).set("start_boottime", 1_000_000_000n);
  return task.addr;
}

const chars = (s: string) => {
  const b = readChars(s, 16);
  return failed(b) ? new Uint8Array(16) : b;
};
