// How a helper record is written (helper_protos_base.ts, helper_protos_net.ts), and the sets of
// program types the kernel's func_proto tables give helpers to. The sets are what Linux 6.18
// answered bpf() (test/kernel/helper_availability.json): a type counts only where every attach
// type the probe tried allows the helper (cgroup_sock_addr as connect4 and bind4, cgroup_sockopt
// as getsockopt and setsockopt); attach types that refuse one of them more (recvmsg4 has no
// get_retval) or add one (connect4 and connect6 have bind) say so in their record
// (isa/progtypes.ts, AttachType.refuses and .adds), as the probe answered for each attach type.

import { helperByName } from "./helpers.ts";
import type { ArgType, HelperProto, RefKind, RetType } from "./helper_protos.ts";

export interface Facts {
  /** The program types that may call it; every type when absent. */
  callers?: readonly string[];
  /** Arguments of the program types whose prototype differs from the others'. */
  argsFor?: Readonly<Record<string, ArgType[]>>;
  /** Program types the kernel allows and bpfplay refuses, with why. */
  narrowed?: Readonly<Record<string, string>>;
  /** Program types that have its prototype and whose calls the kernel refuses all the same. */
  refusedWithProto?: readonly string[];
  gpl?: boolean;
  ref?: RefKind;
  pktAccess?: boolean;
  changesPktData?: boolean;
  /** Restricted map types it also takes. */
  maps?: string[];
  /** The only map types it takes. */
  only?: string[];
  retAtMostSize?: boolean;
  /** The program types where the call is bpf_fastcall and inlined. */
  fastcall?: readonly string[];
}

export const TC = ["sched_cls", "sched_act"] as const;
export const LWT = ["lwt_in", "lwt_out", "lwt_xmit"] as const;
/** Program types whose context is a perf event, a probe or a tracepoint. */
export const TRACING = ["kprobe", "tracepoint", "perf_event", "raw_tracepoint", "raw_tracepoint_writable"] as const;
/** Every program type bpfplay knows (isa/progtypes.ts). */
export const ALL = [
  "socket_filter", "kprobe", "sched_cls", "sched_act", "tracepoint", "xdp", "perf_event", "cgroup_skb", "lwt_in", "lwt_out",
  "lwt_xmit", "raw_tracepoint", "cgroup_sock", "sock_ops", "sk_skb", "cgroup_device", "sk_msg", "cgroup_sock_addr",
  "flow_dissector", "cgroup_sysctl", "cgroup_sockopt", "sk_reuseport", "raw_tracepoint_writable", "sk_lookup", "syscall",
] as const;

/** Every program type but these. */
export const allBut = (...not: string[]): string[] => ALL.filter((t) => !not.includes(t));

/** The reason a syscall program's prototype is refused: it takes a BTF pointer bpfplay cannot check. */
export const SYSCALL_BTF = "a syscall program's prototype takes a BTF pointer (ARG_PTR_TO_BTF_ID), which bpfplay does not model";

export const P = (name: string, args: ArgType[], ret: RetType, f: Facts = {}): HelperProto => {
  const h = helperByName(name);
  if (!h) throw new Error(`internal: no helper ${name}`);
  const narrowed = f.narrowed ?? {};
  const callers = (f.callers ?? ALL).filter((t) => !(t in narrowed));
  return {
    id: h.id, name, args, argsFor: f.argsFor ?? {}, ret, callers, narrowed, refusedWithProto: f.refusedWithProto ?? [], gplOnly: f.gpl ?? false, ref: f.ref ?? "none",
    pktAccess: f.pktAccess ?? false, changesPktData: f.changesPktData ?? false,
    maps: f.only ?? f.maps ?? [], mapsOnly: f.only !== undefined, retAtMostSize: f.retAtMostSize ?? false,
    fastcall: f.fastcall ?? [],
  };
};
