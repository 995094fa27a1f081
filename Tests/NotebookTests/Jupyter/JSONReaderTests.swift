import Testing

@testable import Notebook

@Suite struct JSONReaderTests {
    private func read(_ text: String) throws -> JSONValue {
        try JSONReader.read(Array(text.utf8))
    }

    private func failure(_ text: String) -> JSONReader.Failure? {
        failure(Array(text.utf8))
    }

    private func failure(_ bytes: [UInt8]) -> JSONReader.Failure? {
        do {
            _ = try JSONReader.read(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsEveryKindOfValueKeepingOrderAndSpelling() throws {
        let value = try read(#"{"b": [1, -0.5, 1e-09, true, false, null], "a": "x", "": {}}"#)
        #expect(
            value
                == .object([
                    JSONMember(
                        "b",
                        .array([
                            JSONValue(.number("1")), JSONValue(.number("-0.5")), JSONValue(.number("1e-09")),
                            JSONValue(.bool(true)), JSONValue(.bool(false)), .null,
                        ])),
                    JSONMember("a", .string("x")), JSONMember("", .object([])),
                ]))
        #expect(value["b"]?.arrayValue?[2].doubleValue == 1e-9)
        #expect(value["a"]?.range == 48..<51, "the byte range of the value, quotes included")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try read(#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \ud83d\ude00 é""#)
        #expect(value.stringValue == "q\" b\\ s/ \u{8}\u{C}\n\r\t é 😀 é")
    }

    @Test func readsWhatPythonWritesForFloatsItCannotSpellInJSON() throws {
        #expect(try read("[NaN, Infinity, -Infinity]").arrayValue?.compactMap(\.doubleValue).map { $0.isNaN || $0.isInfinite } == [true, true, true])
    }

    @Test func failuresSayWhatAndWhere() {
        #expect(failure("{\n  \"a\": 1,\n  \"a\": 2\n}") == .init(message: "the key \"a\" appears twice in one object", line: 3, column: 3))
        #expect(failure("{\"a\": 1} x") == .init(message: "unexpected text after the JSON value", line: 1, column: 10))
        #expect(failure("[1, 2") == .init(message: "the text ends too soon: expected ',' or ']' in an array", line: 1, column: 6))
        #expect(failure("\"abc") == .init(message: "a string is never closed", line: 1, column: 1))
        #expect(failure("[\"a\tb\"]") == .init(message: "a control character (U+0009) must be escaped in a string", line: 1, column: 4))
        #expect(failure("[01]") == .init(message: "a number may not start with 0", line: 1, column: 2))
        #expect(failure("[\"\\ud83d\"]") == .init(message: "a \\u escape is half a surrogate pair", line: 1, column: 3))
        #expect(failure("[\"\\x\"]") == .init(message: "unknown escape '\\x' in a string", line: 1, column: 3))
        #expect(failure("") == .init(message: "the text ends where a value should be", line: 1, column: 1))
        #expect(failure("tru") == .init(message: "expected a value (an object, array, string, number, true, false or null)", line: 1, column: 1))
    }

    @Test func refusesBytesThatAreNotUTF8OrHoldNUL() {
        #expect(failure([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D]) == .init(message: "the file is not valid UTF-8 (bad byte at byte offset 2)", line: 1, column: 3))
        #expect(failure([0x5B, 0x22, 0x00, 0x22, 0x5D]) == .init(message: "a control character (U+0000) must be escaped in a string", line: 1, column: 3))
        #expect(failure([0x5B, 0x31, 0x00, 0x5D]) == .init(message: "expected ',' or ']' in an array", line: 1, column: 3))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(failure(deep)?.message == "the JSON nests more than 512 deep")
        let fine = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(failure(fine) == nil)
    }
}
