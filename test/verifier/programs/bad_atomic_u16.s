; about: atomic operations are 32 or 64 bits wide; a 16-bit one (raw bytes: BPF_STX|BPF_ATOMIC|BPF_H)
; type: xdp

  *(u64 *)(r10 - 8) = 0
  r1 = 1
  .insn 0xcb, 10, 1, -8, 0
  r0 = 0
  exit
