// The C prototype of every helper in enum bpf_func_id, as libbpf's bpf_helper_defs.h declares it
// (return type, parameter types and names), with a one-line summary of what the helper does.
// bpf/bpf_helper_defs.h is generated from this table (src/core/cc/headers/helper_defs.ts), and
// the editor's hover and completion read it too. Ids come from isa/helpers.ts, never from here.

import { helperByName } from "./helpers.ts";

export interface HelperParam {
  /** C type as written, e.g. `const void *`, `__u64`, `struct bpf_sock_tuple *`. */
  readonly type: string;
  readonly name: string;
}

export interface HelperC {
  readonly id: number;
  /** Without the bpf_ prefix, as in isa/helpers.ts. */
  readonly name: string;
  readonly ret: string;
  readonly params: readonly HelperParam[];
  /** bpf_trace_printk takes up to three more arguments after its format. */
  readonly variadic: boolean;
  readonly doc: string;
}

// [name, return type, parameter list as C text ("void" for none), summary]
type Row = readonly [string, string, string, string];

const ROWS: readonly Row[] = [
  ["map_lookup_elem", "void *", "void *map, const void *key", "Finds the value stored under key in map; returns a pointer to it, or NULL when absent."],
  ["map_update_elem", "long", "void *map, const void *key, const void *value, __u64 flags", "Stores value under key in map; flags BPF_ANY, BPF_NOEXIST or BPF_EXIST say whether the key may or must exist."],
  ["map_delete_elem", "long", "void *map, const void *key", "Removes the entry with key from map."],
  ["probe_read", "long", "void *dst, __u32 size, const void *unsafe_ptr", "Copies size bytes from an unchecked address into dst (old form; prefer the _kernel or _user variant)."],
  ["ktime_get_ns", "__u64", "void", "Nanoseconds since boot on the monotonic clock, not counting suspend."],
  ["trace_printk", "long", "const char *fmt, __u32 fmt_size, ...", "Formats up to three arguments with fmt and writes the line to the kernel's trace pipe (debugging only)."],
  ["get_prandom_u32", "__u32", "void", "A pseudo-random 32-bit number, not for cryptography."],
  ["get_smp_processor_id", "__u32", "void", "The id of the CPU the program runs on."],
  ["skb_store_bytes", "long", "struct __sk_buff *skb, __u32 offset, const void *from, __u32 len, __u64 flags", "Writes len bytes from from into the packet at offset; flags can recompute the checksum or invalidate the hash."],
  ["l3_csum_replace", "long", "struct __sk_buff *skb, __u32 offset, __u64 from, __u64 to, __u64 size", "Fixes a network-layer checksum at offset after a field changed from from to to (size 2 or 4 bytes, or 0 with a precomputed diff)."],
  ["l4_csum_replace", "long", "struct __sk_buff *skb, __u32 offset, __u64 from, __u64 to, __u64 flags", "Fixes a transport-layer checksum at offset after a change from from to to; flags carry the size and pseudo-header bit."],
  ["tail_call", "long", "void *ctx, void *prog_array_map, __u32 index", "Jumps into the program at index of a BPF_MAP_TYPE_PROG_ARRAY map, never returning; falls through when the slot is empty."],
  ["clone_redirect", "long", "struct __sk_buff *skb, __u32 ifindex, __u64 flags", "Sends a copy of the packet to the device ifindex (BPF_F_INGRESS for its receive path)."],
  ["get_current_pid_tgid", "__u64", "void", "The current task's thread group id in the upper 32 bits and its thread id in the lower 32 bits."],
  ["get_current_uid_gid", "__u64", "void", "The current task's gid in the upper 32 bits and its uid in the lower 32 bits."],
  ["get_current_comm", "long", "void *buf, __u32 size_of_buf", "Copies the current task's command name (NUL-terminated) into buf."],
  ["get_cgroup_classid", "__u32", "struct __sk_buff *skb", "The net_cls cgroup class id of the packet's socket (cgroup v1)."],
  ["skb_vlan_push", "long", "struct __sk_buff *skb, __be16 vlan_proto, __u16 vlan_tci", "Pushes a VLAN tag with protocol vlan_proto and tag vlan_tci onto the packet."],
  ["skb_vlan_pop", "long", "struct __sk_buff *skb", "Removes the outer VLAN tag from the packet."],
  ["skb_get_tunnel_key", "long", "struct __sk_buff *skb, struct bpf_tunnel_key *key, __u32 size, __u64 flags", "Reads the tunnel metadata of a received encapsulated packet into key."],
  ["skb_set_tunnel_key", "long", "struct __sk_buff *skb, struct bpf_tunnel_key *key, __u32 size, __u64 flags", "Sets the tunnel metadata a collect-metadata tunnel device uses to encapsulate the packet."],
  ["perf_event_read", "__u64", "void *map, __u64 flags", "Reads the counter of the perf event stored in a perf event array map (use perf_event_read_value instead)."],
  ["redirect", "long", "__u32 ifindex, __u64 flags", "Sends the packet to the device ifindex; the program's return value must then be the helper's (TC_ACT_REDIRECT or XDP_REDIRECT)."],
  ["get_route_realm", "__u32", "struct __sk_buff *skb", "The realm of the packet's route (the tclassid of its dst entry)."],
  ["perf_event_output", "long", "void *ctx, void *map, __u64 flags, void *data, __u64 size", "Appends size bytes of data as a raw sample to a BPF_MAP_TYPE_PERF_EVENT_ARRAY buffer (flags pick the CPU, usually BPF_F_CURRENT_CPU)."],
  ["skb_load_bytes", "long", "const void *skb, __u32 offset, void *to, __u32 len", "Copies len bytes of the packet from offset into to, also from non-linear parts."],
  ["get_stackid", "long", "void *ctx, void *map, __u64 flags", "Walks the current stack and stores it in a BPF_MAP_TYPE_STACK_TRACE map; returns its id there."],
  ["csum_diff", "__s64", "__be32 *from, __u32 from_size, __be32 *to, __u32 to_size, __wsum seed", "Ones'-complement sum of the difference between from and to (sizes multiples of 4), added to seed."],
  ["skb_get_tunnel_opt", "long", "struct __sk_buff *skb, void *opt, __u32 size", "Copies the tunnel options of a received packet into opt."],
  ["skb_set_tunnel_opt", "long", "struct __sk_buff *skb, void *opt, __u32 size", "Sets the tunnel options used when the packet is encapsulated."],
  ["skb_change_proto", "long", "struct __sk_buff *skb, __be16 proto, __u64 flags", "Switches the packet between IPv4 and IPv6 (proto in network order), making room for the new header."],
  ["skb_change_type", "long", "struct __sk_buff *skb, __u32 type", "Changes the packet type (PACKET_HOST, PACKET_BROADCAST, ...)."],
  ["skb_under_cgroup", "long", "struct __sk_buff *skb, void *map, __u32 index", "Whether the packet's socket is in the cgroup held at index of a BPF_MAP_TYPE_CGROUP_ARRAY map."],
  ["get_hash_recalc", "__u32", "struct __sk_buff *skb", "The packet's flow hash, computed now if it is not known."],
  ["get_current_task", "__u64", "void", "The address of the current task_struct."],
  ["probe_write_user", "long", "void *dst, const void *src, __u32 len", "Writes len bytes from src to a user-space address of the current task (debugging only)."],
  ["current_task_under_cgroup", "long", "void *map, __u32 index", "Whether the current task is in the cgroup held at index of a BPF_MAP_TYPE_CGROUP_ARRAY map."],
  ["skb_change_tail", "long", "struct __sk_buff *skb, __u32 len, __u64 flags", "Grows or trims the packet to len bytes."],
  ["skb_pull_data", "long", "struct __sk_buff *skb, __u32 len", "Makes at least len bytes of the packet linear so direct access reaches them."],
  ["csum_update", "__s64", "struct __sk_buff *skb, __wsum csum", "Adds csum to the packet's checksum when it is CHECKSUM_COMPLETE."],
  ["set_hash_invalid", "void", "struct __sk_buff *skb", "Marks the packet's flow hash as stale so it is computed again."],
  ["get_numa_node_id", "long", "void", "The NUMA node of the CPU the program runs on."],
  ["skb_change_head", "long", "struct __sk_buff *skb, __u32 len, __u64 flags", "Adds len bytes of headroom in front of the packet."],
  ["xdp_adjust_head", "long", "struct xdp_md *xdp_md, int delta", "Moves the start of the packet by delta bytes (negative grows it); packet pointers must be reloaded."],
  ["probe_read_str", "long", "void *dst, __u32 size, const void *unsafe_ptr", "Copies a NUL-terminated string from an unchecked address into dst (old form of the _kernel_str and _user_str variants)."],
  ["get_socket_cookie", "__u64", "void *ctx", "A unique 64-bit id of the socket behind the context."],
  ["get_socket_uid", "__u32", "struct __sk_buff *skb", "The owner uid of the packet's socket, or the overflow uid."],
  ["set_hash", "long", "struct __sk_buff *skb, __u32 hash", "Sets the packet's flow hash to hash."],
  ["setsockopt", "long", "void *bpf_socket, int level, int optname, void *optval, int optlen", "Sets a socket option on the context's socket, like setsockopt(2) for a subset of options."],
  ["skb_adjust_room", "long", "struct __sk_buff *skb, __s32 len_diff, __u32 mode, __u64 flags", "Grows or shrinks the room at the network or MAC layer by len_diff bytes (mode BPF_ADJ_ROOM_*)."],
  ["redirect_map", "long", "void *map, __u64 key, __u64 flags", "Redirects to the device, CPU or socket held under key in a devmap, cpumap or xskmap; the low bits of flags are the action when the key is absent."],
  ["sk_redirect_map", "long", "struct __sk_buff *skb, void *map, __u32 key, __u64 flags", "Redirects the packet to the socket held under key in a BPF_MAP_TYPE_SOCKMAP."],
  ["sock_map_update", "long", "struct bpf_sock_ops *skops, void *map, void *key, __u64 flags", "Adds the socket of a sock_ops context to a sockmap under key."],
  ["xdp_adjust_meta", "long", "struct xdp_md *xdp_md, int delta", "Moves the start of the metadata area in front of the packet by delta bytes."],
  ["perf_event_read_value", "long", "void *map, __u64 flags, struct bpf_perf_event_value *buf, __u32 buf_size", "Reads counter, enabled and running times of a perf event in a perf event array into buf."],
  ["perf_prog_read_value", "long", "struct bpf_perf_event_data *ctx, struct bpf_perf_event_value *buf, __u32 buf_size", "Reads the value, enabled and running times of the perf event the program is attached to."],
  ["getsockopt", "long", "void *bpf_socket, int level, int optname, void *optval, int optlen", "Reads a socket option of the context's socket, like getsockopt(2) for a subset of options."],
  ["override_return", "long", "struct pt_regs *regs, __u64 rc", "Makes the probed kernel function return rc without running (error injection)."],
  ["sock_ops_cb_flags_set", "long", "struct bpf_sock_ops *bpf_sock, int argval", "Sets which sock_ops callbacks (BPF_SOCK_OPS_*_CB_FLAG) run for this TCP connection."],
  ["msg_redirect_map", "long", "struct sk_msg_md *msg, void *map, __u32 key, __u64 flags", "Redirects the message to the socket held under key in a sockmap."],
  ["msg_apply_bytes", "long", "struct sk_msg_md *msg, __u32 bytes", "Applies the program's verdict to the next bytes bytes of the message."],
  ["msg_cork_bytes", "long", "struct sk_msg_md *msg, __u32 bytes", "Holds the message until bytes bytes have accumulated before running the program again."],
  ["msg_pull_data", "long", "struct sk_msg_md *msg, __u32 start, __u32 end, __u64 flags", "Makes bytes start to end of the message directly accessible."],
  ["bind", "long", "struct bpf_sock_addr *ctx, struct sockaddr *addr, int addr_len", "Binds the socket of a connect hook to addr (a local address or port)."],
  ["xdp_adjust_tail", "long", "struct xdp_md *xdp_md, int delta", "Moves the end of the packet by delta bytes (negative shrinks it)."],
  ["skb_get_xfrm_state", "long", "struct __sk_buff *skb, __u32 index, struct bpf_xfrm_state *xfrm_state, __u32 size, __u64 flags", "Reads the IPsec state at index of the packet's security path into xfrm_state."],
  ["get_stack", "long", "void *ctx, void *buf, __u32 size, __u64 flags", "Copies the kernel (or with BPF_F_USER_STACK the user) stack of the current task into buf."],
  ["skb_load_bytes_relative", "long", "const void *skb, __u32 offset, void *to, __u32 len, __u32 start_header", "Copies len bytes from offset relative to the MAC or network header (start_header) into to."],
  ["fib_lookup", "long", "void *ctx, struct bpf_fib_lookup *params, int plen, __u32 flags", "Looks up the kernel's forwarding table for the addresses in params and fills in the next hop."],
  ["sock_hash_update", "long", "struct bpf_sock_ops *skops, void *map, void *key, __u64 flags", "Adds the socket of a sock_ops context to a sockhash under key."],
  ["msg_redirect_hash", "long", "struct sk_msg_md *msg, void *map, void *key, __u64 flags", "Redirects the message to the socket held under key in a sockhash."],
  ["sk_redirect_hash", "long", "struct __sk_buff *skb, void *map, void *key, __u64 flags", "Redirects the packet to the socket held under key in a sockhash."],
  ["lwt_push_encap", "long", "struct __sk_buff *skb, __u32 type, void *hdr, __u32 len", "Pushes an encapsulation header (seg6 or IP) of len bytes onto the packet."],
  ["lwt_seg6_store_bytes", "long", "struct __sk_buff *skb, __u32 offset, const void *from, __u32 len", "Writes into the editable parts of the packet's IPv6 segment routing header."],
  ["lwt_seg6_adjust_srh", "long", "struct __sk_buff *skb, __u32 offset, __s32 delta", "Grows or shrinks the TLV area of the segment routing header at offset by delta."],
  ["lwt_seg6_action", "long", "struct __sk_buff *skb, __u32 action, void *param, __u32 param_len", "Applies an IPv6 segment routing action (SEG6_LOCAL_ACTION_*) to the packet."],
  ["rc_repeat", "long", "void *ctx", "Reports to input core that the last decoded IR key is repeated."],
  ["rc_keydown", "long", "void *ctx, __u32 protocol, __u64 scancode, __u32 toggle", "Reports a decoded IR key press with its protocol and scancode to input core."],
  ["skb_cgroup_id", "__u64", "struct __sk_buff *skb", "The cgroup v2 id of the packet's socket."],
  ["get_current_cgroup_id", "__u64", "void", "The cgroup v2 id of the current task."],
  ["get_local_storage", "void *", "void *map, __u64 flags", "A pointer to the cgroup local storage of the program's cgroup."],
  ["sk_select_reuseport", "long", "struct sk_reuseport_md *reuse, void *map, void *key, __u64 flags", "Picks the socket held under key in a reuseport array or sockmap for an SO_REUSEPORT group."],
  ["skb_ancestor_cgroup_id", "__u64", "struct __sk_buff *skb, int ancestor_level", "The id of the ancestor at ancestor_level of the cgroup of the packet's socket."],
  ["sk_lookup_tcp", "struct bpf_sock *", "void *ctx, struct bpf_sock_tuple *tuple, __u32 tuple_size, __u64 netns, __u64 flags", "Finds a full TCP socket matching tuple in network namespace netns; returns a reference to release with sk_release, or NULL."],
  ["sk_lookup_udp", "struct bpf_sock *", "void *ctx, struct bpf_sock_tuple *tuple, __u32 tuple_size, __u64 netns, __u64 flags", "Finds a UDP socket matching tuple in network namespace netns; returns a reference to release with sk_release, or NULL."],
  ["sk_release", "long", "void *sock", "Gives back a socket reference taken by a lookup helper."],
  ["map_push_elem", "long", "void *map, const void *value, __u64 flags", "Pushes value onto a queue, stack or bloom filter map (BPF_EXIST evicts the oldest when full)."],
  ["map_pop_elem", "long", "void *map, void *value", "Removes the next element of a queue or stack map and copies it into value."],
  ["map_peek_elem", "long", "void *map, void *value", "Copies the next element of a queue or stack map into value without removing it."],
  ["msg_push_data", "long", "struct sk_msg_md *msg, __u32 start, __u32 len, __u64 flags", "Inserts len bytes of space at start of the message."],
  ["msg_pop_data", "long", "struct sk_msg_md *msg, __u32 start, __u32 len, __u64 flags", "Removes len bytes at start from the message."],
  ["rc_pointer_rel", "long", "void *ctx, __s32 rel_x, __s32 rel_y", "Reports a relative pointer movement decoded from IR to input core."],
  ["spin_lock", "long", "struct bpf_spin_lock *lock", "Takes the bpf_spin_lock inside a map value."],
  ["spin_unlock", "long", "struct bpf_spin_lock *lock", "Releases a bpf_spin_lock taken with spin_lock."],
  ["sk_fullsock", "struct bpf_sock *", "struct bpf_sock *sk", "The full socket behind sk, or NULL when it is a request or timewait socket."],
  ["tcp_sock", "struct bpf_tcp_sock *", "struct bpf_sock *sk", "The bpf_tcp_sock view of sk, or NULL when it is not a TCP socket."],
  ["skb_ecn_set_ce", "long", "struct __sk_buff *skb", "Marks the packet's IP header Congestion Experienced when it is ECN-capable."],
  ["get_listener_sock", "struct bpf_sock *", "struct bpf_sock *sk", "The listening socket behind a request socket, or sk itself when it is a listener."],
  ["skc_lookup_tcp", "struct bpf_sock *", "void *ctx, struct bpf_sock_tuple *tuple, __u32 tuple_size, __u64 netns, __u64 flags", "Like sk_lookup_tcp, but may also return request and timewait sockets."],
  ["tcp_check_syncookie", "long", "void *sk, void *iph, __u32 iph_len, struct tcphdr *th, __u32 th_len", "Whether the TCP ACK in iph and th carries a valid SYN cookie for the listener sk."],
  ["sysctl_get_name", "long", "struct bpf_sysctl *ctx, char *buf, unsigned long buf_len, __u64 flags", "Copies the name of the sysctl being accessed into buf (BPF_F_SYSCTL_BASE_NAME for the last part only)."],
  ["sysctl_get_current_value", "long", "struct bpf_sysctl *ctx, char *buf, unsigned long buf_len", "Copies the sysctl's current value as a string into buf."],
  ["sysctl_get_new_value", "long", "struct bpf_sysctl *ctx, char *buf, unsigned long buf_len", "Copies the value being written to the sysctl into buf."],
  ["sysctl_set_new_value", "long", "struct bpf_sysctl *ctx, const char *buf, unsigned long buf_len", "Replaces the value being written to the sysctl with buf."],
  ["strtol", "long", "const char *buf, unsigned long buf_len, __u64 flags, long *res", "Parses a signed integer from buf (base in the low bits of flags) into res; returns the characters consumed."],
  ["strtoul", "long", "const char *buf, unsigned long buf_len, __u64 flags, unsigned long *res", "Parses an unsigned integer from buf (base in the low bits of flags) into res; returns the characters consumed."],
  ["sk_storage_get", "void *", "void *map, void *sk, void *value, __u64 flags", "The value a BPF_MAP_TYPE_SK_STORAGE map keeps for socket sk, created with BPF_SK_STORAGE_GET_F_CREATE if absent."],
  ["sk_storage_delete", "long", "void *map, void *sk", "Removes the value kept for socket sk in a socket storage map."],
  ["send_signal", "long", "__u32 sig", "Sends signal sig to the current process."],
  ["tcp_gen_syncookie", "__s64", "void *sk, void *iph, __u32 iph_len, struct tcphdr *th, __u32 th_len", "Computes a SYN cookie for the SYN in iph and th; returns the cookie and MSS value."],
  ["skb_output", "long", "void *ctx, void *map, __u64 flags, void *data, __u64 size", "Writes size bytes of data as a sample into a perf event array from a BTF-typed skb program."],
  ["probe_read_user", "long", "void *dst, __u32 size, const void *unsafe_ptr", "Copies size bytes from a user-space address into dst; zeroes dst on failure."],
  ["probe_read_kernel", "long", "void *dst, __u32 size, const void *unsafe_ptr", "Copies size bytes from a kernel address into dst; zeroes dst on failure."],
  ["probe_read_user_str", "long", "void *dst, __u32 size, const void *unsafe_ptr", "Copies a NUL-terminated string from user space into dst; returns its length with the NUL."],
  ["probe_read_kernel_str", "long", "void *dst, __u32 size, const void *unsafe_ptr", "Copies a NUL-terminated string from kernel memory into dst; returns its length with the NUL."],
  ["tcp_send_ack", "long", "void *tp, __u32 rcv_nxt", "Sends an ACK for rcv_nxt on the TCP socket tp."],
  ["send_signal_thread", "long", "__u32 sig", "Sends signal sig to the current thread only."],
  ["jiffies64", "__u64", "void", "The 64-bit jiffies counter."],
  ["read_branch_records", "long", "struct bpf_perf_event_data *ctx, void *buf, __u32 size, __u64 flags", "Copies the last branch records of the perf event into buf."],
  ["get_ns_current_pid_tgid", "long", "__u64 dev, __u64 ino, struct bpf_pidns_info *nsdata, __u32 size", "The current pid and tgid as seen from the pid namespace identified by dev and ino."],
  ["xdp_output", "long", "void *ctx, void *map, __u64 flags, void *data, __u64 size", "Writes size bytes of data as a sample into a perf event array from a BTF-typed XDP program."],
  ["get_netns_cookie", "__u64", "void *ctx", "The cookie of the network namespace of the context."],
  ["get_current_ancestor_cgroup_id", "__u64", "int ancestor_level", "The id of the current task's cgroup ancestor at ancestor_level."],
  ["sk_assign", "long", "void *ctx, void *sk, __u64 flags", "Hands the packet to socket sk on the receive path."],
  ["ktime_get_boot_ns", "__u64", "void", "Nanoseconds since boot, counting time spent suspended."],
  ["seq_printf", "long", "struct seq_file *m, const char *fmt, __u32 fmt_size, const void *data, __u32 data_len", "Formats data with fmt into the seq_file of a BPF iterator."],
  ["seq_write", "long", "struct seq_file *m, const void *data, __u32 len", "Writes len raw bytes into the seq_file of a BPF iterator."],
  ["sk_cgroup_id", "__u64", "void *sk", "The cgroup v2 id of socket sk."],
  ["sk_ancestor_cgroup_id", "__u64", "void *sk, int ancestor_level", "The id of the ancestor at ancestor_level of socket sk's cgroup."],
  ["ringbuf_output", "long", "void *ringbuf, void *data, __u64 size, __u64 flags", "Copies size bytes of data into a BPF_MAP_TYPE_RINGBUF as one record."],
  ["ringbuf_reserve", "void *", "void *ringbuf, __u64 size, __u64 flags", "Reserves size bytes in a ring buffer map; returns the space or NULL, to be submitted or discarded."],
  ["ringbuf_submit", "void", "void *data, __u64 flags", "Publishes a record reserved with ringbuf_reserve."],
  ["ringbuf_discard", "void", "void *data, __u64 flags", "Drops a record reserved with ringbuf_reserve."],
  ["ringbuf_query", "__u64", "void *ringbuf, __u64 flags", "Reads a property of a ring buffer (BPF_RB_AVAIL_DATA, BPF_RB_RING_SIZE, ...)."],
  ["csum_level", "long", "struct __sk_buff *skb, __u64 level", "Reads or changes the checksum level of the packet (BPF_CSUM_LEVEL_*)."],
  ["skc_to_tcp6_sock", "struct tcp6_sock *", "void *sk", "Casts a socket pointer to tcp6_sock, or NULL when it is not one."],
  ["skc_to_tcp_sock", "struct tcp_sock *", "void *sk", "Casts a socket pointer to tcp_sock, or NULL when it is not one."],
  ["skc_to_tcp_timewait_sock", "struct tcp_timewait_sock *", "void *sk", "Casts a socket pointer to tcp_timewait_sock, or NULL when it is not one."],
  ["skc_to_tcp_request_sock", "struct tcp_request_sock *", "void *sk", "Casts a socket pointer to tcp_request_sock, or NULL when it is not one."],
  ["skc_to_udp6_sock", "struct udp6_sock *", "void *sk", "Casts a socket pointer to udp6_sock, or NULL when it is not one."],
  ["get_task_stack", "long", "struct task_struct *task, void *buf, __u32 size, __u64 flags", "Copies the kernel stack of task into buf."],
  ["load_hdr_opt", "long", "struct bpf_sock_ops *skops, void *searchby_res, __u32 len, __u64 flags", "Finds a TCP header option in the packet of a sock_ops context."],
  ["store_hdr_opt", "long", "struct bpf_sock_ops *skops, const void *from, __u32 len, __u64 flags", "Writes a TCP header option into the space reserved for it."],
  ["reserve_hdr_opt", "long", "struct bpf_sock_ops *skops, __u32 len, __u64 flags", "Reserves len bytes of TCP header option space in the packet being built."],
  ["inode_storage_get", "void *", "void *map, void *inode, void *value, __u64 flags", "The value an inode storage map keeps for inode, created on request."],
  ["inode_storage_delete", "int", "void *map, void *inode", "Removes the value kept for inode in an inode storage map."],
  ["d_path", "long", "struct path *path, char *buf, __u32 sz", "Writes the full path name of path into buf."],
  ["copy_from_user", "long", "void *dst, __u32 size, const void *user_ptr", "Copies size bytes from user space into dst, possibly sleeping (sleepable programs only)."],
  ["snprintf_btf", "long", "char *str, __u32 str_size, struct btf_ptr *ptr, __u32 btf_ptr_size, __u64 flags", "Prints the BTF-typed object ptr as text into str."],
  ["seq_printf_btf", "long", "struct seq_file *m, struct btf_ptr *ptr, __u32 ptr_size, __u64 flags", "Prints the BTF-typed object ptr as text into the iterator's seq_file."],
  ["skb_cgroup_classid", "__u64", "struct __sk_buff *skb", "The net_cls class id of the packet's socket, on egress."],
  ["redirect_neigh", "long", "__u32 ifindex, struct bpf_redir_neigh *params, int plen, __u64 flags", "Redirects the packet to device ifindex, filling in the L2 addresses from the neighbour table."],
  ["per_cpu_ptr", "void *", "const void *percpu_ptr, __u32 cpu", "A pointer to CPU cpu's copy of a per-CPU kernel variable, or NULL."],
  ["this_cpu_ptr", "void *", "const void *percpu_ptr", "A pointer to the running CPU's copy of a per-CPU kernel variable."],
  ["redirect_peer", "long", "__u32 ifindex, __u64 flags", "Redirects the packet to the peer device of the veth or netkit ifindex, in its namespace."],
  ["task_storage_get", "void *", "void *map, struct task_struct *task, void *value, __u64 flags", "The value a task storage map keeps for task, created on request."],
  ["task_storage_delete", "long", "void *map, struct task_struct *task", "Removes the value kept for task in a task storage map."],
  ["get_current_task_btf", "struct task_struct *", "void", "The current task_struct as a BTF pointer the program may read directly."],
  ["bprm_opts_set", "long", "struct linux_binprm *bprm, __u64 flags", "Sets options (BPF_F_BPRM_SECUREEXEC) on the binprm being executed."],
  ["ktime_get_coarse_ns", "__u64", "void", "Coarse (tick-resolution) monotonic nanoseconds."],
  ["ima_inode_hash", "long", "struct inode *inode, void *dst, __u32 size", "Copies the IMA measurement hash of inode into dst."],
  ["sock_from_file", "struct socket *", "struct file *file", "The socket behind file, or NULL."],
  ["check_mtu", "long", "void *ctx, __u32 ifindex, __u32 *mtu_len, __s32 len_diff, __u64 flags", "Whether a packet grown by len_diff still fits the MTU of ifindex; reports the MTU in mtu_len."],
  ["for_each_map_elem", "long", "void *map, void *callback_fn, void *callback_ctx, __u64 flags", "Calls callback_fn for each element of map with callback_ctx, until it returns 1."],
  ["snprintf", "long", "char *str, __u32 str_size, const char *fmt, __u64 *data, __u32 data_len", "Formats the u64 values in data with fmt into str, like snprintf."],
  ["sys_bpf", "long", "__u32 cmd, void *attr, __u32 attr_size", "Runs the bpf() system call cmd with attr (syscall programs only)."],
  ["btf_find_by_name_kind", "long", "char *name, int name_sz, __u32 kind, int flags", "Finds a kernel BTF type by name and kind."],
  ["sys_close", "long", "__u32 fd", "Closes file descriptor fd (syscall programs only)."],
  ["timer_init", "long", "struct bpf_timer *timer, void *map, __u64 flags", "Initialises a bpf_timer inside a map value of map."],
  ["timer_set_callback", "long", "struct bpf_timer *timer, void *callback_fn", "Sets the function a bpf_timer calls when it fires."],
  ["timer_start", "long", "struct bpf_timer *timer, __u64 nsecs, __u64 flags", "Arms a bpf_timer to fire after nsecs nanoseconds."],
  ["timer_cancel", "long", "struct bpf_timer *timer", "Cancels a bpf_timer and waits for a running callback to end."],
  ["get_func_ip", "__u64", "void *ctx", "The address of the traced function."],
  ["get_attach_cookie", "__u64", "void *ctx", "The cookie given when the program was attached."],
  ["task_pt_regs", "long", "struct task_struct *task", "The user registers (pt_regs) saved for task."],
  ["get_branch_snapshot", "long", "void *entries, __u32 size, __u64 flags", "Copies the CPU's last branch records into entries."],
  ["trace_vprintk", "long", "const char *fmt, __u32 fmt_size, const void *data, __u32 data_len", "Like trace_printk, with the arguments in an array of u64 values."],
  ["skc_to_unix_sock", "struct unix_sock *", "void *sk", "Casts a socket pointer to unix_sock, or NULL when it is not one."],
  ["kallsyms_lookup_name", "long", "const char *name, int name_sz, int flags, __u64 *res", "The address of kernel symbol name into res."],
  ["find_vma", "long", "struct task_struct *task, __u64 addr, void *callback_fn, void *callback_ctx, __u64 flags", "Calls callback_fn with the vm_area_struct of task that holds addr."],
  ["loop", "long", "__u32 nr_loops, void *callback_fn, void *callback_ctx, __u64 flags", "Calls callback_fn(index, callback_ctx) up to nr_loops times, stopping when it returns 1; returns the calls made."],
  ["strncmp", "long", "const char *s1, __u32 s1_sz, const char *s2", "Compares the first s1_sz bytes of s1 with the constant string s2."],
  ["get_func_arg", "long", "void *ctx, __u32 n, __u64 *value", "Reads argument n of the traced function into value."],
  ["get_func_ret", "long", "void *ctx, __u64 *value", "Reads the return value of the traced function into value (fexit)."],
  ["get_func_arg_cnt", "long", "void *ctx", "The number of arguments of the traced function."],
  ["get_retval", "int", "void", "The return value the cgroup hook will give the system call."],
  ["set_retval", "int", "int retval", "Sets the return value the cgroup hook gives the system call."],
  ["xdp_get_buff_len", "__u64", "struct xdp_md *xdp_md", "The total length of an XDP packet, its fragments included."],
  ["xdp_load_bytes", "long", "struct xdp_md *xdp_md, __u32 offset, void *buf, __u32 len", "Copies len bytes from offset of an XDP packet (fragments included) into buf."],
  ["xdp_store_bytes", "long", "struct xdp_md *xdp_md, __u32 offset, void *buf, __u32 len", "Writes len bytes from buf into an XDP packet at offset."],
  ["copy_from_user_task", "long", "void *dst, __u32 size, const void *user_ptr, struct task_struct *tsk, __u64 flags", "Copies size bytes from the user memory of task into dst (sleepable programs only)."],
  ["skb_set_tstamp", "long", "struct __sk_buff *skb, __u64 tstamp, __u32 tstamp_type", "Sets the packet's timestamp and its clock (BPF_SKB_TSTAMP_*)."],
  ["ima_file_hash", "long", "struct file *file, void *dst, __u32 size", "Copies the IMA hash of file into dst, measuring it if needed."],
  ["kptr_xchg", "void *", "void *map_value, void *ptr", "Swaps ptr into a kptr field of a map value and returns the old pointer."],
  ["map_lookup_percpu_elem", "void *", "void *map, const void *key, __u32 cpu", "Finds the value under key of a per-CPU map for CPU cpu."],
  ["skc_to_mptcp_sock", "struct mptcp_sock *", "void *sk", "The MPTCP socket behind a subflow socket, or NULL."],
  ["dynptr_from_mem", "long", "void *data, __u32 size, __u64 flags, struct bpf_dynptr *ptr", "Makes a dynptr over the local memory data of size bytes."],
  ["ringbuf_reserve_dynptr", "long", "void *ringbuf, __u32 size, __u64 flags, struct bpf_dynptr *ptr", "Reserves size bytes of a ring buffer as a dynptr."],
  ["ringbuf_submit_dynptr", "void", "struct bpf_dynptr *ptr, __u64 flags", "Publishes a ring buffer record held by a dynptr."],
  ["ringbuf_discard_dynptr", "void", "struct bpf_dynptr *ptr, __u64 flags", "Drops a ring buffer record held by a dynptr."],
  ["dynptr_read", "long", "void *dst, __u32 len, const struct bpf_dynptr *src, __u32 offset, __u64 flags", "Copies len bytes from offset of dynptr src into dst."],
  ["dynptr_write", "long", "const struct bpf_dynptr *dst, __u32 offset, void *src, __u32 len, __u64 flags", "Copies len bytes from src into dynptr dst at offset."],
  ["dynptr_data", "void *", "const struct bpf_dynptr *ptr, __u32 offset, __u32 len", "A direct pointer to len bytes at offset of a dynptr, or NULL."],
  ["tcp_raw_gen_syncookie_ipv4", "__s64", "struct iphdr *iph, struct tcphdr *th, __u32 th_len", "Computes a SYN cookie for an IPv4 SYN without a socket."],
  ["tcp_raw_gen_syncookie_ipv6", "__s64", "struct ipv6hdr *iph, struct tcphdr *th, __u32 th_len", "Computes a SYN cookie for an IPv6 SYN without a socket."],
  ["tcp_raw_check_syncookie_ipv4", "long", "struct iphdr *iph, struct tcphdr *th", "Checks the SYN cookie of an IPv4 ACK without a socket."],
  ["tcp_raw_check_syncookie_ipv6", "long", "struct ipv6hdr *iph, struct tcphdr *th", "Checks the SYN cookie of an IPv6 ACK without a socket."],
  ["ktime_get_tai_ns", "__u64", "void", "Nanoseconds on the TAI clock."],
  ["user_ringbuf_drain", "long", "void *map, void *callback_fn, void *ctx, __u64 flags", "Calls callback_fn on each sample user space wrote into a user ring buffer."],
  ["cgrp_storage_get", "void *", "void *map, struct cgroup *cgroup, void *value, __u64 flags", "The value a cgroup storage map keeps for cgroup, created on request."],
  ["cgrp_storage_delete", "long", "void *map, struct cgroup *cgroup", "Removes the value kept for cgroup in a cgroup storage map."],
];

function parseParams(text: string): { params: HelperParam[]; variadic: boolean } {
  if (text === "void") return { params: [], variadic: false };
  const parts = text.split(",").map((s) => s.trim());
  const variadic = parts[parts.length - 1] === "...";
  if (variadic) parts.pop();
  const params = parts.map((p) => {
    const m = /^(.*?)\s*([A-Za-z_]\w*)$/.exec(p);
    if (!m) throw new Error(`internal: bad helper parameter ${p}`);
    return { type: m[1], name: m[2] };
  });
  return { params, variadic };
}

export const HELPER_C: readonly HelperC[] = ROWS.map(([name, ret, params, doc]) => {
  const h = helperByName(name);
  if (!h) throw new Error(`internal: no helper ${name}`);
  return { id: h.id, name, ret, ...parseParams(params), doc };
});

const byName = new Map(HELPER_C.map((h) => [h.name, h]));

/** Looks a helper up by `map_lookup_elem` or `bpf_map_lookup_elem`. */
export function helperC(name: string): HelperC | undefined {
  return byName.get(name.startsWith("bpf_") ? name.slice(4) : name);
}

/** `long bpf_map_delete_elem(void *map, const void *key)`: the prototype as a function, for hovers. */
export function helperSignature(h: HelperC): string {
  const params = h.params.map((p) => paramText(p));
  if (h.variadic) params.push("...");
  return `${typeText(h.ret)}bpf_${h.name}(${params.length ? params.join(", ") : "void"})`;
}

/** `static long (*bpf_map_delete_elem)(void *map, const void *key) = (void *) 3;`, as libbpf declares it. */
export function helperDeclaration(h: HelperC): string {
  const params = h.params.map((p) => paramText(p));
  if (h.variadic) params.push("...");
  return `static ${typeText(h.ret)}(*bpf_${h.name})(${params.length ? params.join(", ") : "void"}) = (void *) ${h.id};`;
}

const typeText = (t: string): string => (t.endsWith("*") ? t : t + " ");
const paramText = (p: HelperParam): string => typeText(p.type) + p.name;
