; about: a 32-bit `w3 &= 4` on a register whose 64-bit value is -1 or 0 forks on the whole register (the kernel checks the 64-bit range first): the path with -1 gets 4, and the store at fp-16 plus 4 is misaligned
; type: xdp
  call 7
  r3 = r0
  r3 <<= 32
  r3 s>>= 63
  w3 &= 4
  r2 = r10
  r2 += -16
  r2 += r3
  r1 = 0
  *(u64 *)(r2 + 0) = r1
  r0 = 0
  exit
