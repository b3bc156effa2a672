// What a program's helper calls tell a run about its packet, found once when the run is made:
// whether a socket buffer needs room for helpers that grow it, and whether a run can leave the
// packet's ends where they were (then the next input clears only the bytes the last one held).

import { helperByName } from "../isa/index.ts";
import type { Program } from "../program.ts";
import type { BuildOptions } from "./context.ts";
import { SKB_MAX_ALLOC } from "./packet_layout.ts";

const SKB_CHANGE_HEAD = helperByName("skb_change_head")!.id;
const SKB_CHANGE_TAIL = helperByName("skb_change_tail")!.id;
const SKB_ADJUST_ROOM = helperByName("skb_adjust_room")!.id;
const SKB_CHANGE_PROTO = helperByName("skb_change_proto")!.id;

/** Whether the program calls the helper (a plain call instruction naming it). */
function callsHelper(p: Program, id: number): boolean {
  return p.insns.some((i) => i.code === 0x85 && i.src === 0 && i.imm === id);
}

/**
 * Helpers that never move the packet's ends nor write outside them. A program that calls only
 * these (no tail call, no callx) leaves its packet buffer as [start, end) showed it, so the next
 * input needs only those bytes cleared; any other helper clears the whole buffer.
 */
const KEEPS_PACKET = new Set(
  ["map_lookup_elem", "map_update_elem", "map_delete_elem", "map_lookup_percpu_elem", "map_push_elem", "map_pop_elem", "map_peek_elem", "trace_printk", "ktime_get_ns", "ktime_get_boot_ns", "ktime_get_coarse_ns", "ktime_get_tai_ns", "jiffies64", "get_prandom_u32", "get_smp_processor_id", "get_numa_node_id", "get_current_pid_tgid", "get_current_uid_gid", "get_current_comm", "ringbuf_output", "ringbuf_reserve", "ringbuf_submit", "ringbuf_discard", "ringbuf_query", "perf_event_output", "redirect", "redirect_map", "csum_diff"].map((n) => helperByName(n)!.id),
);

export function keepsPacket(p: Program): boolean {
  return p.insns.every((i) => i.code === 0x85 ? i.src !== 0 || KEEPS_PACKET.has(i.imm) : i.code !== 0x8d);
}

/** Room in front of and behind a socket buffer for the helpers the program calls that grow it. */
export function growthFor(p: Program): BuildOptions {
  return {
    headGrowth: [SKB_CHANGE_HEAD, SKB_ADJUST_ROOM, SKB_CHANGE_PROTO].some((id) => callsHelper(p, id)) ? SKB_MAX_ALLOC : 0,
    tailGrowth: callsHelper(p, SKB_CHANGE_TAIL) ? SKB_MAX_ALLOC : 0,
  };
}
