; license "GPL"

; program loop_while: section xdp, type xdp, 19 slots
loop_while:
	w2 = *(u32 *)(r1 + 4)	; 7
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	w0 = 0	; 8
	if r2 == 1 goto +9	; 9
	if w0 s>= 100 goto +8	; 9
	r1 = r2	; 10
	r1 &= 1
	if r1 == 0 goto +2
	r2 -= 1
	goto +1
	r2 >>= 1
	w0 += 1	; 11
	goto -10
	w1 = 0	; 13
	w1 += 3	; 15
	if w1 s< w0 goto -2	; 16
	w0 += w1	; 17
	exit
