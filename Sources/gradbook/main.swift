print("gradbook: not yet")
