; about: a JIT-ed program's frames are rounded up to 16 bytes, not 32: 272 + 240 = 512 fits
; type: xdp

  r1 = 42
  *(u64 *)(r10 - 264) = r1
  call sub
  r0 = 0
  exit
sub:
  r1 = 1
  *(u64 *)(r10 - 240) = r1
  r0 = 0
  exit
