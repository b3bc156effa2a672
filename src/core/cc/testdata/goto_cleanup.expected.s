; map .bss: array key 4 value 4 max 1
; license "GPL"

; program goto_cleanup: section xdp, type xdp, 13 slots
goto_cleanup:
	w2 = *(u32 *)(r1 + 4)	; 9
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	w0 = 2	; 10
	if w2 s< 14 goto +6	; 11
	r1 = map_value[0] ll	; 13
	*(u32 *)(r1 + 0) = 1
	if w2 s> 1500 goto +2	; 14
	*(u32 *)(r1 + 0) = 2	; 16
	goto +1	; 17
	w0 = 1	; 19
	exit	; 21
