; about: `w3 s>>= 31` leaves the low 32 bits -1 or 0 (the 64-bit value 0 or 0xffffffff): `r3 &= 16` forks on the low half, as the kernel's maybe_fork_scalars does for a 32-bit range, and each path knows r3's low bits exactly
; type: xdp
  call 7
  w3 = w0
  w3 s>>= 31
  r3 &= 16
  r2 = r10
  r2 += -24
  r2 += r3
  r1 = 0
  *(u64 *)(r2 + 0) = r1
  r0 = 0
  exit
