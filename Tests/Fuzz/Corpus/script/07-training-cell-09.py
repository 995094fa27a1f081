def largest(model):
    return max(abs(p.data) for p in model.parameters())

print("largest parameter, zeroed:  ", largest(n))
print("largest parameter, unzeroed:", largest(m))
