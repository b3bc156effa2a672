; about: a may_goto with dst_reg set, reached: the kernel stores a state at it first (a forced
; checkpoint, as its src_reg is BPF_MAY_GOTO) and then refuses its form (check_cond_jmp_op)
; type: xdp
  r0 = 0
  .insn 0xe5, 2, 0, 1, 0
  r0 = 1
  exit
