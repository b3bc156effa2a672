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
