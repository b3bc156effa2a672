; map .bss: array key 4 value 64 max 1
; license "GPL"

; program arith: section xdp, type xdp, 46 slots
arith:
	w2 = *(u32 *)(r1 + 4)	; 10
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r1 = r2	; 11
	w1 *= 3
	w1 += -16
	r3 = r2	; 12
	r3 <<= 40
	r3 |= r1
	r4 = map_value[0] ll	; 13
	*(u32 *)(r4 + 0) = w1
	r5 = r1	; 14
	w5 /= 7
	*(u32 *)(r4 + 4) = w5
	r5 = r1	; 15
	w5 %= 7
	*(u32 *)(r4 + 8) = w5
	w1 >>= 3	; 16
	*(u32 *)(r4 + 12) = w1
	r1 = r2	; 17
	w1 ^= 23130
	*(u32 *)(r4 + 16) = w1
	r1 = r2	; 18
	w1 ^= -1
	w1 &= 255
	*(u32 *)(r4 + 20) = w1
	r1 = r2	; 19
	w1 = -w1
	*(u32 *)(r4 + 24) = w1
	r1 = map_value[0] + 32 ll	; 20
	*(u64 *)(r1 + 0) = r3
	r4 = r3	; 21
	r4 /= 1000
	*(u64 *)(r1 + 8) = r4
	r4 = r3	; 22
	r5 = 4294967297 ll
	r4 *= r5
	*(u64 *)(r1 + 16) = r4
	w2 += 1	; 23
	r3 -= r2
	*(u64 *)(r1 + 24) = r3
	w0 = 2	; 24
	exit
