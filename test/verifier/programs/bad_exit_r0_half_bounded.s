; about: r0 is at least -8 and unbounded above at the exit of a program that must return 0 or 1: verbose_invalid_scalar names only the bounds r0 has, 'smin=-8' with no 'smax=9223372036854775807' (bpfplay printed both, as it did for a callback's return)
; type: cgroup_skb
  call 7
  if r0 s> -9 goto l0
  r0 = 0
l0:
  exit
