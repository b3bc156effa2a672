; map .bss: array key 4 value 64 max 1
; license "GPL"

; program casts: section xdp, type xdp, 52 slots
casts:
	r2 = map_value[0] ll
	w3 = *(u32 *)(r1 + 0)	; 9
	w1 = *(u32 *)(r1 + 4)	; 10
	r4 = r3	; 11
	r5 = r4	; 12
	r5 += 8
	if r5 <= r1 goto +2
	w0 = 1	; 13
	exit
	w1 = *(u8 *)(r4 + 0)	; 14
	w1 |= 128
	w1 <<= 24
	w1 s>>= 24
	w5 = *(u8 *)(r4 + 1)	; 15
	w5 <<= 8
	w5 |= 255
	w5 <<= 16
	w5 s>>= 16
	r0 = r5	; 16
	w0 &= 65535
	r6 = r1	; 17
	r7 = r1	; 18
	r1 <<= 32
	r1 s>>= 32
	*(u64 *)(r2 + 0) = r1
	r5 <<= 32
	r5 s>>= 32
	*(u64 *)(r2 + 8) = r5
	*(u64 *)(r2 + 16) = r0	; 21
	r1 = r6	; 22
	r1 <<= 32
	r1 s>>= 32
	*(u64 *)(r2 + 24) = r1
	*(u64 *)(r2 + 32) = r7	; 23
	r7 <<= 1
	*(u64 *)(r2 + 40) = r7
	w6 += 300
	w6 &= 255
	*(u64 *)(r2 + 48) = r6
	w1 = 1	; 26
	w4 = *(u8 *)(r4 + 2)
	w4 &= 16
	if w4 != 0 goto +1
	w1 = 0
	w4 = 1
	if r3 != 0 goto +1
	w4 = 0
	w1 += w4
	*(u64 *)(r2 + 56) = r1
	w0 = 2	; 27
	exit
