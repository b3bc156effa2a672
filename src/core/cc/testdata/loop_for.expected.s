; map .data: array key 4 value 64 max 1
; license "GPL"

; program loop_for: section xdp, type xdp, 17 slots
loop_for:
	r1 = map_value[0] ll
	w0 = 0	; 9
	w2 = 0	; 10
	if w2 s>= 16 goto +11	; 10
	r3 = r2	; 11
	r3 <<= 2
	r4 = r1
	r4 += r3
	w3 = *(u32 *)(r4 + 0)
	if w3 == 1 goto +3
	if w3 == 8 goto +4	; 13
	w3 *= w2	; 15
	w0 += w3
	w2 += 1	; 10
	goto -12
	exit	; 17
