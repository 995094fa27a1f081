x = Value(3.0, label='x')
y = 2 * x + 1; y.label = 'y'
draw_dot(y)
