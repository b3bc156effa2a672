// Helpers the verifier knows (isa/helper_protos.ts records added from the kernel's measured
// availability) that bpfplay's VM does not run yet, each with why. A verified program that calls
// one stops at the call with a helper fault that names it. index.test.ts holds this list to the
// VM's registry: an entry whose helper gets an implementation must leave the list.

const PERF = "verifier prototype only: bpfplay's VM does not model perf events, stack-trace maps or branch records";
const ATTACH = "verifier prototype only: bpfplay's VM runs no probe, so there is no attach point (function address, cookie) to give";
const TASK = "verifier prototype only: it needs a cgroup_array map or sends a signal, neither of which bpfplay's VM models";
const SKB = "verifier prototype only: bpfplay's sk_buff model has no tunnel metadata, xfrm state or lightweight-tunnel encapsulation";
const SOCKMAP = "verifier prototype only: bpfplay's VM does not run sk_skb/sk_msg programs against sockmaps";
const SOCK_OPS = "only sock_ops programs may call it, which the VM cannot run (BPF_PROG_TEST_RUN cannot either)";
const SYSCTL = "only cgroup_sysctl programs may call it, whose context the VM does not build";
const SOCKETS = "verifier prototype only: bpfplay's VM has no socket storage, SYN cookies, network namespaces or socket assignment";
const SYSCALL = "only syscall programs may call it, and it acts on the host kernel (bpf(), BTF, file descriptors, kallsyms)";
const SOCKOPT = "verifier prototype only: bpfplay's socket (a cgroup_sock_addr program's ctx->sk) has no socket options to get or set";
const RETVAL = "only cgroup hooks may call it, whose return value chain the VM does not model";

export const NEW_PROTO_GAPS: Readonly<Record<string, string>> = {
  snprintf_btf: "verifier prototype only: it prints a BTF-typed kernel object, and bpfplay's VM has no kernel BTF",
  perf_event_read: PERF,
  perf_event_read_value: PERF,
  perf_prog_read_value: PERF,
  read_branch_records: PERF,
  get_branch_snapshot: PERF,
  get_stackid: PERF,
  get_func_ip: ATTACH,
  get_attach_cookie: ATTACH,
  current_task_under_cgroup: TASK,
  skb_under_cgroup: TASK,
  send_signal: TASK,
  send_signal_thread: TASK,
  skb_get_tunnel_key: SKB,
  skb_set_tunnel_key: SKB,
  skb_get_tunnel_opt: SKB,
  skb_set_tunnel_opt: SKB,
  skb_get_xfrm_state: SKB,
  lwt_push_encap: SKB,
  sk_redirect_map: SOCKMAP,
  sk_redirect_hash: SOCKMAP,
  msg_redirect_map: SOCKMAP,
  msg_redirect_hash: SOCKMAP,
  msg_apply_bytes: SOCKMAP,
  msg_cork_bytes: SOCKMAP,
  msg_pull_data: SOCKMAP,
  msg_push_data: SOCKMAP,
  msg_pop_data: SOCKMAP,
  sock_ops_cb_flags_set: SOCK_OPS,
  load_hdr_opt: SOCK_OPS,
  store_hdr_opt: SOCK_OPS,
  reserve_hdr_opt: SOCK_OPS,
  sysctl_get_name: SYSCTL,
  sysctl_get_current_value: SYSCTL,
  sysctl_get_new_value: SYSCTL,
  sysctl_set_new_value: SYSCTL,
  tcp_check_syncookie: SOCKETS,
  tcp_gen_syncookie: SOCKETS,
  sk_storage_get: SOCKETS,
  sk_storage_delete: SOCKETS,
  sk_assign: SOCKETS,
  sys_bpf: SYSCALL,
  btf_find_by_name_kind: SYSCALL,
  sys_close: SYSCALL,
  kallsyms_lookup_name: SYSCALL,
  getsockopt: SOCKOPT,
  setsockopt: SOCKOPT,
  get_retval: RETVAL,
  set_retval: RETVAL,
};
