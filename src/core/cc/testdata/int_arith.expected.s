; map .bss: array key 4 value 64 max 1
; license "GPL"

; program arith: section xdp, type xdp, 64 slots
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
	r4 = map_value[0] ll	; 14
	r5 = r1
	w5 /= 7
	*(u32 *)(r4 + 4) = w5
	r4 = map_value[0] ll	; 15
	r5 = r1
	w5 %= 7
	*(u32 *)(r4 + 8) = w5
	r4 = map_value[0] ll	; 16
	w1 >>= 3
	*(u32 *)(r4 + 12) = w1
	r1 = map_value[0] ll	; 17
	r4 = r2
	w4 ^= 23130
	*(u32 *)(r1 + 16) = w4
	r1 = map_value[0] ll	; 18
	r4 = r2
	w4 ^= -1
	w4 &= 255
	*(u32 *)(r1 + 20) = w4
	r1 = map_value[0] ll	; 19
	r4 = r2
	w4 = -w4
	*(u32 *)(r1 + 24) = w4
	r1 = map_value[0] + 32 ll	; 20
	*(u64 *)(r1 + 0) = r3
	r1 = map_value[0] + 32 ll	; 21
	r4 = r3
	r4 /= 1000
	*(u64 *)(r1 + 8) = r4
	r1 = map_value[0] + 32 ll	; 22
	r4 = r3
	r5 = 4294967297 ll
	r4 *= r5
	*(u64 *)(r1 + 16) = r4
	r1 = map_value[0] + 32 ll	; 23
	w2 += 1
	r3 -= r2
	*(u64 *)(r1 + 24) = r3
	w0 = 2	; 24
	exit
