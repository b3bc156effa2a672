; about: a may_goto with a source register where the walk never gets: the 6.18 kernel checks its
; form in the walk (check_cond_jmp_op), so dead code keeps it
; type: xdp

  r0 = 0
  if r0 != 0 goto bad
  exit
bad:
  .insn 0xe5, 0, 1, 1, 0
  r0 = 1
  exit
