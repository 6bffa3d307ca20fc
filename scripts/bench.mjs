// placeholder, replaced by the benchmark
