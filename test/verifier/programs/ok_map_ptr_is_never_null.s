; about: a map pointer compared with 0: never NULL, so the jump back to itself is never taken
; type: socket_filter
; map: h:hash:8:8:1
  r1 = map[h] ll
  if r1 == 0 goto -1
  r0 = 0
  exit
