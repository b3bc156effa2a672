; about: an 8-byte slot written then read
; type: xdp

  r1 = 42
  *(u64 *)(r10 - 8) = r1
  r0 = *(u64 *)(r10 - 8)
  exit
