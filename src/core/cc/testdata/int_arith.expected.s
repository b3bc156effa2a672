; map .bss: array key 4 value 64 max 1
; license "GPL"

; program arith: section xdp, type xdp, 44 slots
arith:
	r2 = map_value[0] ll
	w3 = *(u32 *)(r1 + 4)	; 10
	w1 = *(u32 *)(r1 + 0)
	w3 -= w1
	r1 = r3	; 11
	w1 *= 3
	w1 += -16
	r4 = r3	; 12
	r4 <<= 40
	r4 |= r1
	*(u32 *)(r2 + 0) = w1	; 13
	r5 = r1	; 14
	w5 /= 7
	*(u32 *)(r2 + 4) = w5
	r5 = r1	; 15
	w5 %= 7
	*(u32 *)(r2 + 8) = w5
	w1 >>= 3
	*(u32 *)(r2 + 12) = w1
	r1 = r3	; 17
	w1 ^= 23130
	*(u32 *)(r2 + 16) = w1
	r1 = r3	; 18
	w1 ^= -1
	w1 &= 255
	*(u32 *)(r2 + 20) = w1
	r1 = r3	; 19
	w1 = -w1
	*(u32 *)(r2 + 24) = w1
	*(u64 *)(r2 + 32) = r4	; 20
	r1 = r4	; 21
	r1 /= 1000
	*(u64 *)(r2 + 40) = r1
	r1 = r4	; 22
	r5 = 4294967297 ll
	r1 *= r5
	*(u64 *)(r2 + 48) = r1
	w3 += 1
	r4 -= r3
	*(u64 *)(r2 + 56) = r4
	w0 = 2	; 24
	exit
