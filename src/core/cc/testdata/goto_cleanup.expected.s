; map .bss: array key 4 value 4 max 1
; license "GPL"

; program goto_cleanup: section xdp, type xdp, 13 slots
goto_cleanup:
	r2 = map_value[0] ll
	w3 = *(u32 *)(r1 + 4)	; 9
	w1 = *(u32 *)(r1 + 0)
	w3 -= w1
	w0 = 2	; 10
	if w3 s< 14 goto +4
	*(u32 *)(r2 + 0) = 1	; 13
	if w3 s> 1500 goto +2
	*(u32 *)(r2 + 0) = 2	; 16
	goto +1
	w0 = 1	; 19
	exit
