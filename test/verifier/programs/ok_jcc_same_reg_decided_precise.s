; about: `if r6 == r6` with r6 known is decided; the kernel asks for dst's precision, then src's, so the log shows two mark_precise walks, the second finding r6 precise already
; type: xdp
  call 7
  r6 = -8
  r7 = r0
  if r6 == r6 goto l0
  r0 = 0
  exit
l0:
  r0 = 1
  exit
