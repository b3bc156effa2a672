; about: 4 bytes written, 8 read: the unwritten half is uninitialised stack, allowed for a privileged loader
; type: xdp

  *(u32 *)(r10 - 8) = 1
  r0 = *(u64 *)(r10 - 8)
  exit
