; about: each pass spills r8 (a copy of r6 since the pass before) to fp-16, then copies r6 to r8 again: at may_goto an old state with r6 and r8 of one id and fp-16 of another is compared with one where all three share an id; the kernel's check_ids pairs ids one to one (a cur id already paired with another old id fails), so the two old ids cannot both stand for the one cur id and the walk goes on (107 instructions); bpfplay let two old ids stand for one and pruned (97)
; type: xdp
  call 7
  r6 = r0
  if r6 s< 128 goto +1
  r6 = -1
  r8 = 0
mg:
  may_goto mgout
  *(u64 *)(r10 - 16) = r8
  r8 = r6
  r3 = *(u64 *)(r10 - 16)
  if r3 > 100 goto +1
  r0 = 2
  goto mg
mgout:
  exit
