import MicrogradScript
import Testing

@Suite("The sandbox: nothing reaches files, network, processes, clock or environment")
struct SandboxTests {
    @Test(arguments: ["open", "eval", "exec", "__import__", "input", "compile", "globals"])
    func dangerousBuiltinsDoNotExist(name: String) {
        #expect(run("\(name)('x')") == "NameError: name '\(name)' is not defined")
    }

    @Test(arguments: ["os", "subprocess", "socket", "time", "pathlib", "shutil"])
    func dangerousModulesDoNotExist(name: String) {
        #expect(run("import \(name)") == "ModuleNotFoundError: No module named '\(name)'")
    }

    /// `sys` is there for its recursion limit, and holds nothing that reaches the process.
    @Test(arguments: ["argv", "path", "exit", "stdout", "stdin", "modules", "environ", "executable", "settrace"])
    func sysHoldsNothingOfTheProcess(name: String) {
        #expect(run("import sys\nsys.\(name)") == "AttributeError: module 'sys' has no attribute '\(name)'")
    }

    @Test func fromImportsOfMissingModulesFail() {
        #expect(run("from os import path") == "ModuleNotFoundError: No module named 'os'")
        #expect(run("import os.path") == "ModuleNotFoundError: No module named 'os'")
        #expect(run("import numpy.linalg") == "ModuleNotFoundError: No module named 'numpy.linalg'")
        #expect(run("from math import nothing") == "ImportError: cannot import name 'nothing' from 'math'")
    }
}
