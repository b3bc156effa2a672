; map .bss: array key 4 value 8 max 1
; license "GPL"

; program bpf2bpf: section xdp, type xdp, 44 slots
bpf2bpf:
	w2 = *(u32 *)(r1 + 4)	; 19
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	r6 = r2
	r2 = r6	; 20
	w2 += 1
	r3 = r6
	w3 += 2
	r4 = r6
	w4 += 3
	w4 &= 65535
	r5 = r6
	w5 += 4
	w5 &= 255
	r1 = r6
	call pc+13
	r7 = r0
	r8 = map_value[0] ll	; 21
	r1 = r6
	call pc+20
	r0 <<= 32
	r0 s>>= 32
	r7 += r0
	*(u64 *)(r8 + 0) = r7
	w1 = 1	; 22
	call pc+14
	w0 += 1
	exit
mix5:
	r1 *= 3	; 8
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
