import Testing

@testable import Notebook

@Suite struct ShardTests {
    @Test func parsesIOverN() throws {
        #expect(try Shard.parse("2/4").get() == Shard(index: 2, count: 4))
        #expect(try Shard.parse("1/1").get() == Shard(index: 1, count: 1))
        #expect(Shard(index: 3, count: 7).description == "3/7")
    }

    @Test func refusesWhatIsNotIOverNWithinBounds() {
        let cases: [(String, String)] = [
            ("", "--shard takes I/N, two whole numbers such as 2/4; got ''"),
            ("2", "--shard takes I/N, two whole numbers such as 2/4; got '2'"),
            ("1/x", "--shard takes I/N, two whole numbers such as 2/4; got '1/x'"),
            ("+1/2", "--shard takes I/N, two whole numbers such as 2/4; got '+1/2'"),
            ("1/2/3", "--shard takes I/N, two whole numbers such as 2/4; got '1/2/3'"),
            ("1/99999999999999999999", "--shard takes I/N, two whole numbers such as 2/4; got '1/99999999999999999999'"),
            ("0/3", "--shard 0/3: I must be from 1 to N (3)"),
            ("4/3", "--shard 4/3: I must be from 1 to N (3)"),
            ("1/0", "--shard 1/0: N must be from 1 to 10000"),
            ("1/10001", "--shard 1/10001: N must be from 1 to 10000"),
        ]
        for (text, message) in cases {
            #expect(Shard.parse(text) == .failure(ShardError(message: message)), "\(text)")
        }
    }

    @Test func dealsLessonsRoundRobinSoEveryLessonIsInExactlyOneShard() {
        let lessons = (1...7).map { "Notebooks/0\($0).md" }
        let shards = (1...3).map { Shard(index: $0, count: 3).select(lessons) }
        #expect(shards[0] == ["Notebooks/01.md", "Notebooks/04.md", "Notebooks/07.md"])
        #expect(shards[1] == ["Notebooks/02.md", "Notebooks/05.md"])
        #expect(shards[2] == ["Notebooks/03.md", "Notebooks/06.md"])
        #expect(shards.flatMap { $0 }.sorted() == lessons)
        #expect(Shard(index: 5, count: 9).select(lessons) == ["Notebooks/05.md"])
        #expect(Shard(index: 9, count: 9).select(lessons).isEmpty)
    }
}
