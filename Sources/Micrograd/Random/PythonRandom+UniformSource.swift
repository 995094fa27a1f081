/// `PythonRandom` draws network weights, so `MLP(…, random: &pythonRandom)` after `PythonRandom(seed: 1337)` gives
/// the weights of `random.seed(1337); MLP(…)` in Python.
extension PythonRandom: UniformSource {}
