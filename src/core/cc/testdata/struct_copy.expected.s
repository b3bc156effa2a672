; map .bss: array key 4 value 16 max 1
; license "GPL"

; program struct_copy: section xdp, type xdp, 28 slots
struct_copy:
	*(u64 *)(r10 - 16) = 0	; 15
	w2 = *(u32 *)(r1 + 4)
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	*(u32 *)(r10 - 16) = w2
	*(u64 *)(r10 - 8) = 7
	w1 = *(u32 *)(r10 - 16)	; 17
	w1 += 1
	w1 &= 65535
	*(u16 *)(r10 - 12) = w1
	r1 = *(u64 *)(r10 - 16)	; 18
	*(u64 *)(r10 - 32) = r1
	r1 = *(u64 *)(r10 - 8)
	*(u64 *)(r10 - 24) = r1
	r1 = *(u64 *)(r10 - 24)	; 19
	w2 = *(u32 *)(r10 - 32)
	r1 += r2
	*(u64 *)(r10 - 24) = r1
	r1 = map_value[0] ll	; 20
	r2 = *(u64 *)(r10 - 32)
	*(u64 *)(r1 + 0) = r2
	r2 = *(u64 *)(r10 - 24)
	*(u64 *)(r1 + 8) = r2
	w0 = *(u16 *)(r10 - 28)	; 21
	r1 = *(u64 *)(r10 - 24)
	w0 += w1
	exit
