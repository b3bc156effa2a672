; map .bss: array key 4 value 24 max 1
; license "GPL"

; program memset_memcpy: section xdp, type xdp, 19 slots
memset_memcpy:
	*(u64 *)(r10 - 24) = 0	; 16
	*(u64 *)(r10 - 16) = 0
	*(u64 *)(r10 - 8) = 0
	w2 = *(u32 *)(r1 + 4)	; 17
	w1 = *(u32 *)(r1 + 0)
	w2 -= w1
	*(u32 *)(r10 - 24) = w2
	*(u32 *)(r10 - 20) = -1414812757	; 18
	*(u16 *)(r10 - 16) = 43947
	r1 = map_value[0] ll	; 19
	r2 = *(u64 *)(r10 - 24)
	*(u64 *)(r1 + 0) = r2
	r2 = *(u64 *)(r10 - 16)
	*(u64 *)(r1 + 8) = r2
	r2 = *(u64 *)(r10 - 8)
	*(u64 *)(r1 + 16) = r2
	w0 = 2	; 20
	exit
