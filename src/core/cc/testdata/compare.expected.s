; map .bss: array key 4 value 4 max 1
; license "GPL"

; program compare: section xdp, type xdp, 32 slots
compare:
	r2 = map_value[0] ll
	w3 = *(u32 *)(r1 + 4)	; 9
	w1 = *(u32 *)(r1 + 0)
	w3 -= w1
	r1 = r3	; 10
	w1 = -w1
	r4 = r1	; 11
	r5 = r1	; 12
	r5 <<= 32
	r5 s>>= 32
	r0 = r5	; 13
	w6 = 0	; 14
	if w1 s>= 0 goto +1
	w6 |= 1	; 15
	if w4 <= 100 goto +1
	w6 |= 2	; 16
	if r5 s>= -10 goto +1
	w6 |= 4	; 17
	w5 = -1	; 18
	if r0 <= r5 goto +1
	w6 |= 8	; 18
	if w3 s< 64 goto +1
	w6 |= 16	; 19
	if w3 == 64 goto +1
	w6 |= 32	; 20
	if w1 s> -64 goto +2
	if w4 < -64 goto +1
	w6 |= 64	; 21
	*(u32 *)(r2 + 0) = w6	; 22
	r0 = r6	; 23
	exit
