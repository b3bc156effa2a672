// Everything a program can observe of the machine it runs on, made deterministic and seeded
// per session: time, randomness, the CPU, the current task. A run replays identically.
//
// Where the kernel gives a value that differs from boot to boot or from call to call of
// BPF_PROG_TEST_RUN (jiffies, the task_struct's address, a socket's cookie, the flow hash's
// random key), bpfplay's world fixes one, chosen to look like what the kernel gives: the kernel
// differential tests check only the properties that hold on every boot (the value is a kernel
// address, it does not go backwards, it is the same on a second call).

import type { EventTask } from "../isa/event_task.ts";

export interface World {
  /** Nanoseconds since boot, advanced by the executed instruction count. */
  now(executed: number): bigint;
  /** get_jiffies_64(): INITIAL_JIFFIES plus the ticks of `now` at HZ. */
  jiffies(executed: number): bigint;
  /** CLOCK_TAI in nanoseconds: the wall clock at boot, plus `now`, plus the 37 leap seconds TAI is ahead of UTC. */
  tai(executed: number): bigint;
  random(): number;
  /** The state of the generator behind random(): the debugger saves it so a step back and forward replays the same values. */
  randomState: number;
  readonly pid: number;
  readonly tgid: number;
  readonly uid: number;
  readonly gid: number;
  readonly comm: string;
  /** The NUMA node of every CPU: one node, as on most machines. */
  readonly numaNode: number;
  /** The address of the current task's struct task_struct (bpf_get_current_task). */
  readonly task: bigint;
  /** The cookie of the one socket in bpfplay's world (skb->sk of a test run), never 0. */
  readonly socketCookie: bigint;
  /** The flow dissector's hash key (the kernel's hashrnd, random per boot). */
  readonly hashSeed: number;
  /** Return addresses of the kernel stack at the probe, innermost first (bpf_get_stack). */
  readonly kernelStack: readonly bigint[];
  /** Return addresses of the current task's user stack, innermost first. */
  readonly userStack: readonly bigint[];
  /**
   * The current task's cgroup (v2) and its ancestors' ids, from the root (id 1) down; the test
   * run's socket belongs to the same cgroup.
   */
  readonly cgroupPath: readonly bigint[];
  /** The network namespace's cookie (the initial namespace's is 1). */
  readonly netnsCookie: bigint;
  /** The pid namespace the task runs in, as the nsfs device and inode that name it. */
  readonly pidNs: { readonly dev: bigint; readonly ino: bigint };
  /** Network devices by ifindex: the loopback device, where BPF_PROG_TEST_RUN's packets arrive. */
  readonly interfaces: ReadonlyMap<number, NetDevice>;
}

export interface NetDevice {
  readonly name: string;
  /** The largest L3 packet it sends. */
  readonly mtu: number;
  /** The link-layer header it puts in front (dev->hard_header_len). */
  readonly hardHeaderLen: number;
}

/** CONFIG_HZ of the kernel bpfplay's world imitates (Debian's and most distributions' default). */
export const HZ = 250;
/** The kernel starts jiffies 5 minutes before the 32-bit wrap so that wrap bugs show early. */
export const INITIAL_JIFFIES = (1n << 32n) - 300n * BigInt(HZ);

/** The wall clock when bpfplay's world booted: 2026-01-01T00:00:00Z. */
export const BOOT_REALTIME_NS = 1_767_225_600n * 1_000_000_000n;
const TAI_OFFSET_NS = 37n * 1_000_000_000n;

export function createWorld(seed = 1): World {
  // xorshift32, seeded; never zero
  let s = seed >>> 0 || 0x9e3779b9;
  const boot = 1_000_000_000n; // the machine booted one second ago
  const now = (executed: number) => boot + BigInt(executed) * 2n;
  return {
    now,
    jiffies: (executed) => INITIAL_JIFFIES + (now(executed) * BigInt(HZ)) / 1_000_000_000n,
    tai: (executed) => BOOT_REALTIME_NS + now(executed) + TAI_OFFSET_NS,
    random() {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return s >>> 0;
    },
    get randomState() {
      return s;
    },
    set randomState(v: number) {
      s = v;
    },
    pid: 4242,
    tgid: 4242,
    uid: 1000,
    gid: 1000,
    comm: "bpfplay",
    numaNode: 0,
    // a direct-map address (x86-64 page_offset_base), aligned as the slab aligns task_structs
    task: 0xffff888004a1c000n,
    socketCookie: 4097n,
    hashSeed: (Math.imul(seed | 0, 0x9e3779b1) ^ 0x5bd1e995) >>> 0,
    // a system call's path into the kernel (text addresses) and a small program's user stack
    kernelStack: [0xffffffff81a2c3d4n, 0xffffffff81a2b110n, 0xffffffff8134f7e2n, 0xffffffff81f01a6bn, 0xffffffff8200012fn],
    userStack: [0x5555555551a9n, 0x7ffff7dd1d90n, 0x7ffff7dd1e40n],
    // root, /user.slice, /user.slice/bpfplay.scope
    cgroupPath: [1n, 0x33n, 0x1f2en],
    netnsCookie: 1n,
    pidNs: { dev: 4n, ino: 0xeffffffcn }, // PROC_PID_INIT_INO: the initial pid namespace
    interfaces: new Map([[1, { name: "lo", mtu: 65536, hardHeaderLen: 14 }]]),
  };
}

/**
 * The world as seen from inside an event's task (events/kernel): its pid, tgid, uid, gid, comm,
 * cgroup and task_struct address replace the session's; time, randomness and the rest stay shared.
 */
export function withTask(w: World, t: EventTask | undefined): World {
  if (!t) return w;
  return { ...w, pid: t.pid, tgid: t.tgid, uid: t.uid, gid: t.gid, comm: t.comm, task: t.taskAddr ?? w.task, cgroupPath: [...w.cgroupPath.slice(0, -1), t.cgroupId] };
}
