; The verifier's bounded loop: 125,000 iterations of 4 instructions, each one processed (the
; counter is a known constant on every pass, so no state ever covers the next).
.section xdp
  r0 = 0
  r1 = 0
loop:
  r0 += r1
  r0 ^= 0x55
  r1 += 1
  if r1 < 125000 goto loop
  exit
