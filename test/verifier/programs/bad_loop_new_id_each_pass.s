; about: a loop that runs as long as get_prandom_u32 says, each pass copying the value (a new id each pass): the kernel's states_maybe_looping compares the registers' bytes ids included, so no pass looks like the one before and the walk goes on until 8193 branches wait ('The sequence of 8193 jumps is too complex', 40,964 instructions); bpfplay compared the ids by correspondence there and said 'infinite loop detected' after 14
; type: xdp
lp:
  call 7
  r6 = r0
  r7 = r6
  if r6 <= 7 goto out
  goto lp
out:
  r0 = 0
  exit
