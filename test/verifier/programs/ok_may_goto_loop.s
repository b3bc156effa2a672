; about: an unbounded-looking loop made safe by may_goto
; type: xdp

  r0 = 0
loop:
  may_goto out
  r0 += 1
  goto loop
out:
  r0 = 0
  exit
