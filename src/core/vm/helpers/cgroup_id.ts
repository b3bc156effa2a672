// The cgroup helpers: bpfplay's world has one cgroup hierarchy path for its task (world.ts),
// which the test run's socket shares (the kernel gives a new socket its creator's cgroup).
import type { Run } from "../run.ts";
import { skbPacket } from "./skb.ts";
import { sockArg } from "./sock.ts";
import { u32, u64 } from "./types.ts";
import type { HelperImpl } from "./types.ts";
import type { Pair } from "../../isa/int64.ts";

const current = (rt: Run): bigint => rt.opts.world.cgroupPath[rt.opts.world.cgroupPath.length - 1];
/** The ancestor at `level` (0 the root), or 0 below the cgroup itself. */
const ancestor = (rt: Run, level: number): Pair => u64(rt.opts.world.cgroupPath[level] ?? 0n);

/** u64 bpf_get_current_cgroup_id(void) */
export const getCurrentCgroupId: HelperImpl = { name: "get_current_cgroup_id", call: (rt) => u64(current(rt)) };

/** u64 bpf_get_current_ancestor_cgroup_id(level) */
export const getCurrentAncestorCgroupId: HelperImpl = { name: "get_current_ancestor_cgroup_id", call: (rt) => ancestor(rt, rt.argU32(1)) };

/** u64 bpf_skb_cgroup_id(skb): the cgroup of skb->sk, 0 without a socket. */
export const skbCgroupId: HelperImpl = {
  name: "skb_cgroup_id",
  call(rt, _m, label) {
    skbPacket(rt, label);
    return rt.ctx.sock ? u64(current(rt)) : u64(0n);
  },
};

/** u64 bpf_skb_ancestor_cgroup_id(skb, level) */
export const skbAncestorCgroupId: HelperImpl = {
  name: "skb_ancestor_cgroup_id",
  call(rt, _m, label) {
    skbPacket(rt, label);
    return rt.ctx.sock ? ancestor(rt, rt.argU32(2)) : u64(0n);
  },
};

/**
 * u32 bpf_get_cgroup_classid(skb) and bpf_skb_cgroup_classid(skb): the net_cls class, which a
 * cgroup v2 hierarchy without the net_cls controller does not have: 0.
 */
export const getCgroupClassid: HelperImpl = { name: "get_cgroup_classid", call: () => u32(0) };
export const skbCgroupClassid: HelperImpl = { name: "skb_cgroup_classid", call: () => u32(0) };

/** u64 bpf_sk_cgroup_id(sk): the cgroup of a full socket (the test run's: the task's). */
export const skCgroupId: HelperImpl = {
  name: "sk_cgroup_id",
  call(rt, _m, label) {
    sockArg(rt, 1, label);
    return u64(current(rt));
  },
};

/** u64 bpf_sk_ancestor_cgroup_id(sk, level) */
export const skAncestorCgroupId: HelperImpl = {
  name: "sk_ancestor_cgroup_id",
  call(rt, _m, label) {
    sockArg(rt, 1, label);
    return ancestor(rt, rt.argU32(2));
  },
};
