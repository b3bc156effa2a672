; map .bss: array key 4 value 40 max 1
; license "GPL"

; program sdiv: section xdp, type xdp, 35 slots
sdiv:
	r2 = map_value[0] ll
	w3 = *(u32 *)(r1 + 4)	; 11
	w1 = *(u32 *)(r1 + 0)
	w3 -= w1
	r1 = r3	; 12
	w1 = -w1
	w1 -= 3
	r4 = r1	; 13
	w4 s/= 5
	*(u32 *)(r2 + 0) = w4
	r4 = r1	; 14
	w4 s%= 5
	*(u32 *)(r2 + 4) = w4
	r4 = r1	; 15
	w4 s>>= 2
	*(u32 *)(r2 + 8) = w4
	r4 = r3	; 16
	w4 s/= -3
	*(u32 *)(r2 + 12) = w4
	r4 = r1	; 17
	w4 /= 5
	*(u32 *)(r2 + 16) = w4
	r4 = r1	; 18
	w4 s/= w3
	*(u32 *)(r2 + 20) = w4
	r1 = (s32)r1	; 19
	r1 *= 1000000007
	r3 = r1	; 20
	r3 s/= 9
	*(u64 *)(r2 + 24) = r3
	r1 s%= 9
	*(u64 *)(r2 + 32) = r1
	w0 = 2	; 22
	exit
