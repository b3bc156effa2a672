; about: r8 is r6 - 0x40000000, linked to r6 (6.18 keeps the delta, -2^30, in the scalar's off), and bounded to [0, 7]; adding it to fp is allowed: 6.18 checks the offset field of the pointer only, not of the scalar added (bpfplay refused with 'fp pointer offset -1073741824 is not allowed', as 6.12's check_reg_sane_offset would for both)
; type: xdp
  call 7
  r6 = r0
  r8 = r6
  r8 += -0x40000000
  if r8 > 7 goto l1
  r2 = r10
  r2 += -16
  r2 += r8
  r0 = 0
  exit
l1:
  r0 = 0
  exit
