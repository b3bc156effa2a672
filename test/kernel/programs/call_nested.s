; about: nested bpf-to-bpf calls three deep, each frame with its own stack slot
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:24:1

  r9 = map_value[out] + 0 ll
  *(u64 *)(r10 - 8) = 1
  r1 = 3
  call f
  *(u64 *)(r9 + 0) = r0
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 8) = r1
  exit

; f(x) = g(x * 10) + 7
f:
  *(u64 *)(r10 - 8) = 2
  r1 *= 10
  call g
  r1 = *(u64 *)(r10 - 8)
  r0 += r1
  r0 += 5
  exit

; g(x) = h(x + 1) * 2
g:
  *(u64 *)(r10 - 8) = 3
  r1 += 1
  call h
  r1 = *(u64 *)(r10 - 8)
  r0 *= r1
  r0 -= 1
  exit

; h(x) = x ^ 0x100
h:
  *(u64 *)(r10 - 16) = 4
  r0 = r1
  r0 ^= 0x100
  r1 = *(u64 *)(r10 - 16)
  r0 += r1
  exit
