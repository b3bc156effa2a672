// A program's return value in the words of its program type (XDP_DROP, TC_ACT_SHOT, ...),
// from the kernel UAPI's enum xdp_action and TC_ACT_* and cgroup_skb's 0/1.

const TC = ["TC_ACT_OK", "TC_ACT_RECLASSIFY", "TC_ACT_SHOT", "TC_ACT_PIPE", "TC_ACT_STOLEN", "TC_ACT_QUEUED", "TC_ACT_REPEAT", "TC_ACT_REDIRECT"];

const VERDICTS: Readonly<Record<string, readonly string[]>> = {
  xdp: ["XDP_ABORTED", "XDP_DROP", "XDP_PASS", "XDP_TX", "XDP_REDIRECT"],
  sched_cls: TC,
  sched_act: TC,
  cgroup_skb: ["drop", "allow"],
};

/** The name of r0 for the program type, or undefined when the type gives that value none. */
export function verdictName(r0: bigint, progType: string): string | undefined {
  if (r0 === -1n || r0 === 0xffffffffn || r0 === 0xffffffffffffffffn) return VERDICTS[progType] === TC ? "TC_ACT_UNSPEC" : undefined;
  return r0 >= 0n && r0 < 16n ? VERDICTS[progType]?.[Number(r0)] : undefined;
}

/**
 * The bytes that go on after the program, or undefined when it dropped the packet; undefined for
 * every packet when the type has no pass/drop verdict bpfplay knows (`knowsPassing` says which).
 * XDP passes, transmits or redirects; tc lets through all but TC_ACT_SHOT, STOLEN, QUEUED and TRAP;
 * a socket filter keeps the number of bytes it returns (0 drops); cgroup_skb allows with 1.
 */
export function passedPacket(r0: bigint, progType: string, packet: Uint8Array): Uint8Array | undefined {
  const v = Number(BigInt.asUintN(32, r0));
  switch (progType) {
    case "xdp":
      return v === 2 || v === 3 || v === 4 ? packet : undefined;
    case "sched_cls":
    case "sched_act":
      return [2, 4, 5, 8].includes(v) ? undefined : packet;
    case "socket_filter":
      return v === 0 ? undefined : packet.subarray(0, Math.min(v, packet.length));
    case "cgroup_skb":
      return v & 1 ? packet : undefined;
    default:
      return undefined;
  }
}

export const knowsPassing = (progType: string): boolean => ["xdp", "sched_cls", "sched_act", "socket_filter", "cgroup_skb"].includes(progType);
