; about: reading a stack slot nothing was written to: allowed for a privileged loader (allow_uninit_stack)
; type: xdp

  r0 = *(u64 *)(r10 - 8)
  exit
