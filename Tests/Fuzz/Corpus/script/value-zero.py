from micrograd.engine import Value
Value(0.0) ** -1
Value(1.0) / 0
