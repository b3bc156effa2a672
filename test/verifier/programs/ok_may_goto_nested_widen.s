; about: nested may_goto loops: a loop's earlier entry that was evicted from its list is not widened against, as the kernel's find_prev_entry finds only listed states
; type: socket_filter
; map: bss:array:4:16:1
  w0 = 0
  r1 = map_value[bss] + 4 ll
  w3 = *(u32 *)(r1 + 0)
  if w3 s> 4 goto done
outer:
  w2 = w3
  may_goto done
  w4 = *(u32 *)(r1 + 0)
  if w4 s> 20 goto next
  w5 = w0
inner:
  w3 = w4
  w0 = w2
  w0 += w3
  w0 += w5
  may_goto next
  w4 = w3
  w4 += 1
  w5 = w0
  if w3 s< 20 goto inner
next:
  w3 = w2
  w3 += 1
  if w2 s< 20 goto outer
done:
  exit
