a = Value(3.0, label='a')
b = a + a; b.label = 'b'
b.backward()
draw_dot(b)
