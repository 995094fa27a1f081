/// The words the language reserves, and the built-in names highlighting picks out.
enum Vocabulary {
    /// Python's hard keywords: never names.
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// Built-in functions and types a lesson can call without importing them, for highlighting only.
    static let builtins: Set<String> = [
        "abs", "all", "any", "bool", "dict", "divmod", "enumerate", "filter", "float", "format", "id", "int",
        "isinstance", "len", "list", "map", "max", "min", "next", "pow", "print", "range", "repr", "reversed",
        "round", "set", "sorted", "str", "sum", "tuple", "type", "zip", "iter", "hasattr", "getattr", "setattr",
        "Value", "Neuron", "Layer", "MLP", "draw_dot", "math", "random", "plot", "scatter",
        "Exception", "ValueError", "TypeError", "ZeroDivisionError", "AssertionError", "IndexError", "KeyError",
        "NameError", "RuntimeError",
    ]

    /// The string prefixes Python accepts before a quote, lowercased.
    static let stringPrefixes: Set<String> = ["r", "u", "f", "b", "br", "rb", "fr", "rf"]
}
