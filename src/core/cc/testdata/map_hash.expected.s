; map counts: hash key 12 value 8 max 64
; license "GPL"

; program map_hash: section xdp, type xdp, 29 slots
map_hash:
	*(u32 *)(r10 - 12) = 0	; 20
	*(u64 *)(r10 - 8) = 0
	*(u8 *)(r10 - 12) = 6
	w2 = *(u32 *)(r1 + 4)
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	*(u32 *)(r10 - 8) = w2
	*(u64 *)(r10 - 24) = 1	; 21
	*(u16 *)(r10 - 4) = 80	; 22
	r1 = map[counts] ll	; 23
	r2 = r10
	r2 += -12
	call 1
	if r0 == 0 goto +4	; 24
	r1 = 1	; 25
	lock *(u64 *)(r0 + 0) += r1
	w0 = 2	; 26
	exit
	r1 = map[counts] ll	; 28
	r2 = r10
	r2 += -12
	r3 = r10
	r3 += -24
	r4 = 1
	call 2
	w0 = 1	; 29
	exit
