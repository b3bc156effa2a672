; license "GPL"

; program switch_dense: section xdp, type xdp, 29 slots
switch_dense:
	w2 = *(u32 *)(r1 + 0)	; 7
	w1 = *(u32 *)(r1 + 4)	; 8
	r3 = r2	; 10
	r3 += 24
	if r3 <= r1 goto +2
	w0 = 0	; 11
	exit
	w1 = *(u8 *)(r2 + 23)	; 13
	if w1 == 1 goto +6
	if w1 == 2 goto +7	; 13
	if w1 == 3 goto +8	; 13
	if w1 == 4 goto +7	; 13
	if w1 == 5 goto +8	; 13
	if w1 == 6 goto +7	; 13
	goto +8
	w1 = 10	; 14
	goto +7	; 14
	w1 = 20	; 15
	goto +5	; 15
	w1 = 30	; 17
	goto +3	; 17
	w1 = 60	; 19
	goto +1	; 19
	w1 = 0	; 20
	if w1 != 0 goto +2	; 22
	w0 = 2
	goto +1
	w0 = 1
	exit
