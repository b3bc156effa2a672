; about: a callee writes through a pointer into its caller's stack
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:16:1

  r9 = map_value[out] + 0 ll
  *(u64 *)(r10 - 8) = 0
  *(u64 *)(r10 - 16) = 0
  r1 = r10
  r1 += -16
  r2 = 0xabcd
  call fill
  r1 = *(u64 *)(r10 - 16)
  *(u64 *)(r9 + 0) = r1
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 8) = r1
  exit

; fill(p, v): p[0] = v, p[1] = v << 32; returns 16
fill:
  *(u64 *)(r1 + 0) = r2
  r2 <<= 32
  *(u64 *)(r1 + 8) = r2
  r0 = 16
  exit
