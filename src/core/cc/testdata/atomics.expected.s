; map .bss: array key 4 value 40 max 1
; license "GPL"

; program atomics: section xdp, type xdp, 26 slots
atomics:
	w2 = *(u32 *)(r1 + 4)	; 11
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r1 = map_value[0] ll	; 12
	lock *(u64 *)(r1 + 0) += r2
	r2 = map_value[0] + 8 ll	; 13
	w3 = 1
	lock *(u32 *)(r2 + 0) += w3
	r3 = map_value[0] + 16 ll	; 14
	r4 = 2
	r4 = atomic_fetch_add((u64 *)(r1 + 0), r4)
	*(u64 *)(r3 + 0) = r4
	r4 = 256	; 15
	r4 = atomic_fetch_or((u64 *)(r1 + 0), r4)
	*(u64 *)(r3 + 8) = r4
	r4 = 9	; 16
	r0 = 0
	r0 = cmpxchg_64(r1 + 0, r0, r4)
	*(u64 *)(r3 + 16) = r0
	w1 = 255	; 17
	lock *(u32 *)(r2 + 0) &= w1
	w0 = 2	; 18
	exit
