; about: a bpf-to-bpf call: arguments in r1..r5, result in r0, r6..r9 and the caller's stack preserved
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001
; map: out:array:4:32:1

  r9 = map_value[out] + 0 ll
  r6 = 0x6666
  r7 = 0x7777
  *(u64 *)(r10 - 8) = 0x1111
  r1 = 1
  r2 = 20
  r3 = 300
  r4 = 4000
  r5 = 50000
  call sum5
  *(u64 *)(r9 + 0) = r0
  r1 = *(u64 *)(r10 - 8)        ; still 0x1111: the callee's stack is its own
  *(u64 *)(r9 + 8) = r1
  r6 += r7
  *(u64 *)(r9 + 16) = r6
  r0 += r6
  exit

; r0 = r1 + r2 + r3 + r4 + r5, using its own stack and callee-saved registers
sum5:
  r6 = r1
  r7 = r2
  *(u64 *)(r10 - 8) = r3
  r6 += r7
  r3 = *(u64 *)(r10 - 8)
  r6 += r3
  r6 += r4
  r6 += r5
  r0 = r6
  exit
