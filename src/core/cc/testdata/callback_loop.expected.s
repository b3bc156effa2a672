; license "GPL"

; program callback_loop: section xdp, type xdp, 19 slots
callback_loop:
	*(u64 *)(r10 - 8) = 0	; 19
	w1 = 10	; 20
	r2 = func[pc+11] ll
	r3 = r10
	r3 += -8
	r4 = 0
	call 181
	r1 = *(u64 *)(r10 - 8)	; 21
	if r1 != 45 goto +2
	w0 = 2
	goto +1
	w0 = 1
	exit
add_one:
	r3 = *(u64 *)(r2 + 0)	; 12
	r3 += r1
	*(u64 *)(r2 + 0) = r3
	r0 = 0	; 13
	exit
