; map .bss: array key 4 value 24 max 1
; license "GPL"

; program endian: section xdp, type xdp, 29 slots
endian:
	w2 = *(u32 *)(r1 + 4)	; 10
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r1 = map_value[0] ll	; 11
	r3 = r2
	w3 &= 65535
	r3 = be16 r3
	r3 <<= 32
	r3 s>>= 32
	*(u64 *)(r1 + 0) = r3
	r1 = map_value[0] ll	; 12
	r3 = r2
	w3 |= 305397760
	r3 = be32 r3
	*(u64 *)(r1 + 8) = r3
	r1 = map_value[0] ll	; 13
	r2 <<= 32
	r2 |= 11259375
	r2 = be64 r2
	*(u64 *)(r1 + 16) = r2
	w1 = 8	; 14
	if w1 != 8 goto +2	; 14
	w0 = 2
	goto +1
	w0 = 1
	exit
