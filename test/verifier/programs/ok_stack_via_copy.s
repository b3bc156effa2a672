; about: stack access through a copy of r10 moved by constants
; type: xdp

  r2 = r10
  r2 += -64
  *(u64 *)(r2 + 8) = 5
  r2 += 8
  r0 = *(u64 *)(r2 + 0)
  exit
