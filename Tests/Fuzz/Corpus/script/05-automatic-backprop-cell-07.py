a = Value(3.0, label='a')
b = a + a; b.label = 'b'
b.backward()
print("after one backward():", a.grad)
b.backward()
print("after two backward():", a.grad)
