; license "GPL"

; program tc_mark: section tc, type sched_cls, 13 slots
tc_mark:
	w2 = *(u32 *)(r1 + 0)	; 8
	if w2 >= 20 goto +2
	w0 = 2	; 9
	exit
	w2 <<= 1	; 10
	w3 = *(u32 *)(r1 + 16)
	w2 += w3
	*(u32 *)(r1 + 8) = w2
	w2 = *(u32 *)(r1 + 40)	; 11
	w2 &= 7
	*(u32 *)(r1 + 32) = w2
	w0 = 0	; 12
	exit
