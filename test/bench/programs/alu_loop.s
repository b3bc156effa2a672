; A tight ALU loop: 10,000 iterations of 7 instructions.
.section xdp
  r0 = 0
  r1 = 10000
loop:
  r0 += r1
  r0 ^= 0x5555
  r2 = r0
  r2 <<= 3
  r0 += r2
  r1 -= 1
  if r1 != 0 goto loop
  r0 &= 3
  exit
