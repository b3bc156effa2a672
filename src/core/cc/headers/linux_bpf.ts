// linux/bpf.h: what a BPF program (not a loader) uses from the kernel UAPI header, Linux 6.12.
// BPF_UAPI_TYPES holds the enums and structs with no macro in them, so vmlinux.h can carry the
// same text; the header adds the few macros on top.

import { bpfEnumsText } from "./bpf_enums.ts";

const FLAGS = String.raw`/* flags of map_update_elem and friends */
enum {
	BPF_ANY = 0,
	BPF_NOEXIST = 1,
	BPF_EXIST = 2,
	BPF_F_LOCK = 4,
};

/* map_flags of BPF_MAP_CREATE; BPF_F_RDONLY_PROG is what .rodata maps are frozen with */
enum {
	BPF_F_NO_PREALLOC = (1U << 0),
	BPF_F_NO_COMMON_LRU = (1U << 1),
	BPF_F_NUMA_NODE = (1U << 2),
	BPF_F_RDONLY = (1U << 3),
	BPF_F_WRONLY = (1U << 4),
	BPF_F_STACK_BUILD_ID = (1U << 5),
	BPF_F_ZERO_SEED = (1U << 6),
	BPF_F_RDONLY_PROG = (1U << 7),
	BPF_F_WRONLY_PROG = (1U << 8),
	BPF_F_CLONE = (1U << 9),
	BPF_F_MMAPABLE = (1U << 10),
	BPF_F_PRESERVE_ELEMS = (1U << 11),
	BPF_F_INNER_MAP = (1U << 12),
	BPF_F_LINK = (1U << 13),
	BPF_F_PATH_FD = (1U << 14),
	BPF_F_VTYPE_BTF_OBJ_FD = (1U << 15),
	BPF_F_TOKEN_FD = (1U << 16),
	BPF_F_SEGV_ON_FAULT = (1U << 17),
	BPF_F_NO_USER_CONV = (1U << 18),
};

/* skb_store_bytes */
enum {
	BPF_F_RECOMPUTE_CSUM = (1ULL << 0),
	BPF_F_INVALIDATE_HASH = (1ULL << 1),
};

/* l3_csum_replace and l4_csum_replace: the low bits carry the field size */
enum {
	BPF_F_HDR_FIELD_MASK = 0xfULL,
};

/* l4_csum_replace */
enum {
	BPF_F_PSEUDO_HDR = (1ULL << 4),
	BPF_F_MARK_MANGLED_0 = (1ULL << 5),
	BPF_F_MARK_ENFORCE = (1ULL << 6),
};

/* skb_set_tunnel_key and skb_get_tunnel_key */
enum {
	BPF_F_TUNINFO_IPV6 = (1ULL << 0),
};

/* get_stackid and get_stack */
enum {
	BPF_F_SKIP_FIELD_MASK = 0xffULL,
	BPF_F_USER_STACK = (1ULL << 8),
	BPF_F_FAST_STACK_CMP = (1ULL << 9),
	BPF_F_REUSE_STACKID = (1ULL << 10),
	BPF_F_USER_BUILD_ID = (1ULL << 11),
};

enum {
	BPF_F_ZERO_CSUM_TX = (1ULL << 1),
	BPF_F_DONT_FRAGMENT = (1ULL << 2),
	BPF_F_SEQ_NUMBER = (1ULL << 3),
	BPF_F_NO_TUNNEL_KEY = (1ULL << 4),
};

enum {
	BPF_F_TUNINFO_FLAGS = (1ULL << 4),
};

/* perf_event_output, perf_event_read, perf_event_read_value: which CPU's buffer */
enum {
	BPF_F_INDEX_MASK = 0xffffffffULL,
	BPF_F_CURRENT_CPU = BPF_F_INDEX_MASK,
	BPF_F_CTXLEN_MASK = (0xfffffULL << 32),
};

/* the netns argument of the socket lookups */
enum {
	BPF_F_CURRENT_NETNS = (-1L),
};

enum {
	BPF_CSUM_LEVEL_QUERY,
	BPF_CSUM_LEVEL_INC,
	BPF_CSUM_LEVEL_DEC,
	BPF_CSUM_LEVEL_RESET,
};

/* skb_adjust_room */
enum {
	BPF_F_ADJ_ROOM_FIXED_GSO = (1ULL << 0),
	BPF_F_ADJ_ROOM_ENCAP_L3_IPV4 = (1ULL << 1),
	BPF_F_ADJ_ROOM_ENCAP_L3_IPV6 = (1ULL << 2),
	BPF_F_ADJ_ROOM_ENCAP_L4_GRE = (1ULL << 3),
	BPF_F_ADJ_ROOM_ENCAP_L4_UDP = (1ULL << 4),
	BPF_F_ADJ_ROOM_NO_CSUM_RESET = (1ULL << 5),
	BPF_F_ADJ_ROOM_ENCAP_L2_ETH = (1ULL << 6),
	BPF_F_ADJ_ROOM_DECAP_L3_IPV4 = (1ULL << 7),
	BPF_F_ADJ_ROOM_DECAP_L3_IPV6 = (1ULL << 8),
};

enum {
	BPF_ADJ_ROOM_ENCAP_L2_MASK = 0xff,
	BPF_ADJ_ROOM_ENCAP_L2_SHIFT = 56,
};

enum bpf_adj_room_mode {
	BPF_ADJ_ROOM_NET,
	BPF_ADJ_ROOM_MAC,
};

enum bpf_hdr_start_off {
	BPF_HDR_START_MAC,
	BPF_HDR_START_NET,
};

enum {
	BPF_F_SYSCTL_BASE_NAME = (1ULL << 0),
};

/* sk_storage_get, task_storage_get, ... */
enum {
	BPF_LOCAL_STORAGE_GET_F_CREATE = (1ULL << 0),
	BPF_SK_STORAGE_GET_F_CREATE = BPF_LOCAL_STORAGE_GET_F_CREATE,
};

enum {
	BPF_F_GET_BRANCH_RECORDS_SIZE = (1ULL << 0),
};

/* ringbuf_output, ringbuf_submit, ringbuf_discard */
enum {
	BPF_RB_NO_WAKEUP = (1ULL << 0),
	BPF_RB_FORCE_WAKEUP = (1ULL << 1),
};

/* ringbuf_query */
enum {
	BPF_RB_AVAIL_DATA = 0,
	BPF_RB_RING_SIZE = 1,
	BPF_RB_CONS_POS = 2,
	BPF_RB_PROD_POS = 3,
};

enum {
	BPF_RINGBUF_BUSY_BIT = (1U << 31),
	BPF_RINGBUF_DISCARD_BIT = (1U << 30),
	BPF_RINGBUF_HDR_SZ = 8,
};

enum {
	BPF_SK_LOOKUP_F_REPLACE = (1ULL << 0),
	BPF_SK_LOOKUP_F_NO_REUSEPORT = (1ULL << 1),
};

enum {
	BPF_F_BPRM_SECUREEXEC = (1ULL << 0),
};

/* redirect and redirect_map */
enum {
	BPF_F_INGRESS = (1ULL << 0),
	BPF_F_BROADCAST = (1ULL << 3),
	BPF_F_EXCLUDE_INGRESS = (1ULL << 4),
};

enum {
	BPF_SKB_TSTAMP_UNSPEC = 0,
	BPF_SKB_TSTAMP_DELIVERY_MONO = 1,
	BPF_SKB_CLOCK_REALTIME = 0,
	BPF_SKB_CLOCK_MONOTONIC = 1,
	BPF_SKB_CLOCK_TAI = 2,
};

/* the state of a struct bpf_sock, as the kernel's TCP states number them */
enum {
	BPF_TCP_ESTABLISHED = 1,
	BPF_TCP_SYN_SENT,
	BPF_TCP_SYN_RECV,
	BPF_TCP_FIN_WAIT1,
	BPF_TCP_FIN_WAIT2,
	BPF_TCP_TIME_WAIT,
	BPF_TCP_CLOSE,
	BPF_TCP_CLOSE_WAIT,
	BPF_TCP_LAST_ACK,
	BPF_TCP_LISTEN,
	BPF_TCP_CLOSING,
	BPF_TCP_NEW_SYN_RECV,
	BPF_TCP_BOUND_INACTIVE,
	BPF_TCP_MAX_STATES
};

/* what an XDP program returns */
enum xdp_action {
	XDP_ABORTED = 0,
	XDP_DROP,
	XDP_PASS,
	XDP_TX,
	XDP_REDIRECT,
};

/* what sk_skb, sk_msg and sk_lookup programs return */
enum sk_action {
	SK_DROP = 0,
	SK_PASS,
};

/* what lwt and flow dissector programs return */
enum bpf_ret_code {
	BPF_OK = 0,
	BPF_DROP = 2,
	BPF_REDIRECT = 7,
	BPF_LWT_REROUTE = 128,
	BPF_FLOW_DISSECTOR_CONTINUE = 129,
};
`;

// Pointer fields of context structs are 8 bytes wide and 8-aligned on every architecture: the
// kernel spells that with __bpf_md_ptr(); here it is written out so vmlinux.h can share it.
const STRUCTS = String.raw`struct bpf_flow_keys;
struct bpf_sock;

/* the context of socket filter, tc, cgroup_skb, lwt and sk_skb programs */
struct __sk_buff {
	__u32 len;
	__u32 pkt_type;
	__u32 mark;
	__u32 queue_mapping;
	__u32 protocol;
	__u32 vlan_present;
	__u32 vlan_tci;
	__u32 vlan_proto;
	__u32 priority;
	__u32 ingress_ifindex;
	__u32 ifindex;
	__u32 tc_index;
	__u32 cb[5];
	__u32 hash;
	__u32 tc_classid;
	__u32 data;
	__u32 data_end;
	__u32 napi_id;
	__u32 family;
	__u32 remote_ip4; /* network byte order */
	__u32 local_ip4; /* network byte order */
	__u32 remote_ip6[4];
	__u32 local_ip6[4];
	__u32 remote_port; /* network byte order */
	__u32 local_port; /* host byte order */
	__u32 data_meta;
	union {
		struct bpf_flow_keys *flow_keys;
		__u64 :64;
	} __attribute__((aligned(8)));
	__u64 tstamp;
	__u32 wire_len;
	__u32 gso_segs;
	union {
		struct bpf_sock *sk;
		__u64 :64;
	} __attribute__((aligned(8)));
	__u32 gso_size;
	__u8 tstamp_type;
	__u32 :24;
	__u64 hwtstamp;
};

/* the context of XDP programs: data, data_end and data_meta read as packet pointers */
struct xdp_md {
	__u32 data;
	__u32 data_end;
	__u32 data_meta;
	__u32 ingress_ifindex;
	__u32 rx_queue_index;
	__u32 egress_ifindex;
};

/* the socket view that sk_lookup_tcp, sk_fullsock and skb->sk give */
struct bpf_sock {
	__u32 bound_dev_if;
	__u32 family;
	__u32 type;
	__u32 protocol;
	__u32 mark;
	__u32 priority;
	__u32 src_ip4;
	__u32 src_ip6[4];
	__u32 src_port; /* host byte order */
	__be16 dst_port; /* network byte order */
	__u16 :16;
	__u32 dst_ip4;
	__u32 dst_ip6[4];
	__u32 state;
	__s32 rx_queue_mapping;
};

/* the context of cgroup_sock_addr programs (cgroup/bind4, cgroup/connect6, ...): the address a
   socket call gives, ports and addresses in network byte order */
struct bpf_sock_addr {
	__u32 user_family;
	__u32 user_ip4;
	__u32 user_ip6[4];
	__u32 user_port;
	__u32 family;
	__u32 type;
	__u32 protocol;
	__u32 msg_src_ip4;
	__u32 msg_src_ip6[4];
	union {
		struct bpf_sock *sk;
		__u64 :64;
	} __attribute__((aligned(8)));
};

struct bpf_tcp_sock {
	__u32 snd_cwnd;
	__u32 srtt_us;
	__u32 rtt_min;
	__u32 snd_ssthresh;
	__u32 rcv_nxt;
	__u32 snd_nxt;
	__u32 snd_una;
	__u32 mss_cache;
	__u32 ecn_flags;
	__u32 rate_delivered;
	__u32 rate_interval_us;
	__u32 packets_out;
	__u32 retrans_out;
	__u32 total_retrans;
	__u32 segs_in;
	__u32 data_segs_in;
	__u32 segs_out;
	__u32 data_segs_out;
	__u32 lost_out;
	__u32 sacked_out;
	__u64 bytes_received;
	__u64 bytes_acked;
	__u32 dsack_dups;
	__u32 delivered;
	__u32 delivered_ce;
	__u32 icsk_retransmits;
};

/* the key of the socket lookup helpers: addresses and ports in network byte order */
struct bpf_sock_tuple {
	union {
		struct {
			__be32 saddr;
			__be32 daddr;
			__be16 sport;
			__be16 dport;
		} ipv4;
		struct {
			__be32 saddr[4];
			__be32 daddr[4];
			__be16 sport;
			__be16 dport;
		} ipv6;
	};
};

/* objects the kernel manages inside map values; programs only pass their address */
struct bpf_spin_lock {
	__u32 val;
};

struct bpf_timer {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

struct bpf_dynptr {
	__u64 __opaque[2];
} __attribute__((aligned(8)));

/* the context of raw tracepoint programs */
struct bpf_raw_tracepoint_args {
	__u64 args[0];
};

struct bpf_perf_event_value {
	__u64 counter;
	__u64 enabled;
	__u64 running;
};

struct bpf_pidns_info {
	__u32 pid;
	__u32 tgid;
};
`;

/** Everything of linux/bpf.h but its macros: shared with vmlinux.h. */
export const BPF_UAPI_TYPES = bpfEnumsText() + "\n" + FLAGS + "\n" + STRUCTS;

export const LINUX_BPF_H = String.raw`#ifndef _UAPI__LINUX_BPF_H__
#define _UAPI__LINUX_BPF_H__
#include <linux/types.h>

${BPF_UAPI_TYPES}
#define BPF_F_REDIRECT_FLAGS (BPF_F_INGRESS | BPF_F_BROADCAST | BPF_F_EXCLUDE_INGRESS)

#define __bpf_md_ptr(type, name) \
union { \
	type name; \
	__u64 :64; \
} __attribute__((aligned(8)))

#define XDP_PACKET_HEADROOM 256
#define BPF_OBJ_NAME_LEN 16U
#endif /* _UAPI__LINUX_BPF_H__ */
`;
