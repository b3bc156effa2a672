; about: gotol (JMP32 ja with a 32-bit offset in imm), forward and backward
; type: xdp
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r0 = 1
  r1 = 0
  gotol l1
l2:
  r0 += 10
  gotol l3
l1:
  r0 *= 3
  r1 += 1
  if r1 < 3 goto l1
  gotol l2
l3:
  exit
