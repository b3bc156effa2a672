; map .bss: array key 4 value 4 max 1
; license "GPL"

; program compare: section xdp, type xdp, 31 slots
compare:
	w2 = *(u32 *)(r1 + 4)	; 9
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r1 = r2	; 10
	w1 = -w1
	r3 = r1	; 11
	r4 = r1	; 12
	r4 <<= 32
	r4 s>>= 32
	r5 = r4	; 13
	w0 = 0	; 14
	if w1 s>= 0 goto +1	; 15
	w0 |= 1	; 15
	if w3 <= 100 goto +1	; 16
	w0 |= 2	; 16
	if r4 s>= -10 goto +1	; 17
	w0 |= 4	; 17
	w4 = -1	; 18
	if r5 <= r4 goto +1
	w0 |= 8	; 18
	if w2 s< 64 goto +1	; 19
	w0 |= 16	; 19
	if w2 == 64 goto +1	; 20
	w0 |= 32	; 20
	if w1 s> -64 goto +2	; 21
	if w3 < -64 goto +1	; 21
	w0 |= 64	; 21
	r1 = map_value[0] ll	; 22
	*(u32 *)(r1 + 0) = w0
	exit	; 23
