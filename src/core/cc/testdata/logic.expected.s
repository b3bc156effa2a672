; map .bss: array key 4 value 16 max 1
; license "GPL"

; program logic: section xdp, type xdp, 48 slots
logic:
	w2 = *(u32 *)(r1 + 4)	; 14
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r1 = r2	; 15
	w1 &= 7
	r3 = r2	; 15
	w3 s>>= 3
	r4 = r2	; 15
	w4 %= 5
	r5 = map_value[0] ll	; 16
	w0 = 1
	if w1 == 0 goto +1
	if w3 != 0 goto +2	; 16
	if w4 == 0 goto +1	; 16
	w0 = 0
	*(u32 *)(r5 + 0) = w0
	w0 = 1	; 17
	if w1 != 0 goto +2
	if w3 != 0 goto +1	; 17
	if w4 != 0 goto +1	; 17
	w0 = 0
	*(u32 *)(r5 + 4) = w0
	if w1 s<= w3 goto +5	; 8
	if w3 s<= w4 goto +2	; 8
	r0 = r3
	goto +1
	r0 = r4
	goto +1
	r0 = r1
	*(u32 *)(r5 + 8) = w0	; 18
	r5 = map_value[0] ll	; 19
	if w2 s<= 10 goto +5
	w0 = 1
	w2 &= -1
	if w2 s< 100 goto +1
	w0 = 0
	goto +1
	w0 = -1
	*(u32 *)(r5 + 12) = w0
	if w1 != 0 goto +4	; 20
	if w3 == 8 goto +1	; 20
	if w4 != 4 goto +2	; 20
	w0 = 2	; 21
	exit
	w0 = 1	; 22
	exit
