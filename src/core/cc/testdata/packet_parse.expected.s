; license "GPL"

; program packet_parse: section xdp, type xdp, 39 slots
packet_parse:
	w2 = *(u32 *)(r1 + 0)	; 12
	w1 = *(u32 *)(r1 + 4)	; 13
	r3 = r2	; 15
	r3 += 14
	if r3 <= r1 goto +2
	w0 = 1	; 16
	exit
	w3 = *(u8 *)(r2 + 13)	; 17
	r3 <<= 8
	w4 = *(u8 *)(r2 + 12)
	r3 |= r4
	if w3 == 8 goto +2
	w0 = 2	; 18
	exit
	r3 = r2	; 20
	r3 += 34
	if r3 <= r1 goto +2
	w0 = 1	; 21
	exit
	w3 = *(u8 *)(r2 + 23)	; 22
	if w3 == 6 goto +2
	w0 = 2	; 23
	exit
	w3 = *(u8 *)(r2 + 14)	; 24
	w3 &= 15
	w3 <<= 2
	r2 += 14
	r2 += r3
	r3 = r2	; 25
	r3 += 20
	if r3 <= r1 goto +2
	w0 = 1	; 26
	exit
	w1 = *(u16 *)(r2 + 2)	; 27
	if w1 != 5632 goto +2
	w0 = 1	; 28
	exit
	w0 = 2	; 29
	exit
