; about: map_value[d] on a hash map: only an array map gives its value's address
; type: socket_filter
; map: d:hash:4:8:1
  r1 = map_value[d] ll
  r0 = *(u32 *)(r1 + 0)
  r0 = 0
  exit
