; map .bss: array key 4 value 64 max 1
; license "GPL"

; program casts: section xdp, type xdp, 52 slots
casts:
	w2 = *(u32 *)(r1 + 0)	; 9
	w1 = *(u32 *)(r1 + 4)	; 10
	r3 = r2	; 11
	r4 = r3	; 12
	r4 += 8
	if r4 <= r1 goto +2
	w0 = 1	; 13
	exit
	w1 = *(u8 *)(r3 + 0)	; 14
	w1 |= 128
	w1 <<= 24
	w1 s>>= 24
	w4 = *(u8 *)(r3 + 1)	; 15
	w4 <<= 8
	w4 |= 255
	w4 <<= 16
	w4 s>>= 16
	r5 = r4	; 16
	w5 &= 65535
	r0 = r1	; 17
	r6 = r1	; 18
	r7 = map_value[0] ll	; 19
	r1 <<= 32
	r1 s>>= 32
	*(u64 *)(r7 + 0) = r1
	r4 <<= 32	; 20
	r4 s>>= 32
	*(u64 *)(r7 + 8) = r4
	*(u64 *)(r7 + 16) = r5	; 21
	r1 = r0	; 22
	r1 <<= 32
	r1 s>>= 32
	*(u64 *)(r7 + 24) = r1
	*(u64 *)(r7 + 32) = r6	; 23
	r6 <<= 1	; 24
	*(u64 *)(r7 + 40) = r6
	w0 += 300	; 25
	w0 &= 255
	*(u64 *)(r7 + 48) = r0
	w1 = 1	; 26
	w3 = *(u8 *)(r3 + 2)
	w3 &= 16
	if w3 != 0 goto +1
	w1 = 0
	w3 = 1
	if r2 != 0 goto +1
	w3 = 0
	w1 += w3
	*(u64 *)(r7 + 56) = r1
	w0 = 2	; 27
	exit
