; about: array map filled before the run: the program doubles every element and returns the old sum
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: a:array:4:4:6
; init: a:00000000:01000000
; init: a:02000000:0a000000
; init: a:05000000:ffffff7f

  r6 = 0
  r7 = 0
loop:
  *(u32 *)(r10 - 4) = w7
  r1 = map[a] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto next
  w1 = *(u32 *)(r0 + 0)
  r6 += r1
  w1 <<= 1
  *(u32 *)(r0 + 0) = w1
next:
  r7 += 1
  if r7 < 6 goto loop
  r0 = r6
  exit
