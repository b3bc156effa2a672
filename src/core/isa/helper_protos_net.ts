// Helper records, part two: packets (sk_buff, XDP, sk_msg), sockets, sockmaps and the cgroup
// socket hooks. Arguments and returns as Linux's func_proto definitions give them; who may call
// each, as the running kernel answered bpf() (helper_record.ts says how). Where a program type's
// prototype differs from the others' in a way bpfplay cannot check, that type is `narrowed`.

import { LWT, P, SYSCALL_BTF, TC } from "./helper_record.ts";
import type { ArgType } from "./helper_protos.ts";
import type { Facts } from "./helper_record.ts";

/** Socket lookups: ctx, a struct bpf_sock_tuple and its size, netns, flags (bpf_sk_lookup_tcp_proto and its xdp and sock_addr twins). */
// the tuple's size may be 0 (6.18 takes ARG_CONST_SIZE_OR_ZERO; the helper then finds nothing)
const LOOKUP: ArgType[] = ["ctx", "mem", "const_size_or_zero", "anything", "anything"];
/** The program types that may look sockets up (and so release them, with sk_lookup). */
const SK_LOOKUP = [...TC, "xdp", "cgroup_skb", "sk_skb", "cgroup_sock_addr"];
const TC_XDP = [...TC, "xdp"];
const TC_LWT = [...TC, ...LWT];
const TC_XMIT = [...TC, "lwt_xmit"];
const TC_CGSKB = [...TC, "cgroup_skb"];
/** Program types whose context is an sk_buff they may not change (skb_load_bytes and friends). */
const SKB_READ = ["socket_filter", ...TC, "cgroup_skb", ...LWT, "sk_skb", "flow_dissector", "sk_reuseport"];
/** The program types that may use socket storage by a socket pointer. */
const SK_STORAGE = [...TC, "cgroup_skb", "sock_ops", "sk_msg", "cgroup_sock_addr", "cgroup_sockopt"];
const SOCK_ADDR_OPT = ["sock_ops", "cgroup_sock_addr"];
/** Changes the packet: packet pointers are gone after the call. */
const MOVES = (f: Facts): Facts => ({ ...f, changesPktData: true });
/** ctx and one more argument, on the given types. */
const CTX_ARG = (callers: readonly string[], f: Facts = {}): [ArgType[], "integer", Facts] => [["ctx", "anything"], "integer", { ...f, callers }];

export const NET_PROTOS = [
  // reading and writing an sk_buff
  P("skb_load_bytes", ["ctx", "anything", "uninit_mem", "const_size"], "integer", { callers: SKB_READ }),
  P("skb_load_bytes_relative", ["ctx", "anything", "uninit_mem", "const_size", "anything"], "integer", { callers: ["socket_filter", ...TC, "cgroup_skb", "sk_reuseport"] }),
  P("skb_store_bytes", ["ctx", "anything", "mem", "const_size", "anything"], "integer", MOVES({ callers: [...TC_XMIT, "sk_skb"] })),
  P("l3_csum_replace", ["ctx", "anything", "anything", "anything", "anything"], "integer", MOVES({ callers: TC_XMIT })),
  P("l4_csum_replace", ["ctx", "anything", "anything", "anything", "anything"], "integer", MOVES({ callers: TC_XMIT })),
  P("csum_diff", ["mem_or_null", "const_size_or_zero", "mem_or_null", "const_size_or_zero", "anything"], "integer", { callers: [...TC_XDP, ...LWT], pktAccess: true }),
  P("csum_update", ...CTX_ARG(TC_XMIT)),
  P("csum_level", ...CTX_ARG(TC_XMIT)),
  P("skb_pull_data", ...CTX_ARG([...TC_LWT, "sk_skb"], { changesPktData: true })),
  P("skb_change_head", ["ctx", "anything", "anything"], "integer", MOVES({ callers: [...TC_XMIT, "sk_skb"] })),
  P("skb_change_tail", ["ctx", "anything", "anything"], "integer", MOVES({ callers: [...TC_XMIT, "sk_skb"] })),
  P("skb_adjust_room", ["ctx", "anything", "anything", "anything"], "integer", MOVES({ callers: [...TC, "sk_skb"] })),
  P("skb_change_proto", ["ctx", "anything", "anything"], "integer", MOVES({ callers: TC })),
  P("skb_change_type", ...CTX_ARG(TC)),
  P("skb_vlan_push", ["ctx", "anything", "anything"], "integer", MOVES({ callers: TC })),
  P("skb_vlan_pop", ["ctx"], "integer", MOVES({ callers: TC })),
  P("skb_set_tstamp", ["ctx", "anything", "anything"], "integer", { callers: TC }),
  P("skb_ecn_set_ce", ["ctx"], "integer", { callers: TC_CGSKB }),
  P("skb_get_xfrm_state", ["ctx", "anything", "uninit_mem", "const_size", "anything"], "integer", { callers: TC }),
  P("skb_get_tunnel_key", ["ctx", "uninit_mem", "const_size", "anything"], "integer", { callers: TC_XMIT }),
  P("skb_set_tunnel_key", ["ctx", "mem", "const_size", "anything"], "integer", { callers: TC_XMIT }),
  P("skb_get_tunnel_opt", ["ctx", "uninit_mem", "const_size"], "integer", { callers: TC_XMIT }),
  P("skb_set_tunnel_opt", ["ctx", "mem", "const_size"], "integer", { callers: TC_XMIT }),
  P("lwt_push_encap", ["ctx", "anything", "mem", "const_size"], "integer", MOVES({ callers: ["lwt_in", "lwt_xmit"] })),
  // where the packet goes
  P("redirect", ["anything", "anything"], "integer", { callers: [...TC_XDP, "lwt_xmit"] }),
  P("redirect_peer", ["anything", "anything"], "integer", { callers: TC }),
  P("redirect_neigh", ["anything", "mem_or_null", "const_size_or_zero", "anything"], "integer", { callers: TC }),
  P("clone_redirect", ["ctx", "anything", "anything"], "integer", MOVES({ callers: TC_XMIT })),
  P("redirect_map", ["const_map_ptr", "anything", "anything"], "integer", { callers: ["xdp"], only: ["devmap", "devmap_hash", "cpumap", "xskmap"] }),
  P("check_mtu", ["ctx", "anything", "u32_inout", "anything", "anything"], "integer", { callers: TC_XDP, gpl: true }),
  // the helper fills params in (6.18 says so: ARG_PTR_TO_MEM | MEM_WRITE, so a stack slot it covers is data afterwards)
  P("fib_lookup", ["ctx", "mem_inout", "const_size", "anything"], "integer", { callers: TC_XDP, gpl: true }),
  // what the sk_buff carries
  P("get_hash_recalc", ["ctx"], "integer", { callers: TC_LWT }),
  P("set_hash", ...CTX_ARG(TC)),
  P("set_hash_invalid", ["ctx"], "integer", { callers: TC_XMIT }),
  P("get_route_realm", ["ctx"], "integer", { callers: TC_LWT }),
  // elsewhere it takes no argument (bpf_get_cgroup_classid_curr_proto): wanting the context is stricter
  P("get_cgroup_classid", ["ctx"], "integer"),
  P("skb_cgroup_classid", ["ctx"], "integer", { callers: TC }),
  P("skb_cgroup_id", ["ctx"], "integer", { callers: TC_CGSKB }),
  P("skb_ancestor_cgroup_id", ...CTX_ARG(TC_CGSKB)),
  P("skb_under_cgroup", ["ctx", "const_map_ptr", "anything"], "integer", { callers: TC_LWT, only: ["cgroup_array"] }),
  P("get_socket_uid", ["ctx"], "integer", { callers: ["socket_filter", ...TC_CGSKB, "sk_skb"] }),
  P("get_socket_cookie", ["ctx"], "integer", {
    callers: ["socket_filter", ...TC_CGSKB, "cgroup_sock", "sock_ops", "sk_skb", "cgroup_sock_addr", "sk_reuseport", "syscall"],
    // sk_reuseport's prototype takes a socket or NULL (bpf_get_socket_ptr_cookie_proto): a socket is stricter
    argsFor: { sk_reuseport: ["sock_common"] },
    narrowed: { syscall: SYSCALL_BTF },
  }),
  // it takes the context or NULL (ARG_PTR_TO_CTX_OR_NULL): wanting the context is stricter
  P("get_netns_cookie", ["ctx"], "integer", { callers: ["socket_filter", ...TC_CGSKB, "cgroup_sock", "sock_ops", "sk_msg", "cgroup_sock_addr", "cgroup_sockopt"] }),
  // XDP
  P("xdp_adjust_head", ...CTX_ARG(["xdp"], { changesPktData: true })),
  P("xdp_adjust_tail", ...CTX_ARG(["xdp"], { changesPktData: true })),
  // Upstream 6.18 gives it to XDP; the reference kernel this project is checked against (6.18.44
  // as these machines run it) refuses it to every program type since 2026-12-06 (helper_probe.py,
  // "program of this type cannot use helper"), and bpfplay answers as its reference does. Its
  // live registers still read the two arguments in XDP (bad_xdp_adjust_meta_refused.s's level-2
  // log), as where the kernel finds the prototype and refuses the call
  P("xdp_adjust_meta", ...CTX_ARG([], { changesPktData: true, refusedWithProto: ["xdp"] })),
  P("xdp_get_buff_len", ["ctx"], "integer", { callers: ["xdp", "syscall"], narrowed: { syscall: SYSCALL_BTF } }),
  P("xdp_load_bytes", ["ctx", "anything", "uninit_mem", "const_size"], "integer", { callers: ["xdp"] }),
  P("xdp_store_bytes", ["ctx", "anything", "mem", "const_size"], "integer", { callers: ["xdp"] }),
  // sockets
  P("sk_lookup_tcp", LOOKUP, "sock_or_null", { callers: SK_LOOKUP, ref: "acquire", pktAccess: true }),
  P("sk_lookup_udp", LOOKUP, "sock_or_null", { callers: SK_LOOKUP, ref: "acquire", pktAccess: true }),
  P("skc_lookup_tcp", LOOKUP, "sock_common_or_null", { callers: SK_LOOKUP, ref: "acquire", pktAccess: true }),
  P("sk_release", ["sock_release"], "integer", { callers: [...SK_LOOKUP, "sk_lookup"] }),
  P("sk_fullsock", ["sock_common"], "sock_or_null", { callers: TC_CGSKB, ref: "cast" }),
  P("tcp_sock", ["sock_common"], "tcp_sock_or_null", { callers: [...TC_CGSKB, "sock_ops", "cgroup_sockopt"], ref: "cast" }),
  P("get_listener_sock", ["sock_common"], "sock_or_null", { callers: TC_CGSKB }),
  // tc's prototype takes any socket (bpf_sk_assign_proto), sk_lookup's a full socket or NULL (bpf_sk_lookup_assign_proto)
  P("sk_assign", ["ctx", "sock_common", "anything"], "integer", { callers: [...TC, "sk_lookup"], argsFor: { sk_lookup: ["ctx", "sock_or_null", "anything"] } }),
  P("sk_cgroup_id", ["sock_common"], "integer", { callers: ["cgroup_skb"] }),
  P("sk_ancestor_cgroup_id", ["sock_common", "anything"], "integer", { callers: ["cgroup_skb"] }),
  P("tcp_check_syncookie", ["sock_common", "mem", "const_size", "mem", "const_size"], "integer", { callers: TC_XDP, gpl: true, pktAccess: true }),
  P("tcp_gen_syncookie", ["sock_common", "mem", "const_size", "mem", "const_size"], "integer", { callers: TC_XDP, gpl: true, pktAccess: true }),
  // a cgroup/sock program's prototype takes its context instead (bpf_sk_storage_get_cg_sock_proto)
  P("sk_storage_get", ["const_map_ptr", "sock_common", "map_value_or_null", "anything"], "map_value_or_null", {
    callers: [...SK_STORAGE, "cgroup_sock"],
    argsFor: { cgroup_sock: ["const_map_ptr", "ctx", "map_value_or_null", "anything"] },
    only: ["sk_storage"],
    refusedWithProto: ["syscall"],
  }),
  P("sk_storage_delete", ["const_map_ptr", "sock_common"], "integer", { callers: SK_STORAGE, only: ["sk_storage"], refusedWithProto: ["syscall"] }),
  P("sk_select_reuseport", ["ctx", "const_map_ptr", "map_key", "anything"], "integer", { callers: ["sk_reuseport"], only: ["reuseport_sockarray", "sockmap", "sockhash"] }),
  // sockmaps and sk_msg
  P("sock_map_update", ["ctx", "const_map_ptr", "map_key", "anything"], "integer", { callers: ["sock_ops"], only: ["sockmap"] }),
  P("sock_hash_update", ["ctx", "const_map_ptr", "map_key", "anything"], "integer", { callers: ["sock_ops"], only: ["sockhash"] }),
  P("sk_redirect_map", ["ctx", "const_map_ptr", "anything", "anything"], "integer", { callers: ["sk_skb"], only: ["sockmap"] }),
  P("sk_redirect_hash", ["ctx", "const_map_ptr", "map_key", "anything"], "integer", { callers: ["sk_skb"], only: ["sockhash"] }),
  P("msg_redirect_map", ["ctx", "const_map_ptr", "anything", "anything"], "integer", { callers: ["sk_msg"], only: ["sockmap"] }),
  P("msg_redirect_hash", ["ctx", "const_map_ptr", "map_key", "anything"], "integer", { callers: ["sk_msg"], only: ["sockhash"] }),
  P("msg_apply_bytes", ...CTX_ARG(["sk_msg"])),
  P("msg_cork_bytes", ...CTX_ARG(["sk_msg"])),
  P("msg_pull_data", ["ctx", "anything", "anything", "anything"], "integer", MOVES({ callers: ["sk_msg"] })),
  P("msg_push_data", ["ctx", "anything", "anything", "anything"], "integer", MOVES({ callers: ["sk_msg"] })),
  P("msg_pop_data", ["ctx", "anything", "anything", "anything"], "integer", MOVES({ callers: ["sk_msg"] })),
  // sock_ops and the cgroup socket hooks
  // connect4 and connect6 hooks only (AttachType.adds): the address a struct sockaddr of the given size names
  P("bind", ["ctx", "mem", "const_size"], "integer", { callers: [] }),
  P("getsockopt", ["ctx", "anything", "anything", "uninit_mem", "const_size"], "integer", { callers: SOCK_ADDR_OPT }),
  P("setsockopt", ["ctx", "anything", "anything", "mem", "const_size"], "integer", { callers: SOCK_ADDR_OPT }),
  P("sock_ops_cb_flags_set", ...CTX_ARG(["sock_ops"])),
  P("load_hdr_opt", ["ctx", "mem_inout", "const_size", "anything"], "integer", { callers: ["sock_ops"] }),
  P("store_hdr_opt", ["ctx", "mem", "const_size", "anything"], "integer", MOVES({ callers: ["sock_ops"] })),
  P("reserve_hdr_opt", ["ctx", "anything", "anything"], "integer", { callers: ["sock_ops"] }),
  P("sysctl_get_name", ["ctx", "mem_inout", "const_size", "anything"], "integer", { callers: ["cgroup_sysctl"] }),
  P("sysctl_get_current_value", ["ctx", "uninit_mem", "const_size"], "integer", { callers: ["cgroup_sysctl"] }),
  P("sysctl_get_new_value", ["ctx", "uninit_mem", "const_size"], "integer", { callers: ["cgroup_sysctl"] }),
  P("sysctl_set_new_value", ["ctx", "mem", "const_size"], "integer", { callers: ["cgroup_sysctl"] }),
];
