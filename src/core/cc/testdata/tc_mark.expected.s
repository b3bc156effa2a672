; license "GPL"

; program tc_mark: section tc, type sched_cls, 14 slots
tc_mark:
	w2 = *(u32 *)(r1 + 0)	; 8
	if w2 >= 20 goto +2
	w0 = 2	; 9
	exit
	w2 = *(u32 *)(r1 + 0)	; 10
	w2 <<= 1
	w3 = *(u32 *)(r1 + 16)
	w2 += w3
	*(u32 *)(r1 + 8) = w2
	w2 = *(u32 *)(r1 + 40)	; 11
	w2 &= 7
	*(u32 *)(r1 + 32) = w2
	w0 = 0	; 12
	exit
