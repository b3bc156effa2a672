; map .rodata: array key 4 value 8 max 1 flags 0x80
; map .data: array key 4 value 8 max 1
; map .bss: array key 4 value 16 max 1
; license "GPL"

; program global_data: section xdp, type xdp, 30 slots
global_data:
	r2 = map_value[0] ll
	r3 = map_value[2] ll
	r4 = map_value[1] ll
	w5 = *(u32 *)(r1 + 4)	; 13
	w1 = *(u32 *)(r1 + 0)
	w5 -= w1
	r1 = *(u64 *)(r4 + 0)	; 14
	r1 += r5
	*(u64 *)(r4 + 0) = r1
	w1 = *(u32 *)(r3 + 0)	; 15
	w1 += 1
	*(u32 *)(r3 + 0) = w1
	r1 = r5	; 16
	w1 &= 1
	r1 <<= 2
	r3 += 4
	r3 += r1
	w1 = *(u8 *)(r2 + 5)
	w1 <<= 24
	w1 s>>= 24
	*(u32 *)(r3 + 0) = w1
	w1 = *(u32 *)(r2 + 0)	; 17
	if w5 <= w1 goto +2
	w0 = 1
	goto +1
	w0 = 2
	exit
