// What the socket helpers share: bpfplay's world has one socket, the one BPF_PROG_TEST_RUN
// hangs on the skb (skb->sk, see ctx_skb.ts), and no others for a lookup to find.
import type { Pair } from "../../isa/int64.ts";
import type { Run } from "../run.ts";

/** The socket an argument points at, or a fault naming the helper. */
export function sockArg(rt: Run, n: number, helper: string): Pair {
  const [hi, lo] = rt.arg(n);
  const at = rt.regionOf(hi, lo);
  if (!at || at.r.kind !== "sock" || at.at !== 0) rt.fault(`${helper}: r${n} does not point to a socket`);
  return [hi, lo];
}

/**
 * struct bpf_sock *bpf_sk_lookup_tcp(ctx, tuple, tuple_size, netns, flags) and its kin:
 * no socket of bpfplay's world is bound or connected, so every lookup finds nothing.
 * The tuple must still be readable, as the kernel reads it.
 */
export function lookup(rt: Run, helper: string): Pair {
  const size = rt.argU32(3);
  rt.read(2, size, helper);
  return [0, 0];
}
