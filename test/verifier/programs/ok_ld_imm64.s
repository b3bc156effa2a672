; about: 64-bit constants
; type: xdp

  r1 = 0x123456789abcdef0 ll
  r0 = 0xffffffff ll
  r0 &= r1
  exit
