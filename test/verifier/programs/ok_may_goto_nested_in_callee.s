; about: a may_goto loop calling a function with a may_goto loop of its own: the call stands in the
; outer loop, so the callee's states belong to its visit, (1); their back edges count in peak_states (12)
; type: socket_filter
  r6 = 0
  r7 = 0
loop:
  may_goto out
  call f
  r6 += 1
  goto loop
out:
  r0 = 0
  exit
f:
  r1 = 0
inner:
  may_goto done
  r1 += 1
  goto inner
done:
  r0 = 0
  exit
