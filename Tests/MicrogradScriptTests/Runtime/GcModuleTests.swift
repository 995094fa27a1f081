import Testing

/// Python's `gc` module, as far as Gradbook has it.
@Suite("gc: collect, enable, isenabled")
struct GcModuleTests {
    @Test func collectReturnsTheObjectsItFreed() {
        let printed = run(
            """
            import gc
            class Ring:
                def __init__(self):
                    self.me = self
            rings = [Ring() for i in range(5)]
            rings = None
            print(gc.collect(), gc.collect(2), gc.isenabled(), gc.enable())
            """)
        #expect(printed == "5 0 True None")
    }

    @Test func badArgumentsAndMissingFunctions() {
        expectDiagnostic("import gc\n1️⃣gc.collect(3)", "ValueError: invalid generation")
        expectDiagnostic("import gc\n1️⃣gc.disable()", "AttributeError: module 'gc' has no attribute 'disable'")
    }
}
