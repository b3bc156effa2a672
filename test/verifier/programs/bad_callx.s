; about: callx (call through a register) is not something the kernel loads from user space
; type: xdp

  r2 = 0
  callx r2
  r0 = 0
  exit
