; about: loads and stores of every size through a map value pointer from bpf_map_lookup_elem
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: vals:hash:4:16:4
; init: vals:07000000:f0debc9a78563412 0102030405060708

  *(u32 *)(r10 - 4) = 7
  r1 = map[vals] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto miss
  r1 = *(u64 *)(r0 + 0)
  r2 = *(u32 *)(r0 + 4)
  r3 = *(u16 *)(r0 + 2)
  r4 = *(u8 *)(r0 + 9)
  r1 += r2
  r1 += r3
  r1 += r4
  *(u64 *)(r0 + 8) = r1
  *(u8 *)(r0 + 0) = w4
  *(u16 *)(r0 + 2) = w3
  *(u32 *)(r0 + 4) = w4
  r0 = r1
  exit
miss:
  r0 = 1
  exit
