; about: hash entries filled before the run, read by the program: sums the values of keys 1..5 that exist
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: h:hash:4:8:16
; init: h:01000000:0100000000000000
; init: h:03000000:0003000000000000
; init: h:05000000:0000050000000000
; init: h:07000000:0000000700000000

  r6 = 0
  r7 = 1
loop:
  *(u32 *)(r10 - 4) = w7
  r1 = map[h] ll
  r2 = r10
  r2 += -4
  call bpf_map_lookup_elem
  if r0 == 0 goto next
  r1 = *(u64 *)(r0 + 0)
  r6 += r1
  r1 = r7
  r1 <<= 4
  *(u64 *)(r0 + 0) = r1
next:
  r7 += 1
  if r7 <= 5 goto loop
  r0 = r6
  exit
