from micrograd.engine import Value
a = Value(3.0, label='a')
y = a.tanh(); y.label = 'y'
y.backward()
draw_dot(y)
