; map .bss: array key 4 value 40 max 1
; license "GPL"

; program sdiv: section xdp, type xdp, 37 slots
sdiv:
	w2 = *(u32 *)(r1 + 4)	; 11
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r1 = r2	; 12
	w1 = -w1
	w1 -= 3
	r3 = map_value[0] ll	; 13
	r4 = r1
	w4 s/= 5
	*(u32 *)(r3 + 0) = w4
	r4 = r1	; 14
	w4 s%= 5
	*(u32 *)(r3 + 4) = w4
	r4 = r1	; 15
	w4 s>>= 2
	*(u32 *)(r3 + 8) = w4
	r4 = r2	; 16
	w4 s/= -3
	*(u32 *)(r3 + 12) = w4
	r4 = r1	; 17
	w4 /= 5
	*(u32 *)(r3 + 16) = w4
	r4 = r1	; 18
	w4 s/= w2
	*(u32 *)(r3 + 20) = w4
	r1 = (s32)r1	; 19
	r1 *= 1000000007
	r2 = map_value[0] + 24 ll	; 20
	r3 = r1
	r3 s/= 9
	*(u64 *)(r2 + 0) = r3
	r1 s%= 9	; 21
	*(u64 *)(r2 + 8) = r1
	w0 = 2	; 22
	exit
