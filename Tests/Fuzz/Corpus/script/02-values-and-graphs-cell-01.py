from micrograd.engine import Value

a = Value(2.0, label='a')
a
