// A program's return value in the words of its program type: "2 (XDP_PASS)".

const TC = ["TC_ACT_OK", "TC_ACT_RECLASSIFY", "TC_ACT_SHOT", "TC_ACT_PIPE", "TC_ACT_STOLEN", "TC_ACT_QUEUED", "TC_ACT_REPEAT", "TC_ACT_REDIRECT"];

const VERDICTS: Readonly<Record<string, readonly string[]>> = {
  xdp: ["XDP_ABORTED", "XDP_DROP", "XDP_PASS", "XDP_TX", "XDP_REDIRECT"],
  sched_cls: TC,
  sched_act: TC,
  cgroup_skb: ["drop", "allow"],
};

export function verdict(r0: bigint, progType: string): string {
  const name = r0 < 16n ? VERDICTS[progType]?.[Number(r0)] : undefined;
  return name ? `${r0} (${name})` : r0 < 10n ? `${r0}` : `${r0} (0x${r0.toString(16)})`;
}

/** r0 as the snapshot writes it ("0x2"), in words. */
export const verdictOf = (r0Hex: string | undefined, progType: string): string => verdict(BigInt(r0Hex ?? 0), progType);
