; map .bss: array key 4 value 16 max 1
; license "GPL"

; program logic: section xdp, type xdp, 47 slots
logic:
	r2 = map_value[0] ll
	w3 = *(u32 *)(r1 + 4)	; 14
	w1 = *(u32 *)(r1 + 0)
	w3 -= w1
	r1 = r3	; 15
	w1 &= 7
	r4 = r3	; 15
	w4 s>>= 3
	r5 = r3	; 15
	w5 %= 5
	w0 = 1	; 16
	if w1 == 0 goto +1
	if w4 != 0 goto +2
	if w5 == 0 goto +1
	w0 = 0
	*(u32 *)(r2 + 0) = w0
	w0 = 1	; 17
	if w1 != 0 goto +2
	if w4 != 0 goto +1
	if w5 != 0 goto +1
	w0 = 0
	*(u32 *)(r2 + 4) = w0
	r0 = r1	; 18
	r6 = r4
	r7 = r5
	if w0 s<= w6 goto +4
	if w6 s<= w7 goto +1
	goto +1
	r6 = r7
	goto +1
	r6 = r0
	*(u32 *)(r2 + 8) = w6
	if w3 s<= 10 goto +4
	w0 = 1	; 19
	if w3 s< 100 goto +1
	w0 = 0
	goto +1
	w0 = -1
	*(u32 *)(r2 + 12) = w0
	if w1 != 0 goto +4
	if w4 == 8 goto +1
	if w5 != 4 goto +2
	w0 = 2	; 21
	exit
	w0 = 1	; 22
	exit
