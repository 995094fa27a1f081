layer = Layer(2, 3)
layer([2.0, 3.0])
