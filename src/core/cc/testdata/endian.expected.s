; map .bss: array key 4 value 24 max 1
; license "GPL"

; program endian: section xdp, type xdp, 25 slots
endian:
	r2 = map_value[0] ll
	w3 = *(u32 *)(r1 + 4)	; 10
	w1 = *(u32 *)(r1 + 0)
	w3 -= w1
	r1 = r3
	w1 &= 65535
	r1 = be16 r1
	r1 <<= 32
	r1 s>>= 32
	*(u64 *)(r2 + 0) = r1
	r1 = r3
	w1 |= 305397760
	r1 = be32 r1
	*(u64 *)(r2 + 8) = r1
	r3 <<= 32
	r3 |= 11259375
	r3 = be64 r3
	*(u64 *)(r2 + 16) = r3
	w1 = 8	; 14
	if w1 != 8 goto +2
	w0 = 2
	goto +1
	w0 = 1
	exit
