; map .bss: array key 4 value 24 max 1
; license "GPL"

; program endian: section xdp, type xdp, 19 slots
endian:
	w2 = *(u32 *)(r1 + 4)	; 10
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r1 = map_value[0] ll	; 11
	r3 = r2
	w3 &= 65535
	r3 = be16 r3
	*(u64 *)(r1 + 0) = r3
	r3 = r2	; 12
	w3 |= 305397760
	r3 = be32 r3
	*(u64 *)(r1 + 8) = r3
	r2 <<= 32	; 13
	r2 |= 11259375
	r2 = be64 r2
	*(u64 *)(r1 + 16) = r2
	w0 = 2	; 14
	exit
