// Where a run's packet sits in its buffer, as BPF_PROG_TEST_RUN lays it out: the head and tail
// room of an XDP frame and of a socket buffer, and the offsets of the packet's parts (Packet),
// which the context's pointer fields read (PACKET_POINTERS).

import type { Region } from "./memory.ts";

export const XDP_HEADROOM = 256;
/** XDP frames are one page; the tail holds struct skb_shared_info (320 bytes, aligned). */
export const XDP_FRAME = 4096;
export const XDP_TAILROOM = 320;
/** struct xdp_frame sits at the start of the headroom; adjust_head may not reach into it. */
export const XDP_FRAME_HDR = 40;
/** NET_SKB_PAD + NET_IP_ALIGN */
export const SKB_HEADROOM = 64 + 2;
export const ETH_HLEN = 14;
/**
 * SKB_MAX_ALLOC: the most a socket buffer's helpers let it grow to, a 16 KiB allocation less
 * struct skb_shared_info (BPF_SKB_MAX_LEN).
 */
export const SKB_MAX_ALLOC = 4096 * 4 - 320;
/** Room after the packet for helpers that grow it. */
export const SKB_TAILROOM = 512;

export interface Packet {
  readonly region: Region;
  /** Offsets in region.bytes. */
  meta: number;
  data: number;
  end: number;
  /** Where the network and link-layer headers are (for LD_ABS with SKF_NET_OFF/SKF_LL_OFF). */
  net: number;
  mac: number;
}

/**
 * The context fields that read as packet pointers, by kind (1-based: data is 1): the Packet
 * offset a 4-byte load of each gives. The context's hook (ctx_region.ts) and compiled code
 * (jit_memory.ts, through the hook's `pointers`) both read the kinds from here.
 */
export const PACKET_POINTERS = ["data", "end", "meta"] as const satisfies readonly (keyof Packet)[];
