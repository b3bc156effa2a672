; about: after 'if w8 & 0x7fffffff' (r8 a copy of r6, spilled at fp-8) and 'if w6 <= w6', the fall-through side's r6 has bounds that contradict themselves (REG INVARIANTS VIOLATION, false_reg1/2): they are forgotten but its known low half (0) stays, and so does the spill's. The kernel checks the bounds again after every load and ALU instruction (reg_bounds_sanity_check 'ldx' in check_load_mem, 'alu' in check_alu_op): the fill of fp-8 and the copy r4 = r3 each log the violation again (bpfplay checked at branches only)
; type: xdp
  call 7
  r6 = r0
  *(u64 *)(r10 - 8) = r6
  r8 = r6
  if w8 & 0x7fffffff goto l0
l0:
  if w6 <= w6 goto l1
l1:
  r3 = *(u64 *)(r10 - 8)
  r4 = r3
  r0 = 0
  exit
