; map .bss: array key 4 value 16 max 1
; license "GPL"

; program array_index: section xdp, type xdp, 44 slots
array_index:
	w2 = *(u32 *)(r1 + 4)	; 10
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	w1 = 0	; 11
	if w1 s>= 8 goto +12	; 11
	r3 = r1	; 12
	r3 <<= 2
	r4 = r10
	r4 += -32
	r4 += r3
	r3 = r1
	w3 *= w1
	r5 = r2
	w5 += w3
	*(u32 *)(r4 + 0) = w5
	w1 += 1	; 11
	goto -13
	r1 = 0	; 13
	r2 = r10	; 14
	r2 += -32
	w3 = 0	; 15
	if w3 s>= 8 goto +10	; 15
	r4 = r3	; 16
	r4 <<= 2
	r5 = r2
	r5 += r4
	w4 = *(u32 *)(r5 + 0)
	w5 = *(u32 *)(r5 + 4)
	w4 += w5
	r1 += r4
	w3 += 2	; 15
	goto -11
	r2 = map_value[0] ll	; 17
	*(u64 *)(r2 + 0) = r1
	r1 = r10	; 18
	r1 += -4
	r3 = r10
	r3 += -24
	r1 -= r3
	r1 s>>= 2
	*(u64 *)(r2 + 8) = r1
	w0 = 2	; 19
	exit
