; map outer: array_of_maps key 4 value 4 max 2 inner array
; map progs: prog_array key 4 value 4 max 8
; license "GPL"

; program map_in_map: section xdp, type xdp, 25 slots
map_in_map:
	r6 = r1
	*(u32 *)(r10 - 4) = 0	; 28
	r1 = map[outer] ll	; 29
	r2 = r10
	r2 += -4
	call 1
	if r0 != 0 goto +7	; 30
	r2 = map[progs] ll	; 31
	w3 = 1
	r1 = r6
	call 12
	w0 = 0	; 32
	exit
	r2 = r10	; 34
	r2 += -4
	r1 = r0
	call 1
	if r0 == 0 goto +3	; 35
	r1 = *(u64 *)(r0 + 0)	; 36
	r1 += 1
	*(u64 *)(r0 + 0) = r1
	w0 = 2	; 37
	exit
