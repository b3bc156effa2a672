// What a socket buffer carries besides its bytes and __sk_buff fields that helpers read and
// change: whether skb->hash was set by software (sw_hash, so bpf_get_hash_recalc keeps it even
// when it is 0) and its checksum state (ip_summed, csum_level). A test run's skb starts with no
// hash and no checksum (CHECKSUM_NONE); the state lives as long as the run's context.
import type { Region } from "../memory.ts";
import type { Run } from "../run.ts";

export interface SkbState {
  swHash: boolean;
  /** CHECKSUM_UNNECESSARY (else CHECKSUM_NONE), and for how many headers. */
  csumUnnecessary: boolean;
  csumLevel: number;
  /** Encapsulated by bpf_skb_adjust_room (skb->encapsulation): it will not encapsulate again. */
  encapsulated: boolean;
}

const states = new WeakMap<Region, SkbState>();

/** A new input in the same context region (a runner's next packet) starts with a fresh state. */
export function resetSkbState(r: Region): void {
  states.delete(r);
}

export function skbState(rt: Run): SkbState {
  const r = rt.ctx.ctx;
  if (!r) return { swHash: false, csumUnnecessary: false, csumLevel: 0, encapsulated: false };
  let s = states.get(r);
  if (!s) states.set(r, (s = { swHash: false, csumUnnecessary: false, csumLevel: 0, encapsulated: false }));
  return s;
}
