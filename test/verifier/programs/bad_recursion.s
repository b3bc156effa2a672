; about: a function that calls itself
; type: xdp

  r1 = 3
  call f
  exit
f:
  r1 += -1
  if r1 == 0 goto done
  call f
done:
  r0 = 0
  exit
