// The assembly examples' text: programs where the point is the bytecode (moved here from
// catalog.ts; the gallery's group files say what each shows).

import { EXAMPLES } from "../../stores/examples.ts";

const xdpCounter = `; Count packets per EtherType in a hash map, then let them pass.
; Press Run a few times: the map keeps its counts between runs,
; as a kernel map does between packets.

.section xdp
.map counts, type=hash, key_size=4, value_size=8, max_entries=64

	r6 = r1                        ; r6 = ctx (struct xdp_md *)
	r2 = *(u32 *)(r6 + 0)          ; data
	r3 = *(u32 *)(r6 + 4)          ; data_end
	r4 = r2
	r4 += 14
	if r4 > r3 goto pass           ; shorter than an Ethernet header
	r5 = *(u16 *)(r2 + 12)         ; EtherType, network byte order
	r5 = be16 r5
	*(u32 *)(r10 - 4) = w5         ; the key
	r1 = map[counts] ll
	r2 = r10
	r2 += -4
	call bpf_map_lookup_elem
	if r0 == 0 goto first
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1    ; one more of this type
	goto pass
first:
	r1 = 1
	*(u64 *)(r10 - 16) = r1        ; the first one: count = 1
	r1 = map[counts] ll
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -16
	r4 = 0                         ; BPF_ANY
	call bpf_map_update_elem
pass:
	r0 = 2                         ; XDP_PASS
	exit
`;

const sumBytes = `; Add up the bytes of the packet in a bounded loop and keep the
; sum in skb->mark. Every load is checked against data_end first,
; as the verifier demands.

.section tc

	r6 = r1                        ; r6 = ctx (struct __sk_buff *)
	r2 = *(u32 *)(r6 + 76)         ; skb->data
	r3 = *(u32 *)(r6 + 80)         ; skb->data_end
	r7 = 0                         ; the sum
	r8 = 0                         ; the index
loop:
	if r8 >= 64 goto done          ; at most 64 bytes
	r4 = r2
	r4 += r8
	r5 = r4
	r5 += 1
	if r5 > r3 goto done           ; past the end of the packet
	r1 = *(u8 *)(r4 + 0)
	r7 += r1
	r8 += 1
	goto loop
done:
	*(u32 *)(r6 + 8) = w7          ; skb->mark = the sum
	r0 = 0                         ; TC_ACT_OK
	exit
`;

const printk = `; bpf_printk: format a message into the kernel's trace buffer.
; The Terminal shows it as /sys/kernel/tracing/trace_pipe would.

.section kprobe

	r1 = 0x65202c6f6c6c6548 ll     ; "Hello, e"
	*(u64 *)(r10 - 24) = r1
	r1 = 0x6425232021465042 ll     ; "BPF! #%d"
	*(u64 *)(r10 - 16) = r1
	*(u8 *)(r10 - 8) = 0           ; the terminating NUL
	r6 = 1
loop:
	r1 = r10
	r1 += -24                      ; fmt
	r2 = 17                        ; fmt_size, with the NUL
	r3 = r6                        ; the %d
	call bpf_trace_printk
	r6 += 1
	if r6 <= 3 goto loop
	r0 = 0
	exit
`;

const calls = `; bpf-to-bpf calls: main calls sum_squares(3, 4), which calls
; square twice. Each call gets its own 512-byte stack frame, and
; r6-r9 are restored on return. Try Step, Step over and Step out.

	r1 = 3
	r2 = 4
	call sum_squares
	exit                           ; r0 = 3*3 + 4*4 = 25

sum_squares:
	r6 = r2                        ; keep b across the call
	call square                    ; r0 = a*a
	*(u64 *)(r10 - 8) = r0         ; spill it to this frame's stack
	r1 = r6
	call square                    ; r0 = b*b
	r1 = *(u64 *)(r10 - 8)
	r0 += r1
	exit

square:
	r0 = r1
	r0 *= r1
	exit
`;

const ringbuf = `; Send an event to user space through a ring buffer: reserve a
; record, fill it in, submit it. The Maps pane lists the records.

.section xdp
.map events, type=ringbuf, key_size=0, value_size=0, max_entries=4096

	r6 = r1
	r7 = *(u32 *)(r6 + 0)          ; data
	r8 = *(u32 *)(r6 + 4)          ; data_end
	r1 = map[events] ll
	r2 = 16                        ; the record's size
	r3 = 0
	call bpf_ringbuf_reserve
	if r0 == 0 goto pass           ; the ring is full
	r9 = r0
	r8 -= r7                       ; the packet's length
	*(u64 *)(r9 + 0) = r8
	call bpf_ktime_get_ns
	*(u64 *)(r9 + 8) = r0          ; a timestamp
	r1 = r9
	r2 = 0
	call bpf_ringbuf_submit
pass:
	r0 = 2                         ; XDP_PASS
	exit
`;

const endless = `; An endless loop. The kernel's verifier would refuse it; here the
; instruction budget (1,000,000 instructions) stops it. Press Run:
; the page stays responsive, and Pause or Reset stop it at once.

	r0 = 0
loop:
	r0 += 1
	goto loop
`;

export const ASM_TEXT = { xdpCounter, sumBytes, printk, calls, ringbuf, endless, popcount: EXAMPLES.llvm } as const;
