import MicrogradScript
import Testing

/// What Gradbook leaves out of Python's classes is a clear error that names the construct, at the place it is
/// written, and nothing about classes opens a way out of the sandbox.
@Suite("Classes: what is left out, and the sandbox")
struct UnsupportedConstructTests {
    @Test func leftOutClassFeaturesAreNamedWhereTheyAreWritten() {
        expectDiagnostic(
            "1️⃣class Meta(type): pass",
            "TypeError: Gradbook does not support subclassing the built-in type 'type'; subclass object and keep a 'type' as an attribute")
        expectDiagnostic(
            "class A(object, 1️⃣metaclass=type): pass",
            "SyntaxError: metaclasses are not supported in Gradbook cells (class A(…, metaclass=…))")
        expectDiagnostic(
            "1️⃣class A:\n    def __del__(self): pass",
            "TypeError: Gradbook does not support __del__ (objects are freed by reference counting and a cycle collector, with no finalizers)")
        expectDiagnostic(
            "1️⃣class A:\n    __slots__ = ('x',)",
            "TypeError: Gradbook does not support __slots__ (instances keep their attributes in a dictionary of their own)")
        expectDiagnostic(
            "1️⃣class A:\n    def __getattribute__(self, name): return 1",
            "TypeError: Gradbook does not support defining __getattribute__")
        expectDiagnostic(
            "1️⃣class MyList(list): pass",
            "TypeError: Gradbook does not support subclassing the built-in type 'list'; subclass object and keep a 'list' as an attribute")
    }

    @Test func anObjectsClassIsFixed() {
        expectDiagnostic(
            "1️⃣a.__class__ = B", "TypeError: Gradbook does not support assigning __class__ (an object's class is fixed)",
            before: ["class A: pass\nclass B: pass\na = A()"])
    }

    @Test func generatorsAreRefusedBeforeTheCellRuns() {
        expectDiagnostic("def count():\n    1️⃣yield 1", "SyntaxError: 'yield' is not supported in Gradbook cells")
    }

    /// The attributes that lead from a class or a function to interpreter internals, globals or `object`'s
    /// subclasses (the classic sandbox escape) are simply not there.
    @Test(arguments: [
        ("object.__subclasses__()", "AttributeError: type object 'object' has no attribute '__subclasses__'"),
        ("().__class__.__mro__[-1].__subclasses__()", "AttributeError: type object 'object' has no attribute '__subclasses__'"),
        ("(lambda: 0).__globals__", "AttributeError: 'function' object has no attribute '__globals__'"),
        ("(lambda: 0).__code__", "AttributeError: 'function' object has no attribute '__code__'"),
        ("__builtins__", "NameError: name '__builtins__' is not defined"),
        ("__import__('os')", "NameError: name '__import__' is not defined"),
        ("type('X', (), {})", "TypeError: type(name, bases, dict) is not supported in Gradbook cells; write a class statement"),
    ])
    func noWayOut(_ source: String, _ expected: String) {
        #expect(run(source) == expected)
    }
}
