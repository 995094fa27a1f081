x1, x2, w1, w2, b, x1w1, x2w2, x1w1x2w2, n, o = neuron()
o.backward()
draw_dot(o)
