; map last: array key 4 value 8 max 1
; license "GPL"

; program on_open: section kprobe/do_sys_openat2, type kprobe, 20 slots
on_open:
	r1 = *(u64 *)(r1 + 112)	; 16
	w6 = w1
	*(u32 *)(r10 - 4) = 0	; 17
	r1 = map[last] ll	; 18
	r2 = r10
	r2 += -4
	call 1
	r7 = r0
	if r7 != 0 goto +2	; 19
	w0 = 0	; 20
	exit
	r6 <<= 32	; 21
	r6 s>>= 32
	call 7
	w0 &= 3
	r6 += r0
	*(u64 *)(r7 + 0) = r6
	w0 = 0	; 22
	exit
