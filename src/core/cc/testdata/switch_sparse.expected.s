; license "GPL"

; program switch_sparse: section xdp, type xdp, 32 slots
switch_sparse:
	w2 = *(u32 *)(r1 + 4)	; 20
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r1 = r2
	w1 += 16
	call pc+5
	if w0 != 0 goto +2
	w0 = 2
	goto +1
	w0 = 1
	exit
classify:
	if w1 == 22 goto +6	; 6
	if w1 == 80 goto +7	; 6
	if w1 == 443 goto +8	; 6
	if w1 == 8080 goto +9	; 6
	if w1 == 53 goto +10	; 6
	if w1 == 65536 goto +11	; 6
	goto +12
	w0 = 1	; 7
	exit
	w0 = 2	; 8
	exit
	w0 = 3	; 9
	exit
	w0 = 4	; 10
	exit
	w0 = 5	; 11
	exit
	w0 = 6	; 12
	exit
	w0 = 0	; 14
	exit
