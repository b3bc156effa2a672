; map .rodata: array key 4 value 8 max 1 flags 0x80
; map .data: array key 4 value 8 max 1
; map .bss: array key 4 value 24 max 1
; license "GPL"

; program global_data: section xdp, type xdp, 33 slots
global_data:
	w2 = *(u32 *)(r1 + 4)	; 13
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r1 = map_value[1] ll	; 14
	r3 = *(u64 *)(r1 + 0)
	r3 += r2
	*(u64 *)(r1 + 0) = r3
	r1 = map_value[2] ll	; 15
	w3 = *(u32 *)(r1 + 0)
	w3 += 1
	*(u32 *)(r1 + 0) = w3
	r1 = map_value[2] + 8 ll	; 16
	r3 = r2
	w3 &= 1
	r3 <<= 2
	r1 += r3
	r3 = map_value[0] + 4 ll
	w3 = *(u8 *)(r3 + 1)
	w3 <<= 24
	w3 s>>= 24
	*(u32 *)(r1 + 0) = w3
	r1 = map_value[0] ll	; 17
	w1 = *(u32 *)(r1 + 0)
	if w2 <= w1 goto +2
	w0 = 1
	goto +1
	w0 = 2
	exit
