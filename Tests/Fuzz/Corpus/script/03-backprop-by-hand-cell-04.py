check = gradient_check(lambda a, b, c, f: (a*b + c)*f, [2.0, -3.0, 10.0, -2.0])
for name, (autograd, numerical, error) in zip("abcf", check["comparisons"]):
    print(f"{name}: backprop {autograd}, estimate {numerical:.9f}, relative error {error:.1e}")
print("worst relative error:", check["max_relative_error"])
