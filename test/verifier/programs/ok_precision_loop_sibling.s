; about: two paths enter one loop with counters of different parity; the second must not be pruned against the first one's finished loop states, whose counters each pass asked to be precise
; type: xdp
  call 7
  if r0 == 0 goto odd
  r1 = 0
  goto loop
odd:
  r1 = 1
loop:
  r1 += 2
  if r1 < 40 goto loop
  r0 = 0
  exit
