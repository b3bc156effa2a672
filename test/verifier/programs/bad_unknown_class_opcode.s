; about: BPF_LD with mode BPF_MEM (0x61 is ldx; 0x60 is not an instruction)
; type: xdp

  r0 = 1
  .insn 0x60, 0, 1, 0, 0
  exit
