print("secretty-bench: no benchmarks yet")
