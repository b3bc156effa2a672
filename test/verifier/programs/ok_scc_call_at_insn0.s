; about: a loop in a function called twice from a function called at instruction 0: the kernel's
; SCC visits are told apart by all their call sites, though it prints none after a 0 ('SCC enter (1)' twice)
; type: socket_filter
  call f
  r0 = 0
  exit
f:
  call g
  r6 = r0
  call g
  r0 += r6
  exit
g:
  r0 = 0
  r1 = 0
loop:
  may_goto out
  r1 += 1
  goto loop
out:
  exit
