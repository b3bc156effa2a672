; map .rodata: array key 4 value 23 max 1 flags 0x80
; license "GPL"

; program printk: section xdp, type xdp, 20 slots
printk:
	r6 = map_value[0] ll
	w2 = *(u32 *)(r1 + 4)	; 7
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r7 = r2
	w2 = 7	; 8
	r1 = r6
	r3 = r7
	call 6
	r1 = r6	; 9
	r1 += 7
	w2 = 16
	r3 = r7
	w3 <<= 1
	r4 = r7
	w4 += 1
	call 6
	w0 = 2	; 10
	exit
