; map .bss: array key 4 value 16 max 1
; license "GPL"

; program array_index: section xdp, type xdp, 54 slots
array_index:
	r2 = map_value[0] ll
	w3 = *(u32 *)(r1 + 4)	; 10
	w1 = *(u32 *)(r1 + 0)
	w3 -= w1
	w1 = 0	; 11
	if w1 s>= 8 goto +14
	r4 = r1	; 12
	r4 <<= 32
	r4 s>>= 32
	r4 <<= 2
	r5 = r10
	r5 += -32
	r5 += r4
	r4 = r1
	w4 *= w1
	r0 = r3
	w0 += w4
	*(u32 *)(r5 + 0) = w0
	w1 += 1	; 11
	goto -15
	r1 = 0	; 13
	r3 = r10	; 14
	r3 += -32
	w4 = 0	; 15
	if w4 s>= 8 goto +18
	r5 = r4	; 16
	r5 <<= 32
	r5 s>>= 32
	r5 <<= 2
	r0 = r3
	r0 += r5
	w5 = *(u32 *)(r0 + 0)
	r0 = r4
	r0 <<= 32
	r0 s>>= 32
	r0 <<= 2
	r6 = r3
	r6 += r0
	w0 = *(u32 *)(r6 + 4)
	w5 += w0
	r1 += r5
	w4 += 2	; 15
	goto -19
	*(u64 *)(r2 + 0) = r1	; 17
	r1 = r10	; 18
	r1 += -4
	r3 = r10
	r3 += -24
	r1 -= r3
	r1 s>>= 2
	*(u64 *)(r2 + 8) = r1
	w0 = 2	; 19
	exit
