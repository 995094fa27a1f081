loss.backward()
w = n.layers[0].neurons[0].w[0]
print("data", w.data)
print("grad", w.grad)
