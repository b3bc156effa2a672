; about: in a may_goto loop, the path through 'jc' that wrote one byte of 0 over fp-16's spill (a narrow spill of 0 above data: mmmmmmm0) is stored first and is open (its loop visit holds back edges), so the other path, with fp-16 a whole spill of 0, is compared with it by ranges: 6.18's stacksafe compares the bytes' kinds and the spilled registers, not the spills' widths, and prunes it at 13 (bpfplay also wanted the same width: 25 instructions instead of 21). The same holds in a bpf_loop callback
; type: xdp
  r9 = 0
loop:
  may_goto out
  *(u64 *)(r10 - 8) = 0
  *(u64 *)(r10 - 16) = 0
  call 7
  r6 = r0
  if r6 > 5 goto jt
  r2 = r10
  r2 += -16
  r1 = 0
  *(u8 *)(r2 + 0) = r1
  goto jc
jt:
  r0 = 0
jc:
  r3 = *(u64 *)(r10 - 8)
  if r3 > 100 goto +1
  r0 = 2
  goto loop
out:
  r0 = 0
  exit
