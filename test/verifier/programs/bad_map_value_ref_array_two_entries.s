; about: map_value[d] on an array of two entries: the address is given only for an array of one
; type: socket_filter
; map: d:array:4:8:2
  r1 = map_value[d] ll
  r0 = *(u32 *)(r1 + 0)
  r0 = 0
  exit
