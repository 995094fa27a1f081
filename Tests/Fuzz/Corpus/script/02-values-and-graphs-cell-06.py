p = Value(2.0, label='p')
q = Value(4.0, label='q')
r = p / q; r.label = 'r'
print(r)
draw_dot(r)
