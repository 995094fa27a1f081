/// Nested values as Swift sees Python's nested lists: the input of `np.array(...)` and the output of `tolist()`.
///
/// The wrapper turns a Python `list` or `tuple` into `.list`, a number or numpy scalar into `.scalar`, and an
/// ndarray into `.array`; `tolist()` gives back only `.list` and `.scalar`, which the wrapper turns into Python
/// lists, floats, ints and bools.
public indirect enum NestedValues {
    case scalar(Scalar)
    case array(NDArray)
    case list([NestedValues])
}
