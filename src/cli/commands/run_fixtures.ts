// Programs and captures the run tests share.

import { build, PRESETS, writePcap } from "../../core/events/index.ts";

/** XDP: drop IPv4 TCP to port 80 (a 20-byte IP header assumed), pass the rest. */
export const DROP_80 = `
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 38
  if r4 > r3 goto pass
  r5 = *(u16 *)(r2 + 12)
  if r5 != 0x8 goto pass
  r5 = *(u8 *)(r2 + 23)
  if r5 != 6 goto pass
  r5 = *(u16 *)(r2 + 36)
  if r5 != 0x5000 goto pass
  r0 = 1
  exit
pass:
  r0 = 2
  exit
`;

export const presetCapture = () =>
  writePcap(
    PRESETS.map((p, i) => {
      const r = build(p.packet);
      if (!r.ok) throw new Error(r.message);
      return { data: r.bytes, timestampNs: 1_700_000_000_000_000_000n + BigInt(i) * 1_000_000n };
    }),
  );

/** XDP_TX with the MAC addresses swapped, as a reflector does. */
export const SWAP_MACS = `
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  r5 = *(u32 *)(r2 + 0)
  r6 = *(u16 *)(r2 + 4)
  r7 = *(u32 *)(r2 + 6)
  r8 = *(u16 *)(r2 + 10)
  *(u32 *)(r2 + 0) = r7
  *(u16 *)(r2 + 4) = r8
  *(u32 *)(r2 + 6) = r5
  *(u16 *)(r2 + 10) = r6
  r0 = 3
  exit
out:
  r0 = 1
  exit
`;

