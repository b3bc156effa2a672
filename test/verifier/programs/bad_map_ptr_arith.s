; about: arithmetic on a map pointer
; type: xdp
; map: m:hash:4:8:16

  r1 = map[m] ll
  r1 += 8
  r0 = 0
  exit
