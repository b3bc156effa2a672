; about: map_value[d] on a per-CPU array: only a plain array map gives its value's address
; type: socket_filter
; map: d:percpu_array:4:8:1
  r1 = map_value[d] ll
  r0 = *(u32 *)(r1 + 0)
  r0 = 0
  exit
