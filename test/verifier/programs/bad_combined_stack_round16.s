; about: frames rounded up to 16 bytes: 272 + 256 = 528 is too large
; type: xdp

  r1 = 42
  *(u64 *)(r10 - 272) = r1
  call sub
  r0 = 0
  exit
sub:
  r1 = 1
  *(u64 *)(r10 - 248) = r1
  r0 = 0
  exit
