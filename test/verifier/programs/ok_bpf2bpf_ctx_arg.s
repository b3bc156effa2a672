; about: the ctx pointer passed to a subprogram keeps its type there
; type: xdp

  call f
  exit
f:
  r0 = *(u32 *)(r1 + 16)
  exit
