; about: a subprogram that calls helpers (map update and lookup) and returns what it found
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: h:hash:4:8:8

  r1 = 5
  call put
  r6 = r0
  r1 = 6
  call put
  r0 += r6
  exit

; put(k): h[k] = k * 100; return h[k] + 1
put:
  *(u32 *)(r10 - 4) = w1
  r1 *= 100
  *(u64 *)(r10 - 16) = r1
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  r3 = r10
  r3 += -16
  r4 = 0
  call bpf_map_update_elem
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto none
  r0 = *(u64 *)(r0 + 0)
  r0 += 1
  exit
none:
  r0 = 0
  exit
