; map .bss: array key 4 value 40 max 1
; license "GPL"

; program atomics: section xdp, type xdp, 22 slots
atomics:
	r2 = map_value[0] ll
	w3 = *(u32 *)(r1 + 4)	; 11
	w1 = *(u32 *)(r1 + 0)
	w3 -= w1
	lock *(u64 *)(r2 + 0) += r3
	w1 = 1	; 13
	lock *(u32 *)(r2 + 8) += w1
	r1 = 2	; 14
	r1 = atomic_fetch_add((u64 *)(r2 + 0), r1)
	*(u64 *)(r2 + 16) = r1
	r1 = 256	; 15
	r1 = atomic_fetch_or((u64 *)(r2 + 0), r1)
	*(u64 *)(r2 + 24) = r1
	r1 = 9	; 16
	r0 = 0
	r0 = cmpxchg_64(r2 + 0, r0, r1)
	*(u64 *)(r2 + 32) = r0
	w1 = 255	; 17
	lock *(u32 *)(r2 + 8) &= w1
	w0 = 2	; 18
	exit
