; about: adding an unknown scalar to the ctx pointer
; type: xdp

  r2 = *(u32 *)(r1 + 16)
  r2 &= 4
  r1 += r2
  r0 = *(u32 *)(r1 + 0)
  exit
