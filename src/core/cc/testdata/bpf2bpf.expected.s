; map .bss: array key 4 value 8 max 1
; license "GPL"

; program bpf2bpf: section xdp, type xdp, 44 slots
bpf2bpf:
	r6 = map_value[0] ll
	w2 = *(u32 *)(r1 + 4)	; 19
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r7 = r2
	r2 = r7	; 20
	w2 += 1
	r3 = r7
	w3 += 2
	r4 = r7
	w4 += 3
	w4 &= 65535
	r5 = r7
	w5 += 4
	w5 &= 255
	r1 = r7
	call pc+11
	r8 = r0
	r1 = r7	; 21
	call pc+20
	r0 <<= 32
	r0 s>>= 32
	r8 += r0
	*(u64 *)(r6 + 0) = r8
	w1 = 1	; 22
	call pc+14
	w0 += 1
	exit
mix5:
	r1 *= 3
	r1 += r2
	r1 -= r3
	w4 <<= 2
	r4 <<= 32
	r4 s>>= 32
	r1 += r4
	r5 <<= 32
	r5 s>>= 32
	r0 = r1
	r0 += r5
	exit
twice:
	r0 = r1	; 13
	w0 <<= 1
	exit
