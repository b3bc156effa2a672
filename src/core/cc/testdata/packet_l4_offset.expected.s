; license "GPL"

; program l4_port: section xdp, type xdp, 39 slots
l4_port:
	w2 = *(u32 *)(r1 + 0)	; 15
	w1 = *(u32 *)(r1 + 4)	; 16
	r3 = r2	; 18
	r3 += 14
	if r3 <= r1 goto +2
	w0 = 2	; 19
	exit
	w3 = *(u8 *)(r2 + 13)	; 20
	r3 <<= 8
	w4 = *(u8 *)(r2 + 12)
	r3 |= r4
	if w3 == 8 goto +2
	w0 = 2	; 21
	exit
	r3 = r2	; 23
	r3 += 34
	if r3 <= r1 goto +2
	w0 = 2	; 24
	exit
	w3 = *(u8 *)(r2 + 23)	; 25
	if w3 == 6 goto +2
	w0 = 2	; 26
	exit
	w3 = *(u8 *)(r2 + 14)	; 27
	w3 &= 15
	w3 <<= 2
	r2 += 14
	r2 += r3
	r3 = r2	; 28
	r3 += 20
	if r3 <= r1 goto +2
	w0 = 2	; 29
	exit
	w1 = *(u16 *)(r2 + 2)	; 31
	if w1 != 5632 goto +2
	w0 = 1	; 32
	exit
	w0 = 2	; 33
	exit

; program l4_port_local: section xdp, type xdp, 28 slots
l4_port_local:
	w2 = *(u32 *)(r1 + 0)	; 40
	w1 = *(u32 *)(r1 + 4)	; 41
	r3 = r2	; 43
	r3 += 34
	if r3 <= r1 goto +2
	w0 = 2	; 44
	exit
	w3 = *(u8 *)(r2 + 14)	; 45
	w3 &= 15
	w3 <<= 2
	if w3 s>= 20 goto +2	; 46
	w0 = 1	; 47
	exit
	r2 += 14	; 48
	r2 += r3
	r3 = r2	; 49
	r3 += 20
	if r3 <= r1 goto +2
	w0 = 2	; 50
	exit
	w1 = *(u16 *)(r2 + 12)	; 51
	w1 >>= 9
	w1 &= 1
	if w1 == 0 goto +2
	w0 = 1
	goto +1
	w0 = 2
	exit
