print("micrograd-bench: not yet")
