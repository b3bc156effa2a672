; about: bpf_get_numa_node_id: the node of CPU 0, where the harness runs the program (0 on a one-node machine)
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  call bpf_get_numa_node_id
  r0 += 100
  exit
