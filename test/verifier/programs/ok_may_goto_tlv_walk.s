; about: a TLV walk over the packet bounded by may_goto (clang-19's code for a C `while (can_loop)`
; loop): each iteration's state at the may_goto is compared by ranges with every earlier one still
; open; the kernel ends the walk after 17,586 instructions, where bpfplay, its state lists capped
; at 64 per instruction, missed the covering state and went on for 363,753
; type: sched_cls
  w3 = 14
  w2 = 0
  w4 = *(u32 *)(r1 + 80)
  w1 = *(u32 *)(r1 + 76)
  goto head
found:
  w2 += 1
next:
  w5 = *(u8 *)(r5 + 1)
  w3 += w5
  w3 += 2
head:
  may_goto out
  if w3 > 300 goto out
  r5 = r1
  r5 += r3
  r0 = r5
  r0 += 2
  if r0 > r4 goto out
  w0 = *(u8 *)(r5 + 0)
  if w0 == 42 goto found
  if w0 == 0 goto out
  goto next
out:
  w0 = 1
  if w2 != 0 goto done
  w0 = 0
done:
  w0 <<= 1
  exit
