print("secretty-bench: no benchmarks yet")
AWSBenchmark.run()
