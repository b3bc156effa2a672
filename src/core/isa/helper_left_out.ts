// Helpers the kernel lets at least one of bpfplay's program types call and bpfplay has no record
// for, each with why: an argument or result of a kind the verifier does not model, for which no
// stricter kind it does model exists. The verifier refuses a call to any of them as the kernel
// refuses a helper the program type lacks ("program of this type cannot use helper"), so a
// program using one is refused where the kernel may accept it: never the reverse.
// test/kernel/helper_availability_vs_kernel.test.ts holds this list to the kernel's answer.

const BTF_ARG = "takes a BTF-typed kernel pointer (ARG_PTR_TO_BTF_ID), which bpfplay's verifier does not model";
const BTF_RET = "returns a BTF-typed kernel pointer (RET_PTR_TO_BTF_ID), which bpfplay's verifier does not model";
const DYNPTR = "takes a dynptr (ARG_PTR_TO_DYNPTR), whose stack slots and lifetime bpfplay's verifier does not track";
const TIMER = "takes a bpf_timer in a map value (ARG_PTR_TO_TIMER), found through the map's BTF, which bpfplay does not read";
const CALLBACK = "calls back a function the verifier must walk as the kernel does; bpfplay walks bpf_loop's callbacks only";
const FIXED_PKT = "takes fixed-size packet headers (ARG_PTR_TO_FIXED_SIZE_MEM, sizeof(struct iphdr) etc.), a kind bpfplay does not model";

export const HELPERS_LEFT_OUT: Readonly<Record<string, string>> = {
  spin_lock: "takes a bpf_spin_lock in a map value (ARG_PTR_TO_SPIN_LOCK), found through the map's BTF; bpfplay tracks neither the lock's place nor the held-lock state",
  spin_unlock: "takes a bpf_spin_lock in a map value (ARG_PTR_TO_SPIN_LOCK); bpfplay tracks neither the lock's place nor the held-lock state",
  skb_output: BTF_ARG,
  xdp_output: BTF_ARG,
  skc_to_tcp6_sock: BTF_RET,
  skc_to_tcp_sock: BTF_RET,
  skc_to_tcp_timewait_sock: BTF_RET,
  skc_to_tcp_request_sock: BTF_RET,
  skc_to_udp6_sock: BTF_RET,
  skc_to_unix_sock: BTF_RET,
  skc_to_mptcp_sock: BTF_RET,
  get_task_stack: BTF_ARG,
  per_cpu_ptr: "takes a per-CPU kernel variable (ARG_PTR_TO_PERCPU_BTF_ID) and returns memory or a BTF pointer; bpfplay models neither",
  this_cpu_ptr: "takes a per-CPU kernel variable (ARG_PTR_TO_PERCPU_BTF_ID) and returns memory or a BTF pointer; bpfplay models neither",
  task_storage_get: BTF_ARG,
  task_storage_delete: BTF_ARG,
  get_current_task_btf: BTF_RET,
  sock_from_file: BTF_ARG,
  task_pt_regs: BTF_ARG,
  find_vma: BTF_ARG,
  copy_from_user_task: BTF_ARG,
  cgrp_storage_get: BTF_ARG,
  cgrp_storage_delete: BTF_ARG,
  kptr_xchg: "moves a referenced kernel pointer in and out of a map value's kptr field (ARG_KPTR_XCHG_DEST), found through BTF",
  for_each_map_elem: CALLBACK,
  user_ringbuf_drain: CALLBACK,
  timer_init: TIMER,
  timer_set_callback: TIMER,
  timer_start: TIMER,
  timer_cancel: TIMER,
  dynptr_from_mem: DYNPTR,
  ringbuf_reserve_dynptr: DYNPTR,
  ringbuf_submit_dynptr: DYNPTR,
  ringbuf_discard_dynptr: DYNPTR,
  dynptr_read: DYNPTR,
  dynptr_write: DYNPTR,
  dynptr_data: DYNPTR,
  tcp_raw_gen_syncookie_ipv4: FIXED_PKT,
  tcp_raw_gen_syncookie_ipv6: FIXED_PKT,
  tcp_raw_check_syncookie_ipv4: FIXED_PKT,
  tcp_raw_check_syncookie_ipv6: FIXED_PKT,
};
