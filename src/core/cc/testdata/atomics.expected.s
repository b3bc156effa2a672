; map .bss: array key 4 value 40 max 1
; license "GPL"

; program atomics: section xdp, type xdp, 38 slots
atomics:
	w2 = *(u32 *)(r1 + 4)	; 11
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r1 = map_value[0] ll	; 12
	lock *(u64 *)(r1 + 0) += r2
	r1 = map_value[0] + 8 ll	; 13
	w2 = 1
	lock *(u32 *)(r1 + 0) += w2
	r1 = map_value[0] + 16 ll	; 14
	r2 = map_value[0] ll
	r3 = 2
	r3 = atomic_fetch_add((u64 *)(r2 + 0), r3)
	*(u64 *)(r1 + 0) = r3
	r1 = map_value[0] + 16 ll	; 15
	r2 = map_value[0] ll
	r3 = 256
	r3 = atomic_fetch_or((u64 *)(r2 + 0), r3)
	*(u64 *)(r1 + 8) = r3
	r1 = map_value[0] + 16 ll	; 16
	r2 = map_value[0] ll
	r3 = 9
	r0 = 0
	r0 = cmpxchg_64(r2 + 0, r0, r3)
	*(u64 *)(r1 + 16) = r0
	r1 = map_value[0] + 8 ll	; 17
	w2 = 255
	lock *(u32 *)(r1 + 0) &= w2
	w0 = 2	; 18
	exit
