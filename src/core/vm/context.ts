// The context a program receives, built the way BPF_PROG_TEST_RUN builds it: the packet in
// a buffer with head and tail room, and a context struct whose data/data_end/data_meta
// fields read as pointers into it. Also what comes out after the run.
// Here: what every context is (Context, RunInput), the choice by program type, and the contexts
// that are plain bytes (test memory, syscall, tracing); XDP's in ctx_xdp.ts, socket buffers'
// in ctx_skb.ts, cgroup_sock_addr's in ctx_sock_addr.ts, the context struct's pointer fields in
// ctx_region.ts.

import { PT_REGS, SYSCALL_CTX } from "../isa/ctx_layouts.ts";
import type { EventTask, MemoryArea } from "../isa/event_task.ts";
import type { Pair } from "../isa/int64.ts";
import type { ProgType } from "../isa/progtypes.ts";
import type { Memory, Region } from "./memory.ts";
import { ptr, rebind } from "./ctx_region.ts";
import { skb } from "./ctx_skb.ts";
import { sockAddr } from "./ctx_sock_addr.ts";
import { xdp } from "./ctx_xdp.ts";
import type { Packet } from "./packet_layout.ts";

export interface RunInput {
  readonly packet?: Uint8Array;
  readonly ctx?: Uint8Array;
  /** bpf_conformance's mode: r1 points to these bytes, r2 holds their length. */
  readonly mem?: Uint8Array;
  /** A kernel event's task (events/kernel): get_current_pid_tgid and friends return it. */
  readonly task?: EventTask;
  /** A kernel event's user and kernel memory: what the probe_read helpers read. */
  readonly memory?: readonly MemoryArea[];
}


export interface Context {
  /** Registers at entry: r1 (and r2 in mem mode). */
  readonly args: readonly Pair[];
  readonly ctx?: Region;
  readonly packet?: Packet;
  /** The socket buffer view for LD_ABS/LD_IND. */
  readonly skb: boolean;
  /** The socket skb->sk points to: BPF_PROG_TEST_RUN's own, seen as struct bpf_sock. */
  readonly sock?: Region;
  /** The packet and context as user space gets them back. */
  output(): { packet?: Uint8Array; ctx?: Uint8Array };
  /**
   * Fills the same regions with another input, as a fresh context for it would be (a runner's
   * next packet); why the input is refused, in which case nothing changed. Absent for kinds whose
   * regions depend on the input's shape (test memory, syscall contexts): those are built anew.
   */
  reload?(input: RunInput, o: ReloadOptions): string | undefined;
  /**
   * reload for the common case, quicker: a bare packet (no context bytes, memory or task) after
   * a run that kept the packet's ends (ReloadOptions.moved false). False when the case is not
   * this one, or the packet is refused (nothing changed): then reload says what to do.
   */
  refill?(packet: Uint8Array): boolean;
}

export interface ReloadOptions {
  /**
   * Whether the last run may have moved the packet's ends (xdp_adjust_head, a tail call, ...) and
   * so written outside the bytes it ended with: then the whole buffer is cleared, else only the
   * bytes the last packet held.
   */
  readonly moved: boolean;
}

export interface BuildOptions {
  /**
   * Bytes of room to keep in front of a socket buffer's headroom, for bpf_skb_change_head to
   * grow into as the kernel's skb_cow reallocates: given only to programs that call it, so the
   * others do not pay for the allocation.
   */
  readonly headGrowth?: number;
  /** The same behind the packet, for bpf_skb_change_tail. */
  readonly tailGrowth?: number;
}

export function makeContext(t: ProgType, input: RunInput, mem: Memory, o: BuildOptions = {}): Context | string {
  if (input.mem) {
    // bpf_conformance's runner passes a null pointer when a test has no memory
    if (input.mem.length === 0) return { args: [[0, 0], [0, 0]], skb: false, output: () => ({}) };
    const r = mem.add("mem", "test memory (--mem-hex)", input.mem.slice(), true);
    return { args: [ptr(r, 0), [0, input.mem.length]], skb: false, output: () => ({}) };
  }
  if (t.name === "syscall") return syscall(input, mem);
  if (t.name === "cgroup_sock_addr") return sockAddr(t, input, mem);
  switch (t.ctx) {
    case "xdp_md":
      return xdp(t, input, mem);
    case "__sk_buff":
      return skb(t, input, mem, o.headGrowth ?? 0, o.tailGrowth ?? 0);
    case "bpf_raw_tracepoint_args":
    case "pt_regs":
    case "tracepoint": {
      const sizeFor = (i: RunInput) => (t.ctx === "pt_regs" ? PT_REGS.size : Math.max(i.ctx?.length ?? 0, 8));
      let bytes = new Uint8Array(sizeFor(input));
      if (input.ctx) bytes.set(input.ctx.subarray(0, bytes.length));
      const r = mem.add("ctx", `context (${t.ctx})`, bytes, false);
      return {
        args: [ptr(r, 0)],
        ctx: r,
        skb: false,
        output: () => ({ ctx: bytes.slice() }),
        reload(i) {
          const size = sizeFor(i);
          if (size === bytes.length) bytes.fill(0);
          else rebind(r, (bytes = new Uint8Array(size)));
          if (i.ctx) bytes.set(i.ctx.subarray(0, size));
          return undefined;
        },
      };
    }
    default:
      return `program type ${t.name} has no context bpfplay can build`;
  }
}

/**
 * A syscall program gets the bytes user space passes (ctx_in) as they are, at most U16_MAX of
 * them, and may read and write them; BPF_PROG_TEST_RUN copies them back into ctx_in. Without
 * bytes the context is a null pointer, as in the kernel (which then also refuses a program
 * that reads it: ctx_size_in below the largest offset read is EINVAL; bpfplay faults at the read).
 */
function syscall(input: RunInput, mem: Memory): Context | string {
  const bytes = input.ctx ?? new Uint8Array(0);
  if (bytes.length >= SYSCALL_CTX.size + 1) return `a syscall program's context holds at most ${SYSCALL_CTX.size} bytes (ctx_size_in > U16_MAX: EINVAL)`;
  if (bytes.length === 0) return { args: [[0, 0]], skb: false, output: () => ({}) };
  const buf = bytes.slice();
  const r = mem.add("ctx", "context (syscall: ctx_in)", buf, true);
  return { args: [ptr(r, 0)], ctx: r, skb: false, output: () => ({ ctx: buf.slice() }) };
}
