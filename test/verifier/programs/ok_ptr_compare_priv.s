; about: comparing a stack pointer with the ctx pointer (no pointer-comparison check for root)
; type: xdp

  r2 = r10
  r0 = 0
  if r2 == r1 goto out
  r0 = 1
out:
  exit
