// What a kernel event (events/kernel) hands the VM besides its context bytes: the task it happens
// in and the memory its pointers point to. Shared here because events and the VM may not import
// each other (ARCHITECTURE.md).

/** The task an event happens in: what bpf_get_current_pid_tgid, _uid_gid, _comm and _cgroup_id return. */
export interface EventTask {
  readonly pid: number;
  readonly tgid: number;
  readonly uid: number;
  readonly gid: number;
  /** At most 15 characters count (TASK_COMM_LEN 16 with its NUL). */
  readonly comm: string;
  /** The task's cgroup v2 id. */
  readonly cgroupId: bigint;
  /** The address of its struct task_struct (bpf_get_current_task), when the event builds one. */
  readonly taskAddr?: bigint;
}

/**
 * Bytes at a real-looking address outside the VM's own regions: a user-space string an openat
 * points to, a struct sock in the kernel's direct map. Only the probe_read helpers reach them,
 * as in the kernel, where a tracing program may not dereference such a pointer itself.
 */
export interface MemoryArea {
  readonly addr: bigint;
  readonly bytes: Uint8Array;
  readonly space: "user" | "kernel";
  /** What it is, for views and faults: `filename (user string)`, `struct sock`. */
  readonly name: string;
}
