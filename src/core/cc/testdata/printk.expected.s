; map .rodata: array key 4 value 24 max 1 flags 0x80
; license "GPL"

; program printk: section xdp, type xdp, 19 slots
printk:
	w2 = *(u32 *)(r1 + 4)	; 7
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r6 = r2
	r1 = map_value[0] ll	; 8
	w2 = 7
	r3 = r6
	call 6
	r1 = map_value[0] + 8 ll	; 9
	w2 = 16
	r3 = r6
	w3 <<= 1
	r4 = r6
	w4 += 1
	call 6
	w0 = 2	; 10
	exit
