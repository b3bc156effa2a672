; map .data: array key 4 value 64 max 1
; license "GPL"

; program loop_for: section xdp, type xdp, 34 slots
loop_for:
	w0 = 0	; 9
	w1 = 0	; 10
	if w1 s>= 16 goto +30	; 10
	r2 = map_value[0] ll	; 11
	r3 = r1
	r3 <<= 32
	r3 s>>= 32
	r3 <<= 2
	r2 += r3
	w2 = *(u32 *)(r2 + 0)
	if w2 == 1 goto +19
	r2 = map_value[0] ll	; 13
	r3 = r1
	r3 <<= 32
	r3 s>>= 32
	r3 <<= 2
	r2 += r3
	w2 = *(u32 *)(r2 + 0)
	if w2 == 8 goto +12
	r2 = map_value[0] ll	; 15
	r3 = r1
	r3 <<= 32
	r3 s>>= 32
	r3 <<= 2
	r2 += r3
	w2 = *(u32 *)(r2 + 0)
	w2 *= w1
	w0 += w2
	w1 += 1	; 10
	goto -31
	exit
