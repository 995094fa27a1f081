import Testing

@testable import MicrogradScript

@Suite("Python arithmetic and comparisons on runtime objects")
struct OperatorTests {
    @Test func integerAndFloatDivision() throws {
        #expect(try Operators.floorDivide(.int(7), .int(2)).repr == "3")
        #expect(try Operators.floorDivide(.int(-7), .int(2)).repr == "-4")
        #expect(try Operators.modulo(.int(-7), .int(2), limit: 100).repr == "1")
        #expect(try Operators.floorDivide(.float(-7.5), .int(2)).repr == "-4.0")
        #expect(try Operators.modulo(.float(-7.5), .int(2), limit: 100).repr == "0.5")
        #expect(try Operators.divide(.int(7), .int(2)).repr == "3.5")
        #expect(try Operators.power(.int(2), .int(-1)).repr == "0.5")
        #expect(try Operators.power(.int(2), .int(10)).repr == "1024")
        #expect(try Operators.add(.bool(true), .bool(true), limit: 100).repr == "2")
    }

    @Test func errorsUsePythonWords() {
        #expect(throws: PyError.self) { try Operators.divide(.int(1), .int(0)) }
        do {
            _ = try Operators.add(.int(1), .string("a"), limit: 100)
            Issue.record("expected a TypeError")
        } catch let error as PyError {
            #expect(error.kind == "TypeError")
            #expect(error.message == "unsupported operand type(s) for +: 'int' and 'str'")
        } catch {
            Issue.record("unexpected \(error)")
        }
        do {
            _ = try Operators.power(.int(10), .int(30))
            Issue.record("expected an OverflowError")
        } catch let error as PyError {
            #expect(error.kind == "OverflowError")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func equalityAcrossNumbers() {
        #expect(Operators.equal(.int(1), .float(1.0)))
        #expect(Operators.equal(.bool(true), .int(1)))
        #expect(!Operators.equal(.string("1"), .int(1)))
        #expect(Operators.equal(.tuple([.int(1), .float(2)]), .tuple([.float(1), .int(2)])))
    }

    @Test func reprOfContainersAndStrings() {
        let list = ListObject([.int(1), .float(2.5), .string("it's"), .none, .bool(true)])
        #expect(Object.list(list).repr == "[1, 2.5, \"it's\", None, True]")
        #expect(Object.tuple([.int(1)]).repr == "(1,)")
        #expect(Object.string("a\nb").repr == "'a\\nb'")
        #expect(Object.float(1e-07).repr == "1e-07")
        list.items.append(.list(list))
        #expect(Object.list(list).repr == "[1, 2.5, \"it's\", None, True, [...]]")
    }

    @Test func sequenceRepetitionHonoursTheLimit() throws {
        #expect(try Operators.multiply(.list(ListObject([.int(0)])), .int(3), limit: 10).repr == "[0, 0, 0]")
        #expect(throws: PyError.self) {
            try Operators.multiply(.list(ListObject([.int(0)])), .int(1_000_000_000), limit: 10_000_000)
        }
    }
}
