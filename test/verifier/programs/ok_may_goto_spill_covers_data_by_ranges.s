; about: in a may_goto loop the state stored first at 'jc' holds fp-32 as a spilled unknown scalar and is open (its loop visit holds back edges); the path through 'jt' made fp-32 data (mmmmmmmm) with a variable-offset write and is compared with it by ranges: 6.18's stacksafe compares a 64-bit spilled scalar with a slot of data as scalars (data loads as any value) also by ranges, and prunes it there (bpfplay wanted the same kinds of bytes by ranges: 43 instructions instead of 23)
; type: xdp
  call 7
  *(u64 *)(r10 - 32) = r0
loop:
  may_goto out
  call 7
  r6 = r0
  if r6 > 5 goto jt
  goto jc
jt:
  r6 &= 1
  r2 = r10
  r2 += -32
  r2 += r6
  r1 = 0
  *(u8 *)(r2 + 0) = r1
jc:
  r3 = *(u64 *)(r10 - 32)
  r0 = 0
  goto loop
out:
  r0 = 0
  exit
