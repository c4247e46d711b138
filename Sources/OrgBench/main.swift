print("orgbench: no benchmarks yet")
