a = Value(3.0, label='a')
b = a + a; b.label = 'b'
b.grad = 1.0
a.grad = 1.0 * b.grad   # the step's first line, for `self`
a.grad = 1.0 * b.grad   # its second line, for `other`: overwrites instead of adding
a.grad
