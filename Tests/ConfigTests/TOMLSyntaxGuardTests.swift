@testable import Config
import Foundation
import Testing

/// The check that keeps toml++ from asserting: every valid TOML 1.0 document
/// passes it, and each input that aborted the process (found by
/// fuzz/FuzzConfig) is refused with its line.
@Suite struct TOMLSyntaxGuardTests {
    /// Every kind of TOML 1.0 syntax, from the spec's own examples.
    static let everySyntax = #"""
        # a comment	with a tab
        title = "TOML \"Example\" \u00E9"   # trailing comment
        'literal key' = 'C:\Users\nodejs'
        "" = "empty quoted key"
        dotted . key."quoted part" = 1
        bare_key-2 = +1_000
        numbers = [ 0xDEAD_beef, 0o755, 0b1101, -17, 6.626e-34, inf, -nan, +1.5E+3 ]
        dates = [1979-05-27T07:32:00Z, 1979-05-27 07:32:00.999-07:00, 1979-05-27, 07:32:00]
        odt = 1979-05-27 00:32:00.999999-07:00
        bools = [true,false,]
        nested = [ [ 1, 2 ], ["a", 'b'], [ { x = 1 }, {} ] ]
        multi = [
          "one",  # comment inside an array
          # a line of comment
          'two',
        ]
        inline = { first = "Tom", "last" = 'Preston-Werner', point = { x = 1, y = [1,
          2] } }
        ml = """
        Roses are red\
          Violets are blue
        Here are fifteen quotation marks: ""\"""\"""\"""\"""\".
        ""one quote at the end""""
        mll = '''
        The first newline is
        trimmed in raw strings. ''ok'' '''''
        empty_ml = """"""

        [table]
        [ spaced . "header" ]   # comment
        [dog."tater.man"]
        [[fruits]]
        name = "apple"
        [[ fruits . varieties ]]
        name = "red delicious"
        [fruits.physical]
        color = "red"
        """#

    @Test func everyKindOfValidTOMLPasses() {
        #expect(TOMLSyntaxGuard.firstProblem(in: Self.everySyntax) == nil)
        let crlf = Self.everySyntax.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(TOMLSyntaxGuard.firstProblem(in: crlf) == nil)
        #expect(TOMLSyntaxGuard.firstProblem(in: "\u{FEFF}a = 1") == nil)
        #expect(TOMLSyntaxGuard.firstProblem(in: "") == nil)
        #expect(TOMLSyntaxGuard.firstProblem(in: "# only a comment") == nil)
    }

    @Test func theShippedConfigsAndBaselinePass() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for file in ["config/tradewatch.toml", "config/demo.toml", "seeds/baseline.toml"] {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            #expect(TOMLSyntaxGuard.firstProblem(in: text) == nil, "\(file)")
        }
    }

    /// Each header aborted the process inside toml++ (FuzzConfig, runs 1 to 4).
    @Test(arguments: [
        ("[é]", 1), ("[#]", 1), ("[[[a]]]", 1), ("[!x]", 1), ("[[", 1), ("[ \r", 1), ("[\rfeed]]", 1),
        ("[[\u{FFFD}feed]]", 1), ("# '''' ''' comment\n[[\u{1B}feed]]", 2),
        // A header after a multi-line string or array is still a header.
        ("s = '''\n[x]\n'''\n[[ ]]", 4), ("a = [\n1,\n]\n[é]", 4), ("a = \"[\" # [\n[ \t", 2),
        // The old line-by-line check let this abort: it took the quoted ''' for a multi-line string.
        ("a = \"'''\"\n[é]", 2),
        // ... and named line 2 here, inside the string, instead of the header on line 4.
        ("a = \"\"\" \\\"\"\"\n[é]\n\"\"\"\n[#]", 4),
    ])
    func headersThatCrashedTOMLKitAreRefusedWithTheirLine(text: String, line: Int) throws {
        let problem = try #require(TOMLSyntaxGuard.firstProblem(in: text))
        #expect(problem.line == line, "\(problem)")
    }

    @Test(arguments: [
        ("a = 1\nb = \n", 2, "a value is missing"),
        ("a = \"open\nb = 1", 1, "cannot span lines"),
        ("a = 1\ns = \"\"\"\nnever closed", 2, "opened on line 2 is not closed"),
        ("a = [1,\n2", 1, "an array opened on line 1 is not closed"),
        ("a = { b = 1,\n}", 1, "must close on the line"),
        ("a = { b = 1, }", 1, "trailing ','"),
        ("a = [1 \"x\"]", 1, "expected ',' or ']'"),
        ("[a] x", 1, "expected the end of the line"),
        ("[a\n", 1, "expected ']'"),
        ("[[a] ]", 1, "expected ']]'"),
        ("a = 1\r", 1, "expected the end of the line, saw a carriage return"),
        ("\"\"\"k\"\"\" = 1", 1, "a key cannot be a multi-line string"),
        ("a = 1 # bell \u{07}", 1, "U+0007 in a comment"),
        ("é = 1", 1, "expected a key, a [table] or a comment, saw 'é'"),
        ("a = \u{A0}1", 1, "a value cannot start with U+00A0"),
        ("a = " + String(repeating: "[", count: 100), 1, "nested more than 64 deep"),
    ])
    func structureOutsideTOMLIsRefusedWithItsLine(text: String, line: Int, message: String) throws {
        let problem = try #require(TOMLSyntaxGuard.firstProblem(in: text))
        #expect(problem.line == line && problem.message.contains(message), "\(problem)")
    }
}
